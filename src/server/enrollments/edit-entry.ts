// Edit entry: correct any project start answer, change the head of household, or add a family
// member to the household's enrollment. Moving a start date moves that person's entry
// assessment rows with it, in the same transaction.
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable } from '../../db/schema/index.ts';
import { DataCollectionStage, PERMANENT_HOUSING_TYPES, RelationshipToHoH } from '../../hud/codes.ts';
import { isAdultOn, laterOf } from '../../hud/rules/dates.ts';
import { emptyAnswers } from '../assessments/answers.ts';
import { listAssessments, loadStageAnswers, moveStageDate, writeStageAnswers } from '../assessments/stage-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assignCaseManager, eligibleCaseManager, notEligibleMessage } from '../case-assignments/assign-case-manager.ts';
import { moveAssignmentStart } from '../case-assignments/move-assignment-start.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { ClientChange } from '../clients/update-client.ts';
import { checkHousehold, type PlannedMember } from '../households/household-rules.ts';
import { type ClientRow, type HouseholdMember, headOf, nameOf } from '../households/load-household.ts';
import { propagateMoveIn } from '../households/propagate-move-in.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudNow, hudToday, newId } from '../http/ids.ts';
import { assertCanChange } from './enrollment-access.ts';
import { checkEnrollmentDates, namedErrors } from './enrollment-dates.ts';
import { loadHouseholdOf } from './get-household.ts';
import { fundersOn, isRhyOn } from './load-project.ts';
import { createQuickAdded, planIdentity, writeIdentity } from './member-client.ts';
import { findOverlap, overlapMessage } from './overlap.ts';
import {
  applyClientAnswers,
  clientAnswers,
  enrollmentAnswers,
  enrollmentValues,
  type Prepared,
  prepareMember,
  touchEnrollment,
} from './prepare-member.ts';
import type { EditEntryInput } from './schemas.ts';

type Change = {
  index: number;
  input: EditEntryInput['members'][number] & { PersonalID: string };
  existing?: HouseholdMember;
  client: ClientRow;
  relationship: number;
  entry: string;
};

