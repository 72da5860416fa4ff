// What the Data Explorer may ask about: per subject a fixed FROM clause and a whitelist of columns,
// each a fixed SQL expression written here. Questions name subjects and columns by key; nothing
// a user sends ever becomes SQL text (values go in as parameters).
import { type SQL, sql } from 'drizzle-orm';
import type { HudListName } from '../../../../hud/codes.ts';

export type ExplorerType = 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'code';

export type ExplorerColumn = {
  key: string;
  label: string;
  type: ExplorerType;
  /** The column's SQL expression over the subject's aliases (a constant of this module). */
  sql: string;
  /** A datetime stored as an instant (timestamptz); others are HUD local times. */
  zoned?: boolean;
  /** HUD code list of a code column: shown with its labels, filtered by code. */
  list?: HudListName;
  /** Personal identifiers: Hide PII drops names; DOB and SSN are masked per role, never grouped by. */
  pii?: 'name' | 'dob' | 'ssn';
};

export type Subject = {
  id: string;
  label: string;
  /** What one record is, for messages ("client", "enrollment"). */
  noun: string;
  /** FROM … JOIN … over fixed aliases (given the CoC's time zone), and the condition every row meets. */
  from(zone: string): SQL;
  where: string;
  /** The client's PersonalID: visibility (VSP, restricted) and the client-read audit. */
  clientId?: string;
  /** "Which records do you want to include?": the condition for records of these organizations. */
  ofOrganizations(orgs: SQL): SQL;
  /** Records of these programs (subjects that have programs). */
  ofProjects?(projects: SQL): SQL;
  columns: ExplorerColumn[];
  /** Columns a new question starts with. */
  defaults: string[];
};

/** Client columns every client-level subject offers (alias c: client). */
export const CLIENT = {
  PersonalID: { key: 'PersonalID', label: 'Client ID', type: 'text', sql: 'c.personal_id' },
  FirstName: { key: 'FirstName', label: 'First name', type: 'text', sql: 'c.first_name', pii: 'name' },
  LastName: { key: 'LastName', label: 'Last name', type: 'text', sql: 'c.last_name', pii: 'name' },
  DOB: { key: 'DOB', label: 'Date of birth', type: 'date', sql: 'c.dob', pii: 'dob' },
  VeteranStatus: {
    key: 'VeteranStatus',
    label: 'Veteran status',
    type: 'code',
    sql: 'c.veteran_status',
    list: 'NoYesReasonsForMissingData',
  },
} satisfies Record<string, ExplorerColumn>;
export const clientColumns: ExplorerColumn[] = Object.values(CLIENT);

/** Project and organization columns (aliases p: project, o: organization). */
export const projectColumns: ExplorerColumn[] = [
  { key: 'OrganizationName', label: 'Organization', type: 'text', sql: 'o.organization_name' },
  { key: 'ProjectName', label: 'Project', type: 'text', sql: 'p.project_name' },
  { key: 'ProjectType', label: 'Project type', type: 'code', sql: 'p.project_type', list: 'ProjectType' },
];

/** Who entered a record (alias eu: app_user, hu: hmis_user; `userId` the record's UserID). */
export const enteredByJoin = (userId: string) =>
  `LEFT JOIN app_user eu ON eu.id = ${userId} LEFT JOIN hmis_user hu ON hu.user_id = ${userId}`;
export const enteredByColumn: ExplorerColumn = {
  key: 'EnteredBy',
  label: 'Entered by',
  type: 'text',
  sql: "coalesce(eu.first_name || ' ' || eu.last_name, hu.user_first_name || ' ' || hu.user_last_name)",
};

/** The enrollment a record (alias `record`) is on, its client, project and organization. */
export const onEnrollment = (
  record: string,
) => `JOIN enrollment e ON e.enrollment_id = ${record}.enrollment_id AND e.date_deleted IS NULL
  JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
  JOIN project p ON p.project_id = e.project_id
  JOIN organization o ON o.organization_id = p.organization_id`;

/** What every subject recorded on an enrollment shares: whose client it is, and its organization and program. */
export const enrollmentLevel = {
  clientId: 'c.personal_id',
  ofOrganizations: (orgs: SQL) => sql`p.organization_id = ANY(${orgs})`,
  ofProjects: (projects: SQL) => sql`p.project_id = ANY(${projects})`,
} satisfies Partial<Subject>;
