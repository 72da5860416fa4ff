// Undo a merge: exactly the rows the merge moved go back to the merged client, which comes back
// as it was; the survivor's fields the merge changed go back unless someone edited them since.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientMergeTable, clientProfileTable, clientTable } from '../../db/schema/index.ts';
import { requireMerge } from '../access/work-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import type { ClientProfileRow, ClientRow } from './client-access.ts';
import { ensureClientProfile } from './client-profile.ts';
import { sqlRows } from './client-summary.ts';
import { bookkeeping, type ClientTable, clientTables, ident, rowKeySql } from './client-tables.ts';
import { MERGE_FIELDS } from './merge-clients.ts';

async function moveBack(
  tx: DbOrTx,
  mergeId: string,
  t: ClientTable,
  survivorId: string,
  mergedId: string,
  userId: string,
) {
  const sets = [sql`${ident(t.column)} = ${mergedId}`, ...bookkeeping(t, userId, hudNow())];
  const [row] = await sqlRows<{ n: number }>(
    tx,
    sql`WITH back AS (
        UPDATE ${ident(t.table)} AS t SET ${sql.join(sets, sql`, `)}
        FROM client_merge_moved_row r
        WHERE r.merge_id = ${mergeId} AND r.table_name = ${t.table} AND r.column_name = ${t.column}
          AND t.${ident(t.column)} = ${survivorId}
          AND ${rowKeySql(t, 't')} = r.row_key
        RETURNING 1)
      SELECT count(*)::int AS n FROM back`,
  );
  return row?.n ?? 0;
}

export async function undoMerge(tx: DbOrTx, ctx: RequestContext, mergeId: string) {
  const merge = await requireMerge(tx, ctx, mergeId, { lock: true });
  requireRole(ctx, 'hmis_admin');
  if (merge.undoneAt) throw new AppError(409, 'already_undone', 'This merge was already undone');
  const { survivorId, mergedId } = merge;
  const [survivor] = await tx.select().from(clientTable).where(eq(clientTable.PersonalID, survivorId));
  if (!survivor || survivor.DateDeleted)
    throw new AppError(409, 'survivor_gone', `Client ${survivorId} was deleted or merged again since; undo that first`);

  const restored: Record<string, number> = {};
  const tables = await clientTables(tx);
  const movedTables = await sqlRows<{ table_name: string; column_name: string }>(
    tx,
    sql`SELECT DISTINCT table_name, column_name FROM client_merge_moved_row WHERE merge_id = ${mergeId}`,
  );
  for (const m of movedTables) {
    const t = tables.find((x) => x.table === m.table_name && x.column === m.column_name);
    if (!t) continue;
    const n = await moveBack(tx, mergeId, t, survivorId, mergedId, ctx.user.id);
    if (n) restored[t.table] = (restored[t.table] ?? 0) + n;
  }

  const now = hudNow();
  const before = merge.survivorBefore as ClientRow;
  const after = merge.survivorAfter as ClientRow;
  // Only what the merge changed and nobody changed since.
  const revert: Partial<ClientRow> = {};
  for (const f of MERGE_FIELDS) {
    if (after[f] !== before[f] && survivor[f] === after[f]) Object.assign(revert, { [f]: before[f] });
  }
  await tx
    .update(clientTable)
    .set({ ...revert, DateUpdated: now, UserID: ctx.user.id, version: sql`${clientTable.version} + 1` })
    .where(eq(clientTable.PersonalID, survivorId));
  const { PersonalID, version, ...mergedFields } = merge.mergedBefore as ClientRow;
  await tx
    .update(clientTable)
    .set({
      ...mergedFields,
      DateDeleted: null,
      DateUpdated: now,
      UserID: ctx.user.id,
      version: sql`${clientTable.version} + 1`,
    })
    .where(eq(clientTable.PersonalID, mergedId));

  const bump = { updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${clientProfileTable.version} + 1` };
  const survivorProfileBefore = merge.survivorProfileBefore as ClientProfileRow | null;
  const mergedProfileBefore = merge.mergedProfileBefore as ClientProfileRow | null;
  const [survivorProfile] = await tx
    .select()
    .from(clientProfileTable)
    .where(eq(clientProfileTable.personalId, survivorId));
  if (merge.choices.photo === 'merged' && survivorProfile?.photoId === (mergedProfileBefore?.photoId ?? null)) {
    await tx
      .update(clientProfileTable)
      .set({ photoId: survivorProfileBefore?.photoId ?? null, ...bump })
      .where(eq(clientProfileTable.personalId, survivorId));
  }
  await ensureClientProfile(tx, mergedId, ctx.user.id);
  await tx
    .update(clientProfileTable)
    .set({ mergedInto: null, photoId: mergedProfileBefore?.photoId ?? null, ...bump })
    .where(eq(clientProfileTable.personalId, mergedId));
  await tx
    .update(clientMergeTable)
    .set({
      undoneAt: new Date(),
      undoneBy: ctx.user.id,
      updatedAt: new Date(),
      updatedBy: ctx.user.id,
      version: sql`${clientMergeTable.version} + 1`,
    })
    .where(eq(clientMergeTable.id, mergeId));
  for (const clientId of [survivorId, mergedId]) {
    await recordAudit(tx, ctx, {
      action: 'client.merge_undone',
      entityType: 'client_merge',
      entityId: mergeId,
      clientId,
      detail: { survivorId, mergedId, restored },
    });
  }
  return { restored };
}
