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

function flat(u: UniverseRow): Flat {
  const out: Flat = [];
  flatten('', u, out);
  return out;
}

/**
 * The columns: every attribute any row has, in the order first met. A stage without an income
 * record flattens to fewer columns, so all rows are looked at before the first line is written.
 */
export function clientDetailHeader(rows: readonly UniverseRow[]): string[] {
  const seen = new Set<string>();
  for (const u of rows) for (const [k] of flat(u)) seen.add(k);
  return [...seen];
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/**
 * A row's values under `header` (empty where the row lacks the attribute): each column read by
 * its path (`income.start.total`), so no per-row list or map of every attribute is built.
 */
export function clientDetailRow(u: UniverseRow, header: readonly string[]): string[] {
  let paths = pathsOf.get(header);
  if (!paths) {
    paths = header.map((k) => k.split('.'));
    pathsOf.set(header, paths);
  }
  return paths.map((path) => {
    let v: unknown = u;
    for (const key of path) {
      if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) return '';
      v = (v as Record<string, unknown>)[key];
    }
    return text(v);
  });
}
const pathsOf = new WeakMap<readonly string[], string[][]>();
