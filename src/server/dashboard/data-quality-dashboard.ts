// The data quality officer's live view: APR Q6 (Q6a–Q6c missing, "doesn't know" and data issues per
// element, Q6e timeliness) computed by the APR's own tables per project of the user's
// organizations, a month-by-month trend, and the clients behind any count. Counts are aggregates
// like the APR's; the clients listed are only those the user may see, and their reads are audited.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { NoYes } from '../../hud/codes.ts';
import { addDays, daysBetween } from '../../hud/rules/dates.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { sqlRows } from '../clients/client-summary.ts';
import { type Deps, readDatabase } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import type { Language } from '../http/messages/localize.ts';
import { type AprRun, cellRows, computeRun } from '../reports/apr/run-apr.ts';
import { buildUniverse, type Universe } from '../reports/apr/universe/build-universe.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { monthsBack } from './months.ts';

export type Period = { from?: string; to?: string };

/** The Q6 tables of one element each per row, and the timeliness table. */
const ELEMENT_TABLES = ['Q6a', 'Q6b', 'Q6c'] as const;
const TIMELINESS = 'Q6e';
/** Q6e rows counted as entered late (more than three days after the event). */
const LATE_ROWS = ['4-6 days', '7-10 days', '11+ days'];
/** Where each element is fixed: the client record, or the enrollment (entry and exit). */
const CLIENT_ELEMENTS = new Set(['name', 'ssn', 'dob', 'race', 'veteran']);
export const PROBLEMS = ['dk', 'missing', 'issue', 'any'] as const;
export type Problem = (typeof PROBLEMS)[number];

function period(q: Period) {
  const to = q.to ?? hudToday();
  const from = q.from ?? addDays(to, -364);
  if (from > to) throw badRequest('The period starts after it ends', { from: 'Must be on or before the end date' });
  if (daysBetween(from, to) > 366 * 5) throw badRequest('The period is too long', { from: 'At most five years' });
  return { from, to };
}

/** Projects of the user's organizations; a victim-service provider's only while working as it. */
async function projectsOf(db: DbOrTx, ctx: RequestContext) {
  const orgs = ctx.user.organizationIds;
  if (!orgs.length) return [];
  return sqlRows<{ ProjectID: string; ProjectName: string; OrganizationName: string }>(
    db,
    sql`SELECT p.project_id AS "ProjectID", p.project_name AS "ProjectName", o.organization_name AS "OrganizationName"
      FROM project p JOIN organization o ON o.organization_id = p.organization_id
      WHERE p.date_deleted IS NULL AND p.organization_id IN (${sql.join(
        orgs.map((o) => sql`${o}`),
        sql`, `,
      )})
        AND (o.victim_service_provider IS DISTINCT FROM ${NoYes.Yes} OR o.organization_id = ${ctx.user.currentOrganizationId ?? ''})
      ORDER BY o.organization_name, p.project_name`,
  );
}

/** Q6 of one project, over its part of a universe built for several. */
export function runFor(universe: Universe, projectId: string, from: string, to: string): AprRun {
  const part: Universe = {
    ...universe,
    projects: universe.projects.filter((p) => p.projectId === projectId),
    rows: universe.rows.filter((r) => r.projectId === projectId),
  };
  return computeRun(part, { reportType: 'APR', startDate: from, endDate: to, projectIds: [projectId] }, [
    ...ELEMENT_TABLES,
    TIMELINESS,
  ]);
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

function summarize(run: AprRun) {
  const elements = run.tables
    .filter((t) => (ELEMENT_TABLES as readonly string[]).includes(t.id))
    .flatMap((t) =>
      t.rows
        .filter((r) => !r.hidden && r.key !== 'overall')
        .map((r) => ({
          table: t.id,
          key: r.key,
          label: r.label,
          dk: num(r.cells[0]?.value),
          missing: num(r.cells[1]?.value),
          issue: num(r.cells[2]?.value),
          total: num(r.cells[3]?.value) ?? 0,
          issueRate: Math.round(1000 * (num(r.cells[4]?.value) ?? 0)) / 10,
        })),
    );
  const timeliness = (run.tables.find((t) => t.id === TIMELINESS)?.rows ?? []).map((r) => ({
    label: r.label,
    starts: num(r.cells[0]?.value) ?? 0,
    exits: num(r.cells[1]?.value) ?? 0,
  }));
  return { elements, timeliness };
}

/** Per month of the last twelve: the share of records started then with any Q6 problem, and entered late. */
function trend(runs: AprRun[], to: string, lng: Language) {
  const started = new Map<string, number>();
  const withProblem = new Map<string, Set<string>>();
  const late = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, month: string, id: string) => {
    const s = m.get(month) ?? new Set<string>();
    s.add(id);
    m.set(month, s);
  };
  for (const run of runs) {
    for (const u of run.universe.rows)
      if (u.includedInDq) started.set(u.entryDate.slice(0, 7), (started.get(u.entryDate.slice(0, 7)) ?? 0) + 1);
    for (const t of run.tables) {
      if (!(ELEMENT_TABLES as readonly string[]).includes(t.id)) continue;
      for (const r of t.rows)
        if (r.key !== 'overall')
          for (const u of cellRows(run, t.id, r.key, 3)) add(withProblem, u.entryDate.slice(0, 7), u.enrollmentId);
    }
    for (const key of LATE_ROWS)
      for (const u of cellRows(run, TIMELINESS, key, 0)) add(late, u.entryDate.slice(0, 7), u.enrollmentId);
  }
  const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);
  return monthsBack(to, 12, lng).map((m) => {
    const records = started.get(m.key) ?? 0;
    return {
      month: m.key,
      label: m.label,
      records,
      problemRate: pct(withProblem.get(m.key)?.size ?? 0, records),
      lateRate: pct(late.get(m.key)?.size ?? 0, records),
    };
  });
}

