// The CAS lists (caseloads, incoming referrals) page, sort and filter in SQL: the database
// returns one page and the total, however many rows the CoC has. A list names its columns; each
// sorts and filters by expressions over the listed query's output (`b."Column"`).
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { type HudLanguage, type HudListName, hudOptions } from '../../hud/codes.ts';
import { sqlRows } from '../clients/client-summary.ts';

export type ListColumn = {
  /** What the column sorts by (labels: in the reader's language); none: not sortable. */
  sort?: SQL | ((lang: HudLanguage) => SQL);
  /**
   * Rows whose column holds `text` (`pattern`: the same as an ILIKE pattern), labels read in the
   * reader's language; none: not filterable.
   */
  filter?: (pattern: string, text: string, lang: HudLanguage) => SQL;
};

/** `page`, `pageSize`, `sort`, `desc` and one `filter.<column>` text per filterable column. */
export function listQuery<K extends string>(keys: readonly [K, ...K[]]) {
  const filters = {} as Record<`filter.${K}`, z.ZodOptional<z.ZodString>>;
  for (const k of keys)
    filters[`filter.${k}`] = z.string().max(200).optional().describe(`Rows whose ${k} contains this`);
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    sort: z.enum(keys).optional().describe('Column to sort by'),
    desc: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    ...filters,
  });
}

export type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  desc: boolean;
  /** The reader's language: labelled columns sort and filter by the labels the screen shows. */
  lang?: HudLanguage;
} & { [filter: `filter.${string}`]: string | undefined };

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

/** `text` as an ILIKE pattern matching it anywhere, its wildcards taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const textFilter =
  (expr: SQL) =>
  (pattern: string): SQL =>
    sql`${expr} ILIKE ${pattern}`;

/** A HUD-coded column filtered by its label (the text the screen shows). */
export const hudFilter =
  (list: HudListName, expr: SQL) =>
  (_pattern: string, text: string, lang: HudLanguage): SQL => {
    const codes = hudOptions(list, null, lang)
      .filter((o) => o.label.toLowerCase().includes(text.toLowerCase()))
      .map((o) => sql`${Number(o.value)}`);
    return codes.length ? sql`${expr} IN (${sql.join(codes, sql`, `)})` : sql`FALSE`;
  };

/** A HUD-coded column sorted by its label, as the screen shows it. */
export const hudSort =
  (list: HudListName, expr: SQL) =>
  (lang: HudLanguage): SQL => {
    const byLabel = hudOptions(list, null, lang).sort((a, b) => a.label.localeCompare(b.label, lang));
    return sql`CASE ${expr} ${sql.join(
      byLabel.map((o, i) => sql`WHEN ${Number(o.value)} THEN ${i}`),
      sql` `,
    )} END`;
  };

/** Rows of a JSON array column (`[{name}]`) whose names contain the text. */
export const jsonNamesFilter =
  (expr: SQL, field: string) =>
  (pattern: string): SQL =>
    sql`EXISTS (SELECT 1 FROM json_array_elements(${expr}) j WHERE j->>${field} ILIKE ${pattern})`;

/**
 * One page of `base` (a SELECT without ORDER BY or LIMIT) filtered and sorted as `q` asks, and how
 * many rows all pages hold. Nulls sort last either way; `tiebreak` keeps the order stable.
 */
export async function pagedRows<T extends object>(
  db: DbOrTx,
  base: SQL,
  columns: Record<string, ListColumn>,
  q: ListQuery,
  tiebreak: SQL,
): Promise<{ items: T[]; total: number }> {
  const lang = q.lang ?? 'en';
  const where = Object.entries(columns).flatMap(([key, c]) => {
    const text = q[`filter.${key}`]?.trim();
    return text && c.filter ? [c.filter(contains(text), text, lang)] : [];
  });
  const filtered = where.length ? sql.join(where, sql` AND `) : sql`TRUE`;
  const sortBy = q.sort ? columns[q.sort]?.sort : undefined;
  const by = typeof sortBy === 'function' ? sortBy(lang) : sortBy;
  const order = by ? sql`${by} ${q.desc ? sql`DESC` : sql`ASC`} NULLS LAST, ${tiebreak}` : tiebreak;
  const offset = (q.page - 1) * q.pageSize;
  const rows = await sqlRows<T & { totalRows: number }>(
    db,
    sql`SELECT b.*, count(*) OVER ()::int AS "totalRows" FROM (${base}) b WHERE ${filtered}
      ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`,
  );
  // A page past the end has no row to carry the total: count it apart.
  const total =
    rows[0]?.totalRows ??
    (offset === 0
      ? 0
      : ((await sqlRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${base}) b WHERE ${filtered}`))[0]?.n ??
        0));
  return { items: rows.map(({ totalRows: _, ...row }) => row as unknown as T), total };
}
