/**
 * Blind sets that tuning scripts must not read. `heldout/` and the final batch of the running
 * round stay untouched: `scripts/pack-report.ts` and `scripts/calibrate.ts` refuse them, the
 * model trainer and the golden file leave the final batch out, and `npm run eval` names it
 * without reading it until it is scored once, at the end of the round (`--score-final`). The
 * next round's batch, written before this round ends, is left out the same way.
 */

/** The final blind batch of the running round, committed before the round's changes. */
export const FINAL_BATCH = '2026-12-07-l';

/**
 * The next round's final batch, written blind and committed before the running round ends (so
 * before any change it will measure); unread until that round names it final and scores it.
 * Empty while none is committed.
 */
export const NEXT_BATCH: string = '';

/** True for a blind batch (directory name) that is committed but not scored yet. */
export const isUnscored = (name: string): boolean => name === FINAL_BATCH || (NEXT_BATCH !== '' && name === NEXT_BATCH);

/** True when a set directory must not be read while rules or engine change. */
export const isUntouchable = (dir: string): boolean =>
  /(^|\/)heldout(\/|$)/.test(dir) || dir.includes(FINAL_BATCH) || (NEXT_BATCH !== '' && dir.includes(NEXT_BATCH));
