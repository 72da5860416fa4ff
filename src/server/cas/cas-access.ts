// Who does what in Coordinated Access: CAS administrators and prioritizing users (named by an
// HMIS admin in CAS set-up) see the queue and refer households; a housing provider's users work
// the referrals to their projects; access points run CAS intakes.
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { type CasRole, casUserRoleTable, ceParticipationTable, clientTable } from '../../db/schema/index.ts';
import { NoYes, ProjectType } from '../../hud/codes.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';

export async function casRolesOf(db: DbOrTx, userId: string): Promise<Set<CasRole>> {
  const rows = await db
    .select({ role: casUserRoleTable.role })
    .from(casUserRoleTable)
    .where(eq(casUserRoleTable.userId, userId));
  return new Set(rows.map((r) => r.role));
}

/** CAS administrators and prioritizing users only (the queue, referrals). */
export async function requireCasStaff(db: DbOrTx, ctx: RequestContext): Promise<Set<CasRole>> {
  const roles = await casRolesOf(db, ctx.user.id);
  if (!roles.size) throw forbidden('Only CAS administrators and prioritizing users can do this');
  return roles;
}

/** The project's CE participation record in force on the date, if any (HUD 2.09). */
export async function ceParticipationOn(db: DbOrTx, projectId: string, date: string) {
  const c = ceParticipationTable;
  const [row] = await db
    .select()
    .from(c)
    .where(
      and(
        eq(c.ProjectID, projectId),
        isNull(c.DateDeleted),
        lte(c.CEParticipationStatusStartDate, date),
        or(isNull(c.CEParticipationStatusEndDate), gte(c.CEParticipationStatusEndDate, date)),
      ),
    )
    .orderBy(sql`${c.CEParticipationStatusStartDate} DESC`)
    .limit(1);
  return row;
}

export const isAccessPoint = (p: { AccessPoint: number } | undefined) => p?.AccessPoint === NoYes.Yes;
export const receivesReferrals = (p: { ReceivesReferrals: number } | undefined) => p?.ReceivesReferrals === NoYes.Yes;
export const isCoordinatedEntry = (projectType: number | null) => projectType === ProjectType.CoordinatedEntry;

/** Whether users working as the organization may see the client (a VSP's households stay inside it). */
export async function visibleToOrganization(db: DbOrTx, personalId: string, organizationId: string) {
  const [row] = await db
    .select({ id: clientTable.PersonalID })
    .from(clientTable)
    .where(and(eq(clientTable.PersonalID, personalId), clientVisibleSql(clientTable.PersonalID, organizationId)));
  return Boolean(row);
}