export async function editEntry(db: DbOrTx, ctx: RequestContext, enrollmentId: string, request: EditEntryInput) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId, request.members);
    assertCanChange(ctx, h.project);
    // Someone joining who is not yet in HMIS is created first, after the duplicate check.
    const input = { members: await createQuickAdded(tx, ctx, request.members) };
    const { project } = h;
    const today = hudToday();
    const errors: FieldErrors = {};
    const joining = input.members.filter((m) => !m.EnrollmentID).map((m) => m.PersonalID ?? '');
    const newClients = joining.length
      ? await tx
          .select()
          .from(clientTable)
          .where(
            and(
              inArray(clientTable.PersonalID, joining),
              isNull(clientTable.DateDeleted),
              clientVisibleSql(clientTable.PersonalID, project.OrganizationID),
            ),
          )
          .for('update')
      : [];
    const changes: Change[] = [];
    for (const [index, mi] of input.members.entries()) {
      const key = `members.${index}`;
      if (mi.EnrollmentID) {
        const m = h.members.find((x) => x.enrollment.EnrollmentID === mi.EnrollmentID);
        if (!m) errors[`${key}.EnrollmentID`] = 'This enrollment is not part of the household';
        else if (mi.version === undefined) errors[`${key}.version`] = 'Send the version of the enrollment you read';
        else
          changes.push({
            index,
            input: mi,
            existing: m,
            client: m.client,
            relationship: Number(mi.RelationshipToHoH ?? m.enrollment.RelationshipToHoH),
            entry: mi.EntryDate ?? m.enrollment.EntryDate,
          });
        continue;
      }
      const client = newClients.find((c) => c.PersonalID === mi.PersonalID);
      if (!mi.PersonalID || !client) errors[`${key}.PersonalID`] = 'Choose the client joining the household';
      else if (h.members.some((x) => x.client.PersonalID === mi.PersonalID && !x.exit))
        errors[`${key}.PersonalID`] = `${nameOf(client)} is already enrolled in this household`;
      else if (mi.RelationshipToHoH === undefined || !mi.EntryDate)
        errors[`${key}.RelationshipToHoH`] =
          `Give ${nameOf(client)}'s relationship to the head of household and project start date`;
      else changes.push({ index, input: mi, client, relationship: Number(mi.RelationshipToHoH), entry: mi.EntryDate });
    }

    // The household as it would be: unlisted members unchanged, listed ones changed, new ones added.
    const planned: PlannedMember[] = h.members
      .filter((m) => !changes.some((c) => c.existing === m))
      .map((m) => ({
        key: `household.${m.client.PersonalID}`,
        name: nameOf(m.client),
        RelationshipToHoH: m.enrollment.RelationshipToHoH,
        EntryDate: m.enrollment.EntryDate,
        DOB: m.client.DOB,
        ExitDate: m.exit?.ExitDate ?? null,
      }));
    for (const c of changes)
      planned.push({
        key: `members.${c.index}`,
        name: nameOf(c.client),
        RelationshipToHoH: c.relationship,
        EntryDate: c.entry,
        DOB: c.client.DOB,
        ExitDate: c.existing?.exit?.ExitDate ?? null,
      });
    const household = checkHousehold(planned, (d) => isRhyOn(project, d));
    // Who is asked what follows from who heads the household: those answers wait until it is right.
    if (Object.keys(household).length) throw validationFailed({ ...errors, ...household });

    const oldHoh = headOf(h.members);
    const assessments = await listAssessments(
      tx,
      h.members.map((m) => m.enrollment.EnrollmentID),
    );
    const prepared: (Prepared & Change & { identity: ClientChange | null })[] = [];
    for (const c of changes) {
      const key = `members.${c.index}`;
      const name = nameOf(c.client);
      const e = c.existing?.enrollment ?? null;
      const exit = c.existing?.exit?.ExitDate ?? null;
      const isHoH = c.relationship === RelationshipToHoH.Self;
      const stored = emptyAnswers();
      if (e)
        Object.assign(
          stored,
          await loadStageAnswers(tx, e.EnrollmentID, DataCollectionStage.ProjectStart, e.EntryDate),
        );
      stored.Client = clientAnswers(c.client);
      stored.Enrollment = { ...enrollmentAnswers(e), EntryDate: c.entry, RelationshipToHoH: c.relationship };
      if (isHoH && !stored.Enrollment.EnrollmentCoC) stored.Enrollment.EnrollmentCoC = project.cocCodes[0] ?? null;
      const inPh = project.ProjectType !== null && PERMANENT_HOUSING_TYPES.includes(project.ProjectType);
      const householdMoveIn = oldHoh?.enrollment.MoveInDate;
      if (inPh && !stored.Enrollment.MoveInDate && householdMoveIn && (!e || isHoH))
        stored.Enrollment.MoveInDate = laterOf(householdMoveIn, c.entry);
      const identity = planIdentity(ctx, c.client, c.input.client, key);
      const p = prepareMember({
        stored,
        input: c.input.assessment,
        projectType: project.ProjectType,
        funders: fundersOn(project, c.entry),
        stage: 'projectStart',
        base: { isHeadOfHousehold: isHoH, isAdult: isAdultOn(c.client.DOB, c.entry) },
        prefix: key,
      });
      const own: FieldErrors = {
        ...identity.errors,
        ...p.errors,
        ...checkEnrollmentDates(project, p.answers.Enrollment, { entry: c.entry, exit, today, prefix: key }),
      };
      if (exit && c.entry > exit)
        own[`${key}.EntryDate`] = `The project start date cannot be after the exit date (${exit})`;
      const later = assessments.find(
        (a) =>
          e &&
          a.EnrollmentID === e.EnrollmentID &&
          a.DataCollectionStage !== DataCollectionStage.ProjectStart &&
          a.InformationDate < c.entry,
      );
      if (later)
        own[`${key}.EntryDate`] ??=
          `The project start date cannot be after the assessment dated ${later.InformationDate}`;
      if (!e || c.entry !== e.EntryDate) {
        const overlap = await findOverlap(tx, {
          PersonalID: c.client.PersonalID,
          ProjectID: project.ProjectID,
          EntryDate: c.entry,
          ExitDate: exit,
          except: e?.EnrollmentID,
        });
        if (overlap) own[`${key}.EntryDate`] ??= overlapMessage(name, project.ProjectName, overlap);
      }
      if (!e && !(await eligibleCaseManager(tx, c.input.caseManagerUserId ?? ctx.user.id, project.OrganizationID)))
        own[`${key}.caseManagerUserId`] = notEligibleMessage(project.OrganizationName);
      Object.assign(errors, namedErrors(name, own));
      prepared.push({ ...p, ...c, identity: identity.change });
    }
    if (Object.keys(errors).length) throw validationFailed(errors);

    const householdId = h.target.enrollment.HouseholdID;
    for (const p of prepared) {
      const values = {
        ...enrollmentValues(p.answers.Enrollment),
        EntryDate: p.entry,
        RelationshipToHoH: p.relationship,
        EnrollmentCoC: (p.answers.Enrollment.EnrollmentCoC as string | null) ?? null,
      };
      const client = await writeIdentity(tx, ctx, p.client, p.identity, p.input.clientVersion);
      await applyClientAnswers(tx, ctx, client, p.answers.Client, p.identity ? client.version : p.input.clientVersion);
      const stage = { personalId: p.client.PersonalID, stage: DataCollectionStage.ProjectStart, date: p.entry };
      if (p.existing && p.input.version !== undefined) {
        const e = p.existing.enrollment;
        await touchEnrollment(tx, ctx, e, p.input.version, values);
        // The entry assessment is dated the project start date, always.
        await moveStageDate(tx, ctx, e.EnrollmentID, DataCollectionStage.ProjectStart, p.entry);
        await moveAssignmentStart(tx, ctx, e, e.EntryDate, p.entry);
        await writeStageAnswers(tx, ctx, { ...stage, enrollmentId: e.EnrollmentID }, p.answers);
        const moveIn = p.answers.Enrollment.MoveInDate;
        if (p.relationship === RelationshipToHoH.Self && typeof moveIn === 'string' && moveIn !== e.MoveInDate)
          await propagateMoveIn(tx, ctx, h.members, moveIn);
        await recordAudit(tx, ctx, {
          action: 'enrollment.edit_entry',
          entityType: 'enrollment',
          entityId: e.EnrollmentID,
          clientId: e.PersonalID,
          detail: { moved: e.EntryDate !== p.entry, RelationshipToHoH: p.relationship },
        });
        continue;
      }
      const EnrollmentID = newId();
      const now = hudNow();
      await tx.insert(enrollmentTable).values({
        DisablingCondition: 99,
        ...values,
        EnrollmentID,
        PersonalID: p.client.PersonalID,
        ProjectID: project.ProjectID,
        HouseholdID: householdId,
        DateCreated: now,
        DateUpdated: now,
        UserID: ctx.user.id,
      });
      await writeStageAnswers(tx, ctx, { ...stage, enrollmentId: EnrollmentID }, p.answers);
      await assignCaseManager(tx, ctx, {
        personalId: p.client.PersonalID,
        userId: p.input.caseManagerUserId ?? ctx.user.id,
        organizationId: project.OrganizationID,
        enrollmentId: EnrollmentID,
        startDate: p.entry,
      });
      await recordAudit(tx, ctx, {
        action: 'enrollment.join_household',
        entityType: 'enrollment',
        entityId: EnrollmentID,
        clientId: p.client.PersonalID,
        detail: { HouseholdID: householdId, ProjectID: project.ProjectID },
      });
    }
  });
}
