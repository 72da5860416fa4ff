// Second pass of an import, inside one transaction: each file's checked rows (staged by the
// first pass) are copied into a staging table and merged into its HUD table. A row whose ID
// exists is updated only when it differs and is not older than Hearth's copy, so loading the
// same export again changes nothing.
import { hudSpec } from '../../../hud/spec.generated.ts';
import type { Loader } from './load-transaction.ts';
import type { StagingArea } from './staged-csv.ts';

export type FileCounts = { inserted: number; updated: number; unchanged: number };

export async function loadFiles(
  loader: Loader,
  staging: StagingArea,
  files: ReadonlySet<string>,
  rows: Map<string, number>,
  onBytes: (n: number) => void,
): Promise<Map<string, FileCounts>> {
  const counts = new Map<string, FileCounts>();
  for (const spec of hudSpec) {
    if (!files.has(spec.file)) continue;
    const cols = spec.columns.map((c) => c.column);
    const list = cols.join(', ');
    const pk = cols[0];
    const rest = cols.slice(1);
    // Into an empty table (a first import) the rows go straight in: nothing to merge.
    const [state] = await loader.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM ${spec.table}) AS empty`);
    if (state?.empty) {
      await loader.copyIn(`COPY ${spec.table} (${list}) FROM STDIN (FORMAT csv)`, staging.chunks(spec.file, onBytes));
      counts.set(spec.file, { inserted: rows.get(spec.file) ?? 0, updated: 0, unchanged: 0 });
      continue;
    }
    const stage = `import_stage_${spec.table}`;
    await loader.query(`CREATE TEMP TABLE ${stage} ON COMMIT DROP AS SELECT ${list} FROM ${spec.table} WITH NO DATA`);
    await loader.copyIn(`COPY ${stage} (${list}) FROM STDIN (FORMAT csv)`, staging.chunks(spec.file, onBytes));
    const versioned = spec.file !== 'Export';
    const newer = cols.includes('date_updated') ? 'EXCLUDED.date_updated >= t.date_updated AND ' : '';
    // ExportID only says which export a copy came in: a row Hearth exported comes back with the
    // export's ID where Hearth stored none, and that alone is no change.
    const compared = rest.filter((c) => c !== 'export_id');
    const [row] = await loader.query<{ inserted: number; touched: number; total: number }>(
      `WITH up AS (
         INSERT INTO ${spec.table} AS t (${list}) SELECT ${list} FROM ${stage}
         ON CONFLICT (${pk}) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
           ${versioned ? ', version = t.version + 1' : ''}
         WHERE ${newer}(${compared.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `EXCLUDED.${c}`).join(', ')})
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
