/**
 * Blind sets that tuning scripts must not read. `heldout/` and the final batch of the running
 * round stay untouched: `scripts/pack-report.ts` and `scripts/calibrate.ts` refuse them, the
 * model trainer and the golden file leave the final batch out, and `npm run eval` names it
 * without reading it until it is scored once, at the end of the round (`--score-final`).
 */

/** The final blind batch of the running round, committed before the round's changes. */
export const FINAL_BATCH = '2026-12-07-i';

/** True when a set directory must not be read while rules or engine change. */
export const isUntouchable = (dir: string): boolean => /(^|\/)heldout(\/|$)/.test(dir) || dir.includes(FINAL_BATCH);
