// The typed HUD code module. Screens, use-cases and reports name codes from here
// (`ProjectType.RapidReHousing`), never as bare numbers; labels come from HUD's own lists.
import { hudListsEs } from './lists.es.ts';
import { hudLists } from './lists.generated.ts';

export { hudLists };
export type HudListName = keyof typeof hudLists;
export type HudCode<L extends HudListName> = keyof (typeof hudLists)[L]['values'];

/** The languages HUD answer labels are shown in: HUD's English, and Spanish (lists.es.ts). */
export type HudLanguage = 'en' | 'es';

const valuesOf = (list: HudListName, lang: HudLanguage): Record<string, string> =>
  (lang === 'es' ? hudListsEs[list] : hudLists[list].values) as Record<string, string>;

/** HUD's label for a code in the language asked for, or undefined when the code is not on the list. */
export function hudLabel(
  list: HudListName,
  code: number | string | null | undefined,
  lang: HudLanguage = 'en',
): string | undefined {
  if (code === null || code === undefined) return undefined;
  return valuesOf(list, lang)[String(code)];
}

// Codes HUD took off a list in FY2026 that older and imported records still hold, with HUD's
// label for them (lib/data/2026_hud_deprecations.json of HUD's FY2026 lists).
const RETIRED: Record<HudLanguage, Partial<Record<HudListName, Record<string, string>>>> = {
  en: {
    FundingSource: {
      12: 'HUD: Rural Housing Stability Assistance Program',
      47: 'HUD: ESG - CV',
      48: 'HUD: HOPWA - CV',
      49: 'HUD: CoC - Joint Component RRH/PSH',
    },
  },
  es: {
    FundingSource: {
      12: 'HUD: Programa de Asistencia para la Estabilidad de Vivienda Rural',
      47: 'HUD: ESG - CV',
      48: 'HUD: HOPWA - CV',
      49: 'HUD: CoC - Componente conjunto RRH/PSH',
    },
  },
};

/**
 * What a screen or report shows for a code: HUD's label; a retired code's label with "(retired)";
 * a code on no list says so. Never a bare number.
 */
export function codeLabel(
  list: HudListName,
  code: number | string | null | undefined,
  lang: HudLanguage = 'en',
): string {
  if (code === null || code === undefined || code === '') return '—';
  const label = hudLabel(list, code, lang);
  if (label !== undefined) return label;
  const retired = RETIRED[lang][list]?.[String(code)];
  if (lang === 'es')
    return retired ? `${retired} (retirado)` : `Código ${code} (no está en la lista ${hudLists[list].code} de HUD)`;
  return retired ? `${retired} (retired)` : `Code ${code} (not on HUD's list ${hudLists[list].code})`;
}

/** A funder as people name it: "Local or Other Funding Source" carries the funder's own name. */
export function funderLabel(f: { Funder: number; OtherFunder?: string | null }, lang: HudLanguage = 'en'): string {
  if (f.Funder === FundingSource.LocalOrOther && f.OtherFunder)
    return `${codeLabel('FundingSource', f.Funder, lang)}: ${f.OtherFunder}`;
  return codeLabel('FundingSource', f.Funder, lang);
}

/** True when the code is on the list. */
export function isHudCode(list: HudListName, code: number | string | null | undefined): boolean {
  return hudLabel(list, code) !== undefined;
}

// The answers that say why there is no answer: HUD's forms list them last, whatever their code.
const NO_ANSWER = new Set(["Client doesn't know", 'Client prefers not to answer', 'Data not collected']);
// Lists whose codes do not follow their reading order: HUD's forms start with the shortest stays.
const READ_FIRST: Partial<Record<HudListName, readonly number[]>> = { ResidencePriorLengthOfStay: [10, 11] };

/** Where a code sits on a form: first, the list's own answers, its "other" ones (under 100 beside
 * situation codes of 100 and up, e.g. Deceased), then the no-answer ones — as HUD's forms show them. */
