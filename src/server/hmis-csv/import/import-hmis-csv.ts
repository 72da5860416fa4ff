// Imports an HMIS CSV zip (FY2026, or FY2024 converted on the way in): checks every file against
// the spec, then loads everything in one transaction, or nothing when a High Priority problem is
// found. The outcome is a report per file and line.
import type { Database } from '../../../db/connect.ts';
import { hudSpec } from '../../../hud/spec.generated.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { checkDataQuality } from './data-quality.ts';
import { type CsvVersion, type Layout, mapHeader, readRow } from './file-layout.ts';
import { Findings } from './findings.ts';
import { type FileCounts, loadFiles } from './load-files.ts';
import { withLoadTransaction } from './load-transaction.ts';
import { type ScanResult, scanFiles } from './scan-files.ts';
import { StagingArea } from './staged-csv.ts';
import { DEFAULT_ZIP_LIMITS, openZip, readCsv, type ZipInput, type ZipLimits, ZipProblem } from './zip-input.ts';

export type FileSummary = FileCounts & {
  file: string;
  rows: number;
  highPriority: number;
  errors: number;
  warnings: number;
};

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

type ExportInfo = { version: CsvVersion; hashed: boolean; exportIds: Set<string>; layout: Layout; rows: number };

export async function importHmisCsv(opts: ImportOptions): Promise<ImportOutcome> {
  const findings = new Findings();
  const outcome: ImportOutcome = { loaded: false, version: null, exportIds: [], files: [], findings };
  let zip: ZipInput | undefined;
  const staging = await StagingArea.create();
  try {
    zip = await openZip(opts.data, opts.limits ?? DEFAULT_ZIP_LIMITS);
    // A missing or misplaced file does not stop the checks: every problem of every file is
    // reported in one run (nothing is loaded while any blocking problem remains).
    checkStructure(zip, findings);
    const info = await readExportFile(zip, findings, staging);
    // Without a readable Export.csv the version is unknown: the other files cannot be read.
    if (!info) return outcome;
    outcome.version = info.version;
    outcome.exportIds = [...info.exportIds];
    const total = Math.max(1, zip.unpackedBytes);
    let read = 0;
    const progress = (from: number, span: number, note: string) => (n: number) => {
      read += n;
      opts.onProgress?.(from + (span * Math.min(read, total)) / total, note).catch(() => undefined);
    };
    const scan = await scanFiles({
      zip,
      version: info.version,
      hashed: info.hashed,
      exportIds: info.exportIds,
      findings,
      onBytes: progress(0, 45, 'Checking files'),
      staging,
      signal: opts.signal,
    });
    scan.layouts.set('Export', info.layout);
    scan.rows.set('Export', info.rows);
    await resolveReferences(opts.database, scan, findings, (file) => zip?.files.has(file.toLowerCase()) ?? false);
    checkDataQuality(scan, findings);
    outcome.files = summarize(scan, findings);
    if (findings.blocking) return outcome;
    await opts.onProgress?.(50, 'Loading records');
    read = 0;
    let stagedBytes = 0;
    for (const file of scan.layouts.keys()) stagedBytes += staging.size(file);
    const loadProgress = (n: number) => {
      read += n;
      opts.onProgress?.(50 + (49 * read) / Math.max(1, stagedBytes), 'Loading records').catch(() => undefined);
    };
    const counts = await withLoadTransaction(opts.database, async (loader) => {
      const c = await loadFiles(loader, staging, scan.layouts, scan.rows, loadProgress);
      await recordAudit(loader.tx, opts.actor, {
        action: 'hmis_csv.import',
        entityType: 'job_run',
        entityId: opts.jobId,
        detail: {
          version: info.version,
          exportIds: outcome.exportIds.slice(0, 20),
          files: Object.fromEntries([...c].map(([f, n]) => [f, n])),
        },
      });
      return c;
    });
    outcome.loaded = true;
    // Fresh statistics for the planner: reports over the loaded tables (an embedded database has
    // no autovacuum to gather them) would otherwise plan for empty tables.
    await opts.database.raw.exec('ANALYZE');
    outcome.files = summarize(scan, findings, counts);
    // Fresh statistics for what was loaded, so the next queries are planned for the new sizes
    // rather than for the tables as they were (autovacuum would get there, later).
    const loaded = hudSpec.filter((spec) => scan.layouts.has(spec.file)).map((spec) => spec.table);
    if (loaded.length) await opts.database.raw.exec(`ANALYZE ${loaded.join(', ')}`).catch(() => undefined);
    return outcome;
  } catch (e) {
    if (!(e instanceof ZipProblem)) throw e;
    findings.add(e.checkId, { file: e.file ?? null, line: e.line ?? null, message: e.message });
    return outcome;
  } finally {
    await zip?.close().catch(() => undefined);
    await staging.remove();
  }
}

