// Q24a Homelessness Prevention Housing Assessment at Exit (W5), of homelessness prevention leavers.
import {
  HousingAssessmentAtExit as A,
  DATA_NOT_COLLECTED,
  DK_OR_PNTA,
  ProjectType,
  SubsidyInformation as S,
} from '../../../../hud/codes.ts';
import { CAPER_ONLY, crossTable, type Line } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';

const ROWS: [label: string, test: (u: UniverseRow) => boolean][] = [
  ...(
    [
      [S.WithoutSubsidy, 'Without a subsidy'],
      [S.WithSubsidyAtEntry, 'With the subsidy they had at project start'],
      [S.WithSubsidyAcquiredSinceEntry, 'With an on-going subsidy acquired since project start'],
      [S.OnlyOtherFinancialAssistance, 'Only with financial assistance other than a subsidy'],
    ] as const
  ).map(([code, label]): [string, (u: UniverseRow) => boolean] => [
    `Able to maintain the housing they had at project start--${label}`,
    (u) => u.housingAssessment === A.MaintainedHousing && u.subsidyInformation === code,
  ]),
  ...(
    [
      [S.WithOngoingSubsidy, 'With on-going subsidy'],
      [S.WithoutOngoingSubsidy, 'Without an on-going subsidy'],
    ] as const
  ).map(([code, label]): [string, (u: UniverseRow) => boolean] => [
    `Moved to new housing unit--${label}`,
    (u) => u.housingAssessment === A.MovedToNewUnit && u.subsidyInformation === code,
  ]),
  ['Moved in with family/friends on a temporary basis', (u) => u.housingAssessment === A.FamilyFriendsTemporary],
  ['Moved in with family/friends on a permanent basis', (u) => u.housingAssessment === A.FamilyFriendsPermanent],
  [
    'Moved to a transitional or temporary housing facility or program',
    (u) => u.housingAssessment === A.TransitionalOrTemporary,
  ],
  [
    'Client became homeless – moving to a shelter or other place unfit for human habitation',
    (u) => u.housingAssessment === A.BecameHomeless,
  ],
  ['Jail/prison', (u) => u.housingAssessment === A.JailPrison],
  ['Deceased', (u) => u.housingAssessment === A.Deceased],
  ['Client doesn’t know/Prefers Not to Answer', (u) => DK_OR_PNTA.includes(u.housingAssessment ?? Number.NaN)],
  [
    'Data not collected (no exit interview completed)',
    (u) => u.housingAssessment === null || u.housingAssessment === DATA_NOT_COLLECTED,
  ],
];

const rows: Line[] = ROWS.map(([label, test]) => ({ label, where: test }));

export const q24a = crossTable({
  id: 'Q24a',
  title: 'Homelessness Prevention Housing Assessment at Exit',
  reports: CAPER_ONLY,
  universe: (u) => u.leaver && u.projectType === ProjectType.HomelessnessPrevention,
  columns: HOUSEHOLD_COLUMNS,
  rows: [...rows, { key: 'total', label: 'Total', where: (u) => ROWS.some(([, test]) => test(u)) }],
});
