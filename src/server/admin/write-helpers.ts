// Small helpers the admin use-cases share for HUD row bookkeeping and optimistic locking.
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connect.ts';
import type { RequestContext } from '../http/context.ts';
import { type AppError, notFound, staleVersion } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';

/** DateCreated/DateUpdated/UserID for a new HUD row. */
export function hudCreated(ctx: RequestContext) {
  const now = hudNow();
  return { DateCreated: now, DateUpdated: now, UserID: ctx.user.id };
}

/** DateUpdated/UserID and the version bump for an edited HUD row. */
export function hudUpdated(ctx: RequestContext, version: PgColumn) {
  return { DateUpdated: hudNow(), UserID: ctx.user.id, version: sql`${version} + 1` };
}

/** `id = … AND version = read AND not deleted`: the WHERE of every optimistic HUD update. */
export function sameVersion(idColumn: PgColumn, id: string, version: PgColumn, read: number, deleted?: PgColumn): SQL {
  const conds = [eq(idColumn, id), eq(version, read)];
  if (deleted) conds.push(isNull(deleted));
  return and(...conds) as SQL;
}

/**
 * After an update matched no row: 404 if the row is gone (or soft-deleted), else 409 because
 * someone saved it after it was read.
 */
export async function missingOrStale(
  db: DbOrTx,
  table: PgTable,
  idColumn: PgColumn,
  id: string,
  what: string,
  deleted?: PgColumn,
): Promise<AppError> {
  const where = deleted ? and(eq(idColumn, id), isNull(deleted)) : eq(idColumn, id);
  const rows = await db.select({ id: idColumn }).from(table).where(where);
  return rows.length ? staleVersion(what) : notFound(what);
}

/** True when the database refused a row for breaking a unique index (two people saving at once). */
export function isUniqueViolation(e: unknown): boolean {
  for (let err = e; err && typeof err === 'object'; err = (err as { cause?: unknown }).cause) {
    if ((err as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
