// Intake: enrolls a household in a project in one transaction, with each member's project
// start answers, and makes a case manager of every member. The intake workflow's Finish and
// POST /api/enrollments both come here, so the screens and the API apply the same rules.
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable } from '../../db/schema/index.ts';
import { DataCollectionStage, PERMANENT_HOUSING_TYPES, RelationshipToHoH } from '../../hud/codes.ts';
import { isAdultOn, laterOf } from '../../hud/rules/dates.ts';
import { emptyAnswers } from '../assessments/answers.ts';
import { writeStageAnswers } from '../assessments/stage-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { assignCaseManager, eligibleCaseManager, notEligibleMessage } from '../case-assignments/assign-case-manager.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { ClientChange } from '../clients/update-client.ts';
import { checkHousehold } from '../households/household-rules.ts';
import { type ClientRow, nameOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudNow, hudToday, newId } from '../http/ids.ts';
import { checkEnrollmentDates, namedErrors } from './enrollment-dates.ts';
import { fundersOn, isRhyOn, loadProject } from './load-project.ts';
import { createQuickAdded, planIdentity, writeIdentity } from './member-client.ts';
import { findOverlap, overlapMessage } from './overlap.ts';
import { applyClientAnswers, clientAnswers, enrollmentValues, type Prepared, prepareMember } from './prepare-member.ts';
import type { IntakeInput } from './schemas.ts';

