// A question as SQL: the subject's fixed FROM clause and column expressions (from the catalog, never
// from the request), the user's filter values as parameters, the records of the chosen
// organizations and programs, and only clients the user may see (clientVisibleSql).
import { type SQL, sql } from 'drizzle-orm';
import { clientVisibleSql } from '../../clients/client-access.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import { AppError } from '../../http/errors.ts';
import type { ReportRun } from '../framework/types.ts';
import { type Question, type QuestionFilter, shownColumns } from './question.ts';
import { subjectById } from './subjects/index.ts';
import type { ExplorerColumn, Subject } from './subjects/subject.ts';

/** Past this many records a question asks for filters rather than a bigger answer. */
export const MAX_RECORDS = 100_000;

export type ExplorerParams = Question & { organizationIds: string[]; projectIds: string[]; hidePii: boolean };
export type ExplorerRow = Record<string, unknown>;

/** The client ID rides on every client-level row for the read audit, shown or not. */
export const CLIENT_ID_KEY = 'PersonalID';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function subjectOf(q: Pick<Question, 'subject'>): Subject {
  const s = subjectById(q.subject);
  if (!s) throw new AppError(400, 'validation_failed', 'Choose a subject', { subject: 'Choose a subject' });
  return s;
}

function expression(c: ExplorerColumn, tz: string): SQL {
  return c.zoned ? sql`(${sql.raw(c.sql)} AT TIME ZONE ${tz})::timestamp(0)` : sql.raw(`(${c.sql})`);
}

const likeEscaped = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

function filterSql(c: ExplorerColumn, f: QuestionFilter, tz: string): SQL {
  const e = expression(c, tz);
  const text = c.type === 'text';
  switch (f.op) {
    case 'contains':
      return sql`${e} ILIKE ${`%${likeEscaped(f.value?.trim() ?? '')}%`}`;
    case 'equals':
      return text ? sql`lower(${e}) = lower(${f.value?.trim() ?? ''})` : sql`${e} = ${Number(f.value)}::numeric`;
    case 'between': {
      const parts: SQL[] = [];
      if (c.type === 'number') {
        if (f.min !== undefined) parts.push(sql`${e} >= ${f.min}::numeric`);
        if (f.max !== undefined) parts.push(sql`${e} <= ${f.max}::numeric`);
      } else {
        if (f.from) parts.push(sql`${e} >= ${f.from}::date`);
        // A datetime on the last day counts: compare with the next day's start.
        if (f.to) parts.push(c.type === 'date' ? sql`${e} <= ${f.to}::date` : sql`${e} < ${f.to}::date + 1`);
      }
      return sql.join(parts, sql` AND `);
    }
    case 'in':
      return sql`${e} = ANY(${sql.param(f.values ?? [])}::int[])`;
    case 'not_in':
      return sql`(${e} IS NULL OR NOT ${e} = ANY(${sql.param(f.values ?? [])}::int[]))`;
    case 'is_empty':
      return text ? sql`coalesce(${e}, '') = ''` : sql`${e} IS NULL`;
    case 'not_empty':
      return text ? sql`coalesce(${e}, '') <> ''` : sql`${e} IS NOT NULL`;
    case 'is_true':
      return sql`${e} IS TRUE`;
    case 'is_false':
      return sql`${e} IS NOT TRUE`;
  }
}

/** The organizations a question covers: those chosen, else the one the user works as. */
export const includedOrganizations = (run: ReportRun<ExplorerParams>) =>
  run.params.organizationIds.length ? run.params.organizationIds : [run.organizationId];

export async function runQuestion(run: ReportRun<ExplorerParams>): Promise<ExplorerRow[]> {
  const q = run.params;
  const s = subjectOf(q);
  const tz = zone();
  const byKey = new Map(s.columns.map((c) => [c.key, c]));
  const chosen = shownColumns(q).flatMap((k) => byKey.get(k) ?? []);
  const select = chosen.map((c) => sql`${expression(c, tz)} AS ${sql.identifier(c.key)}`);
  if (s.clientId && !chosen.some((c) => c.key === CLIENT_ID_KEY))
    select.push(sql`${sql.raw(s.clientId)} AS ${sql.identifier(CLIENT_ID_KEY)}`);
  const where: SQL[] = [sql.raw(s.where), s.ofOrganizations(sql`${sql.param(includedOrganizations(run))}::varchar[]`)];
  if (q.projectIds.length && s.ofProjects) where.push(s.ofProjects(sql`${sql.param(q.projectIds)}::varchar[]`));
  if (s.clientId) where.push(clientVisibleSql(sql.raw(s.clientId), run.organizationId));
  for (const f of q.filters) {
    const c = byKey.get(f.column);
    if (c) where.push(filterSql(c, f, tz));
  }
  const rows = await sqlRows<ExplorerRow>(
    run.db,
    sql`SELECT ${sql.join(select, sql`, `)} FROM ${s.from(tz)} WHERE ${sql.join(where, sql` AND `)}
      LIMIT ${MAX_RECORDS + 1}`,
  );
  if (rows.length > MAX_RECORDS) {
    throw new AppError(
      422,
      'too_many_records',
      `More than ${MAX_RECORDS.toLocaleString('en-US')} ${s.noun} records match: add a filter or choose fewer organizations`,
      { filters: 'Add a filter to narrow the question' },
    );
  }
  return rows;
}
