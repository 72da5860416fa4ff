// One row of the universe: a client and the enrollment the report describes them by, with the
// attributes the tables classify on. The SQL (sql/universe-query.ts) derives everything that needs
// other records (households, chronic status, income records, contacts); `toUniverseRow` adds the
// per-row classifications HUD's tables use (age group, leaver, veteran, youth).
import { DK_OR_PNTA, NoYes, ProjectType, RelationshipToHoH } from '../../../../hud/codes.ts';
import { INCOME_STAGES, type IncomeStage } from './sql/income.ts';

export type AgeGroup = 'adult' | 'child' | 'dk_pnta' | 'dnc';
export type HouseholdType = 'adults_only' | 'adults_and_children' | 'children_only' | 'unknown';
export type ChronicStatus = 'yes' | 'no' | 'dk_pnta' | 'missing';
export type FirstContact = 'homeless' | 'not_homeless' | 'unknown';

/** An income and benefits record (4.02–4.04) as the tables read it; bits follow sql/income.ts. */
export type IncomeAt = {
  date: string;
  incomeFromAnySource: number | null;
  /** Total monthly income by the Glossary's rule; null when it cannot be determined. */
  total: number | null;
  earned: number;
  sources: number;
  benefitsFromAnySource: number | null;
  benefits: number;
  insuranceFromAnySource: number | null;
  insurances: number;
};

export type UniverseRow = {
  personalId: string;
  enrollmentId: string;
  projectId: string;
  projectType: number;
  householdId: string;
  relationshipToHoH: number;
  headOfHousehold: boolean;
  /** Persons marked head of household in this household (a data issue unless 1). */
  householdHeads: number;
  entryDate: string;
  /** Exit within the report period; null for stayers. */
  exitDate: string | null;
  leaver: boolean;
  stayer: boolean;
  destination: number | null;
  destinationSubsidyType: number | null;
  dateOfEngagement: string | null;
  /** Housing Move-In Date as it applies to this member (Glossary), null when not housed. */
  moveInDate: string | null;
  hohMoveInDate: string | null;
  hohEntryDate: string | null;
  /** The head of household has not exited by the report end. */
  hohStayer: boolean;
  hohPersonalId: string | null;
  /** The anniversary of the head of household's start around which the annual assessment falls. */
  annualDue: string | null;
  householdType: HouseholdType;
  dob: string | null;
  dobDataQuality: number;
  /** Age at the later of project start and report start; null when unknown. */
  age: number | null;
  ageGroup: AgeGroup;
  /** The oldest known age in the household. */
  oldestInHousehold: number | null;
  veteranStatus: number;
  /** An adult who is a veteran. */
  veteran: boolean;
  /** 12–24 in a household where nobody is older than 24. */
  youth: boolean;
  /** A youth head of household or adult in a youth household with a child of the head of household. */
  parentingYouth: boolean;
  chronic: ChronicStatus;
  chronicOwn: ChronicStatus;
  disablingCondition: number;
  enrollmentCoC: string | null;
  livingSituation: number | null;
  lengthOfStay: number | null;
  losUnderThreshold: number | null;
  previousStreetESSH: number | null;
  dateToStreetESSH: string | null;
  /** The head of household's 3.917.3, which children who entered with them share. */
  hohDateToStreetESSH: string | null;
  timesHomeless: number | null;
  monthsHomeless: number | null;
  entryCreated: string;
  exitCreated: string | null;
  clientCreated: string;
  hasFirstName: boolean;
  hasLastName: boolean;
  nameDataQuality: number;
  ssn: string | null;
  ssnDataQuality: number;
  sex: number | null;
  race: {
    amIndAKNative: number;
    asian: number;
    blackAfAmerican: number;
    hispanicLatinaeo: number;
    midEastNAfrican: number;
    nativeHIPacific: number;
    white: number;
  };
  raceNone: number | null;
  overlapsEarlierEnrollment: boolean;
  hasIndefiniteDisability: boolean;
  /** Disability bits (sql/details.ts DISABILITY_BITS) at start, at exit and on the latest record. */
  disabilitiesAtStart: number | null;
  disabilitiesAtExit: number | null;
  disabilitiesLatest: number | null;
  domesticViolenceSurvivor: number | null;
  whenOccurred: number | null;
  currentlyFleeing: number | null;
  income: Record<IncomeStage, IncomeAt | null>;
  /** Contacts up to engagement (4.12, and the engagement date itself). */
  contacts: number | null;
  firstContact: FirstContact | null;
  contactedInPeriod: boolean;
  lastContactDate: string | null;
  lastBedNightDate: string | null;
  bedNights: number;
  /** Length of participation in days (bed nights for night-by-night shelters). */
  participationDays: number;
  /** Which point-in-time dates (1–4) the client was present on, and headed a present household. */
  pitPresent: number[];
  pitHeadOfPresentHousehold: number[];
  /** Included in the data-quality counts: street outreach clients only once engaged. */
  includedInDq: boolean;
  /** W5 Housing Assessment at Exit and its subsidy answer (homelessness prevention leavers). */
  housingAssessment: number | null;
  subsidyInformation: number | null;
  /** C2 Moving On Assistance types given in the period. */
  movingOnAssistance: number[];
  /** The household's veteran status: the first of its adults' in this order (Q25b). */
  householdVeteran: 'chronic_veteran' | 'veteran' | 'not_veteran' | 'dk_pnta' | 'dnc' | null;
  /** The household's chronic status among its adults and head: yes, else unknown, else missing, else no (Q26a). */
  householdChronic: ChronicStatus | null;
  /** The household has a child (under 18) of the head of household. */
  householdHasChildOfHoH: boolean;
  /** C3 youth education status: school attendance, most recent and current status, at start and exit. */
  education: Record<
    'start' | 'exit',
    { schoolAttend: number | null; mostRecent: number | null; current: number | null }
  >;
};

