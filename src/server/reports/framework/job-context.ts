// Who a background report runs as: its owner, as the organization they worked as when they asked
// for it, with the roles and organizations they have now (a user who left cannot be reported for).

import { loadAuthUser } from '../../auth/session-hook.ts';
import type { Deps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { JobFailure } from '../../jobs/job-types.ts';

export async function contextForJob(
  deps: Deps,
  ownerId: string,
  organizationId: string | null,
  jobId: string,
): Promise<RequestContext> {
  const user = await loadAuthUser(deps, ownerId);
  if (!user) throw new JobFailure('The report did not run: the account that asked for it is no longer active.');
  if (!organizationId || !user.organizationIds.includes(organizationId)) {
    throw new JobFailure('The report did not run: its owner no longer works for the organization it was set up as.');
  }
  return { user: { ...user, currentOrganizationId: organizationId }, sessionId: `job:${jobId}`, ip: 'background job' };
}
