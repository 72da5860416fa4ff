// First pass of an import: reads every file once, checks each value, each identifier and each
// reference, and keeps what the data-quality checks need. Nothing is written.
import { hudSpec } from '../../../hud/spec.generated.ts';
import { type CsvVersion, type FileSpec, type Layout, mapHeader, readRow } from './file-layout.ts';
import type { Findings } from './findings.ts';
import type { StagingArea } from './staged-csv.ts';
import { readCsv, type ZipInput } from './zip-input.ts';

// References between files: child column → the file whose first column it names.
export const REFERENCES: Record<string, [string, string][]> = {
  Project: [['OrganizationID', 'Organization']],
  Funder: [['ProjectID', 'Project']],
  ProjectCoC: [['ProjectID', 'Project']],
  Inventory: [['ProjectID', 'Project']],
  Affiliation: [['ProjectID', 'Project']],
  HMISParticipation: [['ProjectID', 'Project']],
  CEParticipation: [['ProjectID', 'Project']],
  Enrollment: [
    ['PersonalID', 'Client'],
    ['ProjectID', 'Project'],
  ],
  AssessmentQuestions: [
    ['AssessmentID', 'Assessment'],
    ['EnrollmentID', 'Enrollment'],
    ['PersonalID', 'Client'],
  ],
  AssessmentResults: [
    ['AssessmentID', 'Assessment'],
    ['EnrollmentID', 'Enrollment'],
    ['PersonalID', 'Client'],
  ],
};
for (const f of [
  'Exit',
  'IncomeBenefits',
  'HealthAndDV',
  'EmploymentEducation',
  'Disabilities',
  'Services',
  'CurrentLivingSituation',
  'Assessment',
  'Event',
  'YouthEducationStatus',
]) {
  REFERENCES[f] = [
    ['EnrollmentID', 'Enrollment'],
    ['PersonalID', 'Client'],
  ];
}
const TARGETS = new Set(Object.values(REFERENCES).flatMap((refs) => refs.map(([, t]) => t)));

export type Place = { file: string; line: number; column: string; recordId: string | null };

export type ProjectInfo = {
  organizationId: string;
  projectType: string | null;
  housingType: string | null;
  operatingStart: string;
  operatingEnd: string | null;
  line: number;
};
export type EnrollmentInfo = {
  personalId: string;
  projectId: string;
  entryDate: string;
  householdId: string;
  relationship: string;
  moveInDate: string | null;
  line: number;
};

export type ScanResult = {
  rows: Map<string, number>;
  /** Identifiers referred to but not in their file: looked up in Hearth's database next. */
  unresolved: Map<string, Map<string, Place[]>>;
  organizations: Map<string, { vsp: boolean }>;
  projects: Map<string, ProjectInfo>;
  clients: Map<string, { dob: string | null; line: number }>;
  enrollments: Map<string, EnrollmentInfo>;
  exits: Map<string, { personalId: string; exitDate: string; line: number }>;
  layouts: Map<string, Layout>;
};

export type ScanInput = {
  zip: ZipInput;
  version: CsvVersion;
  hashed: boolean;
  exportIds: Set<string>;
  findings: Findings;
  onBytes: (n: number) => void;
  staging: StagingArea;
  signal?: AbortSignal;
};

const KEEP_PLACES = 5;

