// The Document Check column of the CAS caseloads: documents ready of those required, per client
// (the Document Check feature decides which documents the user's organization may see). Besides
// what the client's open enrollments require, a household's referrals awaiting a result count:
// a referral to PSH needs the disability verification before the provider can enroll.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { documentCheckStatus } from '../document-check/document-check-status.ts';
import type { DocumentCheckStatus } from '../document-check/schemas.ts';
import type { RequestContext } from '../http/context.ts';

/** HUD project types of each CAS enrollment's referrals still awaiting a result. */
async function pendingReferralTypes(db: DbOrTx, enrollmentIds: string[]): Promise<Map<string, number[]>> {
  const rows = await queryRows<{ enrollment_id: string; types: number[] }>(
    db,
    sql`SELECT ev.enrollment_id, array_agg(DISTINCT p.project_type ORDER BY p.project_type) AS types
      FROM cas_referral r
      JOIN event ev ON ev.event_id = r.event_id AND ev.date_deleted IS NULL AND ev.referral_result IS NULL
      JOIN project p ON p.project_id = r.project_id AND p.project_type IS NOT NULL
      WHERE ev.enrollment_id = ANY(${sql.param(enrollmentIds)}::text[])
      GROUP BY ev.enrollment_id`,
  );
  return new Map(rows.map((r) => [r.enrollment_id, r.types]));
}

export async function documentCheckStatuses(
  db: DbOrTx,
  ctx: RequestContext,
  cases: { EnrollmentID: string; PersonalID: string }[],
): Promise<Map<string, DocumentCheckStatus>> {
  const referred = await pendingReferralTypes(
    db,
    cases.map((c) => c.EnrollmentID),
  );
  // One status query per distinct set of referral project types (few: most cases have none).
  const groups = new Map<string, { types: number[]; personalIds: string[] }>();
  for (const c of cases) {
    const types = referred.get(c.EnrollmentID) ?? [];
    const key = types.join(',');
    const g = groups.get(key) ?? { types, personalIds: [] };
    g.personalIds.push(c.PersonalID);
    groups.set(key, g);
  }
  const out = new Map<string, DocumentCheckStatus>();
  for (const g of groups.values()) {
    const status = await documentCheckStatus(db, ctx, g.personalIds, { projectTypes: g.types });
    for (const [id, s] of Object.entries(status)) out.set(id, s);
  }
  return out;
}
