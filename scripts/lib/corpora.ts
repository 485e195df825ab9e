/**
 * Where the real evaluation corpora are: `TS_CORPORA_DIR`, else `shared/corpora` beside the
 * checkout or beside one of its parent folders (a git worktree may live deeper than the
 * checkout). Undefined when there are none: callers skip that evaluation.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function corporaDir(): string | undefined {
  if (process.env.TS_CORPORA_DIR) return existsSync(process.env.TS_CORPORA_DIR) ? process.env.TS_CORPORA_DIR : undefined;
  let dir = join(import.meta.dirname, '..', '..');
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, '..', 'shared', 'corpora');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}
