// The client lookup: the client and its profile, or the same 404 whether the client does not
// exist, is deleted or is hidden from the user (visibility.ts). And the audit row of a read.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import { clientProfileTable, clientTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { clientVisibleSql } from './visibility.ts';

export type ClientRow = typeof clientTable.$inferSelect;
export type ClientProfileRow = typeof clientProfileTable.$inferSelect;
/** `field`: the request field that named the record, when the ID came in a body. */
export type LookupOptions = { field?: string };

/** True when the signed-in user may see the client (it exists, is not deleted, and is visible). */
export async function canSeeClient(db: DbOrTx, ctx: RequestContext, personalId: string): Promise<boolean> {
  const org = currentOrganization(ctx);
  const [row] = await db
    .select({ id: clientTable.PersonalID })
    .from(clientTable)
    .where(
      and(
        eq(clientTable.PersonalID, personalId),
        sql`${clientTable.DateDeleted} IS NULL`,
        clientVisibleSql(clientTable.PersonalID, org),
      ),
    );
  return Boolean(row);
}

/** The client and its profile if visible: every client route runs it, so it is built once. */
const clientQuery = buildOnce((db) =>
  db
    .select({ client: clientTable, profile: clientProfileTable })
    .from(clientTable)
    .leftJoin(clientProfileTable, eq(clientProfileTable.personalId, clientTable.PersonalID))
    .where(
      and(
        eq(clientTable.PersonalID, sql.placeholder('personalId')),
        clientVisibleSql(clientTable.PersonalID, sql.placeholder('org')),
      ),
    ),
);

/**
 * The client and its profile, or 404 when it does not exist, is deleted or is hidden from the
 * user. A client merged into another answers 404 with `mergedInto` when the survivor is visible.
 */
export async function requireClient(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  opts: LookupOptions = {},
): Promise<{ client: ClientRow; profile: ClientProfileRow | null }> {
  const org = currentOrganization(ctx);
  const [row] = await clientQuery(db, { personalId, org });
  if (!row) throw notFound('Client', opts.field);
  if (row.client.DateDeleted) {
    const survivor = row.profile?.mergedInto;
    if (survivor && (await canSeeClient(db, ctx, survivor))) {
      throw new AppError(404, 'client_merged', `This client record was merged into client ${survivor}`, undefined, {
        mergedInto: survivor,
      });
    }
    throw notFound('Client', opts.field);
  }
  return row;
}

/** Whether the user's role sees full SSNs and dates of birth without asking (others see last 4 and age). */
export function mayViewFullPii(ctx: RequestContext): boolean {
  return hasRole(ctx.user, 'data_quality_officer');
}

/**
 * Whether the user may reveal a visible client's full SSN and date of birth with a click, which
 * is audited as a PII view. Every user is a case manager, and case managers record and correct
 * both, so every role may.
 */
export function mayRevealPii(ctx: RequestContext): boolean {
  return hasRole(ctx.user, 'case_manager');
}

/** The audit row of a client read: who looked at which client, which view, from where. */
export async function recordClientRead(db: DbOrTx, ctx: RequestContext, personalId: string, view: string) {
  await recordAudit(db, ctx, {
    action: 'client.read',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
    detail: { view },
  });
}

/** requireClient, then the client.read audit row: what a read endpoint needs. */
export async function readClientAudited(db: DbOrTx, ctx: RequestContext, personalId: string, view: string) {
  const found = await requireClient(db, ctx, personalId);
  await recordClientRead(db, ctx, personalId, view);
  return found;
}
