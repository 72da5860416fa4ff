// A table that is another table over other clients (Q25i: Q23c of veterans; Q27e: Q22a1 of youth),
// its labels optionally reworded ("Adults with…" → "Youth with…"). `where` narrows the base
// table's universe, or replaces it with `replaceUniverse` (Q27g counts youth heads of household
// who are minors, where Q17 counts adults).
import { and, type Pred, type ReportType, type TableDef } from './table-def.ts';

export function restrictTable(
  base: TableDef,
  over: {
    id: string;
    title: string;
    reports: readonly ReportType[];
    where: Pred;
    replaceUniverse?: boolean;
    relabel?: (label: string) => string;
  },
): TableDef {
  const relabel = over.relabel ?? ((l: string) => l);
  return {
    ...base,
    id: over.id,
    title: over.title,
    reports: over.reports,
    universe: over.replaceUniverse ? over.where : and(base.universe, over.where),
    header: (run) => base.header(run).map(relabel),
    rows: (run) => base.rows(run).map((r) => ({ ...r, label: relabel(r.label) })),
  };
}
