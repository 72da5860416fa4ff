// Merge two records of one person (HMIS admin). The admin picks, per group of fields, whose
// value survives; every row of the merged client in every client table moves to the survivor;
// the merged record is soft-deleted and points at the survivor. One transaction, audited, and
// everything needed to undo it exactly is kept in client_merge (undo-merge.ts).
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { clientDuplicateFlagTable, clientMergeTable, clientProfileTable, clientTable } from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, badRequest, staleVersion, validationFailed } from '../http/errors.ts';
import { hudNow, newId } from '../http/ids.ts';
import { versionField } from '../http/versions.ts';
import { type ClientRow, requireClientAccess } from './client-access.ts';
import { ensureClientProfile } from './client-profile.ts';
import { VETERAN_FIELDS } from './client-schemas.ts';
import { sqlRows } from './client-summary.ts';
import { bookkeeping, clientTables, ident, rowKeySql } from './client-tables.ts';
import { clientValuesOf } from './update-client.ts';
import { RACE_FIELDS, validateClient, withDefaults } from './validate-client.ts';

/** The groups of fields an admin chooses between; a value keeps its data-quality code with it. */
export const MERGE_GROUPS = {
  name: ['FirstName', 'MiddleName', 'LastName', 'NameSuffix', 'NameDataQuality'],
  ssn: ['SSN', 'SSNDataQuality'],
  dob: ['DOB', 'DOBDataQuality'],
  sex: ['Sex'],
  race: [...RACE_FIELDS, 'RaceNone', 'AdditionalRaceEthnicity'],
  veteran: [...VETERAN_FIELDS],
} as const satisfies Record<string, readonly (keyof ClientRow)[]>;
export const MERGE_FIELDS = Object.values(MERGE_GROUPS).flat() as (keyof ClientRow)[];

const side = z.enum(['survivor', 'merged']);
export const mergeInput = z.object({
  survivorId: z.string().min(1).max(32),
  mergedId: z.string().min(1).max(32),
  survivorVersion: versionField,
  mergedVersion: versionField,
  choices: z
    .object({
      name: side,
      ssn: side,
      dob: side,
      sex: side,
      race: side,
      veteran: side,
      photo: side,
    })
    .partial()
    .default({}),
});
export type MergeInput = z.infer<typeof mergeInput>;

/** Organizations that keep a client to themselves: its restriction and any victim-service provider serving it. */
export async function privacyScope(db: DbOrTx, personalId: string): Promise<string> {
  const rows = await sqlRows<{ org: string }>(
    db,
    sql`SELECT restricted_organization_id AS org FROM client_profile
        WHERE personal_id = ${personalId} AND restricted_organization_id IS NOT NULL
      UNION
      SELECT o.organization_id FROM enrollment e JOIN project p ON p.project_id = e.project_id
        JOIN organization o ON o.organization_id = p.organization_id
        WHERE e.personal_id = ${personalId} AND o.victim_service_provider = ${NoYes.Yes}
      ORDER BY 1`,
  );
  return rows.map((r) => r.org).join(',');
}

async function moveRows(tx: DbOrTx, mergeId: string, from: string, to: string, userId: string) {
  const counts: Record<string, number> = {};
  const now = hudNow();
  for (const t of await clientTables(tx)) {
    const sets = [sql`${ident(t.column)} = ${to}`, ...bookkeeping(t, userId, now)];
    const [row] = await sqlRows<{ n: number }>(
      tx,
      sql`WITH moved AS (
          UPDATE ${ident(t.table)} AS t SET ${sql.join(sets, sql`, `)}
          WHERE t.${ident(t.column)} = ${from}
          RETURNING ${rowKeySql(t, 't')} AS row_key),
        kept AS (
          INSERT INTO client_merge_moved_row (merge_id, table_name, column_name, row_key)
          SELECT ${mergeId}, ${t.table}, ${t.column}, row_key FROM moved RETURNING 1)
        SELECT count(*)::int AS n FROM kept`,
    );
    if (row?.n) counts[t.table] = (counts[t.table] ?? 0) + row.n;
  }
  return counts;
}

