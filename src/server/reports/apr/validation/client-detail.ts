// The validation file's Client Detail: every universe row (one per client) with every attribute
// the tables classify on, flattened to columns (`income.start.total`, `race.white`, …).
import type { UniverseRow } from '../universe/universe-row.ts';

/**
 * The columns: every attribute any row has, in the order first met. A stage without an income
 * record flattens to fewer columns, so all rows are looked at before the first line is written.
 * Only names are gathered (each made once), not the values: 53,200 rows made millions of
 * short-lived pairs here, the validation file's memory peak.
 */
export function clientDetailHeader(rows: readonly UniverseRow[]): string[] {
  const seen = new Set<string>();
  const names = new Map<string, Map<string, string>>();
  const nameOf = (prefix: string, key: string) => {
    if (!prefix) return key;
    let inPrefix = names.get(prefix);
    if (!inPrefix) {
      inPrefix = new Map();
      names.set(prefix, inPrefix);
    }
    let name = inPrefix.get(key);
    if (name === undefined) {
      name = `${prefix}.${key}`;
      inPrefix.set(key, name);
    }
    return name;
  };
  const add = (prefix: string, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      seen.add(prefix);
      return;
    }
    for (const key in value) add(nameOf(prefix, key), (value as Record<string, unknown>)[key]);
  };
  for (const u of rows) add('', u);
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
