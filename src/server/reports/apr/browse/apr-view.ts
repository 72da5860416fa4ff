// The APR / CAPER as the browser shows it: every table with HUD's title, header and rows (numbers
// written as in the CSV), and which cells lead to the clients behind them.
import { z } from 'zod';
import type { AprRun } from '../run-apr.ts';
import { formatCell } from '../table/csv-table.ts';
import type { CellDef } from '../table/table-def.ts';
import { tableById } from '../tables/index.ts';

export const aprView = z.object({
  reportType: z.enum(['APR', 'CAPER']),
  startDate: z.string(),
  endDate: z.string(),
  clients: z.number(),
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      header: z.array(z.string()),
      rowLabels: z.boolean(),
      rows: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          cells: z.array(z.object({ text: z.string(), drill: z.boolean() })),
        }),
      ),
    }),
  ),
});
export type AprView = z.infer<typeof aprView>;

/** Whether a cell's clients can be listed: counts, averages, medians and rates naming their rows. */
export const drillable = (c: CellDef | undefined) =>
  c !== undefined &&
  (c.kind === 'count' || c.kind === 'average' || c.kind === 'median' || (c.kind === 'formula' && !!c.rowsOf));

export function toAprView(run: AprRun): AprView {
  return {
    reportType: run.params.reportType,
    startDate: run.info.startDate,
    endDate: run.info.endDate,
    clients: run.universe.rows.length,
    tables: run.tables.map((t) => {
      const defs = new Map((tableById(t.id)?.rows(run.info) ?? []).map((r) => [r.key, r]));
      return {
        id: t.id,
        title: t.title,
        header: t.header,
        rowLabels: t.rowLabels,
        rows: t.rows
          .filter((r) => !r.hidden)
          .map((r) => ({
            key: r.key,
            label: r.label,
            cells: r.cells.map((c, j) => ({ text: formatCell(c), drill: drillable(defs.get(r.key)?.cells[j]) })),
          })),
      };
    }),
  };
}