export async function dataQualityDashboard(
  deps: Deps,
  ctx: RequestContext,
  q: Period & { projectId?: string },
  lng: Language = 'en',
) {
  requireRole(ctx, 'data_quality_officer');
  const { from, to } = period(q);
  const all = await projectsOf(deps.database.db, ctx);
  const projects = q.projectId ? all.filter((p) => p.ProjectID === q.projectId) : all;
  if (q.projectId && !projects.length) throw notFound('Project');
  if (!projects.length) return { from, to, projects: [], trend: trend([], to, lng) };
  const universe = await buildUniverse(readDatabase(deps).raw, {
    startDate: from,
    endDate: to,
    projectIds: projects.map((p) => p.ProjectID),
  });
  const runs = projects.map((p) => runFor(universe, p.ProjectID, from, to));
  return {
    from,
    to,
    projects: projects.map((p, i) => {
      const run = runs[i] as AprRun;
      return { ...p, records: run.universe.rows.filter((u) => u.includedInDq).length, ...summarize(run) };
    }),
    trend: trend(runs, to, lng),
  };
}

/** Every element problem Q6 counts in the runs, for the clients `keep` accepts, with where to fix it. */
export function problemsIn(runs: AprRun[], keep: (personalId: string) => boolean) {
  return runs.flatMap((run) =>
    run.tables
      .filter((t) => (ELEMENT_TABLES as readonly string[]).includes(t.id))
      .flatMap((t) =>
        t.rows
          .filter((r) => r.key !== 'overall')
          .flatMap((r) =>
            cellRows(run, t.id, r.key, 3)
              .filter((u) => keep(u.personalId))
              .map((u) => ({
                PersonalID: u.personalId,
                EnrollmentID: u.enrollmentId,
                element: r.label,
                fix: fixPath(t.id, r.key, u.personalId, u.enrollmentId),
              })),
          ),
      ),
  );
}

const fixPath = (table: string, element: string, personalId: string, enrollmentId: string) =>
  CLIENT_ELEMENTS.has(element) && table !== 'Q6c' ? `/clients/${personalId}/edit` : `/enrollments/${enrollmentId}`;

export type RecordsQuery = Period & { projectId: string; table: string; element: string; problem: Problem };

/** The clients behind one count: who, which enrollment, and where to fix it. */
export async function dataQualityRecords(deps: Deps, ctx: RequestContext, q: RecordsQuery) {
  requireRole(ctx, 'data_quality_officer');
  const { from, to } = period(q);
  const { db } = deps.database;
  if (!(ELEMENT_TABLES as readonly string[]).includes(q.table))
    throw badRequest('Unknown data-quality table', { table: `One of ${ELEMENT_TABLES.join(', ')}` });
  const project = (await projectsOf(db, ctx)).find((p) => p.ProjectID === q.projectId);
  if (!project) throw notFound('Project');
  const universe = await buildUniverse(readDatabase(deps).raw, {
    startDate: from,
    endDate: to,
    projectIds: [q.projectId],
  });
  const run = runFor(universe, q.projectId, from, to);
  const row = run.tables.find((t) => t.id === q.table)?.rows.find((r) => r.key === q.element);
  if (!row || row.key === 'overall')
    throw badRequest('Unknown data element', { element: `Not a row of ${q.table}: ${q.element}` });
  const behind = cellRows(run, q.table, q.element, PROBLEMS.indexOf(q.problem));
  const enrollments = [...new Set(behind.map((u) => u.enrollmentId))];
  const rows = !enrollments.length
    ? []
    : await sqlRows<{
        PersonalID: string;
        FirstName: string | null;
        LastName: string | null;
        EnrollmentID: string;
        EntryDate: string;
      }>(
        db,
        sql`SELECT c.personal_id AS "PersonalID", c.first_name AS "FirstName", c.last_name AS "LastName",
            e.enrollment_id AS "EnrollmentID", e.entry_date::text AS "EntryDate"
          FROM enrollment e JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
          WHERE e.enrollment_id IN (${sql.join(
            enrollments.map((id) => sql`${id}`),
            sql`, `,
          )})
            AND ${clientVisibleSql(sql`c.personal_id`, currentOrganization(ctx))}
          ORDER BY c.last_name, c.first_name, e.entry_date LIMIT 500`,
      );
  await recordClientReads(
    db,
    ctx,
    rows.map((r) => r.PersonalID),
    'home:data-quality',
  );
  return {
    element: { table: q.table, key: row.key, label: row.label },
    counted: enrollments.length,
    items: rows.map((r) => ({
      ...r,
      fix: fixPath(q.table, q.element, r.PersonalID, r.EnrollmentID),
    })),
  };
}