function formRank(list: HudListName, value: string, situations: boolean): number {
  if (NO_ANSWER.has(hudLabel(list, value) ?? '')) return 3;
  const code = Number(value);
  if (READ_FIRST[list]?.includes(code)) return 0;
  return situations && code < 100 ? 2 : 1;
}

/** [{value, label}] for a select box, in the order HUD's forms list them; a stored code that is
 * not on the list stays visible, labelled. */
export function hudOptions(
  list: HudListName,
  current?: number | string | null,
  lang: HudLanguage = 'en',
): { value: string; label: string }[] {
  const entries = Object.entries(valuesOf(list, lang));
  const situations = entries.some(([value]) => Number(value) >= 100);
  const options = entries
    .map(([value, label]) => ({ value, label, rank: formRank(list, value, situations) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ value, label }) => ({ value, label }));
  if (current === null || current === undefined || current === '' || isHudCode(list, current)) return options;
  return [...options, { value: String(current), label: codeLabel(list, current, lang) }];
}

// Checks at compile time that every named code is on its HUD list.
const codes = <L extends HudListName, const M extends Record<string, Extract<HudCode<L>, number>>>(_list: L, map: M) =>
  map;

export const ProjectType = codes('ProjectType', {
  EmergencyShelterEntryExit: 0,
  EmergencyShelterNightByNight: 1,
  TransitionalHousing: 2,
  PermanentSupportiveHousing: 3,
  StreetOutreach: 4,
  ServicesOnly: 6,
  Other: 7,
  SafeHaven: 8,
  HousingOnly: 9,
  HousingWithServices: 10,
  DayShelter: 11,
  HomelessnessPrevention: 12,
  RapidReHousing: 13,
  CoordinatedEntry: 14,
});

/** Permanent housing project types: they record a Housing Move-In Date. */
export const PERMANENT_HOUSING_TYPES: readonly number[] = [
  ProjectType.PermanentSupportiveHousing,
  ProjectType.HousingOnly,
  ProjectType.HousingWithServices,
  ProjectType.RapidReHousing,
];

export const NoYes = codes('NoYes', { No: 0, Yes: 1 });

export const NoYesReasons = codes('NoYesReasonsForMissingData', {
  No: 0,
  Yes: 1,
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
  DataNotCollected: 99,
});

export const RelationshipToHoH = codes('RelationshipToHoH', {
  Self: 1,
  Child: 2,
  SpouseOrPartner: 3,
  OtherRelative: 4,
  UnrelatedHouseholdMember: 5,
  DataNotCollected: 99,
});

export const DataCollectionStage = codes('DataCollectionStage', {
  ProjectStart: 1,
  Update: 2,
  ProjectExit: 3,
  Annual: 5,
  PostExit: 6,
});

export const RecordType = codes('RecordType', {
  PathService: 141,
  RhyServiceConnections: 142,
  HopwaService: 143,
  SsvfService: 144,
  HopwaFinancialAssistance: 151,
  SsvfFinancialAssistance: 152,
  PathReferral: 161,
  BedNight: 200,
  VashVoucherTracking: 210,
  MovingOnAssistance: 300,
});

export const NameDataQuality = codes('NameDataQuality', {
  Full: 1,
  Partial: 2,
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
  DataNotCollected: 99,
});

export const SSNDataQuality = codes('SSNDataQuality', {
  Full: 1,
  Partial: 2,
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
  DataNotCollected: 99,
});

export const DOBDataQuality = codes('DOBDataQuality', {
  Full: 1,
  Partial: 2,
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
  DataNotCollected: 99,
});

