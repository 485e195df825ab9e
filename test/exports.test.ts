import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public surface is a contract: adding or removing an export must be a deliberate change here.
it('pins the exact public exports', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "AssessOptionsSchema",
      "AssessmentSchema",
      "BUILTIN_PACKS",
      "CATEGORY_IDS",
      "ClusterSchema",
      "DEFAULT_THRESHOLDS",
      "ENTITY_TYPES",
      "ERROR_CODES",
      "EntitySchema",
      "LANGUAGE_CODES",
      "LEVELS",
      "LexiconSchema",
      "LinkResultSchema",
      "PackSchema",
      "RULESET",
      "RuleSchema",
      "SCHEMA_VERSION",
      "TraffickingSignalsError",
      "UserPackSchema",
      "WAGE_REFERENCES",
      "assess",
      "combineCategories",
      "compileRules",
      "createAssessor",
      "detectLanguage",
      "expandPattern",
      "extractEntities",
      "isImplausibleWage",
      "levelOf",
      "linkCorpus",
      "listRules",
      "loadPack",
      "normalizeText",
      "parsePack",
      "safeAssess",
      "toErrorInfo",
      "tokenize",
    ]
  `);
});
