// Follow-up answers HUD requires once a first answer is given ("If Yes, when did it occur?"),
// one small check per element. Each runs only when its element is asked of the person.

import {
  CurrentSchoolAttended,
  Destination,
  DisabilityType,
  ExitDestination,
  HOMELESS_SITUATIONS,
  LivingSituation,
  NoYes,
  NoYesMissing,
  ProjectCompletionStatus,
  ReferralSource,
  ViralLoadAvailable,
} from '../../hud/codes.ts';
import { LITERALLY_HOMELESS_ON_ENTRY } from '../../hud/rules/funders.ts';
import type { FieldErrors } from '../http/errors.ts';
import { type MemberAnswers, num } from './answers.ts';
import { BENEFIT_SOURCES, INCOME_SOURCES, INSURANCE_TYPES } from './normalize-answers.ts';
import type { Answers } from './schemas.ts';

export type CheckContext = { projectType: number | null; prefix: string };
type Check = (a: MemberAnswers, c: CheckContext, errors: FieldErrors) => void;

const blank = (v: unknown) => v === null || v === undefined || v === '';
const need = (errors: FieldErrors, key: string, r: Answers, field: string, message: string) => {
  if (blank(r[field])) errors[key] ??= message;
};

const DISABLING_TYPES_ASKED = [
  DisabilityType.PhysicalDisability,
  DisabilityType.ChronicHealthCondition,
  DisabilityType.MentalHealthDisorder,
  DisabilityType.SubstanceUseDisorder,
] as number[];

const disabilityCheck: Check = (a, c, errors) => {
  for (const d of a.Disabilities) {
    const yes = [1, 2, 3].includes(Number(d.DisabilityResponse));
    if (yes && DISABLING_TYPES_ASKED.includes(Number(d.DisabilityType)) && blank(d.IndefiniteAndImpairs)) {
      errors[`${c.prefix}.Disabilities.${d.DisabilityType}.IndefiniteAndImpairs`] ??=
        'Say whether this condition is expected to be long-lasting and to impair independent living';
    }
  }
};

/** 3.08 must agree with the disabilities recorded beside it. */
const disablingConditionCheck: Check = (a, c, errors) => {
  const disabling = a.Disabilities.find(
    (d) =>
      (Number(d.DisabilityType) === DisabilityType.DevelopmentalDisability && d.DisabilityResponse === NoYes.Yes) ||
      (Number(d.DisabilityType) === DisabilityType.HivAids && d.DisabilityResponse === NoYes.Yes) ||
      d.IndefiniteAndImpairs === NoYes.Yes,
  );
  if (disabling && a.Enrollment.DisablingCondition === NoYes.No) {
    errors[`${c.prefix}.Enrollment.DisablingCondition`] =
      'Disabling condition must be Yes: a disability recorded on this page is disabling';
  }
};

const priorLivingCheck: Check = (a, c, errors) => {
  const e = a.Enrollment;
  const p = `${c.prefix}.Enrollment`;
  const situation = num(e.LivingSituation);
  if (situation === LivingSituation.RentalByClientWithSubsidy)
    need(errors, `${p}.RentalSubsidyType`, e, 'RentalSubsidyType', 'Choose the type of rental subsidy');
  if (e.LOSUnderThreshold === NoYesMissing.Yes)
    need(
      errors,
      `${p}.PreviousStreetESSH`,
      e,
      'PreviousStreetESSH',
      'Say whether the client stayed on the streets, in emergency shelter or a safe haven the night before',
    );
  const homelessProject = c.projectType !== null && LITERALLY_HOMELESS_ON_ENTRY.some((t) => t === c.projectType);
  const history =
    homelessProject ||
    (situation !== null && HOMELESS_SITUATIONS.includes(situation)) ||
    e.PreviousStreetESSH === NoYesMissing.Yes;
  if (situation === null || !history) return;
  need(
    errors,
    `${p}.DateToStreetESSH`,
    e,
    'DateToStreetESSH',
    'Enter the approximate date this episode of homelessness started',
  );
  need(
    errors,
    `${p}.TimesHomelessPastThreeYears`,
    e,
    'TimesHomelessPastThreeYears',
    'Choose how many times the client has been homeless in the past three years',
  );
  need(
    errors,
    `${p}.MonthsHomelessPastThreeYears`,
    e,
    'MonthsHomelessPastThreeYears',
    'Choose how many months the client has been homeless in the past three years',
  );
  const start = e.EntryDate;
  if (typeof e.DateToStreetESSH === 'string' && typeof start === 'string' && e.DateToStreetESSH > start)
    errors[`${p}.DateToStreetESSH`] = 'The date homelessness started cannot be after the project start date';
};

