// Q16 Cash Income – Ranges: adults' total monthly income at start, at the latest annual
// assessment (stayers) and at exit (leavers).
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import { DK_PNTA_LABEL, DNC_LABEL, isAdult } from './common.ts';
import { BANDS, type IncomeBand, incomeBand } from './income.ts';

const STAGES: { stage: IncomeStage; label: string; who: Pred }[] = [
  { stage: 'start', label: 'Income at Start', who: () => true },
  { stage: 'annual', label: 'Income at Latest Annual Assessment for Stayers', who: (u) => u.stayer },
  { stage: 'exit', label: 'Income at Exit for Leavers', who: (u) => u.leaver },
];

const row = (key: string, label: string, band: IncomeBand | null, blankAt: IncomeStage[] = []): RowDef => ({
  key,
  label,
  cells: STAGES.map(
    (s): CellDef =>
      blankAt.includes(s.stage)
        ? { kind: 'blank' }
        : { kind: 'count', where: (u, run) => s.who(u, run) && (band === null || incomeBand(u, s.stage) === band) },
  ),
});

export const q16: TableDef = {
  id: 'Q16',
  title: 'Cash Income – Ranges',
  reports: BOTH,
  rowLabels: true,
  universe: isAdult,
  header: () => ['', ...STAGES.map((s) => s.label)],
  rows: () => [
    ...BANDS.map((b) => row(b.band, b.label, b.band)),
    row('dkPnta', DK_PNTA_LABEL, 'dk_pnta'),
    row('dnc', DNC_LABEL, 'dnc'),
    row('notRequired', 'Number of adult stayers not yet required to have an annual assessment', 'annual_not_required', [
      'start',
      'exit',
    ]),
    row('missing', 'Number of adult stayers without required annual assessment', 'annual_missing', ['start', 'exit']),
    row('total', 'Total adults', null),
  ],
};
