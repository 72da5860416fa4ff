// Active CAS cases, one row per household (its head of household's open enrollment in a
// Coordinated Entry project), with what the CAS caseloads and the prioritization list show.
// One set-based query; every list goes through the client visibility rule.
import { type SQL, sql } from 'drizzle-orm';
import { NoYes, ProjectType, REFERRAL_EVENTS, RelationshipToHoH } from '../../hud/codes.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
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

/**
 * The active CAS cases in scope that the user working as `organizationId` may see (`null`: every
 * case, for Hearth's own daily checks, never for a screen), unordered: the lists page it in SQL
 * (list-cas-cases.ts, prioritization-list.ts).
 */
export function casCaseSql(organizationId: string | null, scope: CaseScope, extra: SQL = sql`TRUE`): SQL {
  const today = hudToday();
  return sql`WITH hh AS (
      SELECT e.enrollment_id, e.household_id, e.personal_id, e.entry_date, e.project_id, e.disabling_condition,
        p.project_name, p.organization_id, o.organization_name
      FROM enrollment e
      JOIN project p ON p.project_id = e.project_id AND p.project_type = ${ProjectType.CoordinatedEntry}
      JOIN organization o ON o.organization_id = p.organization_id
      WHERE e.relationship_to_hoh = ${RelationshipToHoH.Self} AND e.date_deleted IS NULL
        AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL)
        AND ${organizationId === null ? sql`TRUE` : clientVisibleSql(sql`e.personal_id`, organizationId)}
        AND ${scopeSql(scope)}
    )
    SELECT hh.enrollment_id AS "EnrollmentID", hh.household_id AS "HouseholdID", hh.personal_id AS "PersonalID",
      c.first_name AS "FirstName", c.last_name AS "LastName",
      hm.size AS "householdSize",
      hh.project_id AS "ProjectID", hh.project_name AS "ProjectName",
      hh.organization_id AS "OrganizationID", hh.organization_name AS "OrganizationName",
      hh.entry_date::text AS "EntryDate", (${today}::date - hh.entry_date)::int AS "daysActive",
      COALESCE(managers.list, '[]') AS "caseManagers",
      la.assessment_date::text AS "AssessmentDate", la.assessment_level AS "AssessmentLevel",
      (SELECT r.assessment_result FROM assessment_results r WHERE r.assessment_id = la.assessment_id
        AND r.date_deleted IS NULL AND r.assessment_result_type IN (SELECT score_name FROM cas_assessment_tool)
        ORDER BY r.date_created, r.assessment_result_id LIMIT 1) AS score,
      (SELECT r.assessment_result FROM assessment_results r WHERE r.assessment_id = la.assessment_id
        AND r.date_deleted IS NULL AND r.assessment_result_type IN (SELECT band_name FROM cas_assessment_tool)
        ORDER BY r.date_created, r.assessment_result_id LIMIT 1) AS band,
      la.prioritization_status AS "PrioritizationStatus",
      COALESCE((SELECT json_agg(json_build_object('areaId', t.area_id, 'name', ar.name, 'tieKind', t.tie_kind)
          ORDER BY ar.sort_order, ar.name)
        FROM cas_area_tie t JOIN cas_area ar ON ar.id = t.area_id
        WHERE t.personal_id = hh.personal_id AND t.removed_at IS NULL), '[]') AS "areaTies",
      le.event AS "Event", le.event_date::text AS "EventDate",
      (SELECT count(*) FROM event ev WHERE ev.enrollment_id = hh.enrollment_id AND ev.date_deleted IS NULL
        AND ev.event IN (${list(REFERRAL_EVENTS)}) AND ev.referral_result IS NULL)::int AS "referralsAwaiting",
      ct.last_contact::text AS "lastContact", (${today}::date - ct.last_contact)::int AS "daysSinceContact",
      hm.adults, hm.children, COALESCE(hm.veteran, FALSE) AS veteran, COALESCE(hm.youth, FALSE) AS youth,
      EXISTS (SELECT 1 FROM health_and_dv d WHERE d.enrollment_id = hh.enrollment_id AND d.date_deleted IS NULL
        AND d.domestic_violence_survivor = ${NoYes.Yes}
        AND d.information_date = (SELECT max(d2.information_date) FROM health_and_dv d2
          WHERE d2.enrollment_id = hh.enrollment_id AND d2.date_deleted IS NULL)) AS "dvSurvivor",
      (hh.disabling_condition = ${NoYes.Yes}) AS "disablingCondition"
    FROM hh
    JOIN client c ON c.personal_id = hh.personal_id
    -- Each household's figures are looked up by index, one household at a time: joining
    -- per-household aggregates back to the list grows with the square of the CoC's caseload.
    CROSS JOIN LATERAL (
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
    ) hm
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('userId', u.id, 'name', u.first_name || ' ' || u.last_name)
          ORDER BY u.last_name, u.first_name) AS list
      FROM app_user u WHERE u.id IN (SELECT ca.user_id FROM case_assignment ca
        WHERE ca.end_date IS NULL AND (ca.enrollment_id = ANY(hm.enrollments) OR (ca.enrollment_id IS NULL
          AND ca.personal_id = ANY(hm.people) AND ca.organization_id = hh.organization_id)))
    ) managers ON TRUE
    LEFT JOIN LATERAL (
      SELECT a.assessment_id, a.assessment_date, a.assessment_level, a.prioritization_status
      FROM assessment a WHERE a.enrollment_id = hh.enrollment_id AND a.date_deleted IS NULL
      ORDER BY a.assessment_date DESC, a.date_created DESC, a.assessment_id DESC LIMIT 1
    ) la ON TRUE
    LEFT JOIN LATERAL (
      SELECT ev.event, ev.event_date
      FROM event ev WHERE ev.enrollment_id = hh.enrollment_id AND ev.date_deleted IS NULL
      ORDER BY ev.event_date DESC, ev.date_created DESC, ev.event_id DESC LIMIT 1
    ) le ON TRUE
    CROSS JOIN LATERAL (
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
    ) ct
    WHERE ${extra}`;
}