/** Returns the head of household's new EnrollmentID. */
export async function intakeHousehold(db: DbOrTx, ctx: RequestContext, request: IntakeInput): Promise<string> {
  const project = await loadProject(db, request.ProjectID);
  if (project.OrganizationID !== currentOrganization(ctx)) {
    throw badRequest('Choose a project of the organization you are working as', {
      ProjectID: `${project.ProjectName} belongs to ${project.OrganizationName}, not the organization you are working as`,
    });
  }
  const listed = request.members.flatMap((m) => (m.PersonalID ? [m.PersonalID] : []));
  const dup = listed.find((id, i) => listed.indexOf(id) !== i);
  if (dup)
    throw badRequest('A person can be enrolled only once in a household', { members: `Client ${dup} is listed twice` });

  return db.transaction(async (tx) => {
    const input = { ...request, members: await createQuickAdded(tx, ctx, request.members) };
    const ids = input.members.map((m) => m.PersonalID);
    // Lock the people: a concurrent intake of the same person waits, then sees this enrollment.
    const clients = await tx
      .select()
      .from(clientTable)
      .where(
        and(
          inArray(clientTable.PersonalID, ids),
          isNull(clientTable.DateDeleted),
          clientVisibleSql(clientTable.PersonalID, project.OrganizationID),
        ),
      )
      .for('update');
    const byId = new Map(clients.map((c) => [c.PersonalID, c]));
    const errors: FieldErrors = {};
    const hoh = input.members.find((m) => m.RelationshipToHoH === RelationshipToHoH.Self);
    const entryOf = (m: (typeof input.members)[number]) =>
      m === hoh ? input.EntryDate : (m.EntryDate ?? input.EntryDate);
    if (hoh?.EntryDate && hoh.EntryDate !== input.EntryDate)
      errors[`members.${input.members.indexOf(hoh)}.EntryDate`] =
        "The head of household's start date is the household's project start date (EntryDate)";

    const planned = input.members.map((m, i) => {
      const c = byId.get(m.PersonalID);
      if (!c) errors[`members.${i}.PersonalID`] = `There is no client with ID ${m.PersonalID}`;
      return {
        key: `members.${i}`,
        name: c ? nameOf(c) : m.PersonalID,
        RelationshipToHoH: Number(m.RelationshipToHoH),
        EntryDate: entryOf(m),
        DOB: c?.DOB ?? null,
        ExitDate: null,
      };
    });
    const household = checkHousehold(planned, (d) => isRhyOn(project, d));
    // Who is asked what follows from who heads the household: those answers wait until it is right.
    if (Object.keys(household).length) throw validationFailed({ ...errors, ...household });
    const today = hudToday();
    const hohMoveIn = hoh?.assessment?.Enrollment?.MoveInDate;
    const prepared: (Prepared & { client: ClientRow; entry: string; identity: ClientChange | null })[] = [];
    for (const [i, m] of input.members.entries()) {
      const client = byId.get(m.PersonalID);
      if (!client) continue;
      const entry = entryOf(m);
      const isHoH = m === hoh;
      const stored = emptyAnswers();
      stored.Client = clientAnswers(client);
      stored.Enrollment = {
        EntryDate: entry,
        RelationshipToHoH: Number(m.RelationshipToHoH),
        EnrollmentCoC: isHoH ? (project.cocCodes[0] ?? null) : null,
      };
      // Members share the head of household's move-in; someone who joins later moves in on their start date.
      const inPh = project.ProjectType !== null && PERMANENT_HOUSING_TYPES.includes(project.ProjectType);
      if (!isHoH && inPh && typeof hohMoveIn === 'string' && !m.assessment?.Enrollment?.MoveInDate)
        stored.Enrollment.MoveInDate = laterOf(hohMoveIn, entry);
      const identity = planIdentity(ctx, client, m.client, `members.${i}`);
      Object.assign(errors, namedErrors(nameOf(client), identity.errors));
      const p = prepareMember({
        stored,
        input: m.assessment,
        projectType: project.ProjectType,
        funders: fundersOn(project, entry),
        stage: 'projectStart',
        base: { isHeadOfHousehold: isHoH, isAdult: isAdultOn(client.DOB, entry) },
        prefix: `members.${i}`,
      });
      Object.assign(
        errors,
        namedErrors(nameOf(client), {
          ...p.errors,
          ...checkEnrollmentDates(project, p.answers.Enrollment, { entry, exit: null, today, prefix: `members.${i}` }),
        }),
      );
      const overlap = await findOverlap(tx, {
        PersonalID: client.PersonalID,
        ProjectID: project.ProjectID,
        EntryDate: entry,
        ExitDate: null,
      });
      if (overlap) errors[`members.${i}.EntryDate`] ??= overlapMessage(nameOf(client), project.ProjectName, overlap);
      const cm = m.caseManagerUserId ?? ctx.user.id;
      if (!(await eligibleCaseManager(tx, cm, project.OrganizationID)))
        errors[`members.${i}.caseManagerUserId`] = notEligibleMessage(project.OrganizationName);
      prepared.push({ ...p, client, entry, identity: identity.change });
    }
    if (Object.keys(errors).length) throw validationFailed(errors);

    const HouseholdID = newId();
    const now = hudNow();
    let hohEnrollmentId = '';
    for (const [i, m] of input.members.entries()) {
      const p = prepared[i];
      if (!p) continue;
      const EnrollmentID = newId();
      if (m === hoh) hohEnrollmentId = EnrollmentID;
      const client = await writeIdentity(tx, ctx, p.client, p.identity, m.clientVersion);
      await applyClientAnswers(tx, ctx, client, p.answers.Client, p.identity ? client.version : m.clientVersion);
      await tx.insert(enrollmentTable).values({
        DisablingCondition: 99,
        ...enrollmentValues(p.answers.Enrollment),
        EnrollmentID,
        PersonalID: m.PersonalID,
        ProjectID: project.ProjectID,
        EntryDate: p.entry,
        HouseholdID,
        RelationshipToHoH: Number(m.RelationshipToHoH),
        EnrollmentCoC: (p.answers.Enrollment.EnrollmentCoC as string | null) ?? null,
        DateCreated: now,
        DateUpdated: now,
        UserID: ctx.user.id,
      });
      await writeStageAnswers(
        tx,
        ctx,
        {
          enrollmentId: EnrollmentID,
          personalId: m.PersonalID,
          stage: DataCollectionStage.ProjectStart,
          date: p.entry,
        },
        p.answers,
      );
      await assignCaseManager(tx, ctx, {
        personalId: m.PersonalID,
        userId: m.caseManagerUserId ?? ctx.user.id,
        organizationId: project.OrganizationID,
        enrollmentId: EnrollmentID,
        startDate: p.entry,
      });
      await recordAudit(tx, ctx, {
        action: 'enrollment.intake',
        entityType: 'enrollment',
        entityId: EnrollmentID,
        clientId: m.PersonalID,
        detail: { HouseholdID, ProjectID: project.ProjectID, RelationshipToHoH: m.RelationshipToHoH },
      });
    }
    return hohEnrollmentId;
  });
}
