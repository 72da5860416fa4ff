// The household view of an enrollment: project, members with their stay and case managers,
// and every assessment recorded. Reading it is a read of each member's record: audited.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { appUserTable, caseAssignmentTable, clientTable } from '../../db/schema/index.ts';
import { ageOn, annualWindowOf } from '../../hud/rules/dates.ts';
import { requireEnrollment } from '../access/client-records.ts';
import { listAssessments } from '../assessments/stage-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { clientVisibleSql, recordClientRead, requireClientAccess } from '../clients/client-access.ts';
import { type HouseholdMember, headOf, loadHousehold } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { fundersOn, loadProject, type ProjectContext } from './load-project.ts';
import type { HouseholdView } from './schemas.ts';

export type LoadedHousehold = {
  project: ProjectContext;
  members: HouseholdMember[];
  target: HouseholdMember;
  /** PersonalIDs of the members the user may see (a client restricted to another organization is not shown). */
  visible: Set<string>;
};

/** The IDs a household request names for its members (PersonalID of someone joining, EnrollmentID of a member). */
export type NamedMember = { PersonalID?: string | null; EnrollmentID?: string | null };

/** Every client and enrollment a request names, looked up before anything else is checked. */
export async function requireNamedMembers(db: DbOrTx, ctx: RequestContext, members: readonly NamedMember[]) {
  for (const [i, m] of members.entries()) {
    if (m.PersonalID) await requireClientAccess(db, ctx, m.PersonalID, { field: `members.${i}.PersonalID` });
    if (m.EnrollmentID) await requireEnrollment(db, ctx, m.EnrollmentID, { field: `members.${i}.EnrollmentID` });
  }
}

/**
 * The household of an enrollment, checked visible to the user; `named` are the members a change
 * names, looked up (404 when hidden or missing) before the change is checked.
 */
export async function loadHouseholdOf(
  db: DbOrTx,
  ctx: RequestContext,
  enrollmentId: string,
  named: readonly NamedMember[] = [],
): Promise<LoadedHousehold> {
  const e = await requireEnrollment(db, ctx, enrollmentId);
  await requireNamedMembers(db, ctx, named);
  const project = await loadProject(db, e.ProjectID);
  const members = await loadHousehold(db, e.HouseholdID, e.ProjectID);
  const target = members.find((m) => m.enrollment.EnrollmentID === enrollmentId);
  if (!target) throw new Error('enrollment missing from its household');
  const rows = await db
    .select({ id: clientTable.PersonalID })
    .from(clientTable)
    .where(
      and(
        inArray(
          clientTable.PersonalID,
          members.map((m) => m.client.PersonalID),
        ),
        clientVisibleSql(clientTable.PersonalID, currentOrganization(ctx)),
      ),
    );
  const visible = new Set(rows.map((r) => r.id));
  if (!visible.has(target.client.PersonalID)) throw notFound('Enrollment');
  return { project, members, target, visible };
}

export async function householdView(db: DbOrTx, h: LoadedHousehold): Promise<HouseholdView> {
  const today = hudToday();
  const ids = h.members.map((m) => m.enrollment.EnrollmentID);
  const assignments = ids.length
    ? await db
        .select({
          enrollmentId: caseAssignmentTable.enrollmentId,
          userId: caseAssignmentTable.userId,
          first: appUserTable.firstName,
          last: appUserTable.lastName,
        })
        .from(caseAssignmentTable)
        .innerJoin(appUserTable, eq(appUserTable.id, caseAssignmentTable.userId))
        .where(and(inArray(caseAssignmentTable.enrollmentId, ids), isNull(caseAssignmentTable.endDate)))
    : [];
  const hoh = headOf(h.members);
  const window = hoh && !hoh.exit ? annualWindowOf(hoh.enrollment.EntryDate, today) : undefined;
  return {
    EnrollmentID: h.target.enrollment.EnrollmentID,
    HouseholdID: h.target.enrollment.HouseholdID,
    project: {
      ProjectID: h.project.ProjectID,
      ProjectName: h.project.ProjectName,
      ProjectType: h.project.ProjectType,
      OrganizationID: h.project.OrganizationID,
      OrganizationName: h.project.OrganizationName,
      funders: fundersOn(h.project, today),
      CoCCode: h.project.cocCodes[0] ?? null,
    },
    members: h.members
      .filter((m) => h.visible.has(m.client.PersonalID))
      .map(({ enrollment: e, client: c, exit: x }) => ({
        EnrollmentID: e.EnrollmentID,
        PersonalID: c.PersonalID,
        FirstName: c.FirstName,
        LastName: c.LastName,
        DOB: c.DOB,
        age: ageOn(c.DOB, today) ?? null,
        VeteranStatus: c.VeteranStatus,
        clientVersion: c.version,
        RelationshipToHoH: e.RelationshipToHoH,
        EntryDate: e.EntryDate,
        MoveInDate: e.MoveInDate,
        DateOfEngagement: e.DateOfEngagement,
        ExitDate: x?.ExitDate ?? null,
        Destination: x?.Destination ?? null,
        version: e.version,
        caseManagers: assignments
          .filter((a) => a.enrollmentId === e.EnrollmentID)
          .map((a) => ({ userId: a.userId, name: `${a.first} ${a.last}` })),
      })),
    assessments: (await listAssessments(db, ids)).filter((a) => h.visible.has(a.PersonalID)),
    annualWindow: window ? { anniversary: window.anniversary, opens: window.opens, closes: window.closes } : null,
  };
}

/** GET /api/enrollments/:id — audited as a read of every member's record. */
export async function getHousehold(db: Db, ctx: RequestContext, enrollmentId: string): Promise<HouseholdView> {
  const h = await loadHouseholdOf(db, ctx, enrollmentId);
  const view = await householdView(db, h);
  await db.transaction(async (tx) => {
    for (const m of view.members) await recordClientRead(tx, ctx, m.PersonalID, 'household');
  });
  return view;
}
