// What the CSV-APR / CSV-CAPER launch form and the APR browser offer: the organizations and
// projects the user may report on (report-access.ts), the current organization as the default,
// and whether each project participates in HMIS (the form's "HMIS projects only" toggle).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../../db/connect.ts';
import { hmisParticipationTable, organizationTable, projectTable } from '../../../db/schema/index.ts';
import { HMISParticipationType, NoYes } from '../../../hud/codes.ts';
import type { RequestContext } from '../../http/context.ts';
import { mayReportOn } from './report-access.ts';

export const csvAprOptions = z.object({
  currentOrganizationId: z.string().nullable(),
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organizationId: z.string(),
      projectType: z.number().nullable(),
      hmisParticipating: z.boolean(),
    }),
  ),
});

export async function listCsvAprOptions(db: DbOrTx, ctx: RequestContext): Promise<z.infer<typeof csvAprOptions>> {
  const participating = sql<boolean>`exists (
    select 1 from ${hmisParticipationTable} h
    where h.project_id = ${projectTable.ProjectID} and h.date_deleted is null
      and h.hmis_participation_type = ${HMISParticipationType.HmisParticipating}
      and h.hmis_participation_status_end_date is null)`;
  const rows = await db
    .select({
      id: projectTable.ProjectID,
      name: projectTable.ProjectName,
      organizationId: projectTable.OrganizationID,
      organizationName: organizationTable.OrganizationName,
      vsp: organizationTable.VictimServiceProvider,
      projectType: projectTable.ProjectType,
      hmisParticipating: participating,
    })
    .from(projectTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
    .where(and(isNull(projectTable.DateDeleted), isNull(organizationTable.DateDeleted)))
    .orderBy(asc(organizationTable.OrganizationName), asc(projectTable.ProjectName));
  const allowed = rows.filter((r) => mayReportOn(ctx, r.organizationId, r.vsp === NoYes.Yes));
  const organizations = new Map(allowed.map((r) => [r.organizationId, r.organizationName]));
  return {
    currentOrganizationId: ctx.user.currentOrganizationId ?? null,
    organizations: [...organizations].map(([id, name]) => ({ id, name })),
    projects: allowed.map((r) => ({
      id: r.id,
      name: r.name,
      organizationId: r.organizationId,
      projectType: r.projectType,
      hmisParticipating: Boolean(r.hmisParticipating),
    })),
  };
}
