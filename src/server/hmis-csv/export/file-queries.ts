// The query behind each of the 24 files: the spec's columns in order, under their HUD names, as
// text in HUD's formats (dates yyyy-mm-dd, timestamps yyyy-mm-dd hh:mm:ss). Values inlined here
// are validated CoC codes, small integers and Hearth's own hex ids; users' lists live in scope tables.
import { hudSpec } from '../../../hud/spec.generated.ts';
import { ENDPOINTS } from './endpoint-profiles.ts';
import { ASSESSMENT_STAGES, type ExportParams } from './export-params.ts';
import type { Scope } from './export-scope.ts';

export type FileQuery = {
  file: string;
  /** HUD column names, in the spec's order (the header line). */
  header: string[];
  /** Columns written in double quotes: the spec's strings. */
  quoted: string[];
  select: string;
  from: string;
  where: string[];
};

type Spec = (typeof hudSpec)[number];

const ENROLLMENT_RECORDS = new Set([
  'Exit',
  'IncomeBenefits',
  'HealthAndDV',
  'EmploymentEducation',
  'Disabilities',
  'Services',
  'CurrentLivingSituation',
  'Assessment',
  'AssessmentQuestions',
  'AssessmentResults',
  'Event',
  'YouthEducationStatus',
]);
const PROJECT_RECORDS = new Set([
  'Funder',
  'ProjectCoC',
  'Inventory',
  'Affiliation',
  'HMISParticipation',
  'CEParticipation',
]);
const STAGED = new Set([
  'IncomeBenefits',
  'HealthAndDV',
  'EmploymentEducation',
  'Disabilities',
  'YouthEducationStatus',
]);
const AFTERCARE = [
  'AftercareDate',
  'AftercareProvided',
  'EmailSocialMedia',
  'Telephone',
  'InPersonIndividual',
  'InPersonGroup',
];
const HASHED_NAMES = new Set(['FirstName', 'MiddleName', 'LastName']);
const POST_EXIT = ASSESSMENT_STAGES.post_exit;

export function fileQueries(p: ExportParams, scope: Scope, exportId: string): FileQuery[] {
  if (!/^[0-9a-f]{32}$/.test(exportId)) throw new Error('invalid export id');
  const profile = ENDPOINTS[p.sourceEndpoint];
  return hudSpec
    .filter((s) => s.file !== 'Export')
    .map((spec) => {
      const blank = profile.blank.get(spec.file) ?? new Set<string>();
      const columns = spec.columns.map((c) => {
        let expr = `t.${c.column}`;
        if (c.name === 'ExportID') expr = `'${exportId}'::varchar`;
        else if (blank.has(c.name)) expr = 'NULL';
        else if (spec.file === 'Client' && p.hashed && HASHED_NAMES.has(c.name)) expr = `hud_hash_name(t.${c.column})`;
        else if (spec.file === 'Client' && p.hashed && c.name === 'SSN') expr = `hud_hash_ssn(t.${c.column})`;
        else if (spec.file === 'Exit' && p.aftercareWithin180Days && AFTERCARE.includes(c.name)) {
          expr = `CASE WHEN t.aftercare_date IS NULL OR t.aftercare_date BETWEEN t.exit_date AND t.exit_date + 180 THEN t.${c.column} END`;
        }
        if (c.type === 'date' || c.type === 'datetime' || c.type === 'decimal' || expr === 'NULL')
          expr = `(${expr})::text`;
        return `${expr} AS "${c.name}"`;
      });
      const q: FileQuery = {
        file: spec.file,
        header: spec.columns.map((c) => c.name),
        quoted: spec.columns.filter((c) => c.type === 'string').map((c) => c.name),
        select: columns.join(', '),
        from: `${spec.table} t`,
        where: [],
      };
      if (p.excludeDeleted && spec.columns.some((c) => c.name === 'DateDeleted'))
        q.where.push('t.date_deleted IS NULL');
      if (profile.emptyFiles.has(spec.file)) q.where.push('false');
      scopeRows(q, spec, p, scope);
      return q;
    });
}

