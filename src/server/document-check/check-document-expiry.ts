// The daily Document Check expiry check (a scheduled system task: pg-boss's cron lock makes it fire
// once across app servers, and the notifications' dedupe keys make a second run harmless).
// Verified or received documents past their expiry date become expired; the client's active case
// managers (whose organization may see the document; else whoever added it) are told N days
// before a document expires and when it has expired.
import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { clientDocumentTable, clientTable } from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import { hudToday } from '../http/ids.ts';
import { defineSystemTask } from '../jobs/job-runner.ts';
import { notifyUsers } from '../notifications/notify-users.ts';

export const EXPIRY_TASK = 'document-expiry-check';
const SYSTEM = { userId: null, username: 'system' };
const d = clientDocumentTable;

type Due = {
  id: string;
  personal_id: string;
  expires_on: string;
  type_name: string;
  user_id: string;
  organization_id: string;
};

const addDays = (day: string, n: number) => {
  const t = new Date(`${day}T12:00:00`);
  t.setDate(t.getDate() + n);
  return hudToday(t);
};

/** Recipients per document due for notice: active case managers who may see it, else its adder. */
function dueDocuments(db: DbOrTx, until: string) {
  return queryRows<Due>(
    db,
    sql`SELECT d.id, d.personal_id, d.expires_on::text AS expires_on, t.name AS type_name,
        coalesce(ca.user_id, d.created_by) AS user_id, coalesce(ca.organization_id, d.organization_id) AS organization_id
      FROM client_document d
      JOIN document_type t ON t.id = d.document_type_id
      JOIN organization o ON o.organization_id = d.organization_id
      LEFT JOIN case_assignment ca ON ca.personal_id = d.personal_id AND ca.end_date IS NULL
        AND (ca.organization_id = d.organization_id OR o.victim_service_provider IS DISTINCT FROM ${NoYes.Yes})
      WHERE d.deleted_at IS NULL AND d.expires_on IS NOT NULL AND d.expires_on <= ${until}::date
        AND d.status IN ('verified', 'received', 'expired') AND d.created_by IS NOT NULL`,
  );
}

/** Keeps the (document, recipient) pairs whose client the recipient's organization may see. */
async function visibleToRecipients(db: DbOrTx, due: Due[]): Promise<Due[]> {
  const keep = new Set<string>();
  for (const org of new Set(due.map((r) => r.organization_id))) {
    const ids = [...new Set(due.filter((r) => r.organization_id === org).map((r) => r.personal_id))];
    const seen = await db
      .select({ id: clientTable.PersonalID })
      .from(clientTable)
      .where(
        and(
          inArray(clientTable.PersonalID, ids),
          isNull(clientTable.DateDeleted),
          clientVisibleSql(clientTable.PersonalID, org),
        ),
      );
    for (const s of seen) keep.add(`${org}:${s.id}`);
  }
  return due.filter((r) => keep.has(`${r.organization_id}:${r.personal_id}`));
}

export async function checkDocumentExpiry(deps: Deps, today = hudToday()) {
  return deps.database.db.transaction(async (tx) => {
    const expired = await tx
      .update(d)
      .set({ status: 'expired', updatedAt: new Date(), version: sql`${d.version} + 1` })
      .where(and(isNull(d.deletedAt), inArray(d.status, ['verified', 'received']), lt(d.expiresOn, today)))
      .returning({ id: d.id, personalId: d.personalId });
    for (const e of expired)
      await recordAudit(tx, SYSTEM, {
        action: 'document_check.expired',
        entityType: 'client_document',
        entityId: e.id,
        clientId: e.personalId,
      });
    const due = await visibleToRecipients(
      tx,
      await dueDocuments(tx, addDays(today, deps.config.documentExpiryNoticeDays)),
    );
    let notified = 0;
    for (const r of due) {
      const past = r.expires_on < today;
      const ids = await notifyUsers(tx, {
        userIds: [r.user_id],
        kind: past ? 'document_expired' : 'document_expiring',
        title: past
          ? `${r.type_name} expired on ${r.expires_on} (client ${r.personal_id})`
          : `${r.type_name} expires on ${r.expires_on} (client ${r.personal_id})`,
        body: 'Ask the client for a current document and add it in Document Check.',
        link: `/clients/${r.personal_id}/document-check`,
        clientId: r.personal_id,
        organizationId: r.organization_id,
        dueAt: new Date(`${r.expires_on}T00:00:00`),
        dedupeKey: `${past ? 'document_expired' : 'document_expiring'}:${r.id}:${r.expires_on}`,
      });
      notified += ids.length;
    }
    await recordAudit(tx, SYSTEM, {
      action: 'document_check.expiry_checked',
      detail: { day: today, markedExpired: expired.length, notified },
    });
    return { markedExpired: expired.length, notified };
  });
}

defineSystemTask(EXPIRY_TASK, {
  cron: (config) => config.documentExpiryCron,
  run: async (deps) => {
    await checkDocumentExpiry(deps);
  },
});
