// The whole APR / CAPER as a document for Excel (a sheet per table) and PDF, through the shared
// report output module; numbers as the CSV writes them, counts and rates as numbers.
import type { OutputDocument, OutputTable } from '../../output/index.ts';
import type { AprRun } from '../run-apr.ts';
import { formatCell } from '../table/csv-table.ts';

export function aprDocument(run: AprRun): OutputDocument {
  const tables: OutputTable[] = run.tables.map((t) => {
    const dataHeader = t.rowLabels ? t.header.slice(1) : t.header;
    const columns = [
      ...(t.rowLabels ? [{ key: 'label', label: t.header[0] || t.id, type: 'text' as const }] : []),
      ...dataHeader.map((label, j) => ({ key: `c${j}`, label: label || ' ', type: 'number' as const })),
    ];
    const rows = t.rows
      .filter((r) => !r.hidden)
      .map((r) => {
        const out: Record<string, string | number> = t.rowLabels ? { label: r.label } : {};
        r.cells.forEach((c, j) => {
          const text = formatCell(c);
          out[`c${j}`] = c.format !== 'text' && text !== '' ? Number(text) : text;
        });
        return out;
      });
    return { name: `${t.id} ${t.title}`, columns, rows };
  });
  return {
    title: `${run.params.reportType} FY2026, ${run.info.startDate} to ${run.info.endDate}`,
    lines: [
      `Projects: ${run.info.projects.map((p) => p.projectName).join(', ')}`,
      `Clients: ${run.universe.rows.length}`,
    ],
    tables,
  };
}