export async function mergeClients(tx: DbOrTx, ctx: RequestContext, input: MergeInput) {
  requireRole(ctx, 'hmis_admin');
  const organizationId = currentOrganization(ctx);
  const { survivorId, mergedId, choices } = input;
  if (survivorId === mergedId) throw badRequest('Choose two different clients to merge');
  const survivor = await requireClientAccess(tx, ctx, survivorId);
  const merged = await requireClientAccess(tx, ctx, mergedId);
  if ((await privacyScope(tx, survivorId)) !== (await privacyScope(tx, mergedId))) {
    throw new AppError(
      409,
      'privacy_boundary',
      'These records are kept apart for privacy (a victim-service provider or an organization restriction): they cannot be merged.',
    );
  }
  if (survivor.client.version !== input.survivorVersion) throw staleVersion(`Client ${survivorId}`);
  if (merged.client.version !== input.mergedVersion) throw staleVersion(`Client ${mergedId}`);

  const next = clientValuesOf(survivor.client);
  for (const [group, fields] of Object.entries(MERGE_GROUPS)) {
    if (choices[group as keyof typeof choices] !== 'merged') continue;
    for (const f of fields) Object.assign(next, { [f]: merged.client[f] });
  }
  const complete = withDefaults(next);
  const errors = validateClient(complete);
  if (Object.keys(errors).length) throw validationFailed(errors);

  const id = newId();
  await tx.insert(clientMergeTable).values({
    id,
    survivorId,
    mergedId,
    choices: choices as Record<string, 'survivor' | 'merged'>,
    survivorBefore: survivor.client,
    survivorAfter: survivor.client,
    mergedBefore: merged.client,
    survivorProfileBefore: survivor.profile,
    mergedProfileBefore: merged.profile,
    movedCounts: {},
    organizationId,
    createdBy: ctx.user.id,
    updatedBy: ctx.user.id,
  });
  const moved = await moveRows(tx, id, mergedId, survivorId, ctx.user.id);

  const now = hudNow();
  const [after] = await tx
    .update(clientTable)
    .set({ ...complete, DateUpdated: now, UserID: ctx.user.id, version: sql`${clientTable.version} + 1` })
    .where(eq(clientTable.PersonalID, survivorId))
    .returning();
  await tx
    .update(clientTable)
    .set({ DateDeleted: now, DateUpdated: now, UserID: ctx.user.id, version: sql`${clientTable.version} + 1` })
    .where(eq(clientTable.PersonalID, mergedId));
  await ensureClientProfile(tx, survivorId, ctx.user.id);
  await ensureClientProfile(tx, mergedId, ctx.user.id);
  const bump = { updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${clientProfileTable.version} + 1` };
  if (choices.photo === 'merged') {
    await tx
      .update(clientProfileTable)
      .set({ photoId: merged.profile?.photoId ?? null, ...bump })
      .where(eq(clientProfileTable.personalId, survivorId));
  }
  await tx
    .update(clientProfileTable)
    .set({ mergedInto: survivorId, ...bump })
    .where(eq(clientProfileTable.personalId, mergedId));
  await tx
    .update(clientDuplicateFlagTable)
    .set({ status: 'merged', resolvedAt: new Date(), resolvedBy: ctx.user.id, updatedAt: new Date() })
    .where(
      and(
        eq(clientDuplicateFlagTable.status, 'open'),
        eq(clientDuplicateFlagTable.personalIdA, [survivorId, mergedId].sort()[0] ?? survivorId),
        eq(clientDuplicateFlagTable.personalIdB, [survivorId, mergedId].sort()[1] ?? mergedId),
      ),
    );
  await tx
    .update(clientMergeTable)
    .set({ survivorAfter: after, movedCounts: moved })
    .where(eq(clientMergeTable.id, id));
  for (const clientId of [survivorId, mergedId]) {
    await recordAudit(tx, ctx, {
      action: 'client.merged',
      entityType: 'client_merge',
      entityId: id,
      clientId,
      detail: { survivorId, mergedId, moved },
    });
  }
  return { mergeId: id, moved };
}
