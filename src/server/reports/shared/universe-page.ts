// One page of an enrollment universe sorted and filtered in SQL, as the in-memory view would
// (framework/view.ts): cells compared as shown (HUD labels, not codes), empty cells last, text in
// the in-memory collator's order (collation hearth_report_order), ties in the universe's own order. Used by reports whose screen
// pages in SQL (`paged`); the columns it cannot compare as shown (masked DOB and SSN) answer
// undefined, and the framework builds every row instead.
import { type SQL, sql } from 'drizzle-orm';
import { type HudListName, hudLists } from '../../../hud/codes.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import type { PagedView, ReportRun } from '../framework/types.ts';
import { HOUSEHOLD_TYPES } from './enrollment-columns.ts';
import type { UniverseRow } from './enrollment-universe.ts';

/** A column's shown value as SQL over the universe's row `r`. */
export type ColumnSql = { sql: SQL; type: 'text' | 'number' };

const text = (name: string): ColumnSql => ({ sql: sql.raw(`r."${name}"`), type: 'text' });

/** A HUD code shown with its label (enrollment-columns' `label`): the code itself when the list lacks it. */
function labelled(list: HudListName, code: SQL): ColumnSql {
  const values = Object.entries(hudLists[list].values as Record<string, string>);
  const whens = values.map(([c, l]) => sql`WHEN ${sql.raw(String(Number(c)))} THEN ${l}::text`);
  return { sql: sql`(CASE ${code} ${sql.join(whens, sql` `)} ELSE ${code}::text END)`, type: 'text' };
}

/** enrollmentColumns as SQL, by key (DOB and SSN left out: masked per role). */
export const UNIVERSE_COLUMNS: Record<string, ColumnSql> = {
  PersonalID: text('PersonalID'),
  FirstName: text('FirstName'),
  LastName: text('LastName'),
  Age: { sql: sql.raw('r.age'), type: 'number' },
  VeteranStatus: labelled('NoYesReasonsForMissingData', sql.raw('r."VeteranStatus"')),
  HouseholdID: text('HouseholdID'),
  RelationshipToHoH: labelled('RelationshipToHoH', sql.raw('r."RelationshipToHoH"')),
  HouseholdType: {
    sql: sql`(CASE r."householdType" ${sql.join(
      Object.entries(HOUSEHOLD_TYPES).map(([k, l]) => sql`WHEN ${k} THEN ${l}::text`),
      sql` `,
    )} END)`,
    type: 'text',
  },
  OrganizationName: text('OrganizationName'),
  ProjectName: text('ProjectName'),
  ProjectType: labelled('ProjectType', sql.raw('r."ProjectType"')),
  EnrollmentID: text('EnrollmentID'),
  EntryDate: text('EntryDate'),
  MoveInDate: text('MoveInDate'),
  ExitDate: text('ExitDate'),
  Destination: labelled('Destination', sql.raw('r."Destination"')),
};

/** Whether a view sorts or filters on one of these keys. */
export const viewUses = (view: PagedView, keys: string[]) =>
  (view.sort !== undefined && keys.includes(view.sort.key)) || view.filters.some((f) => keys.includes(f.key));

/**
 * The page `view` asks for of `universe`'s rows meeting `where` (SQL over `r`), with how many
 * there are; undefined when it sorts or filters on a column not in `columns`.
 */
export async function pageUniverse<R extends UniverseRow>(
  run: ReportRun<unknown>,
  universe: SQL,
  where: SQL[],
  view: PagedView,
  columns: Record<string, ColumnSql>,
): Promise<{ rows: R[]; total: number } | undefined> {
  const keys = [...view.filters.map((f) => f.key), ...(view.sort ? [view.sort.key] : [])];
  if (keys.some((k) => !columns[k])) return undefined;
  const conditions = [...where];
  for (const f of view.filters) {
    const c = columns[f.key] as ColumnSql;
    conditions.push(sql`strpos(lower(coalesce(${c.sql}::text, '')), ${f.text}) > 0`);
  }
  let order = sql``;
  if (view.sort) {
    const c = columns[view.sort.key] as ColumnSql;
    const dir = sql.raw(view.sort.dir === 'desc' ? 'DESC' : 'ASC');
    const empty = c.type === 'number' ? sql`${c.sql} IS NULL` : sql`coalesce(${c.sql}, '') = ''`;
    const value = c.type === 'number' ? c.sql : sql`${c.sql} COLLATE hearth_report_order`;
    order = sql`${empty}, ${value} ${dir}, `;
  }
  const matching = sql`FROM (${universe}) r ${conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}`;
  const rows = await sqlRows<R & { pagedTotal?: number }>(
    run.db,
    sql`SELECT r.*, (count(*) OVER ())::int AS "pagedTotal" ${matching}
      ORDER BY ${order}r."groupKey", r."PersonalID" LIMIT ${view.limit} OFFSET ${view.offset}`,
  );
  let total = rows[0]?.pagedTotal;
  // A page past the end has no row to carry the total.
  if (total === undefined)
    total = view.offset
      ? ((await sqlRows<{ n: number }>(run.db, sql`SELECT count(*)::int AS n ${matching}`))[0]?.n ?? 0)
      : 0;
  for (const r of rows) delete r.pagedTotal;
  return { rows, total };
}
