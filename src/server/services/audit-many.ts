// Audit rows for changes and reads that touch many clients at once (quick services, batches):
// one row per client, written in one statement inside the caller's transaction.
import type { DbOrTx } from '../../db/connect.ts';
import { auditEventTable } from '../../db/schema/index.ts';
import { type AuditEntry, actorOf } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';

const CHUNK = 1000;

export async function recordAuditMany(db: DbOrTx, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  const a = actorOf(ctx);
  for (let i = 0; i < entries.length; i += CHUNK) {
    await db.insert(auditEventTable).values(
      entries.slice(i, i + CHUNK).map((e) => ({
        userId: a.userId ?? null,
        username: a.username ?? null,
        organizationId: a.organizationId ?? null,
        ip: a.ip ?? null,
        action: e.action,
        entityType: e.entityType ?? null,
        entityId: e.entityId ?? null,
        clientId: e.clientId ?? null,
        detail: e.detail ?? null,
      })),
    );
  }
}

/** Every screen that shows client records writes who looked at which client, and where. */
export async function recordClientReads(
  db: DbOrTx,
  ctx: RequestContext,
  personalIds: readonly string[],
  via: string,
): Promise<void> {
  const unique = [...new Set(personalIds)];
  await recordAuditMany(
    db,
    ctx,
    unique.map((id) => ({ action: 'client.read', entityType: 'client', entityId: id, clientId: id, detail: { via } })),
  );
}
