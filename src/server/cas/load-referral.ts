// A referral as its provider works it: the HUD event, the project referred to, the household.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { casReferralTable, eventTable } from '../../db/schema/index.ts';
import { hudLabel } from '../../hud/codes.ts';
import { loadProject } from '../enrollments/load-project.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import { loadCasHouseholdOfRecord } from './load-cas-household.ts';

export async function loadReferral(db: DbOrTx, ctx: RequestContext, eventId: string) {
  const [event] = await db
    .select()
    .from(eventTable)
    .where(and(eq(eventTable.EventID, eventId), isNull(eventTable.DateDeleted)));
  if (!event) throw notFound('Referral');
  // Visibility first: a hidden household's event does not exist for this user.
  const household = await loadCasHouseholdOfRecord(db, ctx, event.EnrollmentID, 'Referral');
  const [referral] = await db.select().from(casReferralTable).where(eq(casReferralTable.eventId, eventId));
  if (!referral)
    throw validationFailed({
      ReferralResult: `A referral result needs a referral to a project: this event is “${hudLabel('EventType', event.Event) ?? event.Event}”, not a referral made from the prioritization list`,
    });
  const project = await loadProject(db, referral.projectId);
  return { event, referral, project, household };
}

/** Only the provider's users, working as its organization, record what became of a referral. */
export function assertProviderOf(
  ctx: RequestContext,
  project: { OrganizationID: string; OrganizationName: string; ProjectName: string },
) {
  if (ctx.user.currentOrganizationId !== project.OrganizationID)
    throw validationFailed({
      ProjectID: `This referral is to ${project.ProjectName} of ${project.OrganizationName}: its outcome is recorded by that provider's users, working as ${project.OrganizationName}`,
    });
}
