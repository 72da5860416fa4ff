// CAS staff refer a household on the queue to a housing project: a HUD 4.20 referral event on
// the head of household's CAS enrollment, plus the project it names (cas_referral), and the
// provider's CAS contact is told.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { casReferralTable, eventTable } from '../../db/schema/index.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadProjects } from '../enrollments/load-project.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { ceParticipationOn, receivesReferrals, requireCasStaff, visibleToOrganization } from './cas-access.ts';
import { notifyReferral } from './cas-notify.ts';
import { checkCeDate } from './ce-dates.ts';
import { writeCeEvent } from './ce-event.ts';
import { loadCasHousehold, lockCasHousehold } from './load-cas-household.ts';
import { latestPrioritization } from './queue-status.ts';
import { referralEventFor } from './referral-rules.ts';

export const referInput = z.strictObject({
  EnrollmentID: z.string().min(1).max(32).describe("A household member's CAS (Coordinated Entry) enrollment"),
  ProjectID: z.string().min(1).max(32).describe('The housing project referred to'),
  EventDate: z.iso.date().optional().describe('Date of the referral (default today)'),
  comment: z
    .string()
    .trim()
    .max(500, 'At most 500 characters')
    .nullish()
    .transform((v) => v || null),
});

/** Returns the referral's EventID. */
export async function referHousehold(db: Db, ctx: RequestContext, input: z.infer<typeof referInput>): Promise<string> {
  return db.transaction(async (tx) => {
    await requireCasStaff(tx, ctx);
    const h = await loadCasHousehold(tx, ctx, input.EnrollmentID);
    // Two referrals to the same project at once: the second sees the first as awaiting a result.
    await lockCasHousehold(tx, h);
    const EventDate = input.EventDate ?? hudToday();
    const errors: FieldErrors = {};
    if (h.stay.ExitDate) errors.EnrollmentID = `This CAS enrollment ended on ${h.stay.ExitDate}`;
    else if ((await latestPrioritization(tx, h.hoh.EnrollmentID)) !== PrioritizationStatus.Placed)
      errors.EnrollmentID = 'This household is not on the queue (its latest assessment did not place it)';
    checkCeDate(errors, 'EventDate', EventDate, h.stay, 'referral date');
    const project = (await loadProjects(tx, [input.ProjectID])).get(input.ProjectID);
    const Event = referralEventFor(project?.ProjectType ?? null);
    if (!project) errors.ProjectID = 'Choose a project that exists';
    else if (project.victimServiceProvider)
      errors.ProjectID = `${project.ProjectName} is a victim service provider's project: refer outside HMIS`;
    else if (!receivesReferrals(await ceParticipationOn(tx, project.ProjectID, EventDate)))
      errors.ProjectID = `${project.ProjectName} does not receive CE referrals on ${EventDate} (its Coordinated Entry participation)`;
    else if (!(await visibleToOrganization(tx, h.hoh.PersonalID, project.OrganizationID)))
      errors.EnrollmentID = `This household's records stay with the victim service provider that serves it: refer it to ${project.ProjectName} outside HMIS`;
    else if (!Event)
      errors.ProjectID = `CAS refers to shelters, transitional and permanent housing, not ${project.ProjectName}`;
    else if (project.OperatingEndDate && project.OperatingEndDate < EventDate)
      errors.ProjectID = `${project.ProjectName} stopped operating on ${project.OperatingEndDate}`;
    if (project && !errors.ProjectID) {
      const [pending] = await tx
        .select({ id: eventTable.EventID })
        .from(casReferralTable)
        .innerJoin(eventTable, eq(eventTable.EventID, casReferralTable.eventId))
        .where(
          and(
            eq(casReferralTable.projectId, project.ProjectID),
            eq(eventTable.EnrollmentID, h.hoh.EnrollmentID),
            isNull(eventTable.ReferralResult),
            isNull(eventTable.DateDeleted),
          ),
        );
      if (pending) errors.ProjectID = `This household's referral to ${project.ProjectName} is still awaiting a result`;
    }
    if (Object.keys(errors).length || !project || !Event) throw validationFailed(errors);

    const EventID = await writeCeEvent(tx, ctx, {
      ...h.hoh,
      event: {
        EventDate,
        Event,
        ProbSolDivRRResult: null,
        ReferralCaseManageAfter: null,
        LocationCrisisOrPHHousing: project.ProjectName.slice(0, 250),
        ReferralResult: null,
        ResultDate: null,
      },
    });
    await tx.insert(casReferralTable).values({
      eventId: EventID,
      projectId: project.ProjectID,
      referredBy: ctx.user.id,
      comment: input.comment,
    });
    await recordAudit(tx, ctx, {
      action: 'cas.referral_made',
      entityType: 'event',
      entityId: EventID,
      clientId: h.hoh.PersonalID,
      detail: { EnrollmentID: h.hoh.EnrollmentID, ProjectID: project.ProjectID, Event },
    });
    await notifyReferral(tx, {
      ...h.hoh,
      EventID,
      projectId: project.ProjectID,
      projectName: project.ProjectName,
      organizationId: project.OrganizationID,
    });
    return EventID;
  });
}