type Raw = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

// Dates, project IDs and classes repeat across a large CoC's rows (a few hundred distinct days): one
// string each rather than one per row keeps the universe about a fifth smaller. Bounded, since
// the process runs many reports.
const common = new Map<string, string>();
const COMMON_MAX = 50_000;
function shared(v: unknown): string {
  const s = String(v);
  const known = common.get(s);
  if (known !== undefined) return known;
  if (common.size >= COMMON_MAX) common.clear();
  common.set(s, s);
  return s;
}
const sharedOrNull = (v: unknown) => (v === null || v === undefined ? null : shared(v));

// The column names of each stage's record, made once rather than for every row.
const INCOME_COLUMNS = Object.fromEntries(
  INCOME_STAGES.map((stage) => [
    stage,
    {
      date: `${stage}_income_date`,
      ifas: `${stage}_ifas`,
      total: `${stage}_total`,
      earned: `${stage}_earned`,
      sources: `${stage}_sources`,
      bfas: `${stage}_bfas`,
      benefits: `${stage}_benefits`,
      insfas: `${stage}_insfas`,
      insurances: `${stage}_insurances`,
    },
  ]),
) as Record<
  IncomeStage,
  Record<'date' | 'ifas' | 'total' | 'earned' | 'sources' | 'bfas' | 'benefits' | 'insfas' | 'insurances', string>
>;

function incomeAt(raw: Raw, stage: IncomeStage): IncomeAt | null {
  const k = INCOME_COLUMNS[stage];
  const date = sharedOrNull(raw[k.date]);
  if (!date) return null;
  return {
    date,
    incomeFromAnySource: num(raw[k.ifas]),
    total: num(raw[k.total]),
    earned: num(raw[k.earned]) ?? 0,
    sources: num(raw[k.sources]) ?? 0,
    benefitsFromAnySource: num(raw[k.bfas]),
    benefits: num(raw[k.benefits]) ?? 0,
    insuranceFromAnySource: num(raw[k.insfas]),
    insurances: num(raw[k.insurances]) ?? 0,
  };
}

function ageGroupOf(age: number | null, dobDataQuality: number): AgeGroup {
  if (age !== null) return age >= 18 ? 'adult' : 'child';
  return DK_OR_PNTA.includes(dobDataQuality) ? 'dk_pnta' : 'dnc';
}

