// A HUD 4.20 Coordinated Entry event and HUD's rules for its dependent fields: the diversion
// result only on a problem-solving/diversion event, the aftercare result only on a referral to
// post-placement case management, the location and referral result only on a referral to an
// opening or voucher, and a result date exactly when there is a result.
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { eventTable } from '../../db/schema/index.ts';
import { EventType, hudLabel, REFERRAL_EVENTS } from '../../hud/codes.ts';
import { hudCode } from '../admin/hud-fields.ts';
import { hudCreated } from '../admin/write-helpers.ts';
import type { RequestContext } from '../http/context.ts';
import type { FieldErrors } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { type CeStay, checkCeDate } from './ce-dates.ts';

const optionalCode = (...a: Parameters<typeof hudCode>) =>
  hudCode(...a)
    .nullish()
    .transform((v) => v ?? null);

export const ceEventInput = z.strictObject({
  EventDate: z.iso.date(),
  Event: hudCode('EventType', 'the event'),
  ProbSolDivRRResult: optionalCode('NoYesMissing', 'whether the client was housed/re-housed in a safe alternative'),
  ReferralCaseManageAfter: optionalCode('NoYesMissing', 'whether the client enrolled in aftercare'),
  LocationCrisisOrPHHousing: z
    .string()
    .trim()
    .max(250, 'At most 250 characters')
    .nullish()
    .transform((v) => v || null),
  ReferralResult: optionalCode('ReferralResult', 'the referral result'),
  ResultDate: z.iso
    .date()
    .nullish()
    .transform((v) => v ?? null),
});
export type CeEventInput = z.infer<typeof ceEventInput>;

/** HUD's dependencies between an event's fields and its dates within the CAS enrollment. */
export function checkCeEvent(e: CeEventInput, stay: CeStay, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  const label = hudLabel('EventType', e.Event) ?? `event ${e.Event}`;
  checkCeDate(errors, at('EventDate'), e.EventDate, stay, 'event date');
  if (e.ProbSolDivRRResult !== null && e.Event !== EventType.ProblemSolvingDiversion)
    errors[at('ProbSolDivRRResult')] =
      `The diversion result belongs to a problem-solving/diversion event, not “${label}”`;
  if (e.ReferralCaseManageAfter !== null && e.Event !== EventType.PostPlacementCaseManagement)
    errors[at('ReferralCaseManageAfter')] =
      `The aftercare result belongs to a referral to post-placement case management, not “${label}”`;
  const referral = REFERRAL_EVENTS.includes(e.Event);
  if (e.LocationCrisisOrPHHousing && !referral)
    errors[at('LocationCrisisOrPHHousing')] = `A housing location belongs to a referral to an opening, not “${label}”`;
  if (e.ReferralResult !== null && !referral)
    errors[at('ReferralResult')] = `A referral result needs a referral: “${label}” is not a referral to an opening`;
  if (e.ReferralResult !== null && e.ResultDate === null)
    errors[at('ResultDate')] = 'Enter the date of the referral result';
  if (e.ResultDate !== null && e.ReferralResult === null)
    errors[at('ReferralResult')] ??= 'A result date needs a referral result';
  if (e.ResultDate !== null) {
    if (e.ResultDate < e.EventDate)
      errors[at('ResultDate')] = `The result date cannot be before the referral (${e.EventDate})`;
    else checkCeDate(errors, at('ResultDate'), e.ResultDate, { ...stay, ExitDate: null }, 'result date');
  }
  return errors;
}

export async function writeCeEvent(
  tx: DbOrTx,
  ctx: RequestContext,
  o: { EnrollmentID: string; PersonalID: string; event: CeEventInput },
): Promise<string> {
  const EventID = newId();
  await tx.insert(eventTable).values({
    EventID,
    EnrollmentID: o.EnrollmentID,
    PersonalID: o.PersonalID,
    ...o.event,
    ...hudCreated(ctx),
  });
  return EventID;
}
