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
      "DEFAULT_THRESHOLDS",
      "ERROR_CODES",
      "LANGUAGE_CODES",
      "LEVELS",
      "PackSchema",
      "RULESET",
      "RuleSchema",
      "SCHEMA_VERSION",
      "TraffickingSignalsError",
      "assess",
      "combineCategories",
      "compileRules",
      "createAssessor",
      "detectLanguage",
      "expandPattern",
      "levelOf",
      "listRules",
      "normalizeText",
      "safeAssess",
      "toErrorInfo",
      "tokenize",
    ]
  `);
});
