// The provider records what became of a referral without an intake: its own result (enrolled,
// rejected, no show), HUD's referral result, the result date and a comment. The household's
// CAS case managers and the CAS administrators are told.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { casReferralTable, eventTable, PROVIDER_RESULTS, type ProviderResult } from '../../db/schema/index.ts';
import { hudCode } from '../admin/hud-fields.ts';
import { hudUpdated } from '../admin/write-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, staleVersion, validationFailed } from '../http/errors.ts';
import { versionField } from '../http/versions.ts';
import { notifyReferralResult } from './cas-notify.ts';
import { checkCeDate } from './ce-dates.ts';
import { assertProviderOf, loadReferral } from './load-referral.ts';
import { outcomeMismatch } from './referral-rules.ts';

export const referralOutcomeInput = z.strictObject({
  version: versionField.describe('The referral version you read; a stale one gets 409'),
  providerResult: z.enum(PROVIDER_RESULTS, { error: 'Choose enrolled, rejected or no show' }),
  ReferralResult: hudCode('ReferralResult', 'the referral result'),
  ResultDate: z.iso.date(),
  comment: z
    .string()
    .trim()
    .max(500, 'At most 500 characters')
    .nullish()
    .transform((v) => v || null),
});
export type ReferralOutcome = {
  providerResult: ProviderResult;
  ReferralResult: number;
  ResultDate: string;
  comment: string | null;
  resultEnrollmentId?: string | null;
};

/** Checks and writes an outcome on a loaded referral, inside the caller's transaction. */
export async function writeReferralOutcome(
  tx: DbOrTx,
  ctx: RequestContext,
  r: Awaited<ReturnType<typeof loadReferral>>,
  version: number,
  o: ReferralOutcome,
) {
  const errors: FieldErrors = {};
  const mismatch = outcomeMismatch(o.providerResult, o.ReferralResult);
  if (mismatch) errors.ReferralResult = mismatch;
  if (o.ResultDate < r.event.EventDate)
    errors.ResultDate = `The result date cannot be before the referral (${r.event.EventDate})`;
  else checkCeDate(errors, 'ResultDate', o.ResultDate, { EntryDate: r.event.EventDate, ExitDate: null }, 'result date');
  if (Object.keys(errors).length) throw validationFailed(errors);
  if (r.referral.version !== version) throw staleVersion('This referral');
  const updated = await tx
    .update(casReferralTable)
    .set({
      providerResult: o.providerResult,
      resultComment: o.comment,
      resultBy: ctx.user.id,
      resultEnrollmentId: o.resultEnrollmentId ?? null,
      updatedAt: new Date(),
      version: sql`${casReferralTable.version} + 1`,
    })
    .where(and(eq(casReferralTable.eventId, r.event.EventID), eq(casReferralTable.version, version)))
    .returning({ id: casReferralTable.eventId });
  if (!updated.length) throw staleVersion('This referral');
  await tx
    .update(eventTable)
    .set({ ReferralResult: o.ReferralResult, ResultDate: o.ResultDate, ...hudUpdated(ctx, eventTable.version) })
    .where(eq(eventTable.EventID, r.event.EventID));
  await recordAudit(tx, ctx, {
    action: 'cas.referral_outcome',
    entityType: 'event',
    entityId: r.event.EventID,
    clientId: r.event.PersonalID,
    detail: {
      ProjectID: r.project.ProjectID,
      providerResult: o.providerResult,
      ReferralResult: o.ReferralResult,
      resultEnrollmentId: o.resultEnrollmentId ?? null,
    },
  });
  await notifyReferralResult(tx, {
    EnrollmentID: r.event.EnrollmentID,
    PersonalID: r.event.PersonalID,
    EventID: r.event.EventID,
    projectName: r.project.ProjectName,
    ReferralResult: o.ReferralResult,
    organizationId: r.project.OrganizationID,
  });
}

export async function recordReferralOutcome(
  db: Db,
  ctx: RequestContext,
  eventId: string,
  input: z.infer<typeof referralOutcomeInput>,
) {
  const { version, ...outcome } = input;
  await db.transaction(async (tx) => {
    const r = await loadReferral(tx, ctx, eventId);
    assertProviderOf(ctx, r.project);
    await writeReferralOutcome(tx, ctx, r, version, outcome);
  });
}
