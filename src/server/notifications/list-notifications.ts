// The notifications page and the pop-up: the user's notifications by state, or by day for the
// calendar (due date, else the day it arrived). Clients shown are audited as a list read.
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { notificationTable } from '../../db/schema/index.ts';
import { notificationVisibleSql } from '../access/work-records.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { effectiveState, selectNotifications, toView } from './notification-query.ts';
import type { ListQuery, NotificationView } from './schemas.ts';

const n = notificationTable;
const calendarDay = sql`(coalesce(${n.dueAt}, ${n.createdAt}) AT TIME ZONE current_setting('TimeZone'))::date`;

export async function listNotifications(
  db: DbOrTx,
  ctx: RequestContext,
  q: ListQuery,
): Promise<{ items: NotificationView[]; total: number }> {
  const where: SQL[] = [notificationVisibleSql(ctx)];
  if (q.state !== 'all') where.push(sql`${effectiveState} = ${q.state}`);
  if (q.kind) where.push(eq(n.kind, q.kind));
  if (q.from) where.push(sql`${calendarDay} >= ${q.from}::date`);
  if (q.to) where.push(sql`${calendarDay} <= ${q.to}::date`);
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    selectNotifications(db, ctx).where(cond).orderBy(desc(n.createdAt), desc(n.id)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(n).where(cond),
  ]);
  const items = rows.map(toView);
  const shown = items.flatMap((i) => (i.clientId ? [i.clientId] : []));
  if (shown.length) await recordClientReads(db, ctx, shown, 'notifications');
  return { items, total: total?.total ?? 0 };
}

/** The bell: how many are new, and when the newest arrived or came back (no client data: not a client read). */
export async function notificationSummary(db: DbOrTx, ctx: RequestContext) {
  const [row] = await db
    .select({
      unread: count(), // A snooze that ran out counts from when it ran out, so the pop-up shows it again.
      latest: sql<
        Date | string | null
      >`max(CASE WHEN ${n.state} = 'snoozed' THEN ${n.snoozedUntil} ELSE ${n.createdAt} END)`,
    })
    .from(n)
    .where(and(notificationVisibleSql(ctx), sql`${effectiveState} = 'new'`));
  return { unread: row?.unread ?? 0, latestAt: row?.latest ? new Date(row.latest).toISOString() : null };
}
