// Duplicates: any user can say two records are the same person (the seed's "send both client
// IDs" ticket); the Duplicate Candidates report lists those flags and every pair the 2-of-3 rule
// finds; reviewers can mark a pair as not the same person, which takes it off the report.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { clientDuplicateFlagTable, clientNotDuplicateTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { clientVisibleSql, mayViewFullPii, requireClientAccess } from './client-access.ts';
import { clientSummarySchema } from './client-schemas.ts';
import { type SummaryRow, sqlRows, summarize, summaryColumns } from './client-summary.ts';

export const pairInput = z.object({
  personalIdA: z.string().min(1).max(32),
  personalIdB: z.string().min(1).max(32),
});

/** The pair in byte order, as the tables store it. */
export function orderedPair(x: string, y: string): [string, string] {
  if (x === y) throw badRequest('Give two different client IDs');
  return x < y ? [x, y] : [y, x];
}

export async function flagDuplicate(
  tx: DbOrTx,
  ctx: RequestContext,
  input: z.infer<typeof pairInput> & { note?: string | null },
): Promise<{ flagId: string; alreadyFlagged: boolean }> {
  const [a, b] = orderedPair(input.personalIdA.trim(), input.personalIdB.trim());
  await requireClientAccess(tx, ctx, a);
  await requireClientAccess(tx, ctx, b);
  const [open] = await sqlRows<{ id: string }>(
    tx,
    sql`SELECT id FROM client_duplicate_flag WHERE personal_id_a = ${a} AND personal_id_b = ${b} AND status = 'open'`,
  );
  if (open) return { flagId: open.id, alreadyFlagged: true };
  const id = newId();
  await tx.insert(clientDuplicateFlagTable).values({
    id,
    personalIdA: a,
    personalIdB: b,
    note: input.note?.trim() || null,
    organizationId: currentOrganization(ctx),
    createdBy: ctx.user.id,
    updatedBy: ctx.user.id,
  });
  for (const clientId of [a, b]) {
    await recordAudit(tx, ctx, {
      action: 'client.duplicate_flagged',
      entityType: 'client_duplicate_flag',
      entityId: id,
      clientId,
    });
  }
  return { flagId: id, alreadyFlagged: false };
}

export async function markNotDuplicate(tx: DbOrTx, ctx: RequestContext, input: z.infer<typeof pairInput>) {
  requireRole(ctx, 'data_quality_officer');
  const [a, b] = orderedPair(input.personalIdA, input.personalIdB);
  await requireClientAccess(tx, ctx, a);
  await requireClientAccess(tx, ctx, b);
  await tx
    .insert(clientNotDuplicateTable)
    .values({
      personalIdA: a,
      personalIdB: b,
      reason: 'reviewed',
      organizationId: currentOrganization(ctx),
      createdBy: ctx.user.id,
    })
    .onConflictDoNothing();
  await tx.execute(
    sql`UPDATE client_duplicate_flag SET status = 'not_duplicate', resolved_at = now(), resolved_by = ${ctx.user.id},
        updated_at = now(), version = version + 1
      WHERE personal_id_a = ${a} AND personal_id_b = ${b} AND status = 'open'`,
  );
  for (const clientId of [a, b]) {
    await recordAudit(tx, ctx, {
      action: 'client.not_duplicate',
      entityType: 'client',
      entityId: clientId === a ? b : a,
      clientId,
    });
  }
}

