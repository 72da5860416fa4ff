// Imports an HMIS CSV zip (FY2026, or FY2024 converted on the way in): checks every file against
// the spec (on a worker thread: check-files.ts), then loads everything in one transaction, or
// nothing when a High Priority problem is found. The outcome is a report per file and line.
import type { Database } from '../../../db/connect.ts';
import { hudSpec } from '../../../hud/spec.generated.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { type FileSummary, summarize } from './check-files.ts';
import { checkInWorker } from './check-in-worker.ts';
import type { CsvVersion } from './file-layout.ts';
import { Findings } from './findings.ts';
import { loadFiles } from './load-files.ts';
import { withLoadTransaction } from './load-transaction.ts';
import { StagingArea } from './staged-csv.ts';
import type { ZipLimits } from './zip-input.ts';

export type { FileSummary } from './check-files.ts';

export type ImportOutcome = {
  loaded: boolean;
  version: CsvVersion | null;
  exportIds: string[];
  files: FileSummary[];
  findings: Findings;
};

export type ImportOptions = {
  database: Database;
  data: Blob;
  actor: AuditActor;
  jobId?: string;
  limits?: ZipLimits;
  onProgress?: (percent: number, note: string) => Promise<void>;
  signal?: AbortSignal;
};

export async function importHmisCsv(opts: ImportOptions): Promise<ImportOutcome> {
  const created = await StagingArea.create();
  try {
    const checked = await checkInWorker({
      data: opts.data,
      limits: opts.limits,
      stagingDir: created.dir,
      lookup: (target, ids) => findExisting(opts.database, target, ids),
      onProgress: (percent) => {
        opts.onProgress?.((45 * percent) / 100, 'Checking files').catch(() => undefined);
      },
      signal: opts.signal,
    });
    const findings = Findings.fromData(checked.findings);
    const outcome: ImportOutcome = {
      loaded: false,
      version: checked.version,
      exportIds: checked.exportIds,
      files: checked.files,
      findings,
    };
    if (!checked.loadable) return outcome;
    const staging = StagingArea.open(created.dir, checked.staged);
    const files = new Set(checked.staged.keys());
    await opts.onProgress?.(50, 'Loading records');
    let read = 0;
    let stagedBytes = 0;
    for (const file of files) stagedBytes += staging.size(file);
    const loadProgress = (n: number) => {
      read += n;
      opts.onProgress?.(50 + (49 * read) / Math.max(1, stagedBytes), 'Loading records').catch(() => undefined);
    };
    const counts = await withLoadTransaction(opts.database, async (loader) => {
      const c = await loadFiles(loader, staging, files, checked.rows, loadProgress);
      await recordAudit(loader.tx, opts.actor, {
        action: 'hmis_csv.import',
        entityType: 'job_run',
        entityId: opts.jobId,
        detail: {
          version: checked.version,
          exportIds: outcome.exportIds.slice(0, 20),
          files: Object.fromEntries([...c].map(([f, n]) => [f, n])),
        },
      });
      return c;
    });
    outcome.loaded = true;
    outcome.files = summarize(checked.rows, findings, counts);
    // Fresh statistics for what was loaded, so the next queries are planned for the new sizes
    // rather than for the tables as they were (autovacuum would get there, later).
    const loaded = hudSpec.filter((spec) => files.has(spec.file)).map((spec) => spec.table);
    if (loaded.length) await opts.database.raw.exec(`ANALYZE ${loaded.join(', ')}`).catch(() => undefined);
    return outcome;
  } finally {
    await created.remove();
  }
}

const TABLE_OF = new Map<string, { table: string; pk: string }>(
  hudSpec.map((s) => [s.file, { table: s.table, pk: s.columns[0]?.column ?? '' }]),
);

/** Of `ids`, those already in Hearth's table for HUD file `target`. */
async function findExisting(database: Database, target: string, ids: string[]): Promise<string[]> {
  const t = TABLE_OF.get(target);
  const found: string[] = [];
  for (let i = 0; t && i < ids.length; i += 5000) {
    const { rows } = await database.raw.query<{ id: string }>(
      `SELECT ${t.pk} AS id FROM ${t.table} WHERE ${t.pk} = ANY($1::varchar[])`,
      [ids.slice(i, i + 5000)],
    );
    for (const r of rows) found.push(r.id);
  }
  return found;
}
