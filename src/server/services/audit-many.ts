// Audit rows for changes and reads that touch many clients at once (quick services, batches):
// one row per client, written in one statement (atomic by itself), inside the caller's transaction if any.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlOnce } from '../../db/prepared.ts';
import { type AuditEntry, actorOf } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';

const CHUNK = 1000;
const p = (name: string) => sql.placeholder(name);

// One statement text whatever the number of rows (the rows as arrays), so it is prepared once.
const insertAuditRows = sqlOnce(sql`INSERT INTO audit_event
    (user_id, username, organization_id, ip, action, entity_type, entity_id, client_id, detail)
  SELECT ${p('userId')}, ${p('username')}, ${p('organizationId')}, ${p('ip')},
    r.action, r.entity_type, r.entity_id, r.client_id, r.detail::jsonb
  FROM unnest(${p('action')}::varchar[], ${p('entityType')}::varchar[], ${p('entityId')}::varchar[],
    ${p('clientId')}::varchar[], ${p('detail')}::text[]) WITH ORDINALITY AS r(action, entity_type, entity_id, client_id, detail, n)
  ORDER BY r.n`);

export async function recordAuditMany(db: DbOrTx, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  const a = actorOf(ctx);
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    await insertAuditRows(db, {
      userId: a.userId ?? null,
      username: a.username ?? null,
      organizationId: a.organizationId ?? null,
      ip: a.ip ?? null,
      action: chunk.map((e) => e.action),
      entityType: chunk.map((e) => e.entityType ?? null),
      entityId: chunk.map((e) => e.entityId ?? null),
      clientId: chunk.map((e) => e.clientId ?? null),
      detail: chunk.map((e) => (e.detail ? JSON.stringify(e.detail) : null)),
    });
  }
}

/** The client.read audit entries of a screen that lists many clients (each client once). */
export function clientReadEntries(personalIds: readonly string[], view: string): AuditEntry[] {
  return [...new Set(personalIds)].map((id) => ({
    action: 'client.read',
    entityType: 'client',
    entityId: id,
    clientId: id,
    detail: { view },
  }));
}

/** recordClientRead (clients/client-access.ts) for a screen that lists many clients: one statement. */
export async function recordClientReads(
  db: DbOrTx,
  ctx: RequestContext,
  personalIds: readonly string[],
  view: string,
): Promise<void> {
  await recordAuditMany(db, ctx, clientReadEntries(personalIds, view));
}
