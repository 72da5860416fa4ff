// The demo CoC's Coordinated Access queue, so the CAS screens show households on first start:
// people staying at the shelters or met by street outreach, and two who came to the access point
// on their own (a veteran, a young mother), each through the CAS & Diversion intake as the access
// point's case manager did it: area ties, the Housing Needs Assessment scored by the tool, and the
// decision (most placed on the prioritization list, two diverted instead). Dates count back from
// the demo's first day, like the rest of its recent activity.
import { sql } from 'drizzle-orm';
import {
  AssessmentType,
  DisabilityType,
  LengthOfStay,
  LivingSituation,
  MonthsHomeless,
  NoYesMissing,
  NoYesReasons,
  RelationshipToHoH,
  SSNDataQuality,
  TimesHomeless,
  WhenDVOccurred,
} from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { type CasIntakeInput, casIntakeSchema } from '../../server/cas/cas-intake.schema.ts';
import { casIntake } from '../../server/cas/cas-intake.ts';
import type { RequestContext } from '../../server/http/context.ts';
import type { Tx } from '../connect.ts';
import type { TIE_KINDS } from '../schema/index.ts';
import type { Role } from './activity-plan.ts';
import type { Written } from './seed-activity.ts';
import { demoAreaId } from './seed-cas.ts';
import { DEMO_USERS } from './seed-demo.ts';

const ACCESS_POINT = 'PRJ-CE';
/** Where the queue's households are staying: the shelters and street outreach. */
const HOMELESS_PROJECTS = ['PRJ-ES', 'PRJ-NBN', 'PRJ-SO'];

/** Answers to the demo tool (seed-cas.ts) by question: which option of each. */
type Answers = {
  sleep: number;
  length: keyof typeof HISTORY;
  health: number;
  er: number;
  safety: number;
  notes?: string;
};

/** A queue entry: who, when they came to the access point, what the assessment found, who works the case. */
type Entry = {
  members: { PersonalID?: string; newClient?: Record<string, unknown>; role: Role }[];
  entryDate: string;
  answers: Answers;
  livingSituation: number;
  dv: boolean;
  disabled: boolean;
  veteran: boolean;
  ties: [number, (typeof TIE_KINDS)[number]][];
  diverted: boolean;
  caseManager: string;
};

/** The access point's case manager at work as its organization: the intakes are theirs (audit rows name them). */
function accessPointWorker(): RequestContext {
  const u = DEMO_USERS.find((d) => d.id === 'USR-ACCESS');
  if (!u) throw new Error('the demo has no access point case manager');
  return {
    user: {
      id: u.id,
      username: u.username,
      firstName: u.first,
      lastName: u.last,
      roles: [],
      organizationIds: [...u.orgs],
      currentOrganizationId: 'ORG-CE',
      mustChangePassword: false,
    },
    sessionId: 'demo-setup',
    ip: 'demo set-up',
  };
}

/** How long homeless, as the tool's "how long" answer says (option 1: under 3 months … 4: a year in four episodes). */
const HISTORY = {
  1: { days: 60, times: TimesHomeless.One, months: MonthsHomeless.One + 1 },
  2: { days: 200, times: TimesHomeless.One, months: MonthsHomeless.One + 6 },
  3: { days: 500, times: TimesHomeless.Two, months: MonthsHomeless.MoreThanTwelve },
  4: { days: 500, times: TimesHomeless.FourOrMore, months: MonthsHomeless.MoreThanTwelve },
};

// Varied answers, so the list has High, Medium and Low households: the options of "how long", "health" and "ER".
const PROFILES: [keyof typeof HISTORY, number, number][] = [
  [4, 1, 3],
  [3, 1, 2],
  [2, 2, 1],
  [4, 2, 2],
  [1, 2, 1],
  [3, 1, 1],
  [2, 1, 3],
  [4, 1, 1],
  [1, 2, 2],
];

