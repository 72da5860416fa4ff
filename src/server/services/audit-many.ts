// Audit rows for changes and reads that touch many clients at once (quick services, batches):
// one row per client, written in one statement (atomic by itself, up to 1,000 rows), inside the caller's
// transaction if any.
import type { DbOrTx } from '../../db/connect.ts';
import { type AuditEntry, actorOf, auditRowOf } from '../audit/record-audit.ts';
import { writeAuditRows } from '../audit/write-audit-rows.ts';
import type { RequestContext } from '../http/context.ts';

export async function recordAuditMany(db: DbOrTx, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  const actor = actorOf(ctx);
  await writeAuditRows(
    db,
    entries.map((e) => auditRowOf(actor, e)),
  );
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
