import { describe, expect, it } from 'vitest';
import { assess, BUILTIN_PACKS } from '../src/index.js';

// Every rule's `examples` are its own tests: each `match` must fire it, each `noMatch` must not.
for (const pack of BUILTIN_PACKS) {
  const language = pack.pack === 'xx' ? 'auto' : pack.pack;
  describe(`rules/${pack.pack}`, () => {
    for (const rule of pack.rules) {
      it(`${rule.id} fires on its match examples and not on its noMatch examples`, () => {
        for (const text of rule.examples.match) {
          const ids = assess(text, { language }).signals.map((s) => s.ruleId);
          expect(ids, `should match: ${text}`).toContain(rule.id);
        }
        for (const text of rule.examples.noMatch) {
          const ids = assess(text, { language }).signals.map((s) => s.ruleId);
          expect(ids, `should not match: ${text}`).not.toContain(rule.id);
        }
      });
    }
    for (const cue of pack.awareness) {
      it(`${cue.id} recognises its awareness examples`, () => {
        for (const text of cue.examples.match) {
          expect(assess(text, { language }).context.cues.map((c) => c.id), text).toContain(cue.id);
        }
        for (const text of cue.examples.noMatch) {
          expect(assess(text, { language }).context.cues.map((c) => c.id), text).not.toContain(cue.id);
        }
      });
    }
  });
}