export const FundingSource = codes('FundingSource', {
  CoCPermanentSupportiveHousing: 2,
  CoCRapidReHousing: 3,
  CoCSupportiveServicesOnly: 4,
  CoCTransitionalHousing: 5,
  EsgEmergencyShelter: 8,
  EsgRapidReHousing: 10,
  EsgStreetOutreach: 11,
  HopwaPermanentHousing: 15,
  HopwaPermanentHousingPlacement: 16,
  HopwaShortTermRentMortgageUtility: 17,
  HudVash: 20,
  PathStreetOutreach: 21,
  RhyBasicCenter: 22,
  RhyMaternityGroupHome: 23,
  RhyTransitionalLiving: 24,
  RhyStreetOutreach: 25,
  RhyDemonstration: 26,
  SsvfSupportiveServices: 33,
  NotApplicable: 34,
  LocalOrOther: 46,
  CoCYouthHomelessDemonstration: 43,
});

/** Funders whose projects are RHY (a minor may be head of household there). */
export const RHY_FUNDERS: readonly number[] = [
  FundingSource.RhyBasicCenter,
  FundingSource.RhyMaternityGroupHome,
  FundingSource.RhyTransitionalLiving,
  FundingSource.RhyStreetOutreach,
  FundingSource.RhyDemonstration,
];

export const HouseholdType = codes('HouseholdType', {
  WithoutChildren: 1,
  AdultAndChild: 3,
  OnlyChildren: 4,
});

export const Availability = codes('Availability', { YearRound: 1, Seasonal: 2, Overflow: 3 });
export const BedType = codes('BedType', { FacilityBased: 1, Voucher: 2, Other: 3 });
export const HMISParticipationType = codes('HMISParticipationType', {
  NotParticipating: 0,
  HmisParticipating: 1,
  ComparableDatabase: 2,
});

export const Destination = codes('Destination', {
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
  Other: 17,
  Deceased: 24,
  NoExitInterviewCompleted: 30,
  DataNotCollected: 99,
});

export const HashStatus = codes('HashStatus', { Unhashed: 1, Sha1Rhy: 2, HashedOther: 3, Sha256: 4 });
export const SourceType = codes('SourceType', { CoCHmis: 1, Standalone: 2, DataWarehouse: 3, Other: 4 });

// Enrollment workflows (households, assessments, exits).
export const DisabilityType = codes('DisabilityType', {
  PhysicalDisability: 5,
  DevelopmentalDisability: 6,
  ChronicHealthCondition: 7,
  HivAids: 8,
  MentalHealthDisorder: 9,
  SubstanceUseDisorder: 10,
});

export const NoYesMissing = codes('NoYesMissing', { No: 0, Yes: 1, DataNotCollected: 99 });

export const LivingSituation = codes('PriorLivingSituation', {
  EmergencyShelter: 101,
  PlaceNotMeantForHabitation: 116,
  SafeHaven: 118,
  PsychiatricFacility: 204,
  SubstanceAbuseTreatment: 205,
  Hospital: 206,
  JailPrisonJuvenileDetention: 207,
  FosterCare: 215,
  LongTermCare: 225,
  TransitionalHousing: 302,
  HotelOrMotelWithoutVoucher: 314,
  ResidentialProjectNoHomelessCriteria: 329,
  HostHomeNonCrisis: 332,
  FamilyMembersPlace: 335,
  FriendsPlace: 336,
  RentalByClientNoSubsidy: 410,
  OwnedByClientNoSubsidy: 411,
  OwnedByClientWithSubsidy: 421,
  RentalByClientWithSubsidy: 435,
});

/** Prior living situations that are literal homelessness (street, shelter, safe haven). */
export const HOMELESS_SITUATIONS: readonly number[] = [
  LivingSituation.EmergencyShelter,
  LivingSituation.PlaceNotMeantForHabitation,
  LivingSituation.SafeHaven,
];

/** Institutional prior living situations (3.917 B: a stay under 90 days keeps homeless history). */
export const INSTITUTIONAL_SITUATIONS: readonly number[] = [
  LivingSituation.PsychiatricFacility,
  LivingSituation.SubstanceAbuseTreatment,
  LivingSituation.Hospital,
  LivingSituation.JailPrisonJuvenileDetention,
  LivingSituation.FosterCare,
  LivingSituation.LongTermCare,
];

