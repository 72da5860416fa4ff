// The validation file's Client Detail: every universe row (one per client) with every attribute
// the tables classify on, flattened to columns (`income.start.total`, `race.white`, …).
import type { UniverseRow } from '../universe/universe-row.ts';

type Flat = [string, string][];

function flatten(prefix: string, value: unknown, out: Flat): void {
  if (value === null || value === undefined) out.push([prefix, '']);
  else if (Array.isArray(value)) out.push([prefix, value.join(';')]);
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, out);
  } else if (typeof value === 'boolean') out.push([prefix, value ? 'Yes' : 'No']);
  else out.push([prefix, String(value)]);
}

/** Header and rows; a stage without an income record still gets its columns (left empty). */
export function clientDetailRows(rows: readonly UniverseRow[]): string[][] {
  const flat = rows.map((u) => {
    const out: Flat = [];
    flatten('', u, out);
    return new Map(out);
  });
  const header: string[] = [];
  const seen = new Set<string>();
  for (const m of flat) {
    for (const k of m.keys()) {
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
    }
  }
  return [header, ...flat.map((m) => header.map((k) => m.get(k) ?? ''))];
}