export function toUniverseRow(raw: Raw, reportEnd: string): UniverseRow {
  const age = num(raw.age);
  const dobDataQuality = Number(raw.dob_data_quality);
  const ageGroup = ageGroupOf(age, dobDataQuality);
  const exitDate = sharedOrNull(raw.exit_date);
  const relationshipToHoH = Number(raw.relationship_to_hoh);
  const headOfHousehold = relationshipToHoH === RelationshipToHoH.Self;
  const oldest = num(raw.oldest_age);
  const youthHousehold = oldest !== null && oldest <= 24;
  const youth = youthHousehold && age !== null && age >= 12 && age <= 24;
  const projectType = Number(raw.project_type);
  const dateOfEngagement = sharedOrNull(raw.date_of_engagement);
  const veteranStatus = Number(raw.veteran_status);
  return {
    personalId: String(raw.personal_id),
    enrollmentId: String(raw.enrollment_id),
    projectId: shared(raw.project_id),
    projectType,
    householdId: String(raw.household_id),
    relationshipToHoH,
    headOfHousehold,
    householdHeads: Number(raw.household_heads),
    entryDate: shared(raw.entry_date),
    exitDate,
    leaver: exitDate !== null,
    stayer: exitDate === null,
    destination: num(raw.destination),
    destinationSubsidyType: num(raw.destination_subsidy_type),
    dateOfEngagement,
    moveInDate: sharedOrNull(raw.move_in_date),
    hohMoveInDate: sharedOrNull(raw.hoh_move_in_date),
    hohEntryDate: sharedOrNull(raw.hoh_entry_date),
    hohStayer: raw.hoh_personal_id !== null && raw.hoh_exit_date === null,
    hohPersonalId: str(raw.hoh_personal_id),
    annualDue: sharedOrNull(raw.annual_due),
    householdType: sharedOrNull(raw.household_type) as HouseholdType,
    dob: sharedOrNull(raw.dob),
    dobDataQuality,
    age,
    ageGroup,
    oldestInHousehold: oldest,
    veteranStatus,
    veteran: ageGroup !== 'child' && veteranStatus === NoYes.Yes,
    youth,
    parentingYouth: youth && (headOfHousehold || ageGroup === 'adult') && raw.has_child_of_hoh === true,
    chronic: sharedOrNull(raw.chronic) as ChronicStatus,
    chronicOwn: sharedOrNull(raw.chronic_own) as ChronicStatus,
    disablingCondition: Number(raw.disabling_condition),
    enrollmentCoC: sharedOrNull(raw.enrollment_coc),
    livingSituation: num(raw.living_situation),
    lengthOfStay: num(raw.length_of_stay),
    losUnderThreshold: num(raw.los_under_threshold),
    previousStreetESSH: num(raw.previous_street_essh),
    dateToStreetESSH: sharedOrNull(raw.date_to_street_essh),
    hohDateToStreetESSH: sharedOrNull(raw.hoh_date_to_street_essh),
    timesHomeless: num(raw.times_homeless_past_three_years),
    monthsHomeless: num(raw.months_homeless_past_three_years),
    entryCreated: String(raw.entry_created),
    exitCreated: str(raw.exit_created),
    clientCreated: String(raw.client_created),
    hasFirstName: raw.has_first_name === true,
    hasLastName: raw.has_last_name === true,
    nameDataQuality: Number(raw.name_data_quality),
    ssn: str(raw.ssn),
    ssnDataQuality: Number(raw.ssn_data_quality),
    sex: num(raw.sex),
    race: {
      amIndAKNative: Number(raw.am_ind_ak_native),
      asian: Number(raw.asian),
      blackAfAmerican: Number(raw.black_af_american),
      hispanicLatinaeo: Number(raw.hispanic_latinao),
      midEastNAfrican: Number(raw.mid_east_n_african),
      nativeHIPacific: Number(raw.native_hi_pacific),
      white: Number(raw.white),
    },
    raceNone: num(raw.race_none),
    overlapsEarlierEnrollment: raw.overlaps_earlier === true,
    hasIndefiniteDisability: raw.has_indefinite_disability === true,
    disabilitiesAtStart: num(raw.disabilities_at_start),
    disabilitiesAtExit: num(raw.disabilities_at_exit),
    disabilitiesLatest: num(raw.disabilities_latest),
    domesticViolenceSurvivor: num(raw.domestic_violence_survivor),
    whenOccurred: num(raw.when_occurred),
    currentlyFleeing: num(raw.currently_fleeing),
    income: { start: incomeAt(raw, 'start'), annual: incomeAt(raw, 'annual'), exit: incomeAt(raw, 'exit') },
    contacts: num(raw.contacts),
    firstContact: (sharedOrNull(raw.first_contact) as FirstContact | null) ?? null,
    contactedInPeriod: raw.contacted_in_period === true,
    lastContactDate: sharedOrNull(raw.last_contact_date),
    lastBedNightDate: sharedOrNull(raw.last_bed_night_date),
    bedNights: Number(raw.bed_nights ?? 0),
    participationDays: Number(raw.participation_days),
    pitPresent: (raw.pit_present as number[] | null) ?? [],
    pitHeadOfPresentHousehold: (raw.pit_head_of_present_household as number[] | null) ?? [],
    housingAssessment: num(raw.housing_assessment),
    subsidyInformation: num(raw.subsidy_information),
    householdHasChildOfHoH: raw.household_has_child_of_hoh === true,
    education: {
      start: {
        schoolAttend: num(raw.start_school_attend),
        mostRecent: num(raw.start_most_recent_ed),
        current: num(raw.start_current_ed),
      },
      exit: {
        schoolAttend: num(raw.exit_school_attend),
        mostRecent: num(raw.exit_most_recent_ed),
        current: num(raw.exit_current_ed),
      },
    },
    householdVeteran: (sharedOrNull(raw.household_veteran) as UniverseRow['householdVeteran']) ?? null,
    householdChronic: (sharedOrNull(raw.household_chronic) as ChronicStatus | null) ?? null,
    movingOnAssistance: ((raw.moving_on_assistance as number[] | null) ?? []).map(Number),
    includedInDq:
      projectType !== ProjectType.StreetOutreach || (dateOfEngagement !== null && dateOfEngagement <= reportEnd),
  };
}
