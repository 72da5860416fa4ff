// Second pass of an import, inside one transaction: each file is read again, copied into a
// staging table and merged into its HUD table. A row whose ID exists is updated only when it
// differs and is not older than Hearth's copy, so loading the same export again changes nothing.
import { hudSpec } from '../../../hud/spec.generated.ts';
import { type Layout, readRow } from './file-layout.ts';
import { Findings } from './findings.ts';
import type { Loader } from './load-transaction.ts';
import { readCsv, type ZipInput } from './zip-input.ts';

export type FileCounts = { inserted: number; updated: number; unchanged: number };

const CHUNK_CHARS = 1024 * 1024;

const csvField = (v: string | null) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`);

async function* csvChunks(
  zip: ZipInput,
  layout: Layout,
  hashed: boolean,
  onBytes: (n: number) => void,
): AsyncGenerator<string> {
  const entry = zip.files.get(layout.spec.file.toLowerCase());
  if (!entry) return;
  const file = `${layout.spec.file}.csv`;
  const ignored = new Findings();
  let header = true;
  let chunk = '';
  for await (const { fields, line } of readCsv(entry, file, onBytes)) {
    if (header) {
      header = false;
      continue;
    }
    const values = readRow(layout, fields, { file, line, hashed, findings: ignored });
    // The first pass refused the import for any row that cannot load; this cannot happen.
    if (!values) throw new Error(`${file} line ${line} changed between passes`);
    chunk += `${values.map(csvField).join(',')}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export async function loadFiles(
  loader: Loader,
  zip: ZipInput,
  layouts: Map<string, Layout>,
  hashed: boolean,
  onBytes: (n: number) => void,
): Promise<Map<string, FileCounts>> {
  const counts = new Map<string, FileCounts>();
  for (const spec of hudSpec) {
    const layout = layouts.get(spec.file);
    if (!layout) continue;
    const cols = spec.columns.map((c) => c.column);
    const list = cols.join(', ');
    const pk = cols[0];
    const rest = cols.slice(1);
    const stage = `import_stage_${spec.table}`;
    await loader.query(`CREATE TEMP TABLE ${stage} ON COMMIT DROP AS SELECT ${list} FROM ${spec.table} WITH NO DATA`);
    await loader.copyIn(`COPY ${stage} (${list}) FROM STDIN (FORMAT csv)`, csvChunks(zip, layout, hashed, onBytes));
    const versioned = spec.file !== 'Export';
    const newer = cols.includes('date_updated') ? 'EXCLUDED.date_updated >= t.date_updated AND ' : '';
    const [row] = await loader.query<{ inserted: number; touched: number; total: number }>(
      `WITH up AS (
         INSERT INTO ${spec.table} AS t (${list}) SELECT ${list} FROM ${stage}
         ON CONFLICT (${pk}) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
           ${versioned ? ', version = t.version + 1' : ''}
         WHERE ${newer}(${rest.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')})
         RETURNING (xmax = 0) AS inserted
       )
       SELECT (SELECT count(*) FROM up WHERE inserted)::int AS inserted, (SELECT count(*) FROM up)::int AS touched,
              (SELECT count(*) FROM ${stage})::int AS total`,
    );
    await loader.query(`DROP TABLE ${stage}`);
    const inserted = row?.inserted ?? 0;
    const touched = row?.touched ?? 0;
    counts.set(spec.file, { inserted, updated: touched - inserted, unchanged: (row?.total ?? 0) - touched });
  }
  return counts;
}
