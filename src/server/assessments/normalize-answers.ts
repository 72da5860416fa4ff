// Derives what HUD derives: income source flags and the monthly total from the amounts,
// benefit and insurance flags from "from any source", LOSUnderThreshold from the prior
// living situation, and clears answers that only belong with another answer.

import {
  Destination,
  DisabilityType,
  ExitDestination,
  HOMELESS_SITUATIONS,
  INSTITUTIONAL_SITUATIONS,
  LengthOfStay,
  LivingSituation,
  NoYes,
  NoYesMissing,
} from '../../hud/codes.ts';
import { LITERALLY_HOMELESS_ON_ENTRY } from '../../hud/rules/funders.ts';
import { type MemberAnswers, num } from './answers.ts';
import type { Answers } from './schemas.ts';

/** Income source flag → its monthly amount column. */
export const INCOME_SOURCES: readonly (readonly [string, string])[] = [
  ['Earned', 'EarnedAmount'],
  ['Unemployment', 'UnemploymentAmount'],
  ['SSI', 'SSIAmount'],
  ['SSDI', 'SSDIAmount'],
  ['VADisabilityService', 'VADisabilityServiceAmount'],
  ['VADisabilityNonService', 'VADisabilityNonServiceAmount'],
  ['PrivateDisability', 'PrivateDisabilityAmount'],
  ['WorkersComp', 'WorkersCompAmount'],
  ['TANF', 'TANFAmount'],
  ['GA', 'GAAmount'],
  ['SocSecRetirement', 'SocSecRetirementAmount'],
  ['Pension', 'PensionAmount'],
  ['ChildSupport', 'ChildSupportAmount'],
  ['Alimony', 'AlimonyAmount'],
  ['OtherIncomeSource', 'OtherIncomeAmount'],
];
export const BENEFIT_SOURCES = [
  'SNAP',
  'WIC',
  'TANFChildCare',
  'TANFTransportation',
  'OtherTANF',
  'OtherBenefitsSource',
];
/** Insurance type → its "reason not insured" column. */
export const INSURANCE_TYPES: readonly (readonly [string, string | null])[] = [
  ['Medicaid', 'NoMedicaidReason'],
  ['Medicare', 'NoMedicareReason'],
  ['SCHIP', 'NoSCHIPReason'],
  ['VHAServices', 'NoVHAReason'],
  ['EmployerProvided', 'NoEmployerProvidedReason'],
  ['COBRA', 'NoCOBRAReason'],
  ['PrivatePay', 'NoPrivatePayReason'],
  ['StateHealthIns', 'NoStateHealthInsReason'],
  ['IndianHealthServices', 'NoIndianHealthServicesReason'],
  ['OtherInsurance', null],
];

function normalizeIncome(r: Answers) {
  const fromAnySource = num(r.IncomeFromAnySource);
  if (fromAnySource === null || fromAnySource === undefined) return;
  let total = 0;
  for (const [flag, amount] of INCOME_SOURCES) {
    if (fromAnySource !== NoYes.Yes) {
      r[flag] = fromAnySource === NoYes.No ? NoYes.No : null;
      r[amount] = null;
      continue;
    }
    const a = num(r[amount]);
    if (a !== null && a > 0) r[flag] = NoYes.Yes;
    else if (r[flag] !== NoYes.Yes) {
      r[flag] = NoYes.No;
      r[amount] = null;
    }
    total += num(r[amount]) ?? 0;
  }
  r.TotalMonthlyIncome =
    fromAnySource === NoYes.Yes ? Math.round(total * 100) / 100 : fromAnySource === NoYes.No ? 0 : null;
  if (r.OtherIncomeSource !== NoYes.Yes) r.OtherIncomeSourceIdentify = null;
}

function normalizeFlags(r: Answers, fromAnySourceField: string, flags: readonly string[]) {
  const fromAnySource = num(r[fromAnySourceField]);
  if (fromAnySource === null) return;
  for (const f of flags)
    r[f] =
      fromAnySource === NoYes.Yes ? (r[f] === NoYes.Yes ? NoYes.Yes : NoYes.No) : fromAnySource === NoYes.No ? 0 : null;
}

function normalizeInsurance(r: Answers) {
  normalizeFlags(
    r,
    'InsuranceFromAnySource',
    INSURANCE_TYPES.map(([t]) => t),
  );
  for (const [type, reason] of INSURANCE_TYPES) if (reason && r[type] !== NoYes.No) r[reason] = null;
  if (r.OtherInsurance !== NoYes.Yes) r.OtherInsuranceIdentify = null;
}

