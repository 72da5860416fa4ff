import { staleVersion } from './errors.ts';

/**
 * Optimistic locking: the version the client read must still be the stored one.
 * Use-cases then write `version: stored + 1` with `WHERE version = read` so a concurrent
 * writer between the check and the write also loses (0 rows updated → call this again).
 */
export function assertVersion(stored: number, read: number, what: string): void {
  if (stored !== read) throw staleVersion(what);
}
