// Incoming Housing Referrals: the referrals CAS made to projects of the organizations the user
// can access, filterable by project and result, one page at a time, sorted and filtered by column
// in SQL. Only households the user may see are listed.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { PROVIDER_RESULTS } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { hudFilter, hudSort, type ListColumn, type ListQuery, listQuery, pagedRows, textFilter } from './paged-list.ts';

const name = sql`concat_ws(' ', b."FirstName", b."LastName")`;

// The screen's columns (src/web/cas/incoming-referrals.page.tsx), sorted and filtered in SQL.
const COLUMNS = {
  client: { sort: sql`lower(${name})`, filter: textFilter(name) },
  id: { sort: sql`b."PersonalID"`, filter: textFilter(sql`b."PersonalID"`) },
  size: { sort: sql`json_array_length(b.members)`, filter: textFilter(sql`json_array_length(b.members)::text`) },
  project: { sort: sql`b."ProjectName"`, filter: textFilter(sql`b."ProjectName"`) },
  date: { sort: sql`b."EventDate"`, filter: textFilter(sql`b."EventDate"`) },
  waiting: { sort: sql`b."daysWaiting"`, filter: textFilter(sql`b."daysWaiting"::text`) },
  by: { sort: sql`b."referredBy"`, filter: textFilter(sql`b."referredBy"`) },
  comment: { sort: sql`b.comment`, filter: textFilter(sql`b.comment`) },
  cm: {
    sort: sql`b."casCaseManagers"->>0`,
    filter: (pattern: string) =>
      sql`EXISTS (SELECT 1 FROM json_array_elements_text(b."casCaseManagers") n WHERE n ILIKE ${pattern})`,
  },
  // Shown as "Enrolled", "Rejected", "No show".
  provider: { sort: sql`b."providerResult"`, filter: textFilter(sql`replace(b."providerResult", '_', ' ')`) },
  result: {
    sort: hudSort('ReferralResult', sql`b."ReferralResult"`),
    filter: hudFilter('ReferralResult', sql`b."ReferralResult"`),
  },
  resultDate: { sort: sql`b."ResultDate"`, filter: textFilter(sql`b."ResultDate"`) },
} satisfies Record<string, ListColumn>;

export const incomingQuery = listQuery(Object.keys(COLUMNS) as [keyof typeof COLUMNS]).extend({
  projectId: z.string().max(32).optional(),
  result: z
    .enum(['pending', 'all', '1', '2', '3'])
    .default('pending')
    .describe('pending (no result yet), all, or a ReferralResult code'),
});

export const incomingReferralView = z.object({
  EventID: z.string(),
  version: z.number(),
  EnrollmentID: z.string().describe("The head of household's CAS enrollment"),
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  members: z.array(z.object({ PersonalID: z.string(), RelationshipToHoH: z.number() })),
  ProjectID: z.string(),
  ProjectName: z.string(),
  OrganizationID: z.string(),
  EventDate: z.string(),
  Event: z.number(),
  referredBy: z.string(),
  comment: z.string().nullable(),
  daysWaiting: z.number().nullable().describe('Days since the referral, while it has no result'),
  providerResult: z.enum(PROVIDER_RESULTS).nullable(),
  ReferralResult: z.number().nullable(),
  ResultDate: z.string().nullable(),
  resultComment: z.string().nullable(),
  resultEnrollmentId: z.string().nullable(),
  casCaseManagers: z.array(z.string()),
});
export type IncomingReferral = z.infer<typeof incomingReferralView>;

/** One page of the referrals to the user's organizations' projects; the clients shown are audited. */
export async function listIncomingReferrals(
  db: Db,
  ctx: RequestContext,
  q: z.infer<typeof incomingQuery> & Pick<ListQuery, 'lang'>,
) {
  const orgs = ctx.user.organizationIds;
  if (!orgs.length) return { items: [], total: 0 };
  const result =
    q.result === 'pending'
      ? sql`ev.referral_result IS NULL`
      : q.result === 'all'
        ? sql`TRUE`
        : sql`ev.referral_result = ${Number(q.result)}`;
  const page = await pagedRows<IncomingReferral>(
    db,
    sql`SELECT ev.event_id AS "EventID", r.version, ev.enrollment_id AS "EnrollmentID", ev.personal_id AS "PersonalID",
      c.first_name AS "FirstName", c.last_name AS "LastName",
      COALESCE((SELECT json_agg(json_build_object('PersonalID', m.personal_id, 'RelationshipToHoH', m.relationship_to_hoh)
          ORDER BY m.relationship_to_hoh <> 1, m.entry_date)
        FROM enrollment m WHERE m.household_id = e.household_id AND m.project_id = e.project_id AND m.date_deleted IS NULL
          AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = m.enrollment_id AND x.date_deleted IS NULL)), '[]')
        AS members,
      r.project_id AS "ProjectID", p.project_name AS "ProjectName", p.organization_id AS "OrganizationID",
      ev.event_date::text AS "EventDate", ev.event AS "Event",
      COALESCE(u.first_name || ' ' || u.last_name, r.referred_by) AS "referredBy", r.comment,
      CASE WHEN ev.referral_result IS NULL THEN (${hudToday()}::date - ev.event_date)::int END AS "daysWaiting",
      r.provider_result AS "providerResult", ev.referral_result AS "ReferralResult", ev.result_date::text AS "ResultDate",
      r.result_comment AS "resultComment", r.result_enrollment_id AS "resultEnrollmentId",
      COALESCE((SELECT json_agg(DISTINCT cu.first_name || ' ' || cu.last_name)
        FROM enrollment cm JOIN case_assignment ca ON ca.end_date IS NULL AND ca.enrollment_id = cm.enrollment_id
        JOIN app_user cu ON cu.id = ca.user_id
        WHERE cm.household_id = e.household_id AND cm.project_id = e.project_id AND cm.date_deleted IS NULL), '[]')
        AS "casCaseManagers"
    FROM cas_referral r
    JOIN event ev ON ev.event_id = r.event_id AND ev.date_deleted IS NULL
    JOIN enrollment e ON e.enrollment_id = ev.enrollment_id AND e.date_deleted IS NULL
    JOIN client c ON c.personal_id = ev.personal_id AND c.date_deleted IS NULL
    JOIN project p ON p.project_id = r.project_id
    LEFT JOIN app_user u ON u.id = r.referred_by
    WHERE p.organization_id IN (${sql.join(
      orgs.map((o) => sql`${o}`),
      sql`, `,
    )})
      AND ${clientVisibleSql(sql`ev.personal_id`, currentOrganization(ctx))}
      AND ${q.projectId ? sql`r.project_id = ${q.projectId}` : sql`TRUE`}
      AND ${result}`,
    COLUMNS,
    q,
    sql`b."ReferralResult" IS NOT NULL, b."EventDate", b."EventID"`,
  );
  await recordClientReads(
    db,
    ctx,
    page.items.map((r) => r.PersonalID),
    'incoming housing referrals',
  );
  return page;
}