/** 3.917: whether the stay was short enough to keep the person's homeless history. */
function normalizePriorLiving(e: Answers, projectType: number | null) {
  const situation = num(e.LivingSituation);
  if (situation !== LivingSituation.RentalByClientWithSubsidy) e.RentalSubsidyType = null;
  const los = num(e.LengthOfStay);
  if (situation === null || los === null) return;
  const homelessProject = projectType !== null && LITERALLY_HOMELESS_ON_ENTRY.some((t) => t === projectType);
  if (homelessProject || HOMELESS_SITUATIONS.includes(situation)) {
    e.LOSUnderThreshold = null;
    e.PreviousStreetESSH = null;
    return;
  }
  const shortStays: readonly number[] = INSTITUTIONAL_SITUATIONS.includes(situation)
    ? [
        LengthOfStay.OneNightOrLess,
        LengthOfStay.TwoToSixNights,
        LengthOfStay.OneWeekToLessThanOneMonth,
        LengthOfStay.OneMonthToLessThan90Days,
      ]
    : [LengthOfStay.OneNightOrLess, LengthOfStay.TwoToSixNights];
  e.LOSUnderThreshold = shortStays.includes(los) ? NoYesMissing.Yes : NoYesMissing.No;
  if (e.LOSUnderThreshold === NoYesMissing.No) e.PreviousStreetESSH = null;
  if (e.LOSUnderThreshold === NoYesMissing.No || e.PreviousStreetESSH === NoYesMissing.No) {
    e.DateToStreetESSH = null;
    e.TimesHomelessPastThreeYears = null;
    e.MonthsHomelessPastThreeYears = null;
  }
}

/** Normalises the answers in place and returns them. */
export function normalizeAnswers(a: MemberAnswers, projectType: number | null): MemberAnswers {
  normalizeIncome(a.IncomeBenefits);
  normalizeFlags(a.IncomeBenefits, 'BenefitsFromAnySource', BENEFIT_SOURCES);
  if (a.IncomeBenefits.OtherBenefitsSource !== NoYes.Yes) a.IncomeBenefits.OtherBenefitsSourceIdentify = null;
  normalizeInsurance(a.IncomeBenefits);
  normalizePriorLiving(a.Enrollment, projectType);
  const dv = a.HealthAndDV;
  if (dv.DomesticViolenceSurvivor !== undefined && dv.DomesticViolenceSurvivor !== NoYes.Yes) {
    dv.WhenOccurred = null;
    dv.CurrentlyFleeing = null;
  }
  if (dv.PregnancyStatus !== undefined && dv.PregnancyStatus !== NoYes.Yes) dv.DueDate = null;
  const ee = a.EmploymentEducation;
  if (ee.Employed !== undefined) {
    if (ee.Employed !== NoYes.Yes) ee.EmploymentType = null;
    if (ee.Employed !== NoYes.No) ee.NotEmployedReason = null;
  }
  const x = a.Exit;
  if (x.Destination !== undefined) {
    if (x.Destination !== ExitDestination.RentalByClientWithSubsidy) x.DestinationSubsidyType = null;
    if (x.Destination !== Destination.Other) x.OtherDestination = null;
  }
  for (const d of a.Disabilities) {
    // Developmental disabilities and HIV/AIDS are disabling by definition: HUD does not ask.
    const always =
      d.DisabilityType === DisabilityType.DevelopmentalDisability || d.DisabilityType === DisabilityType.HivAids;
    const yes =
      d.DisabilityResponse !== null &&
      d.DisabilityResponse !== undefined &&
      [1, 2, 3].includes(Number(d.DisabilityResponse));
    if (always || !yes) d.IndefiniteAndImpairs = null;
    if (d.DisabilityType !== DisabilityType.HivAids || d.DisabilityResponse !== NoYes.Yes) {
      for (const f of [
        'TCellCountAvailable',
        'TCellCount',
        'TCellSource',
        'ViralLoadAvailable',
        'ViralLoad',
        'ViralLoadSource',
        'AntiRetroviral',
      ])
        if (d[f as keyof typeof d] !== undefined) (d as Record<string, unknown>)[f] = null;
    }
  }
  return a;
}
