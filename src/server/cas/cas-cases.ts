// Active CAS cases, one row per household (its head of household's open enrollment in a
// Coordinated Entry project), with what the CAS caseloads and the prioritization list show.
// One set-based query; every list goes through the client visibility rule.
import { type SQL, sql } from 'drizzle-orm';
import { NoYes, ProjectType, REFERRAL_EVENTS, RelationshipToHoH } from '../../hud/codes.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { documentReadySql, documentRequiredSql } from '../document-check/document-check-status.ts';
import { hudToday } from '../http/ids.ts';

export type CaseScope =
  | { kind: 'mine'; userId: string }
  | { kind: 'agency'; organizationIds: string[] }
  | { kind: 'coc' };

export type CasCaseRow = {
  EnrollmentID: string;
  HouseholdID: string;
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  householdSize: number;
  ProjectID: string;
  ProjectName: string;
  OrganizationID: string;
  OrganizationName: string;
  EntryDate: string;
  daysActive: number;
  caseManagers: { userId: string; name: string }[];
  AssessmentDate: string | null;
  AssessmentLevel: number | null;
  score: string | null;
  band: string | null;
  PrioritizationStatus: number | null;
  areaTies: { areaId: string; name: string; tieKind: string }[];
  Event: number | null;
  EventDate: string | null;
  referralsAwaiting: number;
  lastContact: string;
  daysSinceContact: number;
  adults: number;
  children: number;
  veteran: boolean;
  youth: boolean;
  dvSurvivor: boolean;
  disablingCondition: boolean;
};

