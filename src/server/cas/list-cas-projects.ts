// Projects in CAS today: the access points a CAS intake can enroll into (of the organization
// you work as), and the housing projects that receive CE referrals.
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { ceParticipationTable, organizationTable, projectTable } from '../../db/schema/index.ts';
import { hudLabel, NoYes, ProjectType } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { referralEventFor } from './referral-rules.ts';

function inForceToday() {
  const c = ceParticipationTable;
  const today = hudToday();
  return and(
    isNull(c.DateDeleted),
    lte(c.CEParticipationStatusStartDate, today),
    or(isNull(c.CEParticipationStatusEndDate), gte(c.CEParticipationStatusEndDate, today)),
  );
}

const columns = {
  ProjectID: projectTable.ProjectID,
  ProjectName: projectTable.ProjectName,
  ProjectType: projectTable.ProjectType,
  OrganizationID: projectTable.OrganizationID,
  OrganizationName: organizationTable.OrganizationName,
};

export async function listAccessPoints(db: Db, ctx: RequestContext) {
  return db
    .selectDistinct(columns)
    .from(projectTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
    .innerJoin(ceParticipationTable, eq(ceParticipationTable.ProjectID, projectTable.ProjectID))
    .where(
      and(
        eq(projectTable.OrganizationID, currentOrganization(ctx)),
        eq(projectTable.ProjectType, ProjectType.CoordinatedEntry),
        isNull(projectTable.DateDeleted),
        eq(ceParticipationTable.AccessPoint, NoYes.Yes),
        inForceToday(),
      ),
    )
    .orderBy(projectTable.ProjectName);
}

export async function listReferralProjects(db: Db) {
  const rows = await db
    .selectDistinct(columns)
    .from(projectTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
    .innerJoin(ceParticipationTable, eq(ceParticipationTable.ProjectID, projectTable.ProjectID))
    .where(
      and(
        isNull(projectTable.DateDeleted),
        sql`(${projectTable.OperatingEndDate} IS NULL OR ${projectTable.OperatingEndDate} >= ${hudToday()})`,
        eq(organizationTable.VictimServiceProvider, NoYes.No),
        eq(ceParticipationTable.ReceivesReferrals, NoYes.Yes),
        inForceToday(),
      ),
    )
    .orderBy(organizationTable.OrganizationName, projectTable.ProjectName);
  return rows.flatMap((p) => {
    const Event = referralEventFor(p.ProjectType);
    return Event ? [{ ...p, Event, EventLabel: hudLabel('EventType', Event) ?? '' }] : [];
  });
}
