// What each client still needs: the CoC's required document types (required of everyone, or for
// the project types of the client's open enrollments or of a referral) and which of them have a
// verified, unexpired document the user's organization may see. CAS caseloads show it.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientDocumentVisibleSql } from '../access/client-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import type { DocumentCheckStatus } from './schemas.ts';

type RequiredRow = { personal_id: string; type_id: string; name: string; ready: boolean };

/**
 * The document types `t` (document_type) the client `personalId` must have: required of everyone,
 * or for the project type of one of their open enrollments or one of `projectTypes` (integer[]).
 * The CAS lists sort and filter by it over a whole queue (src/server/cas/).
 */
export const documentRequiredSql = (personalId: SQL, projectTypes: SQL): SQL =>
  sql`(t.active AND (t.required
    OR t.required_project_types && ARRAY(SELECT p.project_type FROM enrollment e
      JOIN project p ON p.project_id = e.project_id AND p.project_type IS NOT NULL
      WHERE e.personal_id = ${personalId} AND e.date_deleted IS NULL
        AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL))
    OR t.required_project_types && ${projectTypes}))`;

/** Whether a verified, unexpired document of type `t` that `org` may see covers the client. */
export const documentReadySql = (org: string, personalId: SQL): SQL =>
  sql`EXISTS (SELECT 1 FROM client_document WHERE client_document.personal_id = ${personalId}
    AND client_document.document_type_id = t.id AND client_document.deleted_at IS NULL
    AND client_document.status = 'verified'
    AND (client_document.expires_on IS NULL OR client_document.expires_on >= CURRENT_DATE)
    AND ${clientDocumentVisibleSql(org)})`;

/** Required document types per client, each with whether a visible verified document covers it. */
export async function requiredDocuments(
  db: DbOrTx,
  org: string,
  personalIds: readonly string[],
  projectTypes: readonly number[] = [],
): Promise<RequiredRow[]> {
  if (!personalIds.length) return [];
  return queryRows<RequiredRow>(
    db,
    sql`
    WITH c AS (
      SELECT DISTINCT ids.personal_id FROM unnest(${sql.param([...personalIds])}::text[]) AS ids (personal_id)
      JOIN client cl ON cl.personal_id = ids.personal_id AND cl.date_deleted IS NULL
      WHERE ${clientVisibleSql(sql`cl.personal_id`, org)}
    )
    SELECT c.personal_id, t.id AS type_id, t.name, ${documentReadySql(org, sql`c.personal_id`)} AS ready
    FROM c
    JOIN document_type t ON ${documentRequiredSql(sql`c.personal_id`, sql`${sql.param([...projectTypes])}::integer[]`)}
    ORDER BY c.personal_id, t.sort_order, t.name`,
  );
}

/**
 * Per visible client: required document types, how many are ready, and the names of those missing.
 * `projectTypes`: also count what a referral to these HUD project types requires. Clients the
 * user may not see are left out.
 */
export async function documentCheckStatus(
  db: DbOrTx,
  ctx: RequestContext,
  personalIds: readonly string[],
  opts: { projectTypes?: readonly number[] } = {},
): Promise<Record<string, DocumentCheckStatus>> {
  const org = currentOrganization(ctx);
  const out: Record<string, DocumentCheckStatus> = {};
  const visible = await queryRows<{ personal_id: string }>(
    db,
    sql`SELECT cl.personal_id FROM client cl
      WHERE cl.personal_id = ANY(${sql.param([...personalIds])}::text[]) AND cl.date_deleted IS NULL
        AND ${clientVisibleSql(sql`cl.personal_id`, org)}`,
  );
  for (const r of visible) out[r.personal_id] = { ready: 0, required: 0, missing: [] };
  for (const r of await requiredDocuments(db, org, personalIds, opts.projectTypes)) {
    const s = out[r.personal_id];
    if (!s) continue;
    s.required += 1;
    if (r.ready) s.ready += 1;
    else s.missing.push(r.name);
  }
  return out;
}