const incomeCheck: Check = (a, c, errors) => {
  const r = a.IncomeBenefits;
  const p = `${c.prefix}.IncomeBenefits`;
  if (r.IncomeFromAnySource === NoYes.Yes && !INCOME_SOURCES.some(([flag]) => r[flag] === NoYes.Yes))
    errors[`${p}.IncomeFromAnySource`] = 'You answered Yes: enter the monthly amount of at least one income source';
  for (const [flag, amount] of INCOME_SOURCES)
    if (r[flag] === NoYes.Yes && !(num(r[amount]) !== null && (num(r[amount]) ?? 0) > 0))
      errors[`${p}.${amount}`] ??= 'Enter the monthly amount of this income';
  if (r.OtherIncomeSource === NoYes.Yes)
    need(errors, `${p}.OtherIncomeSourceIdentify`, r, 'OtherIncomeSourceIdentify', 'Name the other source of income');
};

const benefitsCheck: Check = (a, c, errors) => {
  const r = a.IncomeBenefits;
  const p = `${c.prefix}.IncomeBenefits`;
  if (r.BenefitsFromAnySource === NoYes.Yes && !BENEFIT_SOURCES.some((f) => r[f] === NoYes.Yes))
    errors[`${p}.BenefitsFromAnySource`] = 'You answered Yes: tick at least one non-cash benefit';
  if (r.OtherBenefitsSource === NoYes.Yes)
    need(errors, `${p}.OtherBenefitsSourceIdentify`, r, 'OtherBenefitsSourceIdentify', 'Name the other benefit');
};

const insuranceCheck: Check = (a, c, errors) => {
  const r = a.IncomeBenefits;
  const p = `${c.prefix}.IncomeBenefits`;
  if (r.InsuranceFromAnySource === NoYes.Yes && !INSURANCE_TYPES.some(([t]) => r[t] === NoYes.Yes))
    errors[`${p}.InsuranceFromAnySource`] = 'You answered Yes: tick at least one type of health insurance';
  if (r.OtherInsurance === NoYes.Yes)
    need(errors, `${p}.OtherInsuranceIdentify`, r, 'OtherInsuranceIdentify', 'Name the other insurance');
};

const domesticViolenceCheck: Check = (a, c, errors) => {
  const r = a.HealthAndDV;
  if (r.DomesticViolenceSurvivor !== NoYes.Yes) return;
  need(errors, `${c.prefix}.HealthAndDV.WhenOccurred`, r, 'WhenOccurred', 'Choose when the experience occurred');
  need(
    errors,
    `${c.prefix}.HealthAndDV.CurrentlyFleeing`,
    r,
    'CurrentlyFleeing',
    'Say whether the client is currently fleeing',
  );
};

const employmentCheck: Check = (a, c, errors) => {
  const r = a.EmploymentEducation;
  if (r.Employed === NoYes.Yes)
    need(
      errors,
      `${c.prefix}.EmploymentEducation.EmploymentType`,
      r,
      'EmploymentType',
      'Choose the type of employment',
    );
  if (r.Employed === NoYes.No)
    need(
      errors,
      `${c.prefix}.EmploymentEducation.NotEmployedReason`,
      r,
      'NotEmployedReason',
      'Choose why the client is not employed',
    );
};

const destinationCheck: Check = (a, c, errors) => {
  const r = a.Exit;
  if (r.Destination === ExitDestination.RentalByClientWithSubsidy)
    need(
      errors,
      `${c.prefix}.Exit.DestinationSubsidyType`,
      r,
      'DestinationSubsidyType',
      'Choose the type of rental subsidy at the destination',
    );
  if (r.Destination === Destination.Other)
    need(errors, `${c.prefix}.Exit.OtherDestination`, r, 'OtherDestination', 'Describe the destination');
};