/** The households already in the demo who are on the queue: those staying at a shelter or outside a week or more. */
function fromShelters(written: Written[], today: string): Entry[] {
  const staying = written.filter(
    ({ household: h }) =>
      HOMELESS_PROJECTS.includes(h.projectId) &&
      !h.exit &&
      h.entryDate <= addDays(today, -7) &&
      h.members.every((m) => m.client.DOB !== null),
  );
  return staying.map(({ household: h, members }, i) => {
    const [length, health, er] = PROFILES[i % PROFILES.length] ?? [1, 2, 1];
    const outside = h.projectId === 'PRJ-SO';
    return {
      members: members.map((m, k) => ({ PersonalID: m.PersonalID, role: h.members[k]?.role ?? 'head' })),
      // Assessed at the access point a few days after they were first met.
      entryDate: addDays(h.entryDate, 2 + (i % 4)),
      answers: { sleep: outside ? 1 : 2, length, health, er, safety: i === 3 ? 1 : 2 },
      livingSituation: outside ? LivingSituation.PlaceNotMeantForHabitation : LivingSituation.EmergencyShelter,
      dv: i === 3,
      disabled: health === 1,
      veteran: false,
      ties:
        i % 2
          ? [[i % 7, 'lived']]
          : [
              [i % 7, 'lived'],
              [(i + 3) % 7, 'family'],
            ],
      diverted: i === 2 || i === 6,
      caseManager: i % 3 === 1 ? 'USR-CASADMIN' : 'USR-ACCESS',
    };
  });
}

const newClient = (first: string, last: string, dob: string, sex: number, veteran: boolean, race: string) => ({
  FirstName: first,
  LastName: last,
  NameDataQuality: 1,
  SSNDataQuality: SSNDataQuality.DataNotCollected,
  DOB: dob,
  DOBDataQuality: 1,
  Sex: sex,
  [race]: NoYesReasons.Yes,
  VeteranStatus: veteran ? NoYesReasons.Yes : NoYesReasons.No,
});

/** Two households new to HMIS: a veteran sleeping in his truck, and a 20-year-old mother and her baby. */
function walkIns(today: string): Entry[] {
  return [
    {
      members: [
        { role: 'head', newClient: newClient('Walter', 'Hollister', '1967-03-14', 1, true, 'BlackAfAmerican') },
      ],
      entryDate: addDays(today, -45),
      answers: { sleep: 1, length: 4, health: 1, er: 2, safety: 2, notes: 'Army veteran; VA card at the VA clinic' },
      livingSituation: LivingSituation.PlaceNotMeantForHabitation,
      dv: false,
      disabled: true,
      veteran: true,
      ties: [
        [0, 'lived'],
        [2, 'services'],
      ],
      diverted: false,
      caseManager: 'USR-ACCESS',
    },
    {
      members: [
        {
          role: 'head',
          newClient: newClient('Jazmin', 'Montoya', addYears(addDays(today, -200), -20), 0, false, 'HispanicLatinao'),
        },
        { role: 'child', newClient: newClient('Liam', 'Montoya', addDays(today, -290), 1, false, 'HispanicLatinao') },
      ],
      entryDate: addDays(today, -9),
      answers: { sleep: 2, length: 2, health: 2, er: 2, safety: 2, notes: 'Wants to stay near her mother in Garland' },
      livingSituation: LivingSituation.EmergencyShelter,
      dv: false,
      disabled: false,
      veteran: false,
      ties: [
        [5, 'family'],
        [6, 'school'],
      ],
      diverted: false,
      caseManager: 'USR-ACCESS',
    },
  ];
}

/** Every disability asked; `disabled`: a long-lasting mental health disorder. */
const disabilities = (disabled: boolean) =>
  Object.values(DisabilityType).map((type) =>
    disabled && type === DisabilityType.MentalHealthDisorder
      ? { DisabilityType: type, DisabilityResponse: NoYesReasons.Yes, IndefiniteAndImpairs: NoYesReasons.Yes }
      : { DisabilityType: type, DisabilityResponse: NoYesReasons.No },
  );

/** Project start answers at the access point for one person. */
function entryAnswers(e: Entry, role: Role) {
  if (role === 'child')
    return {
      Enrollment: { DisablingCondition: NoYesReasons.No },
      IncomeBenefits: { InsuranceFromAnySource: NoYesReasons.Yes, Medicaid: 1 },
      Disabilities: disabilities(false),
    };
  const head = role === 'head';
  const history = HISTORY[e.answers.length];
  return {
    ...(head && e.veteran ? { Client: { VeteranStatus: NoYesReasons.Yes } } : {}),
    Enrollment: {
      LivingSituation: e.livingSituation,
      LengthOfStay: LengthOfStay.OneMonthToLessThan90Days,
      DateToStreetESSH: addDays(e.entryDate, -history.days),
      TimesHomelessPastThreeYears: history.times,
      MonthsHomelessPastThreeYears: history.months,
      DisablingCondition: head && e.disabled ? NoYesReasons.Yes : NoYesReasons.No,
    },
    IncomeBenefits: {
      IncomeFromAnySource: NoYesReasons.No,
      BenefitsFromAnySource: NoYesReasons.Yes,
      SNAP: 1,
      InsuranceFromAnySource: NoYesReasons.Yes,
      Medicaid: 1,
    },
    HealthAndDV:
      head && e.dv
        ? {
            DomesticViolenceSurvivor: NoYesReasons.Yes,
            WhenOccurred: WhenDVOccurred.ThreeToSixMonths,
            CurrentlyFleeing: NoYesReasons.No,
          }
        : { DomesticViolenceSurvivor: NoYesReasons.No },
    Disabilities: disabilities(head && e.disabled),
  };
}