export const LengthOfStay = codes('ResidencePriorLengthOfStay', {
  OneNightOrLess: 10,
  TwoToSixNights: 11,
  OneWeekToLessThanOneMonth: 2,
  OneMonthToLessThan90Days: 3,
  NinetyDaysToLessThanOneYear: 4,
  OneYearOrLonger: 5,
});

export const ExitDestination = codes('Destination', {
  EmergencyShelter: 101,
  PlaceNotMeantForHabitation: 116,
  SafeHaven: 118,
  PsychiatricFacility: 204,
  SubstanceAbuseTreatment: 205,
  Hospital: 206,
  JailPrisonJuvenileDetention: 207,
  FosterCare: 215,
  LongTermCare: 225,
  TransitionalHousing: 302,
  FamilyTemporary: 312,
  FriendsTemporary: 313,
  HotelOrMotelWithoutVoucher: 314,
  HopwaTransitionalHousing: 327,
  ResidentialProjectNoHomelessCriteria: 329,
  HostHomeNonCrisis: 332,
  RentalByClientNoSubsidy: 410,
  OwnedByClientNoSubsidy: 411,
  OwnedByClientWithSubsidy: 421,
  FamilyPermanent: 422,
  FriendsPermanent: 423,
  HopwaPermanentHousing: 426,
  RentalByClientWithSubsidy: 435,
});

export const RentalSubsidyType = codes('RentalSubsidyType', {
  VashHousingSubsidy: 419,
  OtherOngoingSubsidy: 420,
  GpdTipHousingSubsidy: 428,
  RrhOrEquivalentSubsidy: 431,
  HcvVoucher: 433,
  PublicHousingUnit: 434,
  HousingStabilityVoucher: 436,
  FamilyUnificationProgram: 437,
  FosterYouthToIndependence: 438,
  PermanentSupportiveHousing: 439,
  OtherDedicatedPermanentHousing: 440,
});

export const CurrentSchoolAttended = codes('CurrentSchoolAttended', {
  NotEnrolled: 0,
  EnrolledNotAttendingRegularly: 1,
  EnrolledAndAttendingRegularly: 2,
});

export const ProjectCompletionStatus = codes('ProjectCompletionStatus', { ExpelledOrInvoluntarilyDischarged: 3 });
export const ReferralSource = codes('ReferralSource', { OutreachProject: 7 });
export const ViralLoadAvailable = codes('ViralLoadAvailable', { Available: 1 });

export const RRHSubType = codes('RRHSubType', { ServicesOnly: 1, HousingWithOrWithoutServices: 2 });

/** The list each service RecordType takes its TypeProvided codes from (HUD CSV Services.csv). */
export const TYPE_PROVIDED_LIST: Readonly<Record<number, HudListName>> = {
  [RecordType.PathService]: 'PATHServices',
  [RecordType.RhyServiceConnections]: 'RHYServices',
  [RecordType.HopwaService]: 'HOPWAServices',
  [RecordType.SsvfService]: 'SSVFServices',
  [RecordType.HopwaFinancialAssistance]: 'HOPWAFinancialAssistance',
  [RecordType.SsvfFinancialAssistance]: 'SSVFFinancialAssistance',
  [RecordType.PathReferral]: 'PATHReferral',
  [RecordType.BedNight]: 'BedNight',
  [RecordType.VashVoucherTracking]: 'VoucherTracking',
  [RecordType.MovingOnAssistance]: 'MovingOnAssistance',
};

/** Emergency shelter project types: inventory records Availability and ESBedType. */
export const EMERGENCY_SHELTER_TYPES: readonly number[] = [
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
];

/** Services record types that carry an FAAmount. */
export const FINANCIAL_ASSISTANCE_RECORD_TYPES: readonly number[] = [
  RecordType.HopwaFinancialAssistance,
  RecordType.SsvfFinancialAssistance,
];
export const SsvfServiceType = codes('SSVFServices', { OtherSupportiveService: 6 });
export const MovingOnAssistanceType = codes('MovingOnAssistance', { Other: 5 });

