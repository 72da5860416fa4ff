// Q20b Number of Non-Cash Benefit Sources: adults with no benefit, one or more, unknown, or none
// collected (or no annual assessment due), at start, annual assessment and exit.
import { DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import { APR_ONLY, type CellDef, type RowDef, type TableDef } from '../table/table-def.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, isAdult } from './common.ts';
import { annualRequired } from './income.ts';
import { BENEFIT_STAGE_COLUMNS } from './q20a-type-of-non-cash-benefit-sources.ts';

type Count = 'none' | 'some' | 'dk_pnta' | 'not_collected';

function benefitCount(u: UniverseRow, stage: IncomeStage): Count {
  if (stage === 'annual' && !annualRequired(u)) return 'not_collected';
  const r = u.income[stage];
  if (r && (r.benefitsFromAnySource === NoYes.Yes || r.benefits !== 0)) return 'some';
  if (r && r.benefitsFromAnySource === NoYes.No) return 'none';
  if (r?.benefitsFromAnySource != null && DK_OR_PNTA.includes(r.benefitsFromAnySource)) return 'dk_pnta';
  return 'not_collected';
}

const row = (key: string, label: string, count: Count | null): RowDef => ({
  key,
  label,
  cells: BENEFIT_STAGE_COLUMNS.map(
    (c): CellDef => ({
      kind: 'count',
      where: (u, run) => c.who(u, run) && (count === null || benefitCount(u, c.stage) === count),
    }),
  ),
});

export const q20b: TableDef = {
  id: 'Q20b',
  title: 'Number of Non-Cash Benefit Sources',
  reports: APR_ONLY,
  rowLabels: true,
  universe: isAdult,
  header: () => ['', ...BENEFIT_STAGE_COLUMNS.map((c) => c.label)],
  rows: () => [
    row('none', 'No sources', 'none'),
    row('some', '1 + source(s)', 'some'),
    row('dkPnta', DK_PNTA_LABEL, 'dk_pnta'),
    row('notCollected', 'Data Not Collected/Not stayed long enough for Annual Assessment', 'not_collected'),
    row('total', 'Total', null),
  ],
};
