// The case manager's Home: their active caseload, annual assessments of it due now or overdue,
// their paused workflows, unread notifications, the clients they opened lately, and the data
// problems APR Q6 finds in their clients' records, each with where to act on it. Every client
// shown is one the user may see (the queries reused filter by clientVisibleSql) and is audited.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { annualAssessmentsDue, type DueRow } from '../assessments/annual-assessment-tool.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { listCaseload } from '../case-assignments/list-case-assignments.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { sqlRows } from '../clients/client-summary.ts';
import { type Deps, readDatabase } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { notificationSummary } from '../notifications/list-notifications.ts';
import { buildUniverse } from '../reports/apr/universe/build-universe.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { listDrafts } from '../workflows/drafts.ts';
import { problemsIn, runFor } from './data-quality-dashboard.ts';

const SHOWN = 8;
const name = (r: { FirstName: string | null; LastName: string | null }) =>
  [r.FirstName, r.LastName].filter(Boolean).join(' ') || 'Name not recorded';

/**
 * Clients whose record this user opened lately (their own client.read rows of the client
 * dashboard; lists and searches that merely showed a client do not count), newest first.
 * Ordered by row id: `at` is its transaction's start, so two reads close together can tie.
 */
async function recentlyViewed(db: DbOrTx, ctx: RequestContext) {
  return sqlRows<{ PersonalID: string; FirstName: string | null; LastName: string | null; viewedAt: string }>(
    db,
    sql`SELECT c.personal_id AS "PersonalID", c.first_name AS "FirstName", c.last_name AS "LastName",
        r.at AS "viewedAt"
      FROM (SELECT client_id, max(at) AS at, max(id) AS last FROM audit_event
        WHERE user_id = ${ctx.user.id} AND action = 'client.read' AND client_id IS NOT NULL
          AND at > now() - interval '30 days' AND detail->>'view' = 'dashboard'
        GROUP BY client_id ORDER BY max(id) DESC LIMIT ${SHOWN}) r
      JOIN client c ON c.personal_id = r.client_id AND c.date_deleted IS NULL
      WHERE ${clientVisibleSql(sql`c.personal_id`, currentOrganization(ctx))}
      ORDER BY r.last DESC`,
  );
}

const dueView = (r: DueRow) => ({
  PersonalID: r.PersonalID,
  name: name(r),
  ProjectName: r.ProjectName,
  windowCloses: r.windowCloses,
  daysLeft: r.daysLeft,
  link: `/enrollments/${r.EnrollmentID}`,
});

export async function caseManagerDashboard(deps: Deps, ctx: RequestContext) {
  const { db } = deps.database;
  const today = hudToday();
  const caseload = await listCaseload(db, ctx, { status: 'active' });
  const mine = new Set(caseload.map((c) => c.PersonalID));
  const inCaseload = (r: DueRow) => mine.has(r.PersonalID);
  const dueNow = (await annualAssessmentsDue(db, ctx, {})).filter(inCaseload);
  // A window that closed within the last month is found from a date inside it.
  const overdue = (await annualAssessmentsDue(db, ctx, { dueDate: addDays(today, -31) }))
    .filter(inCaseload)
    .filter((r) => r.windowCloses < today);
  const drafts = await listDrafts(db, ctx);
  const notifications = await notificationSummary(db, ctx);
  const recent = await recentlyViewed(db, ctx);

  const projectIds = [...new Set(caseload.flatMap((c) => (c.ProjectID ? [c.ProjectID] : [])))];
  const from = addDays(today, -364);
  const universe = projectIds.length
    ? await buildUniverse(readDatabase(deps).raw, { startDate: from, endDate: today, projectIds })
    : null;
  const names = new Map(caseload.map((c) => [c.PersonalID, name(c)]));
  const problems = universe
    ? problemsIn(
        projectIds.map((p) => runFor(universe, p, from, today)),
        (id) => mine.has(id),
      ).map((p) => ({ ...p, name: names.get(p.PersonalID) ?? p.PersonalID }))
    : [];

  const shownCaseload = caseload.slice(0, SHOWN);
  const shownDue = [...overdue, ...dueNow].slice(0, SHOWN * 2);
  const shownProblems = problems.slice(0, SHOWN * 2);
  await recordClientReads(
    db,
    ctx,
    [
      ...shownCaseload.map((c) => c.PersonalID),
      ...shownDue.map((r) => r.PersonalID),
      ...shownProblems.map((p) => p.PersonalID),
      ...drafts.slice(0, SHOWN).flatMap((d) => (d.PersonalID ? [d.PersonalID] : [])),
      ...recent.map((r) => r.PersonalID),
    ],
    'home:case-manager',
  );
  return {
    caseload: {
      total: caseload.length,
      items: shownCaseload.map((c) => ({
        PersonalID: c.PersonalID,
        name: name(c),
        ProjectName: c.ProjectName,
        EntryDate: c.EntryDate,
      })),
    },
    annualAssessments: {
      dueNow: dueNow.length,
      overdue: overdue.length,
      items: shownDue.map((r) => ({ ...dueView(r), overdue: r.windowCloses < today })),
    },
    pausedWorkflows: {
      total: drafts.length,
      items: drafts.slice(0, SHOWN).map((d) => ({
        id: d.id,
        kind: d.kind,
        step: d.step,
        clientName: d.clientName,
        updatedAt: d.updatedAt,
      })),
    },
    notifications,
    recentlyViewed: recent.map((r) => ({
      PersonalID: r.PersonalID,
      name: name(r),
      viewedAt: new Date(r.viewedAt).toISOString(),
    })),
    dataQuality: { total: problems.length, items: shownProblems },
  };
}
