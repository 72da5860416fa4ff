// The check phase of an import, run on a worker thread (check-worker.ts) so that reading and
// checking hundreds of thousands of rows never holds up the requests of the thread serving users:
// opens the zip, checks every file, stages the checked rows for the load and says what it found.
// Nothing is written to the database; identifiers not in the zip are looked up through `lookup`.
import { hudSpec } from '../../../hud/spec.generated.ts';
import { checkDataQuality } from './data-quality.ts';
import { type CsvVersion, type Layout, mapHeader, readRow } from './file-layout.ts';
import { Findings, type FindingsData } from './findings.ts';
import type { FileCounts } from './load-files.ts';
import { type ScanResult, scanFiles } from './scan-files.ts';
import { type StagedSegments, StagingArea } from './staged-csv.ts';
import { DEFAULT_ZIP_LIMITS, openZip, readCsv, type ZipInput, type ZipLimits, ZipProblem } from './zip-input.ts';

export type FileSummary = FileCounts & {
  file: string;
  rows: number;
  highPriority: number;
  errors: number;
  warnings: number;
};

export type CheckInput = {
  data: Blob;
  limits?: ZipLimits;
  /** The folder the checked rows are staged in, for the load. */
  stagingDir: string;
};

/** Everything the load needs, as plain data (it crosses from the worker in a message). */
export type CheckResult = {
  /** Checked without a blocking problem: the staged rows may be loaded. */
  loadable: boolean;
  version: CsvVersion | null;
  exportIds: string[];
  files: FileSummary[];
  rows: Map<string, number>;
  findings: FindingsData;
  staged: StagedSegments;
};

export type CheckHooks = {
  /** Of `ids`, those already in the table of HUD file `target` (a delta export refers to them). */
  lookup: (target: string, ids: string[]) => Promise<string[]>;
  /** Unpacked bytes read so far are `percent` of the check phase. */
  onProgress: (percent: number) => void;
};

type ExportInfo = { version: CsvVersion; hashed: boolean; exportIds: Set<string>; layout: Layout; rows: number };

export async function checkFiles(input: CheckInput, hooks: CheckHooks): Promise<CheckResult> {
  const findings = new Findings();
  const staging = StagingArea.open(input.stagingDir);
  const result: CheckResult = {
    loadable: false,
    version: null,
    exportIds: [],
    files: [],
    rows: new Map(),
    findings: findings.toData(),
    staged: new Map(),
  };
  let zip: ZipInput | undefined;
  try {
    zip = await openZip(input.data, input.limits ?? DEFAULT_ZIP_LIMITS);
    // A missing or misplaced file does not stop the checks: every problem of every file is
    // reported in one run (nothing is loaded while any blocking problem remains).
    checkStructure(zip, findings);
    const info = await readExportFile(zip, findings, staging);
    // Without a readable Export.csv the version is unknown: the other files cannot be read.
    if (!info) return result;
    result.version = info.version;
    result.exportIds = [...info.exportIds];
    const total = Math.max(1, zip.unpackedBytes);
    let read = 0;
    const scan = await scanFiles({
      zip,
      version: info.version,
      hashed: info.hashed,
      exportIds: info.exportIds,
      findings,
      onBytes: (n) => {
        read += n;
        hooks.onProgress((100 * Math.min(read, total)) / total);
      },
      staging,
    });
    scan.layouts.set('Export', info.layout);
    scan.rows.set('Export', info.rows);
    const inZip = (file: string) => zip?.files.has(file.toLowerCase()) ?? false;
    await resolveReferences(scan, findings, inZip, hooks.lookup);
    checkDataQuality(scan, findings);
    result.rows = scan.rows;
    result.files = summarize(scan.rows, findings);
    result.loadable = !findings.blocking;
    result.staged = new Map([...staging.segments()].filter(([file]) => scan.layouts.has(file)));
    return result;
  } catch (e) {
    if (!(e instanceof ZipProblem)) throw e;
    findings.add(e.checkId, { file: e.file ?? null, line: e.line ?? null, message: e.message });
    return result;
  } finally {
    await zip?.close().catch(() => undefined);
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

// Identifiers a file refers to that are not in the zip may already be in Hearth (a delta export).
async function resolveReferences(
  scan: ScanResult,
  findings: Findings,
  inZip: (file: string) => boolean,
  lookup: CheckHooks['lookup'],
) {
  for (const [target, missing] of scan.unresolved) {
    // References into a file missing from the zip: its missing_file finding says it once.
    if (!inZip(target)) continue;
    const found = new Set(await lookup(target, [...missing.keys()]));
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

export function summarize(
  rows: Map<string, number>,
  findings: Pick<Findings, 'byFile'>,
  counts?: Map<string, FileCounts>,
): FileSummary[] {
  return hudSpec.map((s) => {
    const f = findings.byFile.get(`${s.file}.csv`);
    const c = counts?.get(s.file);
    return {
      file: `${s.file}.csv`,
      rows: rows.get(s.file) ?? 0,
      inserted: c?.inserted ?? 0,
      updated: c?.updated ?? 0,
      unchanged: c?.unchanged ?? 0,
      highPriority: f?.high_priority ?? 0,
      errors: f?.error ?? 0,
      warnings: f?.warning ?? 0,
    };
  });
}