export async function scanFiles(input: ScanInput): Promise<ScanResult> {
  const { zip, findings } = input;
  const result: ScanResult = {
    rows: new Map(),
    unresolved: new Map(),
    organizations: new Map(),
    projects: new Map(),
    clients: new Map(),
    enrollments: new Map(),
    exits: new Map(),
    layouts: new Map(),
  };
  const ids = new Map<string, Set<string>>();
  for (const spec of hudSpec) {
    if (spec.file === 'Export') continue;
    const entry = zip.files.get(spec.file.toLowerCase());
    if (!entry) continue;
    const own = new Set<string>();
    const collect = new FileCollector(spec, result, input);
    const staged = input.staging.file(spec.file);
    let layout: Layout | undefined;
    let header = true;
    let rows = 0;
    for await (const { fields, line } of readCsv(entry, `${spec.file}.csv`, input.onBytes)) {
      if (header) {
        header = false;
        layout = mapHeader(spec, fields, input.version, findings);
        if (!layout) break;
        result.layouts.set(spec.file, layout);
        continue;
      }
      if (!layout) break;
      input.signal?.throwIfAborted();
      rows += 1;
      const file = `${spec.file}.csv`;
      const values = readRow(layout, fields, { file, line, hashed: input.hashed, findings });
      if (!values) continue;
      await staged.row(values);
      const id = values[0] ?? '';
      if (own.has(id)) {
        findings.add('duplicate_id', {
          file,
          line,
          column: spec.columns[0]?.name,
          recordId: id,
          value: id,
          message: `${spec.columns[0]?.name} ${id} appears more than once in ${file}.`,
        });
      } else own.add(id);
      const get = (name: string) => values[layout?.index.get(name) ?? -1] ?? null;
      for (const [column, target] of REFERENCES[spec.file] ?? []) {
        const ref = get(column);
        if (ref === null || ids.get(target)?.has(ref)) continue;
        const missing = result.unresolved.get(target) ?? new Map<string, Place[]>();
        result.unresolved.set(target, missing);
        const places = missing.get(ref) ?? [];
        if (places.length < KEEP_PLACES) places.push({ file, line, column, recordId: id });
        missing.set(ref, places);
      }
      const exportId = get('ExportID');
      if (exportId !== null && !input.exportIds.has(exportId)) {
        findings.add('export_id_mismatch', {
          file,
          line,
          column: 'ExportID',
          recordId: id,
          value: exportId,
          message: `ExportID ${exportId} is not an ExportID in Export.csv.`,
        });
      }
      if (layout.retired.some((r) => (fields[r.index] ?? '') !== '')) collect.retiredValues += 1;
      collect.row(get, id, line);
    }
    await staged.close();
    result.rows.set(spec.file, rows);
    collect.done();
    if (TARGETS.has(spec.file)) ids.set(spec.file, own);
  }
  // References to rows later in the same pass (none in HUD's file order) or in other files.
  for (const [target, missing] of result.unresolved) {
    const have = ids.get(target);
    if (!have) continue;
    for (const id of missing.keys()) if (have.has(id)) missing.delete(id);
  }
  return result;
}

// Keeps what the data-quality checks need from the rows of one file.
class FileCollector {
  retiredValues = 0;
  constructor(
    private readonly spec: FileSpec,
    private readonly result: ScanResult,
    private readonly input: ScanInput,
  ) {}

  row(get: (name: string) => string | null, id: string, line: number) {
    const r = this.result;
    switch (this.spec.file) {
      case 'Organization':
        r.organizations.set(id, { vsp: get('VictimServiceProvider') === '1' });
        break;
      case 'Project':
        r.projects.set(id, {
          organizationId: get('OrganizationID') ?? '',
          projectType: get('ProjectType'),
          housingType: get('HousingType'),
          operatingStart: get('OperatingStartDate') ?? '',
          operatingEnd: get('OperatingEndDate'),
          line,
        });
        break;
      case 'Client':
        r.clients.set(id, { dob: get('DOB'), line });
        break;
      case 'Enrollment':
        r.enrollments.set(id, {
          personalId: get('PersonalID') ?? '',
          projectId: get('ProjectID') ?? '',
          entryDate: get('EntryDate') ?? '',
          householdId: get('HouseholdID') ?? '',
          relationship: get('RelationshipToHoH') ?? '',
          moveInDate: get('MoveInDate'),
          line,
        });
        break;
      case 'Exit': {
        const enrollmentId = get('EnrollmentID') ?? '';
        r.exits.set(enrollmentId, { personalId: get('PersonalID') ?? '', exitDate: get('ExitDate') ?? '', line });
        break;
      }
    }
  }

  done() {
    if (!this.retiredValues) return;
    const names = this.result.layouts.get(this.spec.file)?.retired.map((c) => c.name) ?? [];
    this.input.findings.add('fy2024_converted', {
      file: `${this.spec.file}.csv`,
      message: `${this.retiredValues} rows have values in FY2024 columns that FY2026 retired (${names.join(', ')}); those values were not loaded.`,
    });
  }
}
