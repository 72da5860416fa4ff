// Q22b Average and Median Length of Participation in Days, of leavers and of stayers.
import { APR_ONLY, type CellDef, type Pred, type TableDef } from '../table/table-def.ts';
import { leaver, stayer } from './common.ts';
import { lengthOfParticipation } from './length-of-time.ts';

const cell = (kind: 'average' | 'median', where: Pred): CellDef => ({
  kind,
  where,
  value: lengthOfParticipation,
  format: 'days',
});

export const q22b: TableDef = {
  id: 'Q22b',
  title: 'Average and Median Length of Participation in Days',
  reports: APR_ONLY,
  rowLabels: true,
  header: () => ['', 'Leavers', 'Stayers'],
  rows: () => [
    { key: 'average', label: 'Average Length', cells: [cell('average', leaver), cell('average', stayer)] },
    { key: 'median', label: 'Median Length', cells: [cell('median', leaver), cell('median', stayer)] },
  ],
};
