// Active CAS cases, one row per household (its head of household's open enrollment in a
// Coordinated Entry project), with what the CAS caseloads and the prioritization list show.
// One set-based query; every list goes through the client visibility rule.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { NoYes, ProjectType, REFERRAL_EVENTS, RelationshipToHoH } from '../../hud/codes.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { sqlRows } from '../clients/client-summary.ts';
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
 * case, for Hearth's own daily checks, never for a screen).
 */
export async function casCaseRows(
  db: DbOrTx,
  organizationId: string | null,
  scope: CaseScope,
  extra: SQL = sql`TRUE`,
): Promise<CasCaseRow[]> {
  const today = hudToday();
  return sqlRows<CasCaseRow>(
    db,
    sql`WITH hh AS (
      SELECT e.enrollment_id, e.household_id, e.personal_id, e.entry_date, e.project_id, e.disabling_condition,
        p.project_name, p.organization_id, o.organization_name
      FROM enrollment e
      JOIN project p ON p.project_id = e.project_id AND p.project_type = ${ProjectType.CoordinatedEntry}
      JOIN organization o ON o.organization_id = p.organization_id
      WHERE e.relationship_to_hoh = ${RelationshipToHoH.Self} AND e.date_deleted IS NULL
        AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL)
        AND ${organizationId === null ? sql`TRUE` : clientVisibleSql(sql`e.personal_id`, organizationId)}
        AND ${scopeSql(scope)}
    ),
    mem AS (
      SELECT hh.enrollment_id AS hoh, m.enrollment_id, m.personal_id, c.veteran_status,
        date_part('year', age(${today}::date, c.dob))::int AS age
      FROM hh
      JOIN enrollment m ON m.household_id = hh.household_id AND m.project_id = hh.project_id AND m.date_deleted IS NULL
      JOIN client c ON c.personal_id = m.personal_id
      WHERE NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = m.enrollment_id AND x.date_deleted IS NULL)
    ),
    la AS (
      SELECT DISTINCT ON (a.enrollment_id) a.enrollment_id, a.assessment_id, a.assessment_date,
        a.assessment_level, a.prioritization_status
      FROM assessment a JOIN hh ON hh.enrollment_id = a.enrollment_id
      WHERE a.date_deleted IS NULL
      ORDER BY a.enrollment_id, a.assessment_date DESC, a.date_created DESC, a.assessment_id DESC
    ),
    le AS (
      SELECT DISTINCT ON (ev.enrollment_id) ev.enrollment_id, ev.event, ev.event_date
      FROM event ev JOIN hh ON hh.enrollment_id = ev.enrollment_id
      WHERE ev.date_deleted IS NULL
      ORDER BY ev.enrollment_id, ev.event_date DESC, ev.date_created DESC, ev.event_id DESC
    ),
    contact AS (
      SELECT hh.enrollment_id, GREATEST(hh.entry_date,
        (SELECT max(a.assessment_date) FROM assessment a JOIN mem ON mem.enrollment_id = a.enrollment_id
          WHERE mem.hoh = hh.enrollment_id AND a.date_deleted IS NULL),
        (SELECT max(ev.event_date) FROM event ev JOIN mem ON mem.enrollment_id = ev.enrollment_id
          WHERE mem.hoh = hh.enrollment_id AND ev.date_deleted IS NULL),
        (SELECT max(cls.information_date) FROM current_living_situation cls JOIN mem ON mem.enrollment_id = cls.enrollment_id
          WHERE mem.hoh = hh.enrollment_id AND cls.date_deleted IS NULL),
        (SELECT max(s.date_provided) FROM service s JOIN mem ON mem.enrollment_id = s.enrollment_id
          WHERE mem.hoh = hh.enrollment_id AND s.deleted_at IS NULL),
        (SELECT max(cn.note_date) FROM case_note cn JOIN mem ON mem.personal_id = cn.personal_id
          WHERE mem.hoh = hh.enrollment_id AND cn.deleted_at IS NULL AND cn.organization_id = hh.organization_id)
      ) AS last_contact
      FROM hh
    )
    SELECT hh.enrollment_id AS "EnrollmentID", hh.household_id AS "HouseholdID", hh.personal_id AS "PersonalID",
      c.first_name AS "FirstName", c.last_name AS "LastName",
      (SELECT count(*) FROM mem WHERE mem.hoh = hh.enrollment_id)::int AS "householdSize",
      hh.project_id AS "ProjectID", hh.project_name AS "ProjectName",
      hh.organization_id AS "OrganizationID", hh.organization_name AS "OrganizationName",
      hh.entry_date::text AS "EntryDate", (${today}::date - hh.entry_date)::int AS "daysActive",
      COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'name', u.first_name || ' ' || u.last_name)
          ORDER BY u.last_name, u.first_name)
        FROM app_user u WHERE u.id IN (SELECT ca.user_id FROM case_assignment ca JOIN mem ON mem.hoh = hh.enrollment_id
          WHERE ca.end_date IS NULL AND (ca.enrollment_id = mem.enrollment_id OR (ca.enrollment_id IS NULL
            AND ca.personal_id = mem.personal_id AND ca.organization_id = hh.organization_id)))), '[]') AS "caseManagers",
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
      (SELECT count(*) FROM mem WHERE mem.hoh = hh.enrollment_id AND (mem.age IS NULL OR mem.age >= 18))::int AS adults,
      (SELECT count(*) FROM mem WHERE mem.hoh = hh.enrollment_id AND mem.age < 18)::int AS children,
      EXISTS (SELECT 1 FROM mem WHERE mem.hoh = hh.enrollment_id AND mem.veteran_status = ${NoYes.Yes}
        AND (mem.age IS NULL OR mem.age >= 18)) AS veteran,
      (NOT EXISTS (SELECT 1 FROM mem WHERE mem.hoh = hh.enrollment_id AND (mem.age IS NULL OR mem.age >= 25))
        AND EXISTS (SELECT 1 FROM mem WHERE mem.hoh = hh.enrollment_id AND mem.age >= 18)) AS youth,
      EXISTS (SELECT 1 FROM health_and_dv d WHERE d.enrollment_id = hh.enrollment_id AND d.date_deleted IS NULL
        AND d.domestic_violence_survivor = ${NoYes.Yes}
        AND d.information_date = (SELECT max(d2.information_date) FROM health_and_dv d2
          WHERE d2.enrollment_id = hh.enrollment_id AND d2.date_deleted IS NULL)) AS "dvSurvivor",
      (hh.disabling_condition = ${NoYes.Yes}) AS "disablingCondition"
    FROM hh
    JOIN client c ON c.personal_id = hh.personal_id
    JOIN contact ct ON ct.enrollment_id = hh.enrollment_id
    LEFT JOIN la ON la.enrollment_id = hh.enrollment_id
    LEFT JOIN le ON le.enrollment_id = hh.enrollment_id
    WHERE ${extra}
    ORDER BY c.last_name, c.first_name, hh.enrollment_id
    LIMIT 5000`,
  );
}
