import { TraffickingSignalsError } from '../../src/index.js';

/**
 * The coded error a call throws, or undefined when it returns; any other throw is rethrown.
 *
 * @example
 * ```ts
 * errorOf(() => parsePack({ pack: 'x' }))?.code; // 'invalid_pack'
 * ```
 */
export function errorOf(fn: () => unknown): TraffickingSignalsError | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof TraffickingSignalsError) return err;
    throw err;
  }
  return undefined;
}
