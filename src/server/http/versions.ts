import { z } from 'zod';
import { staleVersion } from './errors.ts';

/** PostgreSQL integer columns (version, HUD codes) hold 32 bits: larger numbers are a 400, not an overflow. */
export const INT32_MAX = 2_147_483_647;

/** The version a client read (body field). */
export const versionField = z.int().min(1).max(INT32_MAX).describe('The version you read; a stale one gets 409');
/** `?version=` on DELETE routes. */
export const versionQuery = z.object({
  version: z.coerce.number().int().min(1).max(INT32_MAX).describe('The version you read; a stale one gets 409'),
});
/** An integer stored in a PostgreSQL integer column, sent in a query string or path. */
export const queryInt32 = () =>
  z.coerce
    .number()
    .int()
    .min(-INT32_MAX - 1)
    .max(INT32_MAX);

/**
 * Optimistic locking: the version the client read must still be the stored one.
 * Use-cases then write `version: stored + 1` with `WHERE version = read` so a concurrent
 * writer between the check and the write also loses (0 rows updated → call this again).
 */
export function assertVersion(stored: number, read: number, what: string): void {
  if (stored !== read) throw staleVersion(what);
}