export const duplicatePairSchema = z.object({
  a: clientSummarySchema,
  b: clientSummarySchema,
  reasons: z.array(z.string()),
  flag: z
    .object({ id: z.string(), note: z.string().nullable(), flaggedBy: z.string(), flaggedAt: z.string() })
    .nullable(),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

type PairRow = {
  a: string;
  b: string;
  same_ssn: boolean;
  same_name: boolean;
  same_dob: boolean;
  flag_id: string | null;
  note: string | null;
  flagged_by: string | null;
  flagged_at: string | null;
};

/** The Duplicate Candidates report: open flags first, then pairs by the 2-of-3 rule. */
export async function duplicateCandidates(db: DbOrTx, ctx: RequestContext): Promise<DuplicatePair[]> {
  requireRole(ctx, 'data_quality_officer');
  const org = currentOrganization(ctx);
  const pairs = await sqlRows<PairRow>(
    db,
    sql`WITH live AS (
        SELECT c.personal_id, c.ssn, c.ssn_data_quality = 1 AND hearth_valid_ssn(c.ssn) AS valid_ssn, c.dob,
          hearth_name_key(c.first_name) AS fk, hearth_name_key(c.last_name) AS lk
        FROM client c WHERE c.date_deleted IS NULL AND ${clientVisibleSql(sql.raw('c.personal_id'), org)}),
      by_rule AS (
        SELECT a.personal_id AS a, b.personal_id AS b FROM live a
          JOIN live b ON a.dob = b.dob AND a.fk = b.fk AND a.lk = b.lk AND a.personal_id < b.personal_id COLLATE "C"
          WHERE a.fk <> '' AND a.lk <> ''
        UNION
        SELECT a.personal_id, b.personal_id FROM live a
          JOIN live b ON a.ssn = b.ssn AND a.personal_id < b.personal_id COLLATE "C"
          WHERE a.valid_ssn AND b.valid_ssn AND (a.dob = b.dob OR (a.fk = b.fk AND a.lk = b.lk AND a.fk <> ''))),
      pairs AS (
        SELECT a, b FROM by_rule
        WHERE NOT EXISTS (SELECT 1 FROM client_not_duplicate n WHERE n.personal_id_a = a AND n.personal_id_b = b)
        UNION
        SELECT personal_id_a, personal_id_b FROM client_duplicate_flag WHERE status = 'open')
      SELECT p.a, p.b, (sa.valid_ssn AND sb.valid_ssn AND sa.ssn = sb.ssn) AS same_ssn,
        (sa.fk = sb.fk AND sa.lk = sb.lk AND sa.fk <> '') AS same_name, (sa.dob = sb.dob) AS same_dob,
        f.id AS flag_id, f.note, u.first_name || ' ' || u.last_name AS flagged_by, f.created_at::text AS flagged_at
      FROM pairs p JOIN live sa ON sa.personal_id = p.a JOIN live sb ON sb.personal_id = p.b
      LEFT JOIN client_duplicate_flag f ON f.personal_id_a = p.a AND f.personal_id_b = p.b AND f.status = 'open'
      LEFT JOIN app_user u ON u.id = f.created_by
      ORDER BY (f.id IS NULL), f.created_at, p.a, p.b`,
  );
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const rows = ids.length
    ? await sqlRows<SummaryRow>(
        db,
        sql`SELECT ${summaryColumns} FROM client c LEFT JOIN client_profile cp ON cp.personal_id = c.personal_id
          WHERE c.personal_id IN (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )})`,
      )
    : [];
  const summaries = new Map((await summarize(db, rows, mayViewFullPii(ctx))).map((s) => [s.PersonalID, s]));
  const items: DuplicatePair[] = [];
  for (const p of pairs) {
    const a = summaries.get(p.a);
    const b = summaries.get(p.b);
    if (!a || !b) continue;
    const reasons = [p.same_ssn && 'SSN', p.same_name && 'name', p.same_dob && 'date of birth'].filter(
      (r): r is string => Boolean(r),
    );
    items.push({
      a,
      b,
      reasons: p.flag_id ? ['flagged by a user', ...reasons] : reasons,
      flag: p.flag_id
        ? { id: p.flag_id, note: p.note, flaggedBy: p.flagged_by ?? 'Unknown user', flaggedAt: p.flagged_at ?? '' }
        : null,
    });
  }
  return items;
}
