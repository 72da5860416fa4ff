// Q25a Number of Veterans: adults by veteran status, veterans split by chronic homelessness.
import { DATA_NOT_COLLECTED, DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import { BOTH, crossTable, type Line } from '../table/table-def.ts';
import { ADULT_HOUSEHOLD_COLUMNS, isAdult } from './common.ts';

export const VETERAN_ROWS_LABELS = {
  chronic: 'Chronically Homeless Veteran',
  veteran: 'Non-Chronically Homeless Veteran',
  notVeteran: 'Not a Veteran',
  dkPnta: 'Client doesn’t know/Prefers Not to Answer',
  dnc: 'Data not collected',
};

const rows: Line[] = [
  { key: 'chronic', label: VETERAN_ROWS_LABELS.chronic, where: (u) => u.veteran && u.chronic === 'yes' },
  { key: 'veteran', label: VETERAN_ROWS_LABELS.veteran, where: (u) => u.veteran && u.chronic !== 'yes' },
  { key: 'notVeteran', label: VETERAN_ROWS_LABELS.notVeteran, where: (u) => u.veteranStatus === NoYes.No },
  { key: 'dkPnta', label: VETERAN_ROWS_LABELS.dkPnta, where: (u) => DK_OR_PNTA.includes(u.veteranStatus) },
  {
    key: 'dnc',
    label: VETERAN_ROWS_LABELS.dnc,
    where: (u) =>
      u.veteranStatus === DATA_NOT_COLLECTED ||
      ![NoYes.No, NoYes.Yes, ...DK_OR_PNTA, DATA_NOT_COLLECTED].includes(u.veteranStatus),
  },
  { key: 'total', label: 'Total' },
];

export const q25a = crossTable({
  id: 'Q25a',
  title: 'Number of Veterans',
  reports: BOTH,
  universe: isAdult,
  columns: ADULT_HOUSEHOLD_COLUMNS,
  rows,
});
