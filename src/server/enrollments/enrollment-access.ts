// Who may see and change an enrollment. Enrollment history is shared CoC-wide, except a
// victim-service provider's, which only users working as it see (the lookup of every record is
// src/server/access/). Changes are made by users working as the project's organization (HMIS
// admins may act for any organization they can see).
import type { RequestContext } from '../http/context.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { ProjectContext } from './load-project.ts';

export function canSee(ctx: RequestContext, project: Pick<ProjectContext, 'OrganizationID' | 'victimServiceProvider'>) {
  return !project.victimServiceProvider || ctx.user.currentOrganizationId === project.OrganizationID;
}

/** 404 rather than 403: a victim-service provider's enrollment does not exist for anyone else. */
export function assertCanSee(ctx: RequestContext, project: ProjectContext) {
  if (!canSee(ctx, project)) throw notFound('Enrollment');
}

export function assertCanChange(ctx: RequestContext, project: ProjectContext) {
  assertCanSee(ctx, project);
  if (ctx.user.roles.includes('hmis_admin')) return;
  if (ctx.user.currentOrganizationId !== project.OrganizationID) {
    throw forbidden(
      `This enrollment belongs to ${project.OrganizationName}. Switch to that organization (Settings → Organization) to change it.`,
    );
  }
}
