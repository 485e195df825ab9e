/**
 * trafficking-signals — reads the text of online ads and reports human-trafficking risk
 * signals with the evidence for each. The output is triage for human review, never a verdict.
 *
 * @packageDocumentation
 */
export { assess, createAssessor, safeAssess } from './assess.js';
export type { Assessor, BatchItem, BatchResult } from './assess.js';
export { AssessmentSchema, AssessOptionsSchema, SCHEMA_VERSION } from './schema.js';
export type { AssessOptions, Assessment, Evidence, ResolvedOptions, Signal, WarningCode } from './schema.js';
export { CATEGORY_IDS, LANGUAGE_CODES } from './categories.js';
export type { CategoryId, LanguageCode } from './categories.js';
export { ERROR_CODES, TraffickingSignalsError, toErrorInfo } from './errors.js';
export type { ErrorCode } from './errors.js';
export { normalizeText } from './normalize/index.js';
export type { NormalizedText } from './normalize/index.js';
export { tokenize } from './tokenize/index.js';
export type { Token } from './tokenize/index.js';
export { detectLanguage } from './detect/language.js';
export type { LanguageGuess } from './detect/language.js';
export { compileRules } from './rules/compile.js';
export { expandPattern } from './rules/pattern.js';
export { BUILTIN_PACKS, RULESET } from './rules/generated/builtin.js';
export { listRules } from './rules/list.js';
export type { RuleInfo } from './rules/list.js';
export { LexiconSchema, PackSchema, RuleSchema } from './rules/schema.js';
export type { Lexicon, Pack, Rule, RuleInput } from './rules/schema.js';
export { loadPack, parsePack, UserPackSchema } from './rules/user-pack.js';
export type { UserPack, UserPackInput } from './rules/user-pack.js';
export { extractEntities, EntitySchema, ENTITY_TYPES, isImplausibleWage, WAGE_REFERENCES } from './entities/index.js';
export type { Entity, EntityOf, EntityType, ExtractOptions } from './entities/index.js';
export { ClusterSchema, linkCorpus, LinkResultSchema } from './corpus/index.js';
export type { Cluster, LinkItem, LinkOptions, LinkResult, SkippedItem } from './corpus/index.js';
export { combineCategories, DEFAULT_THRESHOLDS, levelOf, LEVELS } from './score/index.js';
export type { Level, Thresholds } from './score/index.js';