const RELATIONSHIP: Record<Role, number> = {
  head: RelationshipToHoH.Self,
  partner: RelationshipToHoH.SpouseOrPartner,
  child: RelationshipToHoH.Child,
};

function intakeOf(e: Entry): CasIntakeInput {
  const a = e.answers;
  return casIntakeSchema.parse({
    ProjectID: ACCESS_POINT,
    EntryDate: e.entryDate,
    members: e.members.map((m) => ({
      ...(m.PersonalID ? { PersonalID: m.PersonalID } : { newClient: m.newClient, confirmedNotDuplicate: true }),
      RelationshipToHoH: RELATIONSHIP[m.role],
      caseManagerUserId: e.caseManager,
      assessment: entryAnswers(e, m.role),
    })),
    cas: {
      areaTies: e.ties.map(([area, tieKind]) => ({ areaId: demoAreaId(area), tieKind })),
      assessment: {
        toolId: 'TOOL-HNA',
        AssessmentDate: e.entryDate,
        AssessmentLocation: 'Coordinated Entry Hub, front desk',
        AssessmentType: AssessmentType.InPerson,
        answers: [
          { questionId: 'sleep', value: `sleep-${a.sleep}` },
          { questionId: 'length', value: `length-${a.length}` },
          { questionId: 'health', value: `health-${a.health}` },
          { questionId: 'er', value: `er-${a.er}` },
          { questionId: 'safety', value: `safety-${a.safety}` },
          { questionId: 'notes', value: a.notes ?? null },
        ],
      },
      decision: e.diverted
        ? { outcome: 'diverted', EventDate: e.entryDate, ProbSolDivRRResult: NoYesMissing.No }
        : { outcome: 'queue' },
    },
  });
}

// The HUD records an intake writes for an enrollment, dated as typed in on the day (not the demo's first start).
const HUD_TABLES = [
  'enrollment',
  'income_benefits',
  'health_and_dv',
  'disabilities',
  'employment_education',
  'assessment',
  'assessment_questions',
  'assessment_results',
  'event',
];

/** Returns the head of household's CE EnrollmentID of each household on the queue, in seeding order. */
export async function seedDemoCasQueue(tx: Tx, written: Written[], today: string): Promise<string[]> {
  const entries = [...fromShelters(written, today), ...walkIns(today)];
  const worker = accessPointWorker();
  const ids: string[] = [];
  for (const e of entries) {
    const enrollmentId = await casIntake(tx, worker, intakeOf(e));
    ids.push(enrollmentId);
    const typedIn = `${e.entryDate} 11:20:00`;
    const household = sql`(SELECT m.enrollment_id FROM enrollment m WHERE m.household_id =
      (SELECT household_id FROM enrollment WHERE enrollment_id = ${enrollmentId}))`;
    for (const table of HUD_TABLES)
      await tx.execute(
        sql`UPDATE ${sql.identifier(table)} SET date_created = ${typedIn}, date_updated = ${typedIn}
          WHERE enrollment_id IN ${household}`,
      );
    // The coordinator was told then, and has dealt with all but the last two weeks' notices.
    await tx.execute(
      sql`UPDATE notification SET created_at = ${typedIn}, updated_at = ${typedIn},
          state = CASE WHEN ${e.entryDate} < ${addDays(today, -14)} THEN 'done' ELSE state END
        WHERE kind = 'cas_placed_on_queue' AND personal_id IN (SELECT personal_id FROM enrollment WHERE enrollment_id = ${enrollmentId})`,
    );
    // Those new to HMIS were added at the access point that day too.
    await tx.execute(
      sql`UPDATE client SET date_created = ${typedIn}, date_updated = ${typedIn}
        WHERE personal_id IN (SELECT personal_id FROM enrollment WHERE enrollment_id IN ${household})
          AND NOT EXISTS (SELECT 1 FROM enrollment o WHERE o.personal_id = client.personal_id
            AND o.project_id <> ${ACCESS_POINT})`,
    );
  }
  return ids;
}
