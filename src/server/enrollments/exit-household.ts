// Exit: members of a household leave the project on an exit date, with their destination and
// exit answers. A head of household cannot leave others enrolled without one. "No exit
// interview completed" answers the exit pages from the last assessment.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { caseAssignmentTable, exitTable } from '../../db/schema/index.ts';
import { DataCollectionStage, Destination, RelationshipToHoH } from '../../hud/codes.ts';
import { isAdultOn } from '../../hud/rules/dates.ts';
import { fieldsCollectedAt } from '../../hud/rules/index.ts';
import { emptyAnswers } from '../assessments/answers.ts';
import type { Answers } from '../assessments/schemas.ts';
import { loadLatestAnswers, writeStageAnswers } from '../assessments/stage-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type HouseholdMember, nameOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudNow, hudToday, newId } from '../http/ids.ts';
import { type PreparedService, prepareServices } from '../services/prepare-services.ts';
import { writeServices } from '../services/write-services.ts';
import { assertCanChange } from './enrollment-access.ts';
import { checkEnrollmentDates, namedErrors } from './enrollment-dates.ts';
import { loadHouseholdOf } from './get-household.ts';
import { fundersOn } from './load-project.ts';
import {
  clientAnswers,
  enrollmentAnswers,
  exitValues,
  type Prepared,
  prepareMember,
  touchEnrollment,
} from './prepare-member.ts';
import type { ExitInput } from './schemas.ts';

/** The enrollment columns an exit may record (move-in, engagement, PATH status…). */
export function exitEnrollmentValues(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsCollectedAt('Enrollment', 'exit')) if (f in a) out[f] = a[f] ?? null;
  return out;
}

/** Checks the exit date against the stay: not before entry, not in the future. */
export function exitDateErrors(m: HouseholdMember, exitDate: string, today: string, key: string): FieldErrors {
  if (exitDate < m.enrollment.EntryDate)
    return { [key]: `The exit date (${exitDate}) cannot be before the project start date (${m.enrollment.EntryDate})` };
  if (exitDate > today) return { [key]: `The exit date (${exitDate}) cannot be in the future` };
  return {};
}

