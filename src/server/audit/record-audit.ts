// Writes one audit_event row. Call it with the transaction that makes the change, so the
// change and its audit row commit or roll back together. Never put PII in `detail`.

import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import { auditEventTable } from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';

export type AuditEntry = {
  action: string;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  detail?: Record<string, unknown>;
};

export type AuditActor = {
  userId?: string | null;
  username?: string | null;
  organizationId?: string | null;
  ip?: string | null;
};

export function actorOf(ctx: RequestContext): AuditActor {
  return {
    userId: ctx.user.id,
    username: ctx.user.username,
    organizationId: ctx.user.currentOrganizationId,
    ip: ctx.ip,
  };
}

const p = (name: string) => sql.placeholder(name);
/** One audit row, built once: most requests write one. */
const insertAudit = buildOnce((db) =>
  db.insert(auditEventTable).values({
    userId: p('userId'),
    username: p('username'),
    organizationId: p('organizationId'),
    ip: p('ip'),
    action: p('action'),
    entityType: p('entityType'),
    entityId: p('entityId'),
    clientId: p('clientId'),
    // Text cast here: a jsonb placeholder would store JSON null for no detail, not SQL NULL.
    detail: sql`${p('detail')}::jsonb`,
  }),
);

export async function recordAudit(db: DbOrTx, actor: AuditActor | RequestContext, entry: AuditEntry): Promise<void> {
  const a = 'user' in actor ? actorOf(actor) : actor;
  await insertAudit(db, {
    userId: a.userId ?? null,
    username: a.username ?? null,
    organizationId: a.organizationId ?? null,
    ip: a.ip ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  });
}
