// Snooze (until a chosen time), dismiss, mark done, or mark new again: one notification of the user's.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { notificationTable } from '../../db/schema/index.ts';
import { notificationVisibleSql, requireNotifications } from '../access/work-records.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion, validationFailed } from '../http/errors.ts';
import { findNotification, toView } from './notification-query.ts';
import type { changeBody, NotificationView } from './schemas.ts';

const n = notificationTable;
const YEAR_MS = 366 * 24 * 3600_000;

export async function changeNotification(
  db: DbOrTx,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof changeBody>,
): Promise<NotificationView> {
  await findNotification(db, ctx, id);
  let snoozedUntil: Date | null = null;
  if (body.state === 'snoozed') {
    if (!body.snoozedUntil) throw validationFailed({ snoozedUntil: 'Choose when the notification should come back' });
    snoozedUntil = new Date(body.snoozedUntil);
    if (snoozedUntil.getTime() <= Date.now())
      throw validationFailed({ snoozedUntil: 'Snooze until a time in the future' });
    if (snoozedUntil.getTime() > Date.now() + YEAR_MS)
      throw validationFailed({ snoozedUntil: 'Snooze for at most a year' });
  }
  const updated = await db
    .update(n)
    .set({ state: body.state, snoozedUntil, updatedAt: new Date(), version: sql`${n.version} + 1` })
    .where(and(eq(n.id, id), eq(n.userId, ctx.user.id), eq(n.version, body.version)))
    .returning({ id: n.id });
  if (!updated.length) throw staleVersion('The notification');
  return toView(await findNotification(db, ctx, id));
}

/** Dismisses the user's new notifications (only `ids` when given: the ones the pop-up showed). */
export async function dismissAllNotifications(db: DbOrTx, ctx: RequestContext, ids?: string[]): Promise<number> {
  if (ids && !ids.length) return 0;
  // Another user's notification answers like one that does not exist (the route walk checks it).
  if (ids) await requireNotifications(db, ctx, ids, { field: 'ids' });
  const rows = await db
    .update(n)
    .set({ state: 'dismissed', snoozedUntil: null, updatedAt: new Date(), version: sql`${n.version} + 1` })
    .where(
      and(
        notificationVisibleSql(ctx),
        sql`(${n.state} = 'new' OR (${n.state} = 'snoozed' AND ${n.snoozedUntil} <= now()))`,
        ids ? inArray(n.id, ids) : undefined,
      ),
    )
    .returning({ id: n.id });
  return rows.length;
}