const youthEducationCheck: Check = (a, c, errors) => {
  const r = a.YouthEducationStatus;
  const p = `${c.prefix}.YouthEducationStatus`;
  if (r.CurrentSchoolAttend === CurrentSchoolAttended.NotEnrolled)
    need(errors, `${p}.MostRecentEdStatus`, r, 'MostRecentEdStatus', 'Choose the most recent educational status');
  if (
    r.CurrentSchoolAttend === CurrentSchoolAttended.EnrolledNotAttendingRegularly ||
    r.CurrentSchoolAttend === CurrentSchoolAttended.EnrolledAndAttendingRegularly
  )
    need(errors, `${p}.CurrentEdStatus`, r, 'CurrentEdStatus', 'Choose the current educational status');
};

const hivLabCheck: Check = (a, c, errors) => {
  const d = a.Disabilities.find((x) => Number(x.DisabilityType) === DisabilityType.HivAids) as Answers | undefined;
  if (!d) return;
  const p = `${c.prefix}.Disabilities.${DisabilityType.HivAids}`;
  if (d.TCellCountAvailable === NoYes.Yes) {
    need(errors, `${p}.TCellCount`, d, 'TCellCount', 'Enter the T-cell count');
    need(errors, `${p}.TCellSource`, d, 'TCellSource', 'Choose how the T-cell count was obtained');
  }
  if (d.ViralLoadAvailable === ViralLoadAvailable.Available) {
    need(errors, `${p}.ViralLoad`, d, 'ViralLoad', 'Enter the viral load');
    need(errors, `${p}.ViralLoadSource`, d, 'ViralLoadSource', 'Choose how the viral load was obtained');
  }
};

const rhyChecks: Record<string, Check> = {
  R1: (a, c, errors) => {
    if (a.Enrollment.ReferralSource === ReferralSource.OutreachProject)
      need(
        errors,
        `${c.prefix}.Enrollment.CountOutreachReferralApproaches`,
        a.Enrollment,
        'CountOutreachReferralApproaches',
        'Enter how many times outreach approached the client',
      );
  },
  R2: (a, c, errors) => {
    const e = a.Enrollment;
    if (e.EligibleForRHY === NoYesMissing.No)
      need(
        errors,
        `${c.prefix}.Enrollment.ReasonNoServices`,
        e,
        'ReasonNoServices',
        'Choose why no services were provided',
      );
    if (e.EligibleForRHY === NoYesMissing.Yes)
      need(errors, `${c.prefix}.Enrollment.RunawayYouth`, e, 'RunawayYouth', 'Say whether the youth is a runaway');
  },
  R15: (a, c, errors) => {
    const x = a.Exit;
    if (x.ExchangeForSex !== NoYes.Yes) return;
    for (const f of ['ExchangeForSexPastThreeMonths', 'CountOfExchangeForSex', 'AskedOrForcedToExchangeForSex'])
      need(errors, `${c.prefix}.Exit.${f}`, x, f, 'Answer this follow-up question');
  },
  R17: (a, c, errors) => {
    if (a.Exit.ProjectCompletionStatus === ProjectCompletionStatus.ExpelledOrInvoluntarilyDischarged)
      need(
        errors,
        `${c.prefix}.Exit.EarlyExitReason`,
        a.Exit,
        'EarlyExitReason',
        'Choose the major reason for the discharge',
      );
  },
  P3: (a, c, errors) => {
    if (a.Enrollment.ClientEnrolledInPATH === NoYesMissing.No)
      need(
        errors,
        `${c.prefix}.Enrollment.ReasonNotEnrolled`,
        a.Enrollment,
        'ReasonNotEnrolled',
        'Choose why the client was not enrolled in PATH',
      );
  },
};

/** The follow-up checks, by element number. */
export const elementChecks: Record<string, Check> = {
  '3.08': disablingConditionCheck,
  '3.12': destinationCheck,
  '3.917': priorLivingCheck,
  '4.02': incomeCheck,
  '4.03': benefitsCheck,
  '4.04': insuranceCheck,
  '4.05': disabilityCheck,
  '4.11': domesticViolenceCheck,
  R6: employmentCheck,
  C3: youthEducationCheck,
  W4: hivLabCheck,
  ...rhyChecks,
};
