// Writes the export zip as a stream: 24 CSV files, each a COPY … TO STDOUT inside one
// repeatable-read, read-only transaction (one consistent snapshot; the database formats the CSV),
// on one connection of the caller's pool (a job's own). Memory stays flat at any size.
import { PassThrough, type Readable } from 'node:stream';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Database } from '../../../db/connect.ts';
import { csvLine } from '../csv-line.ts';
import type { ExportParams } from './export-params.ts';
import { createScope, type Query, type Scope } from './export-scope.ts';
import { type FileQuery, fileQueries, queryText } from './file-queries.ts';
import { ZipStream } from './zip-stream.ts';

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

function withSession(run: ExportRun, fn: (s: Session, scope: Scope) => Promise<void>): Promise<void> {
  return onServer(run.database.pool, run, fn);
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

async function* lines(items: string[]): AsyncIterable<string> {
  yield* items;
}

async function* withHeader(header: string[], rows: AsyncIterable<Chunk>): AsyncIterable<Chunk> {
  yield `${header.join(',')}\n`;
  yield* rows;
}
