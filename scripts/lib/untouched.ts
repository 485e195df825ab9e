/**
 * Blind sets that tuning scripts must not read. `heldout/` and the final batch of the running
 * round stay untouched: `scripts/pack-report.ts` and `scripts/calibrate.ts` refuse them, and the
 * final batch stays out of the golden file until it has been scored once (`npm run eval`).
 */

/** The final blind batch of the running round, committed before the round's changes. */
export const FINAL_BATCH = '2026-12-07-h';

/** True when a set directory must not be read while rules or engine change. */
export const isUntouchable = (dir: string): boolean => /(^|\/)heldout(\/|$)/.test(dir) || dir.includes(FINAL_BATCH);