function checkStructure(zip: ZipInput, findings: Findings) {
  const required = hudSpec.map((s) => s.file);
  for (const f of required) {
    if (zip.files.has(f.toLowerCase())) continue;
    const inFolder = zip.nested.find((n) => n.toLowerCase().endsWith(`/${f.toLowerCase()}.csv`));
    if (inFolder) {
      findings.add('misstructured_zip', {
        file: `${f}.csv`,
        message: `${f}.csv is inside a folder (${inFolder}); the CSV files must be at the top of the zip.`,
      });
    } else {
      findings.add('missing_file', { file: `${f}.csv`, message: `${f}.csv is missing from the zip.` });
    }
  }
  const known = new Set(required.map((f) => f.toLowerCase()));
  for (const name of [...zip.others, ...zip.nested.filter((n) => !known.has(baseName(n)))]) {
    findings.add('unknown_file', {
      file: name.slice(0, 40),
      message: `${name} is not an HMIS CSV file; it was ignored.`,
    });
  }
}

const baseName = (path: string) => (path.split('/').pop() ?? '').replace(/\.csv$/i, '').toLowerCase();

async function readExportFile(
  zip: ZipInput,
  findings: Findings,
  staging: StagingArea,
): Promise<ExportInfo | undefined> {
  const spec = hudSpec.find((s) => s.file === 'Export');
  const entry = zip.files.get('export');
  if (!spec || !entry) return undefined;
  const file = 'Export.csv';
  let layout: ReturnType<typeof mapHeader>;
  const rows: (string | null)[][] = [];
  let first = true;
  for await (const { fields, line } of readCsv(entry, file, () => undefined)) {
    if (first) {
      first = false;
      layout = mapHeader(spec, fields, 'FY2026', findings);
      if (!layout) return undefined;
      continue;
    }
    if (!layout) return undefined;
    const values = readRow(layout, fields, { file, line, hashed: false, findings });
    if (values) rows.push(values);
  }
  const staged = staging.file('Export');
  for (const r of rows) await staged.row(r);
  await staged.close();
  const at = (row: (string | null)[] | undefined, name: string) => row?.[layout?.index.get(name) ?? -1] ?? null;
  if (rows.length === 0) {
    findings.add('export_rows', { file, line: 2, message: 'Export.csv has no row describing the export.' });
    return undefined;
  }
  if (rows.length > 1) {
    findings.add('merged_export', {
      file,
      message: `Export.csv has ${rows.length} rows (a merged export); each row's ExportID is accepted.`,
    });
  }
  const csvVersion = at(rows[0], 'CSVVersion') ?? '';
  let version = versionOf(csvVersion);
  if (!version && !csvVersion.trim()) {
    // CSVVersion may be empty; Client.csv's columns then tell FY2026 (Sex) from FY2024 (Woman, Man, …).
    version = await versionFromClientHeader(zip);
    if (version) {
      findings.add('conditional_required', {
        file,
        line: 2,
        column: 'CSVVersion',
        message: `CSVVersion is empty; Client.csv has the ${version} columns, so the export was read as ${version}.`,
      });
    }
  }
  if (!version) {
    findings.add('csv_version', {
      file,
      line: 2,
      column: 'CSVVersion',
      value: csvVersion,
      message: `CSVVersion “${csvVersion}” is not FY2026 (or FY2024, which Hearth converts). Export the data in the FY2026 format.`,
    });
    return undefined;
  }
  if (version === 'FY2024') {
    findings.add('fy2024_converted', {
      file,
      message: 'This is an FY2024 export: it was converted to FY2026 (Sex and MentalHealthConsultation are empty).',
    });
  }
  rows.forEach((r, i) => {
    if (at(r, 'SourceType') === '1' && !at(r, 'SourceID')) {
      findings.add('conditional_required', {
        file,
        line: i + 2,
        column: 'SourceID',
        message: 'SourceID (the CoC code) is required when SourceType is 1 (CoC HMIS).',
      });
    }
  });
  if (!layout) return undefined;
  return {
    version,
    layout,
    rows: rows.length,
    hashed: rows.some((r) => at(r, 'HashStatus') === '4'),
    exportIds: new Set(rows.map((r) => at(r, 'ExportID') ?? '')),
  };
}

