// Writes the export zip as a stream: 24 CSV files, each streamed from the database. On a server
// each file is a COPY … TO STDOUT inside one repeatable-read transaction (one consistent snapshot,
// the database formats the CSV); on PGlite the rows come in pages by primary key, so the app stays
// responsive while a long export runs. Memory stays flat at any size.
import { PassThrough, type Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Database } from '../../../db/connect.ts';
import { newId } from '../../http/ids.ts';
import { csvLine } from '../csv-line.ts';
import type { ExportParams } from './export-params.ts';
import { createScope, type Query, type Scope } from './export-scope.ts';
import { type FileQuery, fileQueries, queryText } from './file-queries.ts';
import { ZipStream } from './zip-stream.ts';

const PAGE_ROWS = 2000;
// Relative size of each file, for the progress bar.
const WEIGHT: Record<string, number> = {
  Client: 8,
  Enrollment: 8,
  Exit: 6,
  IncomeBenefits: 8,
  HealthAndDV: 6,
  EmploymentEducation: 5,
  Disabilities: 14,
  Services: 12,
  CurrentLivingSituation: 3,
  YouthEducationStatus: 3,
};

export type ExportRun = {
  database: Database;
  params: ExportParams;
  exportId: string;
  /** The exporting user's organizations (see createScope). */
  memberOrganizationIds: string[];
  /** The Export.csv row, given the CoC codes of the exported projects. */
  exportRow: (cocCodes: string) => { header: string[]; quoted: string[]; values: (string | number | null)[] };
  onProgress: (percent: number, note: string) => Promise<void>;
  signal?: AbortSignal;
};

export type ExportCounts = Record<string, number>;

type Chunk = string | Uint8Array;
type FileSource = { rows: () => AsyncIterable<Chunk>; count: () => number };
type Session = { query: Query; cocCodes(): Promise<string>; file(q: FileQuery): FileSource };

/** Streams the zip to `save` and resolves with what `save` returned and the row count of each file. */
export async function writeExport<T>(
  run: ExportRun,
  save: (zip: Readable) => Promise<T>,
): Promise<{ saved: T; counts: ExportCounts }> {
  const bytes = new PassThrough({ highWaterMark: 1024 * 1024 });
  const zip = new ZipStream(bytes);
  const counts: ExportCounts = {};
  const producing = withSession(run, async (session, scope) => {
    const queries = fileQueries(run.params, scope, run.exportId);
    const total = queries.reduce((n, q) => n + (WEIGHT[q.file] ?? 1), 0);
    let done = 0;
    for (const q of queries) {
      run.signal?.throwIfAborted();
      await run.onProgress((95 * done) / total, `Writing ${q.file}.csv`);
      const source = session.file(q);
      await zip.add(`${q.file}.csv`, withHeader(q.header, source.rows()));
      counts[q.file] = source.count();
      done += WEIGHT[q.file] ?? 1;
    }
    const row = run.exportRow(await session.cocCodes());
    await zip.add('Export.csv', withHeader(row.header, lines([csvLine(row.values, row.header, row.quoted)])));
    counts.Export = 1;
    await zip.finish();
  }).catch((e: unknown) => {
    bytes.destroy(e instanceof Error ? e : new Error(String(e)));
    throw e;
  });
  const [saved] = await Promise.all([save(bytes), producing]);
  return { saved, counts };
}

async function withSession(run: ExportRun, fn: (s: Session, scope: Scope) => Promise<void>): Promise<void> {
  const { pool, pglite } = run.database;
  if (pool) return onServer(pool, run, fn);
  if (pglite) return onPglite(pglite, run, fn);
  throw new Error('no database connection');
}

const cocCodesSql = (scope: Scope) =>
  `SELECT coalesce(string_agg(DISTINCT pc.coc_code, ';' ORDER BY pc.coc_code), '') AS codes
   FROM project_coc pc${scope.whole ? '' : ` JOIN ${scope.project} xp ON xp.project_id = pc.project_id`}`;

async function onServer(pool: pg.Pool, run: ExportRun, fn: (s: Session, scope: Scope) => Promise<void>) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const query: Query = (text, params) => client.query(text, params as unknown[]);
    const scope = await createScope(query, {
      params: run.params,
      memberOrganizationIds: run.memberOrganizationIds,
      temp: 'on-commit-drop',
      tag: '',
    });
    await fn(
      {
        query,
        cocCodes: async () => (await client.query<{ codes: string }>(cocCodesSql(scope))).rows[0]?.codes ?? '',
        file: (q) => {
          let n = 0;
          const quoted = q.quoted.map((c) => `"${c}"`).join(', ');
          const sql = `COPY (${queryText(q)}) TO STDOUT (FORMAT csv${quoted ? `, FORCE_QUOTE (${quoted})` : ''})`;
          return {
            count: () => n,
            rows: async function* () {
              for await (const chunk of client.query(copyTo(sql)) as AsyncIterable<Buffer>) {
                for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n += 1;
                yield chunk;
              }
            },
          };
        },
      },
      scope,
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function onPglite(pglite: PGlite, run: ExportRun, fn: (s: Session, scope: Scope) => Promise<void>) {
  const query: Query = (text, params) => pglite.query(text, params);
  let scope: Scope | undefined;
  try {
    scope = await createScope(query, {
      params: run.params,
      memberOrganizationIds: run.memberOrganizationIds,
      temp: 'named',
      tag: newId().slice(0, 12),
    });
    const s = scope;
    await fn(
      {
        query,
        cocCodes: async () => (await pglite.query<{ codes: string }>(cocCodesSql(s))).rows[0]?.codes ?? '',
        file: (q) => {
          let n = 0;
          return {
            count: () => n,
            rows: async function* () {
              let after: string | null = null;
              const where = q.where.length ? `${q.where.join(' AND ')} AND ` : '';
              for (;;) {
                const page: { rows: Record<string, string | number | null>[] } = await pglite.query(
                  `SELECT ${q.select} FROM ${q.from} WHERE ${where}($1::varchar IS NULL OR ${q.key} > $1) ORDER BY ${q.key} LIMIT ${PAGE_ROWS}`,
                  [after],
                );
                if (!page.rows.length) return;
                n += page.rows.length;
                yield page.rows
                  .map((r) =>
                    csvLine(
                      q.header.map((h) => r[h] ?? null),
                      q.header,
                      q.quoted,
                    ),
                  )
                  .join('');
                if (page.rows.length < PAGE_ROWS) return;
                after = String(page.rows.at(-1)?.[q.header[0] ?? ''] ?? '');
              }
            },
          };
        },
      },
      s,
    );
  } finally {
    for (const t of scope?.tables ?? []) await pglite.query(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
  }
}

async function* lines(items: string[]): AsyncIterable<string> {
  yield* items;
}

async function* withHeader(header: string[], rows: AsyncIterable<Chunk>): AsyncIterable<Chunk> {
  yield `${header.join(',')}\n`;
  yield* rows;
}
