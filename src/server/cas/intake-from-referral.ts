// Start HMIS Intake from a referral: the provider enrolls the referred household in the project
// referred to (the ordinary intake), and finishing it records the referral's outcome —
// enrolled, "Successful referral: client accepted", dated the project start — in one transaction.
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { ReferralResult, RelationshipToHoH } from '../../hud/codes.ts';
import { intakeHousehold } from '../enrollments/intake-household.ts';
import { intakeSchema } from '../enrollments/schemas.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, type FieldErrors, validationFailed } from '../http/errors.ts';
import { versionField } from '../http/versions.ts';
import { assertProviderOf, loadReferral } from './load-referral.ts';
import { writeReferralOutcome } from './record-referral-outcome.ts';

export const referralIntakeSchema = intakeSchema.extend({
  referral: z.strictObject({
    EventID: z.string().min(1).max(32).describe('The referral (its 4.20 EventID)'),
    version: versionField.describe('The referral version you read; a stale one gets 409'),
  }),
});
export type ReferralIntakeInput = z.infer<typeof referralIntakeSchema>;

/** Returns the head of household's new EnrollmentID in the housing project. */
export async function intakeFromReferral(db: DbOrTx, ctx: RequestContext, input: ReferralIntakeInput): Promise<string> {
  const { referral: ref, ...intake } = input;
  return db.transaction(async (tx) => {
    const r = await loadReferral(tx, ctx, ref.EventID);
    assertProviderOf(ctx, r.project);
    if (r.event.ReferralResult !== null)
      throw conflict(`This referral already has a result, recorded on ${r.event.ResultDate}`);
    const errors: FieldErrors = {};
    if (intake.ProjectID !== r.project.ProjectID)
      errors.ProjectID = `The household was referred to ${r.project.ProjectName}: enroll it there`;
    if (intake.EntryDate < r.event.EventDate)
      errors.EntryDate = `The project start date cannot be before the referral (${r.event.EventDate})`;
    const head = intake.members.findIndex((m) => m.RelationshipToHoH === RelationshipToHoH.Self);
    if (head >= 0 && intake.members[head]?.PersonalID !== r.event.PersonalID)
      errors[`members.${head}.PersonalID`] =
        `The referred head of household (client ${r.event.PersonalID}) is the head of household here too`;
    if (Object.keys(errors).length) throw validationFailed(errors);
    const enrollmentId = await intakeHousehold(tx, ctx, intake);
    await writeReferralOutcome(tx, ctx, r, ref.version, {
      providerResult: 'enrolled',
      ReferralResult: ReferralResult.SuccessfulClientAccepted,
      ResultDate: intake.EntryDate,
      comment: null,
      resultEnrollmentId: enrollmentId,
    });
    return enrollmentId;
  });
}
