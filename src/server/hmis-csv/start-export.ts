// Queues an HMIS CSV export after checking who may export what: program managers and data quality
// officers for their own organizations; every organization only for an HMIS admin.
import { and, eq, inArray } from 'drizzle-orm';
import { funderTable, projectTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { forbidden, validationFailed } from '../http/errors.ts';
import { jobRunnerFor } from '../jobs/job-runner.ts';
import type { ExportParams } from './export/export-params.ts';
import { EXPORT_JOB, type ExportJobParameters } from './run-export-job.ts';

export function requireExportRole(ctx: RequestContext) {
  if (!hasRole(ctx.user, 'program_manager') && !hasRole(ctx.user, 'data_quality_officer')) {
    throw forbidden('Exports need the program manager, data quality officer or HMIS admin role');
  }
}

export async function startExport(deps: Deps, ctx: RequestContext, params: ExportParams): Promise<string> {
  requireExportRole(ctx);
  const admin = hasRole(ctx.user, 'hmis_admin');
  if (params.allOrganizations && !admin) {
    throw forbidden('Only an HMIS admin can export every organization');
  }
  const orgs = params.allOrganizations ? [] : (params.organizationIds ?? []);
  const outside = orgs.filter((o) => !admin && !ctx.user.organizationIds.includes(o));
  if (outside.length) {
    throw validationFailed({ organizationIds: `You do not work for organization ${outside.join(', ')}` });
  }
  const { db } = deps.database;
  if (params.projectIds?.length) {
    const found = await db
      .select({ id: projectTable.ProjectID, org: projectTable.OrganizationID })
      .from(projectTable)
      .where(inArray(projectTable.ProjectID, params.projectIds));
    const ok = new Set(found.filter((p) => params.allOrganizations || orgs.includes(p.org)).map((p) => p.id));
    const bad = params.projectIds.filter((p) => !ok.has(p));
    if (bad.length)
      throw validationFailed({ projectIds: `Project ${bad.join(', ')} is not in the chosen organizations` });
  }
  if (params.grantIds?.length) {
    const found = await db
      .select({ grant: funderTable.GrantID })
      .from(funderTable)
      .innerJoin(projectTable, eq(projectTable.ProjectID, funderTable.ProjectID))
      .where(
        and(
          inArray(funderTable.GrantID, params.grantIds),
          params.allOrganizations ? undefined : inArray(projectTable.OrganizationID, orgs),
        ),
      );
    const known = new Set(found.map((f) => f.grant));
    const bad = params.grantIds.filter((g) => !known.has(g));
    if (bad.length)
      throw validationFailed({ grantIds: `Grant ${bad.join(', ')} does not belong to the chosen organizations` });
  }
  const parameters: ExportJobParameters = {
    ...params,
    // A victim-service provider's client data only in exports run working as it: the job is then
    // marked as holding its data, and only users working as it see the job and its file.
    memberOrganizationIds: [currentOrganization(ctx)],
  };
  const endpoint = { full: 'CSV Export', rhy: 'RHY CSV Export', ssvf: 'SSVF CSV Export' }[params.sourceEndpoint];
  return jobRunnerFor(deps).enqueue({
    kind: EXPORT_JOB,
    title: `${endpoint} FY2026, ${params.startDate} to ${params.endDate}${params.hashed ? ' (hashed)' : ''}`,
    ownerId: ctx.user.id,
    organizationId: ctx.user.currentOrganizationId,
    parameters,
  });
}
