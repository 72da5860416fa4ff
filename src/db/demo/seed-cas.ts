// The demo CoC's Coordinated Access set-up: the access point and the housing projects that
// receive referrals (HUD 2.09), the CAS lead agency and its staff, providers' CAS contacts, an
// area list and a sample housing needs assessment tool, so the CAS screens work on first start.
import { AssessmentLevel, NoYes } from '../../hud/codes.ts';
import type { Tx } from '../connect.ts';
import {
  casAreaTable,
  casAssessmentToolTable,
  casProviderContactTable,
  casSettingsTable,
  casUserRoleTable,
  ceParticipationTable,
  type ToolQuestion,
} from '../schema/index.ts';

const AREAS = ['Downtown Dallas', 'East Dallas', 'Oak Cliff', 'South Dallas', 'Irving', 'Garland', 'Mesquite'];
/** The ID of the demo's area at this place of AREAS (0: Downtown Dallas). */
export const demoAreaId = (i: number) => `AREA-${String(i + 1).padStart(2, '0')}`;

const choice = (id: string, group: string, text: string, options: [string, number][]): ToolQuestion => ({
  id,
  group,
  text,
  kind: 'choice',
  required: true,
  options: options.map(([label, points], i) => ({ value: `${id}-${i + 1}`, label, points })),
});

/** A short sample tool: points per answer, added up; the CoC replaces it with its own in Admin → CAS. */
export const SAMPLE_TOOL_QUESTIONS: ToolQuestion[] = [
  choice('sleep', 'History of housing', 'Where have you slept most nights in the past 30 days?', [
    ['Outside, in a vehicle or another place not meant for habitation', 3],
    ['Emergency shelter or safe haven', 2],
    ['Staying with friends or family', 1],
    ['Own or rented housing', 0],
  ]),
  choice('length', 'History of housing', 'How long have you been without stable housing?', [
    ['Less than 3 months', 0],
    ['3 to 12 months', 1],
    ['More than a year', 2],
    ['More than a year, in four or more episodes over three years', 3],
  ]),
  choice(
    'health',
    'Wellness',
    'Does a health, mental health or substance use condition make it hard to keep housing?',
    [
      ['Yes', 2],
      ['No', 0],
    ],
  ),
  choice('er', 'Risks', 'Emergency room visits or hospital stays in the past 6 months', [
    ['None', 0],
    ['One or two', 1],
    ['Three or more', 2],
  ]),
  choice('safety', 'Risks', 'Are you fleeing, or at risk of, violence where you stay?', [
    ['Yes', 2],
    ['No', 0],
  ]),
  {
    id: 'notes',
    group: 'Other',
    text: 'Anything else the household wants the CAS team to know',
    kind: 'text',
    required: false,
    options: [],
  },
];

export async function seedCasDemo(tx: Tx, stamp: { DateCreated: string; DateUpdated: string; UserID: string }) {
  const start = '2024-01-01';
  const participation = (ProjectID: string, accessPoint: boolean, receivesReferrals: boolean) => ({
    CEParticipationID: `${ProjectID}-CE`,
    ProjectID,
    AccessPoint: accessPoint ? NoYes.Yes : NoYes.No,
    PreventionAssessment: accessPoint ? NoYes.No : null,
    CrisisAssessment: accessPoint ? NoYes.Yes : null,
    HousingAssessment: accessPoint ? NoYes.Yes : null,
    DirectServices: accessPoint ? NoYes.No : null,
    ReceivesReferrals: receivesReferrals ? NoYes.Yes : NoYes.No,
    CEParticipationStatusStartDate: start,
    ...stamp,
  });
  await tx
    .insert(ceParticipationTable)
    .values([
      participation('PRJ-CE', true, false),
      participation('PRJ-ES', false, true),
      participation('PRJ-TH', false, true),
      participation('PRJ-RRH', false, true),
      participation('PRJ-PSH', false, true),
    ]);
  await tx.update(casSettingsTable).set({ leadOrganizationId: 'ORG-CE', noContactDays: 30 });
  await tx.insert(casUserRoleTable).values([
    { userId: 'USR-CASADMIN', role: 'admin' },
    { userId: 'USR-CASADMIN', role: 'prioritizer' },
  ]);
  await tx.insert(casProviderContactTable).values([
    { organizationId: 'ORG-HHP', userId: 'USR-CM' },
    { organizationId: 'ORG-ODO', userId: 'USR-CM2' },
  ]);
  await tx.insert(casAreaTable).values(AREAS.map((name, i) => ({ id: demoAreaId(i), name, sortOrder: (i + 1) * 10 })));
  await tx.insert(casAssessmentToolTable).values({
    id: 'TOOL-HNA',
    name: 'Housing Needs Assessment',
    assessmentLevel: AssessmentLevel.HousingNeeds,
    scoreName: 'Total score',
    bandName: 'Priority level',
    bands: [
      { min: 0, label: 'Low' },
      { min: 5, label: 'Medium' },
      { min: 9, label: 'High' },
    ],
    questions: SAMPLE_TOOL_QUESTIONS,
  });
}
