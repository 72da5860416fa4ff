// The one place that decides whether the signed-in user may see a client, and the audit row
// every client read writes. Enrollments, services and case notes call these too.
//
// Rule (docs/decisions.md, "Who sees a client"): client profiles are shared CoC-wide, except
//  - a client restricted to one organization (every client created while working as a
//    victim-service provider is; others by choice) is seen only by users working as it, and
//  - a client with any enrollment in a project of a victim-service provider is seen only by
//    users working as that provider.
// Hidden clients answer 404, so their existence does not leak either.
import { and, eq, type SQLWrapper, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { runPrepared } from '../../db/prepared.ts';
import { clientProfileTable, clientTable } from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';

/**
 * SQL condition: the client whose PersonalID is `personalId` (a column or expression) is visible
 * to a user working as `organizationId`. Use it in any query that lists clients or their records.
 */
export function clientVisibleSql(personalId: SQLWrapper, organizationId: string) {
  return sql`(NOT EXISTS (SELECT 1 FROM client_profile vis_cp WHERE vis_cp.personal_id = ${personalId}
      AND vis_cp.restricted_organization_id IS NOT NULL AND vis_cp.restricted_organization_id <> ${organizationId})
    AND NOT EXISTS (SELECT 1 FROM enrollment vis_e
      JOIN project vis_p ON vis_p.project_id = vis_e.project_id
      JOIN organization vis_o ON vis_o.organization_id = vis_p.organization_id
      WHERE vis_e.personal_id = ${personalId} AND vis_o.victim_service_provider = ${NoYes.Yes}
        AND vis_o.organization_id <> ${organizationId}))`;
}

export type ClientRow = typeof clientTable.$inferSelect;
export type ClientProfileRow = typeof clientProfileTable.$inferSelect;

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

/**
 * The client and its profile, or 404 when it does not exist, is deleted or is hidden from the
 * user. A client merged into another answers 404 with `mergedInto` when the survivor is visible.
 */
export async function requireClientAccess(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
): Promise<{ client: ClientRow; profile: ClientProfileRow | null }> {
  const org = currentOrganization(ctx);
  const [row] = await runPrepared(
    db
      .select({ client: clientTable, profile: clientProfileTable })
      .from(clientTable)
      .leftJoin(clientProfileTable, eq(clientProfileTable.personalId, clientTable.PersonalID))
      .where(and(eq(clientTable.PersonalID, personalId), clientVisibleSql(clientTable.PersonalID, org))),
  );
  if (!row) throw notFound('Client');
  if (row.client.DateDeleted) {
    const survivor = row.profile?.mergedInto;
    if (survivor && (await canSeeClient(db, ctx, survivor))) {
      throw new AppError(404, 'client_merged', `This client record was merged into client ${survivor}`, undefined, {
        mergedInto: survivor,
      });
    }
    throw notFound('Client');
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

/** requireClientAccess, then the client.read audit row: what a read endpoint needs. */
export async function readClientAudited(db: DbOrTx, ctx: RequestContext, personalId: string, view: string) {
  const found = await requireClientAccess(db, ctx, personalId);
  await recordClientRead(db, ctx, personalId, view);
  return found;
}
