// Annual Assessment Tool: open enrollments whose annual assessment is due in the window that
// contains the chosen due date (30 days either side of an anniversary of the head of
// household's start date) and not yet recorded, for people the project asks anything of.
// Served by the report framework (annual-assessment-tool.report.ts), which audits the clients shown.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { clientTable, enrollmentTable, projectTable } from '../../db/schema/index.ts';
import { DataCollectionStage, RelationshipToHoH } from '../../hud/codes.ts';
import { annualWindowOf, daysBetween, isAdultOn } from '../../hud/rules/dates.ts';
import { requiredElements } from '../../hud/rules/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { fundersOn, loadProjects } from '../enrollments/load-project.ts';
import { loadExits } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { listAssessments } from './stage-records.ts';

export type DueQuery = {
  dueDate?: string;
  organizationId?: string;
  projectId?: string;
  funder?: number;
  personalId?: string;
};

export type DueRow = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EnrollmentID: string;
  HouseholdID: string;
  RelationshipToHoH: number;
  OrganizationName: string;
  ProjectID: string;
  ProjectName: string;
  EntryDate: string;
  anniversary: string;
  windowOpens: string;
  windowCloses: string;
  daysLeft: number;
};

export async function annualAssessmentsDue(db: Db, ctx: RequestContext, q: DueQuery): Promise<DueRow[]> {
  const dueDate = q.dueDate ?? hudToday();
  const org = q.organizationId ?? currentOrganization(ctx);
  if (!ctx.user.organizationIds.includes(org) && !ctx.user.roles.includes('hmis_admin'))
    throw forbidden('You do not have access to that organization');
  const projectRows = await db
    .select({ id: projectTable.ProjectID })
    .from(projectTable)
    .where(
      and(
        eq(projectTable.OrganizationID, org),
        isNull(projectTable.DateDeleted),
        q.projectId ? eq(projectTable.ProjectID, q.projectId) : undefined,
      ),
    );
  const projects = await loadProjects(
    db,
    projectRows.map((p) => p.id),
  );
  const ids = [...projects.values()]
    .filter((p) => q.funder === undefined || fundersOn(p, dueDate).includes(q.funder))
    .map((p) => p.ProjectID);
  if (!ids.length) return [];
  const rows = await db
    .select({ e: enrollmentTable, c: clientTable })
    .from(enrollmentTable)
    .innerJoin(clientTable, eq(clientTable.PersonalID, enrollmentTable.PersonalID))
    .where(
      and(
        inArray(enrollmentTable.ProjectID, ids),
        isNull(enrollmentTable.DateDeleted),
        isNull(clientTable.DateDeleted),
        clientVisibleSql(clientTable.PersonalID, currentOrganization(ctx)),
        q.personalId ? eq(enrollmentTable.PersonalID, q.personalId) : undefined,
      ),
    );
  const exits = await loadExits(
    db,
    rows.map((r) => r.e.EnrollmentID),
  );
  const open = rows.filter((r) => !exits.has(r.e.EnrollmentID));
  // The household's anniversaries follow its head of household's start date.
  const heads = new Map<string, string>();
  const households = [...new Set(open.map((r) => r.e.HouseholdID))];
  const hohRows = !households.length
    ? []
    : await db
        .select({ h: enrollmentTable.HouseholdID, d: enrollmentTable.EntryDate })
        .from(enrollmentTable)
        .where(
          and(
            inArray(enrollmentTable.HouseholdID, households),
            eq(enrollmentTable.RelationshipToHoH, RelationshipToHoH.Self),
            isNull(enrollmentTable.DateDeleted),
          ),
        );
  for (const r of hohRows) heads.set(r.h, r.d);
  const annuals = (
    await listAssessments(
      db,
      open.map((r) => r.e.EnrollmentID),
    )
  ).filter((a) => a.DataCollectionStage === DataCollectionStage.Annual);
  const due: DueRow[] = [];
  for (const { e, c } of open) {
    const p = projects.get(e.ProjectID);
    const start = heads.get(e.HouseholdID) ?? e.EntryDate;
    const w = annualWindowOf(start, dueDate);
    if (!p || !w || e.EntryDate > w.closes) continue;
    if (
      annuals.some(
        (a) => a.EnrollmentID === e.EnrollmentID && a.InformationDate >= w.opens && a.InformationDate <= w.closes,
      )
    )
      continue;
    const member = {
      isHeadOfHousehold: e.RelationshipToHoH === RelationshipToHoH.Self,
      isAdult: isAdultOn(c.DOB, w.anniversary),
    };
    if (!requiredElements(p.ProjectType, fundersOn(p, w.anniversary), 'annual', member).length) continue;
    due.push({
      PersonalID: c.PersonalID,
      FirstName: c.FirstName,
      LastName: c.LastName,
      EnrollmentID: e.EnrollmentID,
      HouseholdID: e.HouseholdID,
      RelationshipToHoH: e.RelationshipToHoH,
      OrganizationName: p.OrganizationName,
      ProjectID: p.ProjectID,
      ProjectName: p.ProjectName,
      EntryDate: e.EntryDate,
      anniversary: w.anniversary,
      windowOpens: w.opens,
      windowCloses: w.closes,
      daysLeft: daysBetween(dueDate, w.closes),
    });
  }
  due.sort(
    (a, b) => a.windowCloses.localeCompare(b.windowCloses) || (a.LastName ?? '').localeCompare(b.LastName ?? ''),
  );
  return due;
}
