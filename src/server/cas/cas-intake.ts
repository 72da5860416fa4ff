// CAS & Diversion intake at a Coordinated Entry access point: the household intake (the same
// use-case as every intake, so its case manager — by default the user finishing it — becomes
// the active CAS case manager of each member), then the household's area ties, the head of
// household's 4.19 assessment, and the decision, all in one transaction.
import type { DbOrTx } from '../../db/connect.ts';
import { EventType, PrioritizationStatus, RelationshipToHoH } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { intakeHousehold } from '../enrollments/intake-household.ts';
import { loadProject } from '../enrollments/load-project.ts';
import { headOf, loadEnrollment, loadHousehold } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { checkAreaTies, writeAreaTies } from './area-ties.ts';
import { ceParticipationOn, isAccessPoint, isCoordinatedEntry } from './cas-access.ts';
import type { CasIntakeInput } from './cas-intake.schema.ts';
import { notifyPlacedOnQueue } from './cas-notify.ts';
import { loadTool, type Scored, scoreAssessment, type Tool, writeCeAssessment } from './ce-assessment.ts';
import { checkCeDate } from './ce-dates.ts';
import { writeCeEvent } from './ce-event.ts';

/** Returns the head of household's new CE EnrollmentID. */
export async function casIntake(db: DbOrTx, ctx: RequestContext, input: CasIntakeInput): Promise<string> {
  const { cas, ...intake } = input;
  return db.transaction(async (tx) => {
    const errors: FieldErrors = {};
    const project = await loadProject(tx, intake.ProjectID);
    if (!isCoordinatedEntry(project.ProjectType))
      errors.ProjectID = `${project.ProjectName} is not a Coordinated Entry project: use the ordinary intake`;
    else if (!isAccessPoint(await ceParticipationOn(tx, project.ProjectID, intake.EntryDate)))
      errors.ProjectID = `${project.ProjectName} is not a CE access point on ${intake.EntryDate} (Admin → Projects → Coordinated Entry participation)`;
    Object.assign(errors, await checkAreaTies(tx, cas.areaTies, 'cas.areaTies'));
    const stay = { EntryDate: intake.EntryDate, ExitDate: null };
    let tool: Tool | undefined;
    let scored: Scored | undefined;
    if (cas.assessment) {
      tool = await loadTool(tx, cas.assessment.toolId, errors, 'cas.assessment.toolId');
      checkCeDate(errors, 'cas.assessment.AssessmentDate', cas.assessment.AssessmentDate, stay, 'assessment date');
      if (tool) scored = scoreAssessment(tool, cas.assessment, 'cas.assessment', errors);
    } else if (cas.decision.outcome === 'queue')
      errors['cas.assessment'] = 'Complete an assessment to place the household on the queue';
    const diverted = cas.decision.outcome === 'diverted' ? cas.decision : null;
    const divertedOn = diverted?.EventDate ?? intake.EntryDate;
    if (diverted) checkCeDate(errors, 'cas.decision.EventDate', divertedOn, stay, 'diversion date');
    if (Object.keys(errors).length) throw validationFailed(errors);

    const hohEnrollmentId = await intakeHousehold(tx, ctx, intake);
    const e = await loadEnrollment(tx, hohEnrollmentId);
    const members = await loadHousehold(tx, e.HouseholdID, e.ProjectID);
    const head = headOf(members);
    if (!head || head.enrollment.RelationshipToHoH !== RelationshipToHoH.Self) throw new Error('intake left no head');
    const hoh = { EnrollmentID: hohEnrollmentId, PersonalID: head.client.PersonalID };
    await writeAreaTies(
      tx,
      ctx,
      members.map((m) => m.client.PersonalID),
      cas.areaTies,
    );
    const placed = cas.decision.outcome === 'queue';
    let AssessmentID: string | null = null;
    if (cas.assessment && tool && scored)
      AssessmentID = await writeCeAssessment(tx, ctx, {
        ...hoh,
        input: cas.assessment,
        tool,
        scored,
        PrioritizationStatus: placed ? PrioritizationStatus.Placed : PrioritizationStatus.NotPlaced,
      });
    let EventID: string | null = null;
    if (diverted)
      EventID = await writeCeEvent(tx, ctx, {
        ...hoh,
        event: {
          EventDate: divertedOn,
          Event: EventType.ProblemSolvingDiversion,
          ProbSolDivRRResult: diverted.ProbSolDivRRResult,
          ReferralCaseManageAfter: null,
          LocationCrisisOrPHHousing: null,
          ReferralResult: null,
          ResultDate: null,
        },
      });
    await recordAudit(tx, ctx, {
      action: 'cas.intake',
      entityType: 'enrollment',
      entityId: hohEnrollmentId,
      clientId: hoh.PersonalID,
      detail: { decision: cas.decision.outcome, AssessmentID, EventID, areaTies: cas.areaTies.length },
    });
    if (placed) await notifyPlacedOnQueue(tx, { ...hoh, organizationId: project.OrganizationID });
    return hohEnrollmentId;
  });
}