export async function exitHousehold(db: DbOrTx, ctx: RequestContext, enrollmentId: string, input: ExitInput) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId, input.members);
    assertCanChange(ctx, h.project);
    const today = hudToday();
    const errors: FieldErrors = {};
    const listed = input.members.map((mi, i) => {
      const m = h.members.find((x) => x.enrollment.EnrollmentID === mi.EnrollmentID);
      if (!m) errors[`members.${i}.EnrollmentID`] = 'This enrollment is not part of the household';
      else if (m.exit) errors[`members.${i}.EnrollmentID`] = `${nameOf(m.client)} already exited on ${m.exit.ExitDate}`;
      return m;
    });
    const exiting = new Set(listed.map((m) => m?.enrollment.EnrollmentID));
    const hoh = h.members.find((m) => m.enrollment.RelationshipToHoH === RelationshipToHoH.Self);
    if (hoh && exiting.has(hoh.enrollment.EnrollmentID)) {
      const staying = h.members.filter((m) => !m.exit && !exiting.has(m.enrollment.EnrollmentID));
      if (staying.length)
        errors.members = `The head of household cannot exit while ${staying.map((m) => nameOf(m.client)).join(', ')} stay enrolled: exit them too, or make one of them head of household first (Edit entry)`;
    }
    const prepared: (Prepared & { m: HouseholdMember; exitDate: string })[] = [];
    for (const [i, mi] of input.members.entries()) {
      const m = listed[i];
      if (!m || m.exit) continue;
      const exitDate = mi.ExitDate ?? input.ExitDate;
      const stored = emptyAnswers();
      // No exit interview: the exit pages repeat the last answers recorded.
      if (mi.Destination === Destination.NoExitInterviewCompleted)
        Object.assign(stored, await loadLatestAnswers(tx, m.enrollment.EnrollmentID, exitDate));
      stored.Client = clientAnswers(m.client);
      stored.Enrollment = enrollmentAnswers(m.enrollment);
      stored.Exit = { ExitDate: exitDate, Destination: mi.Destination ?? null };
      const p = prepareMember({
        stored,
        input: mi.assessment,
        projectType: h.project.ProjectType,
        funders: fundersOn(h.project, exitDate),
        stage: 'exit',
        base: {
          isHeadOfHousehold: m.enrollment.RelationshipToHoH === RelationshipToHoH.Self,
          isAdult: isAdultOn(m.client.DOB, exitDate),
        },
        prefix: `members.${i}`,
      });
      Object.assign(
        errors,
        namedErrors(nameOf(m.client), {
          ...exitDateErrors(m, exitDate, today, `members.${i}.ExitDate`),
          ...p.errors,
          ...checkEnrollmentDates(h.project, p.answers.Enrollment, {
            entry: m.enrollment.EntryDate,
            exit: exitDate,
            today,
            prefix: `members.${i}`,
          }),
        }),
      );
      prepared.push({ ...p, m, exitDate });
    }
    const services = await servicesAtExit(tx, ctx, input, prepared, errors);
    if (Object.keys(errors).length) throw validationFailed(errors);

    const now = hudNow();
    for (const [i, p] of prepared.entries()) {
      const mi = input.members[i];
      if (!mi) continue;
      const { enrollment: e } = p.m;
      await touchEnrollment(tx, ctx, e, mi.version, exitEnrollmentValues(p.answers.Enrollment));
      const ExitID = newId();
      await tx.insert(exitTable).values({
        ...exitValues(p.answers.Exit),
        ExitID,
        EnrollmentID: e.EnrollmentID,
        PersonalID: e.PersonalID,
        ExitDate: p.exitDate,
        Destination: Number(p.answers.Exit.Destination),
        DateCreated: now,
        DateUpdated: now,
        UserID: ctx.user.id,
      });
      await writeStageAnswers(
        tx,
        ctx,
        {
          enrollmentId: e.EnrollmentID,
          personalId: e.PersonalID,
          stage: DataCollectionStage.ProjectExit,
          date: p.exitDate,
        },
        p.answers,
      );
      if (input.endCaseAssignment) {
        await tx
          .update(caseAssignmentTable)
          .set({
            endDate: sql`GREATEST(${caseAssignmentTable.startDate}, ${p.exitDate}::date)`,
            endReason: 'exit',
            updatedAt: new Date(),
            updatedBy: ctx.user.id,
            version: sql`${caseAssignmentTable.version} + 1`,
          })
          .where(and(eq(caseAssignmentTable.enrollmentId, e.EnrollmentID), isNull(caseAssignmentTable.endDate)));
      }
      await recordAudit(tx, ctx, {
        action: 'enrollment.exit',
        entityType: 'enrollment',
        entityId: e.EnrollmentID,
        clientId: e.PersonalID,
        detail: { ExitID, endCaseAssignment: input.endCaseAssignment },
      });
    }
    if (services.length) await writeServices(tx, ctx, services, { via: 'exit' });
  });
}

/** The services provided at exit, each on its member's exit date; problems go with the others. */
async function servicesAtExit(
  tx: DbOrTx,
  ctx: RequestContext,
  input: ExitInput,
  exiting: { m: HouseholdMember; exitDate: string }[],
  errors: FieldErrors,
): Promise<PreparedService[]> {
  const field = (i: number, name: string) => `services.${i}.${name}`;
  const inputs = input.services.map((s, i) => {
    const member = exiting.find((x) => x.m.enrollment.EnrollmentID === s.EnrollmentID);
    if (!member) errors[field(i, 'EnrollmentID')] = 'Choose one of the household members who are exiting';
    return { ...s, DateProvided: member?.exitDate ?? input.ExitDate };
  });
  if (!inputs.length || Object.keys(errors).some((k) => k.startsWith('services.'))) return [];
  try {
    const prepared = await prepareServices(tx, ctx, inputs, { field });
    prepared.forEach((s, i) => {
      // The exit date is the morning after the last night: no bed night is given on it.
      if (s.bedNight)
        errors[field(i, 'serviceTypeId')] = 'A bed night is not a service at exit: record it with the nights';
    });
    return prepared;
  } catch (e) {
    if (!(e instanceof AppError) || !e.fields) throw e;
    Object.assign(errors, e.fields);
    return [];
  }
}
