// Q6c Data Quality: Income and Housing Data Quality, of the clients in the data-quality counts.
// Income is asked of adults and heads of household: at start, at the annual assessment when one
// is due (stayers whose head of household has been in the project a year), and at exit.
import type { TableDef } from '../table/table-def.ts';
import { BOTH } from '../table/table-def.ts';
import { adultOrHoH, inDq } from './common.ts';
import { type DqResult, destinationQuality, incomeQuality } from './data-quality.ts';
import { DQ_HEADER, dqRow, q5aDq } from './q06-dq-rows.ts';

const when = (applies: boolean, r: () => DqResult): DqResult => (applies ? r() : 'ok');

export const q06c: TableDef = {
  id: 'Q6c',
  title: 'Data Quality: Income and Housing Data Quality',
  reports: BOTH,
  rowLabels: true,
  universe: inDq,
  header: () => DQ_HEADER,
  rows: () => [
    dqRow('destination', 'Destination (3.12)', destinationQuality, q5aDq('leavers'), { issue: false }),
    dqRow(
      'incomeStart',
      'Income and Sources (4.02) at Start',
      (u, run) => when(adultOrHoH(u, run), () => incomeQuality(u.income.start)),
      q5aDq('adults', 'childAndUnknownHoH'),
    ),
    dqRow(
      'incomeAnnual',
      'Income and Sources (4.02) at Annual Assessment',
      (u, run) => when(adultOrHoH(u, run) && u.stayer && u.annualDue !== null, () => incomeQuality(u.income.annual)),
      q5aDq('longStayers'),
    ),
    dqRow(
      'incomeExit',
      'Income and Sources (4.02) at Exit',
      (u, run) => when(adultOrHoH(u, run) && u.leaver, () => incomeQuality(u.income.exit)),
      q5aDq('adultAndHoHLeavers'),
    ),
  ],
};
