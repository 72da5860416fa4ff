// Every table that holds rows of a client, found in the database catalog rather than listed by
// hand: any column named personal_id or client_id. Tables other features add later are covered
// without touching the merge. Excluded: the client table itself, tables where that column alone
// is unique (one row per client, like client_profile: the merge handles those itself), and the
// tables in KEPT_ON_MERGE (history that must keep the IDs it was written with).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlRows } from './client-summary.ts';

/** Tables whose client column a merge never rewrites. Another feature may add its own here. */
export const KEPT_ON_MERGE = new Set<string>(['audit_event']);

export type ClientTable = {
  table: string;
  column: string;
  /** Primary key columns; empty when the table has none (rows are then matched by content). */
  primaryKey: string[];
  columns: string[];
};

export async function clientTables(db: DbOrTx): Promise<ClientTable[]> {
  const rows = await sqlRows<{
    table_name: string;
    column_name: string;
    pk: string[] | null;
    unique_alone: boolean;
    columns: string[];
  }>(
    db,
    sql`SELECT c.relname::text AS table_name, a.attname::text AS column_name,
        (SELECT array_agg(pa.attname::text ORDER BY pa.attnum) FROM pg_index i
          JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = ANY(i.indkey)
          WHERE i.indrelid = c.oid AND i.indisprimary) AS pk,
        EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique AND i.indnatts = 1
          AND i.indkey[0] = a.attnum) AS unique_alone,
        (SELECT array_agg(x.attname::text ORDER BY x.attnum) FROM pg_attribute x
          WHERE x.attrelid = c.oid AND x.attnum > 0 AND NOT x.attisdropped) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        AND a.attname IN ('personal_id', 'client_id') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attname`,
  );
  return rows
    .filter((r) => r.table_name !== 'client' && !r.unique_alone && !KEPT_ON_MERGE.has(r.table_name))
    .map((r) => ({ table: r.table_name, column: r.column_name, primaryKey: r.pk ?? [], columns: r.columns }));
}

export const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** Columns that record who changed a row and when: bumped when a merge or its undo moves the row. */
export function bookkeeping(t: ClientTable, userId: string, hudNow: string) {
  const sets = [];
  if (t.columns.includes('version')) sets.push(sql`version = version + 1`);
  if (t.columns.includes('date_updated')) sets.push(sql`date_updated = ${hudNow}`);
  if (t.columns.includes('updated_at')) sets.push(sql`updated_at = now()`);
  if (t.columns.includes('updated_by')) sets.push(sql`updated_by = ${userId}`);
  return sets;
}

const CHANGING = ['version', 'date_updated', 'updated_at', 'updated_by'];

/** SQL for a row's identity: its primary key, or (without one) its content minus what a move changes. */
export function rowKeySql(t: ClientTable, alias: string) {
  const a = sql.raw(alias);
  if (t.primaryKey.length) {
    return sql`jsonb_build_object(${sql.join(
      t.primaryKey.map((k) => sql`${k}::text, (${a}.${ident(k)})::text`),
      sql`, `,
    )})`;
  }
  const drop = [t.column, ...CHANGING].map((c) => sql` - ${c}::text`);
  return sql`(to_jsonb(${a}) ${sql.join(drop, sql``)})`;
}
