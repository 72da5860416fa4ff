// Q27m Education Status – Youth: C3 at project start and at exit, of youth heads of household who
// left a YHDP-funded project.
import { DATA_NOT_COLLECTED, DK_OR_PNTA, FundingSource, hudLists } from '../../../../hud/codes.ts';
import { APR_ONLY, type CellDef, type RowDef, type TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { youthHoH } from './youth.ts';

type Field = 'schoolAttend' | 'mostRecent' | 'current';
type Stage = 'start' | 'exit';
const value = (u: UniverseRow, stage: Stage, field: Field) => u.education[stage][field];
const recorded = (u: UniverseRow, stage: Stage) => Object.values(u.education[stage]).some((v) => v !== null);

const row = (key: string, label: string, test: ((v: number | null) => boolean) | null, field: Field): RowDef => ({
  key,
  label,
  cells: (['start', 'exit'] as const).map(
    (stage): CellDef =>
      test === null
        ? { kind: 'blank' }
        : { kind: 'count', where: (u) => recorded(u, stage) && test(value(u, stage, field)) },
  ),
});

const answers = (list: 'CurrentSchoolAttended' | 'MostRecentEdStatus' | 'CurrentEdStatus', field: Field): RowDef[] => [
  ...Object.entries(hudLists[list].values as Record<number, string>)
    .filter(([code]) => !DK_OR_PNTA.includes(Number(code)) && Number(code) !== DATA_NOT_COLLECTED)
    .map(([code, label]) => row(`${field}:${code}`, label, (v) => v === Number(code), field)),
  row(
    `${field}:dkPnta`,
    'Client Doesn’t Know / Prefers Not to Answer',
    (v) => DK_OR_PNTA.includes(v ?? Number.NaN),
    field,
  ),
  row(`${field}:dnc`, 'Data not collected', (v) => v === DATA_NOT_COLLECTED, field),
];

export const q27m: TableDef = {
  id: 'Q27m',
  title: 'Education Status – Youth',
  reports: APR_ONLY,
  rowLabels: true,
  universe: (u, run) =>
    youthHoH(u, run) &&
    u.leaver &&
    (run.projects.find((p) => p.projectId === u.projectId)?.funders ?? []).includes(
      FundingSource.CoCYouthHomelessDemonstration,
    ),
  header: () => ['', 'At Project Start', 'At Project Exit'],
  rows: () => [
    ...answers('CurrentSchoolAttended', 'schoolAttend'),
    row('notEnrolled', 'For those not enrolled – most recent education status', null, 'mostRecent'),
    ...answers('MostRecentEdStatus', 'mostRecent'),
    row('enrolled', 'For those currently enrolled – current status', null, 'current'),
    ...answers('CurrentEdStatus', 'current'),
    row('total', 'Total persons', () => true, 'schoolAttend'),
  ],
};