function scopeRows(q: FileQuery, spec: Spec, p: ExportParams, scope: Scope) {
  const f = spec.file;
  const profile = ENDPOINTS[p.sourceEndpoint];
  if (scope.whole) {
    wholeRows(q, spec, p);
    return;
  }
  if (f === 'Organization') q.where.push(`t.organization_id IN (SELECT organization_id FROM ${scope.project})`);
  else if (f === 'Project') q.from += ` JOIN ${scope.project} xp ON xp.project_id = t.project_id`;
  else if (PROJECT_RECORDS.has(f)) {
    q.from += ` JOIN ${scope.project} xp ON xp.project_id = t.project_id`;
    if (f === 'Funder' && scope.grant) q.where.push(`t.grant_id IN (SELECT grant_id FROM ${scope.grant})`);
    if ((f === 'ProjectCoC' || f === 'Inventory') && p.cocFilter) q.where.push(`t.coc_code = '${p.cocFilter}'`);
  } else if (f === 'Client') q.from += ` JOIN ${scope.client} xc ON xc.personal_id = t.personal_id`;
  else if (f === 'Enrollment') q.from += ` JOIN ${scope.enrollment} xe ON xe.enrollment_id = t.enrollment_id`;
  else if (ENROLLMENT_RECORDS.has(f)) {
    q.from += ` JOIN ${scope.enrollment} xe ON xe.enrollment_id = t.enrollment_id`;
    if (STAGED.has(f) && p.assessmentTypes?.length) {
      q.where.push(`t.data_collection_stage IN (${p.assessmentTypes.map((a) => ASSESSMENT_STAGES[a]).join(', ')})`);
    }
    if (STAGED.has(f) && p.aftercareWithin180Days) {
      q.where.push(
        `NOT (t.data_collection_stage = ${POST_EXIT} AND xe.exit_date IS NOT NULL AND t.information_date > xe.exit_date + 180)`,
      );
    }
    if (f === 'Services' && p.servicesWithinEnrollment) {
      q.where.push('t.date_provided >= xe.entry_date AND (xe.exit_date IS NULL OR t.date_provided <= xe.exit_date)');
    }
    if (f === 'Services' && profile.recordTypes) q.where.push(`t.record_type IN (${profile.recordTypes.join(', ')})`);
  } else if (f === 'User' && !p.allOrganizations) {
    q.where.push(`t.user_id IN (${usersOf(p, scope)})`);
  }
  // A CoC-wide export (every organization) carries the whole user list.
}

// Every row is in scope; only the record filters that do not depend on scope apply.
function wholeRows(q: FileQuery, spec: Spec, p: ExportParams) {
  const f = spec.file;
  if (!STAGED.has(f) && f !== 'Services') return;
  const needsEnrollment = p.aftercareWithin180Days || (f === 'Services' && p.servicesWithinEnrollment);
  if (needsEnrollment) {
    q.from += ` JOIN enrollment xe ON xe.enrollment_id = t.enrollment_id
      LEFT JOIN (SELECT enrollment_id, min(exit_date) AS exit_date FROM exit GROUP BY enrollment_id) xx ON xx.enrollment_id = t.enrollment_id`;
  }
  const exitDate = 'xx.exit_date';
  if (STAGED.has(f) && p.assessmentTypes?.length) {
    q.where.push(`t.data_collection_stage IN (${p.assessmentTypes.map((a) => ASSESSMENT_STAGES[a]).join(', ')})`);
  }
  if (STAGED.has(f) && p.aftercareWithin180Days) {
    q.where.push(
      `NOT (t.data_collection_stage = ${POST_EXIT} AND ${exitDate} IS NOT NULL AND t.information_date > ${exitDate} + 180)`,
    );
  }
  if (f === 'Services' && p.servicesWithinEnrollment) {
    q.where.push(`t.date_provided >= xe.entry_date AND (${exitDate} IS NULL OR t.date_provided <= ${exitDate})`);
  }
}

// The users who created or last changed an exported record.
function usersOf(p: ExportParams, scope: Scope): string {
  const parts: string[] = [];
  for (const other of fileQueriesWithoutUsers(p, scope)) {
    parts.push(`SELECT t.user_id FROM ${other.from}${other.where.length ? ` WHERE ${other.where.join(' AND ')}` : ''}`);
  }
  return parts.join(' UNION ');
}

function fileQueriesWithoutUsers(p: ExportParams, scope: Scope): FileQuery[] {
  return hudSpec
    .filter((s) => s.file !== 'Export' && s.file !== 'User' && s.columns.some((c) => c.name === 'UserID'))
    .map((spec) => {
      const q: FileQuery = {
        file: spec.file,
        header: [],
        quoted: [],
        select: '',
        from: `${spec.table} t`,
        where: [],
      };
      if (p.excludeDeleted) q.where.push('t.date_deleted IS NULL');
      if (ENDPOINTS[p.sourceEndpoint].emptyFiles.has(spec.file)) q.where.push('false');
      scopeRows(q, spec, p, scope);
      return q;
    });
}

export const queryText = (q: FileQuery) =>
  `SELECT ${q.select} FROM ${q.from}${q.where.length ? ` WHERE ${q.where.join(' AND ')}` : ''}`;
