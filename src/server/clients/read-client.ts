// One client as the API returns it (PII masked per role), and the dashboard's extras:
// data-quality alerts, household, latest enrollment, photo.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlOnce } from '../../db/prepared.ts';
import type { RequestContext } from '../http/context.ts';
import { type ClientProfileRow, type ClientRow, mayViewFullPii, readClientAudited } from './client-access.ts';
import type { ClientView, clientDashboardSchema } from './client-schemas.ts';
import { type LatestEnrollmentRow, latestEnrollmentSql, latestOf } from './client-summary.ts';
import { ageOn, dobDisplay, ssnDisplay, ssnValue } from './mask.ts';
import { clientValuesOf } from './update-client.ts';
import { dataQualityAlerts } from './validate-client.ts';

export function toClientView(client: ClientRow, profile: ClientProfileRow | null, fullPii: boolean): ClientView {
  const { UserID, DateDeleted, ExportID, ...rest } = client;
  return {
    ...rest,
    SSN: ssnValue(client.SSN, fullPii),
    DOB: fullPii ? client.DOB : null,
    age: ageOn(client.DOB),
    dobDisplay: dobDisplay(client.DOB, fullPii),
    ssnDisplay: ssnDisplay(client.SSN, fullPii),
    piiMasked: !fullPii,
    hasPhoto: Boolean(profile?.photoId),
    restricted: Boolean(profile?.restrictedOrganizationId),
  };
}

/**
 * The household of the client's current (else latest) enrollment, with how many people are in it,
 * and the client's latest enrollment: one statement (a round trip fewer per dashboard).
 */
const householdAndLatestQuery = sqlOnce<
  LatestEnrollmentRow & { HouseholdID: string | null; size: number | null },
  { personalId: string }
>(
  sql`SELECT h."HouseholdID", h.size, l.*
    FROM (SELECT ${sql.placeholder('personalId')}::varchar AS personal_id) i
    LEFT JOIN LATERAL (
      SELECT e.household_id AS "HouseholdID",
        (SELECT count(DISTINCT m.personal_id)::int FROM enrollment m
          WHERE m.household_id = e.household_id AND m.date_deleted IS NULL) AS size
      FROM enrollment e LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
      WHERE e.personal_id = i.personal_id AND e.date_deleted IS NULL
      ORDER BY (x.exit_date IS NULL) DESC, e.entry_date DESC
      LIMIT 1) h ON true
    LEFT JOIN LATERAL (${latestEnrollmentSql(sql.raw('i.personal_id'))}) l ON true`,
);

export async function readClientDashboard(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
): Promise<typeof clientDashboardSchema._output> {
  const { client, profile } = await readClientAudited(db, ctx, personalId, 'dashboard');
  const view = toClientView(client, profile, mayViewFullPii(ctx));
  const [row] = await householdAndLatestQuery(db, { personalId });
  return {
    ...view,
    dataQualityAlerts: dataQualityAlerts(clientValuesOf(client), view.age),
    household: row?.HouseholdID != null ? { HouseholdID: row.HouseholdID, size: row.size ?? 0 } : null,
    latestEnrollment: row ? latestOf(row) : null,
    photoVersion: profile?.photoId ?? null,
  };
}
