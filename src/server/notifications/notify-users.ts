// notifyUsers: the one way a feature tells users something. Call it with the transaction of the
// change, so a notification exists only if the change committed; its email is queued in the same
// transaction and sent after commit (docs/ARCHITECTURE.md, "Sending a notification").
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, notificationEmailOptOutTable, notificationTable } from '../../db/schema/index.ts';
import { newId } from '../http/ids.ts';
import { enqueueInTransaction } from '../jobs/send-in-transaction.ts';
import { EMAIL_QUEUE, EMAIL_RETRIES, emailEnabled } from './email-queue.ts';
import type { NotificationKind } from './kinds.ts';

export type NotifyInput = {
  userIds: readonly string[];
  kind: NotificationKind;
  /** Shown in Hearth only (never emailed). Client names are allowed here, not in email. */
  title: string;
  body?: string | null;
  /** A path inside Hearth that acts on it ('/clients/123/document-check'). */
  link?: string | null;
  /** The client it is about: opening it goes through the client visibility rule. */
  clientId?: string | null;
  /** When something is due (the calendar view shows it on that day). */
  dueAt?: Date | null;
  /** The organization whose work it is (shown; the link acts as that organization). */
  organizationId?: string | null;
  /** Same key for the same user again: nothing new is written (idempotent triggers). */
  dedupeKey?: string | null;
};

const clip = (s: string | null | undefined, n: number) =>
  s == null ? null : s.length > n ? `${s.slice(0, n - 1)}…` : s;

/** Writes one notification per active recipient and returns their ids (none for duplicates). */
export async function notifyUsers(db: DbOrTx, input: NotifyInput): Promise<string[]> {
  if (input.link && (!input.link.startsWith('/') || input.link.startsWith('//')))
    throw new Error('notifyUsers: link must be a path inside Hearth');
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return [];
  const recipients = await db
    .select({
      id: appUserTable.id,
      email: appUserTable.email,
      optedOut: sql<boolean>`EXISTS (SELECT 1 FROM ${notificationEmailOptOutTable}
        WHERE ${notificationEmailOptOutTable.userId} = ${appUserTable.id} AND ${notificationEmailOptOutTable.kind} = ${input.kind})`,
    })
    .from(appUserTable)
    .where(and(inArray(appUserTable.id, userIds), eq(appUserTable.active, true)));
  if (!recipients.length) return [];
  const mail = emailEnabled();
  const inserted = await db
    .insert(notificationTable)
    .values(
      recipients.map((r) => ({
        id: newId(),
        userId: r.id,
        kind: input.kind,
        title: clip(input.title, 200) ?? '',
        body: clip(input.body, 2000),
        link: input.link ?? null,
        personalId: input.clientId ?? null,
        organizationId: input.organizationId ?? null,
        dueAt: input.dueAt ?? null,
        dedupeKey: input.dedupeKey ?? null,
        emailState: mail && r.email && !r.optedOut ? ('pending' as const) : ('none' as const),
      })),
    )
    .onConflictDoNothing({
      target: [notificationTable.userId, notificationTable.dedupeKey],
      where: sql`dedupe_key IS NOT NULL`,
    })
    .returning({ id: notificationTable.id, emailState: notificationTable.emailState });
  for (const n of inserted) {
    if (n.emailState !== 'pending') continue;
    await enqueueInTransaction(
      db,
      EMAIL_QUEUE,
      { notificationId: n.id },
      { retryLimit: EMAIL_RETRIES, retryDelay: 60, retryBackoff: true },
    );
  }
  return inserted.map((n) => n.id);
}
