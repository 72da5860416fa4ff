// A client's access log ("Who has seen this record"): every audit row naming the client — reads
// and changes — with who, working as which organization, and when; HIPAA's accounting of
// disclosures, for HMIS admins and the program managers of the client's own organizations.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { requireClient } from '../access/client.ts';
import { notAnotherVspSql } from '../access/visibility.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { sqlRows } from '../clients/client-summary.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';
import type { Language } from '../http/messages/localize.ts';
import type { AccessLogEntry } from './access-log.schema.ts';
import { describeAction } from './access-log-labels.ts';
import { recordAudit } from './record-audit.ts';

type Row = {
  id: number;
  at: Date;
  user_id: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  action: string;
  detail: Record<string, unknown> | null;
  total: number;
};

/** The organizations a client belongs to: those of its enrollments' projects, the one that created it, the one it is restricted to. */
function clientOrganizationsSql(personalId: string): SQL {
  return sql`SELECT p.organization_id FROM enrollment e JOIN project p ON p.project_id = e.project_id
      WHERE e.personal_id = ${personalId} AND e.date_deleted IS NULL
    UNION SELECT unnest(ARRAY[created_organization_id, restricted_organization_id]) FROM client_profile
      WHERE personal_id = ${personalId}`;
}

/** The client (404 when hidden), then: HMIS admins, or program managers working as one of its organizations. */
export async function requireAccessLogViewer(db: DbOrTx, ctx: RequestContext, personalId: string) {
  const found = await requireClient(db, ctx, personalId);
  if (hasRole(ctx.user, 'hmis_admin')) return found;
  const message =
    "Only HMIS admins and the program managers of the client's organizations see who has seen this record";
  if (!ctx.user.roles.includes('program_manager')) throw forbidden(message);
  const [mine] = await sqlRows<{ ok: number }>(
    db,
    sql`SELECT 1 AS ok WHERE ${currentOrganization(ctx)} IN (${clientOrganizationsSql(personalId)})`,
  );
  if (!mine) throw forbidden(message);
  return found;
}

/**
 * The log, newest first. Rows of records merged into this client count as its own. What users
 * working as another victim-service provider did is left out: that they saw the client is theirs.
 */
export async function readAccessLog(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  page: { limit: number; offset: number },
  lng: Language = 'en',
): Promise<{ items: AccessLogEntry[]; total: number }> {
  const rows = await sqlRows<Row>(
    db,
    sql`WITH RECURSIVE ids AS (
        SELECT ${personalId}::varchar AS id
        UNION SELECT cp.personal_id FROM client_profile cp JOIN ids ON cp.merged_into = ids.id)
      SELECT a.id, a.at, a.user_id, a.username, u.first_name, u.last_name, a.organization_id,
        o.organization_name, a.action, a.detail, (count(*) OVER ())::int AS total
      FROM audit_event a
      LEFT JOIN app_user u ON u.id = a.user_id
      LEFT JOIN organization o ON o.organization_id = a.organization_id
      WHERE a.client_id IN (SELECT id FROM ids)
        AND ${notAnotherVspSql(sql.raw('a.organization_id'), currentOrganization(ctx))}
      ORDER BY a.at DESC, a.id DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      userName: r.first_name ? `${r.first_name} ${r.last_name ?? ''}`.trim() : (r.username ?? 'Hearth'),
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      action: r.action,
      description: describeAction(r.action, r.detail, lng),
    })),
    total: rows[0]?.total ?? 0,
  };
}

/** Reading the log is itself recorded on it. */
export async function recordAccessLogRead(db: DbOrTx, ctx: RequestContext, personalId: string, format: string) {
  await recordAudit(db, ctx, {
    action: 'access_log.read',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
    detail: { format },
  });
}
