// Writes one audit_event row. Call it with the transaction that makes the change, so the
// change and its audit row commit or roll back together (reads outside one: write-audit-rows.ts).
// Never put PII in `detail`.

import type { DbOrTx } from '../../db/connect.ts';
import type { RequestContext } from '../http/context.ts';
import { type AuditRow, writeAuditRows } from './write-audit-rows.ts';

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

/** The row an entry becomes, written by `actor`. */
export function auditRowOf(a: AuditActor, entry: AuditEntry): AuditRow {
  return {
    userId: a.userId ?? null,
    username: a.username ?? null,
    organizationId: a.organizationId ?? null,
    ip: a.ip ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  };
}

export async function recordAudit(db: DbOrTx, actor: AuditActor | RequestContext, entry: AuditEntry): Promise<void> {
  await writeAuditRows(db, [auditRowOf('user' in actor ? actorOf(actor) : actor, entry)]);
}
