// Writes one audit_event row. Call it with the transaction that makes the change, so the
// change and its audit row commit or roll back together. Never put PII in `detail`.

import type { DbOrTx } from '../../db/connect.ts';
import { runPrepared } from '../../db/prepared.ts';
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

export async function recordAudit(db: DbOrTx, actor: AuditActor | RequestContext, entry: AuditEntry): Promise<void> {
  const a = 'user' in actor ? actorOf(actor) : actor;
  await runPrepared(
    db.insert(auditEventTable).values({
      userId: a.userId ?? null,
      username: a.username ?? null,
      organizationId: a.organizationId ?? null,
      ip: a.ip ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      clientId: entry.clientId ?? null,
      detail: entry.detail ?? null,
    }),
  );
}
