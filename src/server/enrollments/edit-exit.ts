// Edit exit: correct any exit answer, the destination or the exit date. Moving the exit date
// moves the exit assessment rows, and case assignments the exit ended, with it.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { caseAssignmentTable, exitTable } from '../../db/schema/index.ts';
import { DataCollectionStage, RelationshipToHoH } from '../../hud/codes.ts';
import { isAdultOn } from '../../hud/rules/dates.ts';
import { emptyAnswers } from '../assessments/answers.ts';
import { loadStageAnswers, moveStageDate, writeStageAnswers } from '../assessments/stage-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type HouseholdMember, nameOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudNow, hudToday } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';
import { assertCanChange } from './enrollment-access.ts';
import { checkEnrollmentDates, namedErrors } from './enrollment-dates.ts';
import { exitDateErrors, exitEnrollmentValues } from './exit-household.ts';
import { loadHouseholdOf } from './get-household.ts';
import { fundersOn } from './load-project.ts';
import { findOverlap, overlapMessage } from './overlap.ts';
import {
  clientAnswers,
  enrollmentAnswers,
  exitAnswers,
  exitValues,
  type Prepared,
  prepareMember,
  touchEnrollment,
} from './prepare-member.ts';
import type { EditExitInput } from './schemas.ts';

export async function editExit(db: DbOrTx, ctx: RequestContext, enrollmentId: string, input: EditExitInput) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId, input.members);
    assertCanChange(ctx, h.project);
    const today = hudToday();
    const errors: FieldErrors = {};
    const prepared: (Prepared & { m: HouseholdMember; exitDate: string; index: number })[] = [];
    for (const [index, mi] of input.members.entries()) {
      const key = `members.${index}`;
      const m = h.members.find((x) => x.enrollment.EnrollmentID === mi.EnrollmentID);
      if (!m) {
        errors[`${key}.EnrollmentID`] = 'This enrollment is not part of the household';
        continue;
      }
      if (!m.exit) {
        errors[`${key}.EnrollmentID`] = `${nameOf(m.client)} has not exited: use Exit instead`;
        continue;
      }
      assertVersion(m.enrollment.version, mi.version, 'This enrollment');
      const exitDate = mi.ExitDate ?? m.exit.ExitDate;
      const stored = emptyAnswers();
      Object.assign(
        stored,
        await loadStageAnswers(tx, m.enrollment.EnrollmentID, DataCollectionStage.ProjectExit, m.exit.ExitDate),
      );
      stored.Client = clientAnswers(m.client);
      stored.Enrollment = enrollmentAnswers(m.enrollment);
      stored.Exit = {
        ...exitAnswers(m.exit),
        ExitDate: exitDate,
        ...(mi.Destination !== undefined ? { Destination: mi.Destination } : {}),
      };
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
        prefix: key,
      });
      const own: FieldErrors = {
        ...exitDateErrors(m, exitDate, today, `${key}.ExitDate`),
        ...p.errors,
        ...checkEnrollmentDates(h.project, p.answers.Enrollment, {
          entry: m.enrollment.EntryDate,
          exit: exitDate,
          today,
          prefix: key,
        }),
      };
      if (exitDate > m.exit.ExitDate) {
        const overlap = await findOverlap(tx, {
          PersonalID: m.client.PersonalID,
          ProjectID: h.project.ProjectID,
          EntryDate: m.enrollment.EntryDate,
          ExitDate: exitDate,
          except: m.enrollment.EnrollmentID,
        });
        if (overlap) own[`${key}.ExitDate`] ??= overlapMessage(nameOf(m.client), h.project.ProjectName, overlap);
      }
      Object.assign(errors, namedErrors(nameOf(m.client), own));
      prepared.push({ ...p, m, exitDate, index });
    }
    if (Object.keys(errors).length) throw validationFailed(errors);

    for (const p of prepared) {
      const mi = input.members[p.index];
      const x = p.m.exit;
      if (!mi || !x) continue;
      const e = p.m.enrollment;
      await touchEnrollment(tx, ctx, e, mi.version, exitEnrollmentValues(p.answers.Enrollment));
      await tx
        .update(exitTable)
        .set({
          ...exitValues(p.answers.Exit),
          ExitDate: p.exitDate,
          Destination: Number(p.answers.Exit.Destination),
          DateUpdated: hudNow(),
          UserID: ctx.user.id,
          version: sql`${exitTable.version} + 1`,
        })
        .where(eq(exitTable.ExitID, x.ExitID));
      await moveStageDate(tx, ctx, e.EnrollmentID, DataCollectionStage.ProjectExit, p.exitDate);
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
      if (p.exitDate !== x.ExitDate) {
        await tx
          .update(caseAssignmentTable)
          .set({
            endDate: sql`GREATEST(${caseAssignmentTable.startDate}, ${p.exitDate}::date)`,
            updatedAt: new Date(),
            updatedBy: ctx.user.id,
          })
          .where(
            and(
              eq(caseAssignmentTable.enrollmentId, e.EnrollmentID),
              eq(caseAssignmentTable.endReason, 'exit'),
              eq(caseAssignmentTable.endDate, x.ExitDate),
            ),
          );
      }
      await recordAudit(tx, ctx, {
        action: 'enrollment.edit_exit',
        entityType: 'enrollment',
        entityId: e.EnrollmentID,
        clientId: e.PersonalID,
        detail: { moved: p.exitDate !== x.ExitDate },
      });
    }
  });
}
