// The layout living situations (Q15, Q27d) and destinations (Q23c, Q25i, Q27f1) share: each group
// of situations under a blank section header, one row per situation, then the group's subtotal.
import type { CellDef, Line, Pred } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';

export type SituationGroup = { name: string; situations: [code: number, label: string][] };

export type SituationRows = {
  rows: Line[];
  cells: Record<string, Record<number, CellDef>>;
  /** Rows whose situation is one of `codes`. */
  is: (codes: number[]) => Pred;
  /** Rows whose situation is in none of the groups. */
  other: Pred;
  /** Appends a section header row with blank cells. */
  header: (name: string) => void;
};

export function situationRows(
  groups: readonly SituationGroup[],
  situation: (u: UniverseRow) => number | null,
  columns: number,
): SituationRows {
  const is =
    (codes: number[]): Pred =>
    (u) =>
      codes.includes(situation(u) ?? Number.NaN);
  const listed = groups.flatMap((g) => g.situations.map(([code]) => code));
  const rows: Line[] = [];
  const cells: Record<string, Record<number, CellDef>> = {};
  const header = (name: string) => {
    rows.push({ key: `${name} Situations`, label: `${name} Situations` });
    cells[`${name} Situations`] = Object.fromEntries(
      Array.from({ length: columns }, (_, i) => [i, { kind: 'blank' } as CellDef]),
    );
  };
  for (const g of groups) {
    header(g.name);
    for (const [code, label] of g.situations) rows.push({ key: String(code), label, where: is([code]) });
    rows.push({ key: `${g.name} Subtotal`, label: `${g.name} Subtotal`, where: is(g.situations.map(([c]) => c)) });
  }
  return { rows, cells, is, other: (u) => !listed.includes(situation(u) ?? Number.NaN), header };
}
