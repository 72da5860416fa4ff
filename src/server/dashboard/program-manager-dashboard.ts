// The program manager's view of the organization they work as: each case manager's active
// caseload, bed and unit use per project against its inventory month by month, and entries and
// exits per month. Only clients the user may see are counted (clientVisibleSql).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { ProjectType, RecordType, RelationshipToHoH } from '../../hud/codes.ts';
import { daysBetween } from '../../hud/rules/dates.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import { sqlRows } from '../clients/client-summary.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import type { Language } from '../http/messages/localize.ts';
import { monthsBack } from './months.ts';

export async function programManagerDashboard(
  db: DbOrTx,
  ctx: RequestContext,
  q: { to?: string } = {},
  lng: Language = 'en',
) {
  requireRole(ctx, 'program_manager');
  const org = currentOrganization(ctx);
  // The twelve months ending with `to`'s month, counted up to `to` (default today).
  const today = q.to ?? hudToday();
  const months = monthsBack(today, 12, lng);
  const visible = clientVisibleSql(sql`e.personal_id`, org);

  const caseloads = await sqlRows<{ userId: string; name: string; clients: number }>(
    db,
    sql`SELECT u.id AS "userId", u.first_name || ' ' || u.last_name AS name,
        count(ca.id) FILTER (WHERE ${clientVisibleSql(sql`ca.personal_id`, org)})::int AS clients
      FROM app_user u
      JOIN user_organization uo ON uo.user_id = u.id AND uo.organization_id = ${org}
      LEFT JOIN case_assignment ca ON ca.user_id = u.id AND ca.organization_id = ${org} AND ca.end_date IS NULL
      WHERE u.active
      GROUP BY u.id, u.first_name, u.last_name
      ORDER BY clients DESC, u.last_name, u.first_name`,
  );

  // Nights in each month up to today; a person's nights run from entry to the night before exit.
  const monthValues = sql.join(
    months.map((m) => {
      const [last = today] = [m.end, today].sort();
      return sql`(${m.key}, ${m.start}::date, ${last}::date, ${daysBetween(m.start, last) + 1})`;
    }),
    sql`, `,
  );
  const stays = sql`SELECT e.project_id, e.relationship_to_hoh, e.entry_date,
        COALESCE(x.exit_date, DATE '9999-12-31') AS exit_date
      FROM enrollment e
      LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
      JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
      WHERE e.date_deleted IS NULL AND ${visible}`;
  const utilization = await sqlRows<{
    ProjectID: string;
    ProjectName: string;
    month: string;
    nights: number;
    beds: number;
    units: number;
    personNights: number;
    householdNights: number;
  }>(
    db,
    sql`WITH m(key, start, last, nights) AS (VALUES ${monthValues}),
      p AS (
        SELECT p.project_id, p.project_name, p.project_type FROM project p
        WHERE p.organization_id = ${org} AND p.date_deleted IS NULL
          AND EXISTS (SELECT 1 FROM inventory i WHERE i.project_id = p.project_id AND i.date_deleted IS NULL
            AND i.bed_inventory > 0)),
      s AS (${stays})
      SELECT p.project_id AS "ProjectID", p.project_name AS "ProjectName", m.key AS month, m.nights,
        (SELECT COALESCE(sum(i.bed_inventory), 0) FROM inventory i WHERE i.project_id = p.project_id
          AND i.date_deleted IS NULL AND i.inventory_start_date <= m.last
          AND (i.inventory_end_date IS NULL OR i.inventory_end_date >= m.start))::int AS beds,
        (SELECT COALESCE(sum(i.unit_inventory), 0) FROM inventory i WHERE i.project_id = p.project_id
          AND i.date_deleted IS NULL AND i.inventory_start_date <= m.last
          AND (i.inventory_end_date IS NULL OR i.inventory_end_date >= m.start))::int AS units,
        CASE WHEN p.project_type = ${ProjectType.EmergencyShelterNightByNight} THEN
          (SELECT count(*) FROM services b JOIN enrollment e ON e.enrollment_id = b.enrollment_id
            JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
            WHERE e.project_id = p.project_id AND b.record_type = ${RecordType.BedNight} AND b.date_deleted IS NULL
              AND e.date_deleted IS NULL AND b.date_provided BETWEEN m.start AND m.last AND ${visible})
        ELSE
          (SELECT COALESCE(sum(GREATEST(0, LEAST(s.exit_date, m.last + 1) - GREATEST(s.entry_date, m.start))), 0)
            FROM s WHERE s.project_id = p.project_id AND s.entry_date <= m.last AND s.exit_date > m.start)
        END::int AS "personNights",
        (SELECT COALESCE(sum(GREATEST(0, LEAST(s.exit_date, m.last + 1) - GREATEST(s.entry_date, m.start))), 0)
          FROM s WHERE s.project_id = p.project_id AND s.relationship_to_hoh = ${RelationshipToHoH.Self}
            AND s.entry_date <= m.last AND s.exit_date > m.start)::int AS "householdNights"
      FROM p CROSS JOIN m
      ORDER BY p.project_name, m.key`,
  );
  type MonthUse = {
    month: string;
    label: string;
    beds: number;
    units: number;
    averagePersons: number;
    averageHouseholds: number;
    bedUtilization: number | null;
    unitUtilization: number | null;
  };
  const projects = new Map<string, { ProjectID: string; ProjectName: string; months: MonthUse[] }>();
  const pct = (n: number, d: number) => (d ? Math.round((100 * n) / d) : null);
  for (const r of utilization) {
    const p = projects.get(r.ProjectID) ?? { ProjectID: r.ProjectID, ProjectName: r.ProjectName, months: [] };
    projects.set(r.ProjectID, p);
    const persons = r.personNights / r.nights;
    const households = r.householdNights / r.nights;
    p.months.push({
      month: r.month,
      label: months.find((m) => m.key === r.month)?.label ?? r.month,
      beds: r.beds,
      units: r.units,
      averagePersons: Math.round(persons * 10) / 10,
      averageHouseholds: Math.round(households * 10) / 10,
      bedUtilization: pct(persons, r.beds),
      unitUtilization: pct(households, r.units),
    });
  }

  const flow = await sqlRows<{ month: string; entries: number; exits: number }>(
    db,
    sql`WITH e AS (
        SELECT e.personal_id, e.entry_date, x.exit_date FROM enrollment e
        JOIN project p ON p.project_id = e.project_id AND p.organization_id = ${org}
        JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
        LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
        WHERE e.date_deleted IS NULL AND ${visible})
      SELECT k.month, (SELECT count(*) FROM e WHERE to_char(e.entry_date, 'YYYY-MM') = k.month)::int AS entries,
        (SELECT count(*) FROM e WHERE to_char(e.exit_date, 'YYYY-MM') = k.month)::int AS exits
      FROM unnest(${sql`ARRAY[${sql.join(
        months.map((m) => sql`${m.key}`),
        sql`, `,
      )}]::text[]`}) AS k(month)`,
  );
  const flowByMonth = new Map(flow.map((f) => [f.month, f]));
  return {
    organizationId: org,
    caseloads,
    utilization: [...projects.values()],
    entriesExits: months.map((m) => ({
      month: m.key,
      label: m.label,
      entries: flowByMonth.get(m.key)?.entries ?? 0,
      exits: flowByMonth.get(m.key)?.exits ?? 0,
    })),
  };
}