function versionOf(csvVersion: string): CsvVersion | undefined {
  if (/(^|\D)2026(\D|$)/.test(csvVersion)) return 'FY2026';
  if (/(^|\D)2024(\D|$)/.test(csvVersion)) return 'FY2024';
  return undefined;
}

async function versionFromClientHeader(zip: ZipInput): Promise<CsvVersion | undefined> {
  const entry = zip.files.get('client');
  if (!entry) return undefined;
  for await (const { fields } of readCsv(entry, 'Client.csv', () => undefined)) {
    const names = new Set(fields.map((f) => f.trim().toLowerCase()));
    return names.has('sex') ? 'FY2026' : names.has('woman') ? 'FY2024' : undefined;
  }
  return undefined;
}

const TABLE_OF = new Map<string, { table: string; pk: string }>(
  hudSpec.map((s) => [s.file, { table: s.table, pk: s.columns[0]?.column ?? '' }]),
);

// Identifiers a file refers to that are not in the zip may already be in Hearth (a delta export).
async function resolveReferences(
  database: Database,
  scan: ScanResult,
  findings: Findings,
  inZip: (file: string) => boolean,
) {
  for (const [target, missing] of scan.unresolved) {
    // References into a file missing from the zip: its missing_file finding says it once.
    if (!inZip(target)) continue;
    const t = TABLE_OF.get(target);
    const wanted = [...missing.keys()];
    const found = new Set<string>();
    for (let i = 0; t && i < wanted.length; i += 5000) {
      const { rows } = await database.raw.query<{ id: string }>(
        `SELECT ${t.pk} AS id FROM ${t.table} WHERE ${t.pk} = ANY($1::varchar[])`,
        [wanted.slice(i, i + 5000)],
      );
      for (const r of rows) found.add(r.id);
    }
    for (const [id, places] of missing) {
      if (found.has(id)) continue;
      for (const p of places) {
        findings.add('missing_reference', {
          ...p,
          value: id,
          message: `${p.column} ${id} is not in ${target}.csv (nor already in Hearth).`,
        });
      }
    }
  }
}

function summarize(scan: ScanResult, findings: Findings, counts?: Map<string, FileCounts>): FileSummary[] {
  return hudSpec.map((s) => {
    const f = findings.byFile.get(`${s.file}.csv`);
    const c = counts?.get(s.file);
    return {
      file: `${s.file}.csv`,
      rows: scan.rows.get(s.file) ?? 0,
      inserted: c?.inserted ?? 0,
      updated: c?.updated ?? 0,
      unchanged: c?.unchanged ?? 0,
      highPriority: f?.high_priority ?? 0,
      errors: f?.error ?? 0,
      warnings: f?.warning ?? 0,
    };
  });
}
