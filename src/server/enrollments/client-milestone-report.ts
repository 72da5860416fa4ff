// Client Milestone Age Status: people who turn 18 during a date range while enrolled, with the
// elements the project now asks of them as adults and the workflow that records each.
// Served by the report framework (client-milestone.report.ts), which audits the clients shown.
import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { clientTable, enrollmentTable, projectTable } from '../../db/schema/index.ts';
import { RelationshipToHoH } from '../../hud/codes.ts';
import { addYears } from '../../hud/rules/dates.ts';
import { type ElementRule, requiredElements } from '../../hud/rules/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { loadExits } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';
import { fundersOn, loadProjects } from './load-project.ts';

export type MilestoneQuery = { from: string; to: string; organizationId?: string; projectId?: string };

/** Entry answers are corrected with Edit entry; income and benefits are recorded with an update. */
const workflowFor = (r: ElementRule): 'edit-entry' | 'update' =>
  r.stages.includes('update') ? 'update' : 'edit-entry';

export async function clientMilestoneReport(db: Db, ctx: RequestContext, q: MilestoneQuery) {
  const org = q.organizationId ?? currentOrganization(ctx);
  if (!ctx.user.organizationIds.includes(org) && !ctx.user.roles.includes('hmis_admin'))
    throw forbidden('You do not have access to that organization');
  // Born between (from − 18 years) and (to − 18 years): their 18th birthday falls in the range.
  const rows = await db
    .select({ e: enrollmentTable, c: clientTable })
    .from(enrollmentTable)
    .innerJoin(clientTable, eq(clientTable.PersonalID, enrollmentTable.PersonalID))
    .innerJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .where(
      and(
        eq(projectTable.OrganizationID, org),
        q.projectId ? eq(projectTable.ProjectID, q.projectId) : undefined,
        isNull(enrollmentTable.DateDeleted),
        isNull(clientTable.DateDeleted),
        clientVisibleSql(clientTable.PersonalID, currentOrganization(ctx)),
        gte(clientTable.DOB, addYears(q.from, -18)),
        lte(clientTable.DOB, addYears(q.to, -18)),
        lte(enrollmentTable.EntryDate, sql`(${clientTable.DOB} + interval '18 years')::date`),
      ),
    );
  const projects = await loadProjects(db, [...new Set(rows.map((r) => r.e.ProjectID))]);
  const exits = await loadExits(
    db,
    rows.map((r) => r.e.EnrollmentID),
  );
  const out = [];
  for (const { e, c } of rows) {
    const p = projects.get(e.ProjectID);
    if (!p || !c.DOB) continue;
    const birthday = addYears(c.DOB, 18);
    const exit = exits.get(e.EnrollmentID)?.ExitDate ?? null;
    if (birthday < q.from || birthday > q.to || (exit && exit <= birthday)) continue;
    const isHeadOfHousehold = e.RelationshipToHoH === RelationshipToHoH.Self;
    const funders = fundersOn(p, birthday);
    const asChild = new Set(
      requiredElements(p.ProjectType, funders, 'projectStart', { isHeadOfHousehold, isAdult: false }).map(
        (r) => r.element,
      ),
    );
    const byElement = new Map<string, { element: string; name: string; workflow: 'edit-entry' | 'update' }>();
    for (const r of requiredElements(p.ProjectType, funders, 'projectStart', { isHeadOfHousehold, isAdult: true }))
      if (r.page !== 'none' && !asChild.has(r.element))
        byElement.set(r.element, { element: r.element, name: r.name, workflow: workflowFor(r) });
    const elements = [...byElement.values()];
    if (!elements.length) continue;
    out.push({
      PersonalID: c.PersonalID,
      FirstName: c.FirstName,
      LastName: c.LastName,
      DOB: c.DOB,
      turns18On: birthday,
      EnrollmentID: e.EnrollmentID,
      ProjectName: p.ProjectName,
      EntryDate: e.EntryDate,
      ExitDate: exit,
      RelationshipToHoH: e.RelationshipToHoH,
      elements,
    });
  }
  out.sort((a, b) => a.turns18On.localeCompare(b.turns18On));
  return out;
}
