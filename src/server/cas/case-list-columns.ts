// How the CAS caseload columns (My and Agency CAS Active Cases) sort and filter in SQL: the same
// keys and the same text the screen's columns show (src/web/cas/cas-case-columns.tsx).
import { type SQL, sql } from 'drizzle-orm';
import type { HudLanguage } from '../../hud/codes.ts';
import type { CaseField } from './cas-cases.ts';
import {
  hudFilter,
  hudSort,
  jsonNamesFilter,
  type ListColumn,
  type ListQuery,
  listQuery,
  textFilter,
} from './paged-list.ts';

const name = sql`concat_ws(' ', b."FirstName", b."LastName")`;
type Filter = NonNullable<ListColumn['filter']>;
/** A date shown with a HUD label after it: either may hold the text. */
const dated =
  (date: SQL, label: Filter): Filter =>
  (pattern, text, lang) =>
    sql`(${date} ILIKE ${pattern} OR ${label(pattern, text, lang)})`;

/** The word between the counts of the Document Check column ("2 of 3"), as the screen shows it. */
const DOCUMENTS_OF: Record<HudLanguage, string> = { en: 'of', es: 'de' };

export const CASE_COLUMNS = {
  client: { sort: sql`lower(${name})`, filter: textFilter(name) },
  id: { sort: sql`b."PersonalID"`, filter: textFilter(sql`b."PersonalID"`) },
  size: { sort: sql`b."householdSize"`, filter: textFilter(sql`b."householdSize"::text`) },
  org: { sort: sql`b."ProjectName"`, filter: textFilter(sql`b."ProjectName"`) },
  start: { sort: sql`b."EntryDate"`, filter: textFilter(sql`b."EntryDate"`) },
  days: { sort: sql`b."daysActive"`, filter: textFilter(sql`b."daysActive"::text`) },
  assessment: {
    sort: sql`b."AssessmentDate"`,
    filter: dated(sql`b."AssessmentDate"`, hudFilter('AssessmentLevel', sql`b."AssessmentLevel"`)),
  },
  score: {
    sort: sql`CASE WHEN b.score ~ '^-?\\d+(\\.\\d+)?$' THEN b.score::numeric END`,
    filter: textFilter(sql`b.score`),
  },
  status: {
    sort: hudSort('PrioritizationStatus', sql`b."PrioritizationStatus"`),
    filter: hudFilter('PrioritizationStatus', sql`b."PrioritizationStatus"`),
  },
  ties: { sort: sql`b."areaTies"->0->>'name'`, filter: jsonNamesFilter(sql`b."areaTies"`, 'name') },
  event: {
    sort: sql`b."EventDate"`,
    filter: dated(sql`b."EventDate"`, hudFilter('EventType', sql`b."Event"`)),
  },
  awaiting: { sort: sql`b."referralsAwaiting"`, filter: textFilter(sql`b."referralsAwaiting"::text`) },
  contact: { sort: sql`b."lastContact"`, filter: textFilter(sql`b."lastContact"`) },
  managers: { sort: sql`b."caseManagers"->0->>'name'`, filter: jsonNamesFilter(sql`b."caseManagers"`, 'name') },
  // Least ready first (nothing required counts as all ready), then most missing.
  docs: {
    sort: sql`ROW(CASE WHEN b."docsRequired" = 0 THEN 1 ELSE b."docsReady"::numeric / b."docsRequired" END,
      b."docsReady" - b."docsRequired")`,
    filter: (pattern, _text, lang) =>
      sql`concat_ws(' ', b."docsReady", ${DOCUMENTS_OF[lang]}::text, b."docsRequired") ILIKE ${pattern}`,
  },
} satisfies Record<string, ListColumn>;

/**
 * The CAS case fields each column sorts and filters by (cas-cases.ts): the lists work out over the
 * whole list only those of the column sorted and the columns filtered.
 */
export const CASE_COLUMN_FIELDS: Record<keyof typeof CASE_COLUMNS, CaseField[]> = {
  client: ['FirstName', 'LastName'],
  id: ['PersonalID'],
  size: ['householdSize'],
  org: ['ProjectName'],
  start: ['EntryDate'],
  days: ['daysActive'],
  assessment: ['AssessmentDate', 'AssessmentLevel'],
  score: ['score'],
  status: ['PrioritizationStatus'],
  ties: ['areaTies'],
  event: ['Event', 'EventDate'],
  awaiting: ['referralsAwaiting'],
  contact: ['lastContact'],
  managers: ['caseManagers'],
  docs: ['docsReady', 'docsRequired'],
};

/** The fields the sort and the filters of `q` read, of columns `fields` names. */
export function fieldsAsked(fields: Partial<Record<string, CaseField[]>>, q: ListQuery): CaseField[] {
  const keys = [...(q.sort ? [q.sort] : []), ...Object.keys(fields).filter((k) => q[`filter.${k}`]?.trim())];
  return keys.flatMap((k) => fields[k] ?? []);
}

export const caseListQuery = listQuery(Object.keys(CASE_COLUMNS) as [keyof typeof CASE_COLUMNS]);

/** The caseloads' order when no column is chosen (and among equals): by name. */
export const CASE_TIEBREAK = sql`b."LastName", b."FirstName", b."EnrollmentID"`;
/** What CASE_TIEBREAK reads. */
export const CASE_TIEBREAK_FIELDS: CaseField[] = ['LastName', 'FirstName', 'EnrollmentID'];
