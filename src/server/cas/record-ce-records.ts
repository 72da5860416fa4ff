// Recording a 4.19 assessment or a 4.20 event on a household's CAS enrollment after the intake,
// and editing an event (a diversion's result, a non-project referral's result…).
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { casReferralTable, eventTable } from '../../db/schema/index.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { hudCode } from '../admin/hud-fields.ts';
import { hudUpdated } from '../admin/write-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, notFound, staleVersion, validationFailed } from '../http/errors.ts';
import { versionField } from '../http/versions.ts';
import { notifyPlacedOnQueue } from './cas-notify.ts';
import { ceAssessmentInput, loadTool, scoreAssessment, writeCeAssessment } from './ce-assessment.ts';
import { checkCeDate } from './ce-dates.ts';
import { ceEventInput, checkCeEvent, writeCeEvent } from './ce-event.ts';
import { assertCanWorkCasCase, loadCasHousehold, loadCasHouseholdOfRecord } from './load-cas-household.ts';
import { latestPrioritization } from './queue-status.ts';

export const recordCeAssessmentInput = ceAssessmentInput.extend({
  PrioritizationStatus: hudCode('PrioritizationStatus', 'whether the household is placed on the prioritization list'),
});
export const editCeEventInput = ceEventInput.extend({ version: versionField });

export async function recordCeAssessment(
  db: Db,
  ctx: RequestContext,
  enrollmentId: string,
  input: z.infer<typeof recordCeAssessmentInput>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const h = await loadCasHousehold(tx, ctx, enrollmentId);
    await assertCanWorkCasCase(tx, ctx, h);
    const errors: FieldErrors = {};
    const tool = await loadTool(tx, input.toolId, errors, 'toolId');
    checkCeDate(errors, 'AssessmentDate', input.AssessmentDate, h.stay, 'assessment date');
    const scored = tool ? scoreAssessment(tool, input, '', errors) : undefined;
    if (Object.keys(errors).length || !tool || !scored) throw validationFailed(errors);
    const wasPlaced = (await latestPrioritization(tx, h.hoh.EnrollmentID)) === PrioritizationStatus.Placed;
    const id = await writeCeAssessment(tx, ctx, {
      ...h.hoh,
      input,
      tool,
      scored,
      PrioritizationStatus: input.PrioritizationStatus,
    });
    await recordAudit(tx, ctx, {
      action: 'cas.assessment_recorded',
      entityType: 'assessment',
      entityId: id,
      clientId: h.hoh.PersonalID,
      detail: { EnrollmentID: h.hoh.EnrollmentID, toolId: tool.id, PrioritizationStatus: input.PrioritizationStatus },
    });
    if (!wasPlaced && input.PrioritizationStatus === PrioritizationStatus.Placed)
      await notifyPlacedOnQueue(tx, { ...h.hoh, organizationId: h.project.OrganizationID });
    return id;
  });
}

export async function recordCeEvent(
  db: Db,
  ctx: RequestContext,
  enrollmentId: string,
  input: z.infer<typeof ceEventInput>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const h = await loadCasHousehold(tx, ctx, enrollmentId);
    await assertCanWorkCasCase(tx, ctx, h);
    const errors = checkCeEvent(input, h.stay, '');
    if (Object.keys(errors).length) throw validationFailed(errors);
    const id = await writeCeEvent(tx, ctx, { ...h.hoh, event: input });
    await recordAudit(tx, ctx, {
      action: 'cas.event_recorded',
      entityType: 'event',
      entityId: id,
      clientId: h.hoh.PersonalID,
      detail: { EnrollmentID: h.hoh.EnrollmentID, Event: input.Event },
    });
    return id;
  });
}

export async function editCeEvent(
  db: Db,
  ctx: RequestContext,
  eventId: string,
  input: z.infer<typeof editCeEventInput>,
) {
  const { version, ...event } = input;
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .select()
      .from(eventTable)
      .where(and(eq(eventTable.EventID, eventId), isNull(eventTable.DateDeleted)));
    if (!stored) throw notFound('Event');
    const h = await loadCasHouseholdOfRecord(tx, ctx, stored.EnrollmentID, 'Event');
    await assertCanWorkCasCase(tx, ctx, h);
    if (stored.version !== version) throw staleVersion('This event');
    const [referral] = await tx.select().from(casReferralTable).where(eq(casReferralTable.eventId, eventId));
    if (referral)
      throw validationFailed({
        ReferralResult:
          'This is a referral to a project: its provider records the outcome (Incoming Housing Referrals)',
      });
    const errors = checkCeEvent(event, h.stay, '');
    if (Object.keys(errors).length) throw validationFailed(errors);
    const updated = await tx
      .update(eventTable)
      .set({ ...event, ...hudUpdated(ctx, eventTable.version) })
      .where(and(eq(eventTable.EventID, eventId), eq(eventTable.version, version)))
      .returning({ id: eventTable.EventID });
    if (!updated.length) throw staleVersion('This event');
    await recordAudit(tx, ctx, {
      action: 'cas.event_updated',
      entityType: 'event',
      entityId: eventId,
      clientId: stored.PersonalID,
      detail: { Event: event.Event, ReferralResult: event.ReferralResult },
    });
  });
}