// Coordinated Entry (4.19, 4.20).
export const AssessmentLevel = codes('AssessmentLevel', { CrisisNeeds: 1, HousingNeeds: 2 });
export const AssessmentType = codes('AssessmentType', { Phone: 1, Virtual: 2, InPerson: 3 });
export const PrioritizationStatus = codes('PrioritizationStatus', { Placed: 1, NotPlaced: 2 });
export const EventType = codes('EventType', {
  ProblemSolvingDiversion: 2,
  PostPlacementCaseManagement: 5,
  HousingNavigation: 7,
  EmergencyShelterOpening: 10,
  TransitionalHousingOpening: 11,
  JointThRrhOpening: 12,
  RrhOpening: 13,
  PshOpening: 14,
  OtherPhOpening: 15,
  EmergencyHousingVoucher: 17,
  HousingStabilityVoucher: 18,
});
/** Referrals to an opening or voucher: the events that carry a location, a referral result and its date. */
export const REFERRAL_EVENTS: readonly number[] = [
  EventType.EmergencyShelterOpening,
  EventType.TransitionalHousingOpening,
  EventType.JointThRrhOpening,
  EventType.RrhOpening,
  EventType.PshOpening,
  EventType.OtherPhOpening,
  EventType.EmergencyHousingVoucher,
  EventType.HousingStabilityVoucher,
];
export const ReferralResult = codes('ReferralResult', {
  SuccessfulClientAccepted: 1,
  UnsuccessfulClientRejected: 2,
  UnsuccessfulProviderRejected: 3,
});
// HUD reports (APR, CAPER): the answers their rules test for.
export const DontKnowOrPrefersNot = codes('NoYesReasonsForMissingData', {
  ClientDoesntKnow: 8,
  ClientPrefersNotToAnswer: 9,
});
/** "Client doesn't know" and "Client prefers not to answer": one column in HUD's reports. */
export const DK_OR_PNTA: readonly number[] = [
  DontKnowOrPrefersNot.ClientDoesntKnow,
  DontKnowOrPrefersNot.ClientPrefersNotToAnswer,
];
export const DATA_NOT_COLLECTED = NoYesReasons.DataNotCollected;
export const TimesHomeless = codes('TimesHomelessPastThreeYears', { One: 1, Two: 2, Three: 3, FourOrMore: 4 });
export const MonthsHomeless = codes('MonthsHomelessPastThreeYears', {
  One: 101,
  Eleven: 111,
  Twelve: 112,
  MoreThanTwelve: 113,
});
export const DisabilityResponse = codes('DisabilityResponse', {
  No: 0,
  AlcoholUse: 1,
  DrugUse: 2,
  BothAlcoholAndDrugUse: 3,
});
export const CurrentLivingSituationCode = codes('CurrentLivingSituation', { WorkerUnableToDetermine: 37 });
export const BedNightService = codes('BedNight', { BedNight: 200 });
export const WhenDVOccurred = codes('WhenDVOccurred', {
  WithinThreeMonths: 1,
  ThreeToSixMonths: 2,
  SixMonthsToOneYear: 3,
  OneYearOrMore: 4,
});
export const HousingAssessmentAtExit = codes('HousingAssessmentAtExit', {
  MaintainedHousing: 1,
  MovedToNewUnit: 2,
  FamilyFriendsTemporary: 3,
  FamilyFriendsPermanent: 4,
  TransitionalOrTemporary: 5,
  BecameHomeless: 6,
  JailPrison: 7,
  Deceased: 10,
});
export const SubsidyInformation = codes('SubsidyInformation', {
  WithoutSubsidy: 1,
  WithSubsidyAtEntry: 2,
  WithSubsidyAcquiredSinceEntry: 3,
  OnlyOtherFinancialAssistance: 4,
  WithOngoingSubsidy: 11,
  WithoutOngoingSubsidy: 12,
});
export const Sex = codes('Sex', { Female: 0, Male: 1 });