const list = (values: readonly number[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function scopeSql(scope: CaseScope): SQL {
  if (scope.kind === 'coc') return sql`TRUE`;
  if (scope.kind === 'agency')
    return scope.organizationIds.length
      ? sql`p.organization_id IN (${sql.join(
          scope.organizationIds.map((o) => sql`${o}`),
          sql`, `,
        )})`
      : sql`FALSE`;
  return sql`EXISTS (SELECT 1 FROM enrollment sm JOIN case_assignment sca ON sca.end_date IS NULL
      AND sca.user_id = ${scope.userId}
      AND (sca.enrollment_id = sm.enrollment_id
        OR (sca.enrollment_id IS NULL AND sca.personal_id = sm.personal_id AND sca.organization_id = p.organization_id))
    WHERE sm.household_id = e.household_id AND sm.project_id = e.project_id AND sm.date_deleted IS NULL)`;
}

/** The joins a column needs, besides the household's enrollment, project and client. */
type Join = 'hm' | 'managers' | 'la' | 'le' | 'ct' | 'dc';
type Field = { sql: SQL; needs?: Join[] };
export type CaseField = keyof CasCaseRow | 'docsReady' | 'docsRequired';

/** Each column of a CAS case, and the joins it reads (`today`: the HUD date the days count to). */
function caseFields(today: string, organizationId: string | null): Record<CaseField, Field> {
  const firstResult = (names: SQL) =>
    sql`(SELECT r.assessment_result FROM assessment_results r WHERE r.assessment_id = la.assessment_id
        AND r.date_deleted IS NULL AND r.assessment_result_type IN (${names})
        ORDER BY r.date_created, r.assessment_result_id LIMIT 1)`;
  return {
    EnrollmentID: { sql: sql`hh.enrollment_id` },
    HouseholdID: { sql: sql`hh.household_id` },
    PersonalID: { sql: sql`hh.personal_id` },
    FirstName: { sql: sql`c.first_name` },
    LastName: { sql: sql`c.last_name` },
    householdSize: { sql: sql`hm.size`, needs: ['hm'] },
    ProjectID: { sql: sql`hh.project_id` },
    ProjectName: { sql: sql`hh.project_name` },
    OrganizationID: { sql: sql`hh.organization_id` },
    OrganizationName: { sql: sql`hh.organization_name` },
    EntryDate: { sql: sql`hh.entry_date::text` },
    daysActive: { sql: sql`(${today}::date - hh.entry_date)::int` },
    caseManagers: { sql: sql`COALESCE(managers.list, '[]')`, needs: ['hm', 'managers'] },
    AssessmentDate: { sql: sql`la.assessment_date::text`, needs: ['la'] },
    AssessmentLevel: { sql: sql`la.assessment_level`, needs: ['la'] },
    score: { sql: firstResult(sql`SELECT score_name FROM cas_assessment_tool`), needs: ['la'] },
    band: { sql: firstResult(sql`SELECT band_name FROM cas_assessment_tool`), needs: ['la'] },
    PrioritizationStatus: { sql: sql`la.prioritization_status`, needs: ['la'] },
    areaTies: {
      sql: sql`COALESCE((SELECT json_agg(json_build_object('areaId', t.area_id, 'name', ar.name, 'tieKind', t.tie_kind)
          ORDER BY ar.sort_order, ar.name)
        FROM cas_area_tie t JOIN cas_area ar ON ar.id = t.area_id
        WHERE t.personal_id = hh.personal_id AND t.removed_at IS NULL), '[]')`,
    },
    Event: { sql: sql`le.event`, needs: ['le'] },
    EventDate: { sql: sql`le.event_date::text`, needs: ['le'] },
    referralsAwaiting: {
      sql: sql`(SELECT count(*) FROM event ev WHERE ev.enrollment_id = hh.enrollment_id AND ev.date_deleted IS NULL
        AND ev.event IN (${list(REFERRAL_EVENTS)}) AND ev.referral_result IS NULL)::int`,
    },
    lastContact: { sql: sql`ct.last_contact::text`, needs: ['hm', 'ct'] },
    daysSinceContact: { sql: sql`(${today}::date - ct.last_contact)::int`, needs: ['hm', 'ct'] },
    adults: { sql: sql`hm.adults`, needs: ['hm'] },
    children: { sql: sql`hm.children`, needs: ['hm'] },
    veteran: { sql: sql`COALESCE(hm.veteran, FALSE)`, needs: ['hm'] },
    youth: { sql: sql`COALESCE(hm.youth, FALSE)`, needs: ['hm'] },
    dvSurvivor: {
      sql: sql`EXISTS (SELECT 1 FROM health_and_dv d WHERE d.enrollment_id = hh.enrollment_id AND d.date_deleted IS NULL
        AND d.domestic_violence_survivor = ${NoYes.Yes}
        AND d.information_date = (SELECT max(d2.information_date) FROM health_and_dv d2
          WHERE d2.enrollment_id = hh.enrollment_id AND d2.date_deleted IS NULL))`,
    },
    disablingCondition: { sql: sql`(hh.disabling_condition = ${NoYes.Yes})` },
    // Counted as the Document Check feature counts them (a page shows the full status from
    // documentCheckStatuses): none for Hearth's own checks, which work as no organization.
    docsReady: { sql: organizationId === null ? sql`NULL::int` : sql`dc.ready`, needs: ['dc'] },
    docsRequired: { sql: organizationId === null ? sql`NULL::int` : sql`dc.required`, needs: ['dc'] },
  };
}

/** The household's members (open enrollments in the household at its project). */
const HOUSEHOLD_JOIN = (today: string) => sql`CROSS JOIN LATERAL (
      SELECT count(*)::int AS size, array_agg(m.enrollment_id) AS enrollments, array_agg(m.personal_id) AS people,
        count(*) FILTER (WHERE m.age IS NULL OR m.age >= 18)::int AS adults,
        count(*) FILTER (WHERE m.age < 18)::int AS children,
        bool_or(m.veteran_status = ${NoYes.Yes} AND (m.age IS NULL OR m.age >= 18)) AS veteran,
        bool_and(m.age IS NOT NULL AND m.age < 25) AND bool_or(m.age >= 18) AS youth
      FROM (SELECT m.enrollment_id, m.personal_id, mc.veteran_status,
          date_part('year', age(${today}::date, mc.dob))::int AS age
        FROM enrollment m JOIN client mc ON mc.personal_id = m.personal_id
        WHERE m.household_id = hh.household_id AND m.project_id = hh.project_id AND m.date_deleted IS NULL
          AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = m.enrollment_id AND x.date_deleted IS NULL)) m
    ) hm`;

const JOINS: Record<Exclude<Join, 'hm' | 'dc'>, SQL> = {
  // Looked up per household even over a whole queue: joining every household's latest assessment
  // at once measured about a third faster, but with the planner's low row estimates for the
  // visible households a sort by a wide column then nested the two lists (minutes at 20,000).
  la: sql`LEFT JOIN LATERAL (
      SELECT a.assessment_id, a.assessment_date, a.assessment_level, a.prioritization_status
      FROM assessment a WHERE a.enrollment_id = hh.enrollment_id AND a.date_deleted IS NULL
      ORDER BY a.assessment_date DESC, a.date_created DESC, a.assessment_id DESC LIMIT 1
    ) la ON TRUE`,
  managers: sql`LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('userId', u.id, 'name', u.first_name || ' ' || u.last_name)
          ORDER BY u.last_name, u.first_name) AS list
      FROM app_user u WHERE u.id IN (SELECT ca.user_id FROM case_assignment ca
        WHERE ca.end_date IS NULL AND (ca.enrollment_id = ANY(hm.enrollments) OR (ca.enrollment_id IS NULL
          AND ca.personal_id = ANY(hm.people) AND ca.organization_id = hh.organization_id)))
    ) managers ON TRUE`,
  le: sql`LEFT JOIN LATERAL (
      SELECT ev.event, ev.event_date
      FROM event ev WHERE ev.enrollment_id = hh.enrollment_id AND ev.date_deleted IS NULL
      ORDER BY ev.event_date DESC, ev.date_created DESC, ev.event_id DESC LIMIT 1
    ) le ON TRUE`,
  ct: sql`CROSS JOIN LATERAL (
      SELECT GREATEST(hh.entry_date,
        (SELECT max(a.assessment_date) FROM assessment a
          WHERE a.enrollment_id = ANY(hm.enrollments) AND a.date_deleted IS NULL),
        (SELECT max(ev.event_date) FROM event ev WHERE ev.enrollment_id = ANY(hm.enrollments) AND ev.date_deleted IS NULL),
        (SELECT max(cls.information_date) FROM current_living_situation cls
          WHERE cls.enrollment_id = ANY(hm.enrollments) AND cls.date_deleted IS NULL),
        (SELECT max(sv.date_provided) FROM service sv WHERE sv.enrollment_id = ANY(hm.enrollments) AND sv.deleted_at IS NULL),
        (SELECT max(cn.note_date) FROM case_note cn WHERE cn.personal_id = ANY(hm.people) AND cn.deleted_at IS NULL
          AND cn.organization_id = hh.organization_id)
      ) AS last_contact
    ) ct`,
};

/** Required documents of the head of household, ready and in all, with what its pending referrals need. */
const documentsJoin = (organizationId: string) => sql`LEFT JOIN LATERAL (
      SELECT count(*)::int AS required, count(*) FILTER (WHERE ${documentReadySql(organizationId, sql`hh.personal_id`)})::int AS ready
      FROM document_type t WHERE ${documentRequiredSql(
        sql`hh.personal_id`,
        sql`ARRAY(SELECT p.project_type FROM cas_referral r
          JOIN event ev ON ev.event_id = r.event_id AND ev.date_deleted IS NULL AND ev.referral_result IS NULL
          JOIN project p ON p.project_id = r.project_id AND p.project_type IS NOT NULL
          WHERE ev.enrollment_id = hh.enrollment_id)`,
      )}
    ) dc ON TRUE`;

const ALL_CASE_FIELDS = [
  'EnrollmentID',
  'HouseholdID',
  'PersonalID',
  'FirstName',
  'LastName',
  'householdSize',
  'ProjectID',
  'ProjectName',
  'OrganizationID',
  'OrganizationName',
  'EntryDate',
  'daysActive',
  'caseManagers',
  'AssessmentDate',
  'AssessmentLevel',
  'score',
  'band',
  'PrioritizationStatus',
  'areaTies',
  'Event',
  'EventDate',
  'referralsAwaiting',
  'lastContact',
  'daysSinceContact',
  'adults',
  'children',
  'veteran',
  'youth',
  'dvSurvivor',
  'disablingCondition',
] as const satisfies readonly (keyof CasCaseRow)[];

/**
 * The active CAS cases in scope that the user working as `organizationId` may see (`null`: every
 * case, for Hearth's own daily checks, never for a screen), unordered: the lists page it in SQL
 * (list-cas-cases.ts, prioritization-list.ts). `fields`: the columns to work out (every one of a
 * CasCaseRow unless named: a column left out costs nothing); `extra` may read the joins of the
 * fields asked (la: latest assessment, ct: last contact). `enrollmentIds`: only these households.
 */
export function casCaseSql(
  organizationId: string | null,
  scope: CaseScope,
  extra: SQL = sql`TRUE`,
  opts: { fields?: readonly CaseField[]; enrollmentIds?: readonly string[] } = {},
): SQL {
  const today = hudToday();
  const all = caseFields(today, organizationId);
  const fields = opts.fields ?? ALL_CASE_FIELDS;
  const needs = new Set(fields.flatMap((f) => all[f].needs ?? []));
  const joins = [
    ...(needs.has('hm') ? [HOUSEHOLD_JOIN(today)] : []),
    ...(['managers', 'la', 'le', 'ct'] as const).filter((j) => needs.has(j)).map((j) => JOINS[j]),
    ...(needs.has('dc') && organizationId !== null ? [documentsJoin(organizationId)] : []),
  ];
  const only = opts.enrollmentIds
    ? sql`e.enrollment_id = ANY(${sql.param([...opts.enrollmentIds])}::text[])`
    : sql`TRUE`;
  return sql`WITH hh AS (
      SELECT e.enrollment_id, e.household_id, e.personal_id, e.entry_date, e.project_id, e.disabling_condition,
        p.project_name, p.organization_id, o.organization_name
      FROM enrollment e
      JOIN project p ON p.project_id = e.project_id AND p.project_type = ${ProjectType.CoordinatedEntry}
      JOIN organization o ON o.organization_id = p.organization_id
      WHERE e.relationship_to_hoh = ${RelationshipToHoH.Self} AND e.date_deleted IS NULL AND ${only}
        AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL)
        AND ${organizationId === null ? sql`TRUE` : clientVisibleSql(sql`e.personal_id`, organizationId)}
        AND ${scopeSql(scope)}
    )
    SELECT ${sql.join(
      fields.map((f) => sql`${all[f].sql} AS ${sql.identifier(f)}`),
      sql`, `,
    )}
    FROM hh
    JOIN client c ON c.personal_id = hh.personal_id
    -- Each household's figures are looked up by index, one household at a time: joining
    -- per-household aggregates back to the list grows with the square of the CoC's caseload.
    ${sql.join(joins, sql`\n    `)}
    WHERE ${extra}`;
}
