// Reading the signed-in user's notifications: the effective state (a snooze that has run out is
// new again) and the client visibility rule, applied for the organization the user works as.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { notificationTable, organizationTable } from '../../db/schema/index.ts';
import { notificationVisibleSql } from '../access/work-records.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { kindLabel } from './kinds.ts';
import type { NotificationView } from './schemas.ts';

const n = notificationTable;
/** Follows the kind in the title of a notification about a client the reader may not see. */
export const HIDDEN_CLIENT = '(client details not available to you)';

export const effectiveState = sql<NotificationView['state']>`(CASE WHEN ${n.state} = 'snoozed'
  AND ${n.snoozedUntil} <= now() THEN 'new' ELSE ${n.state} END)`;

/** The organization the user works as, when it is one of theirs (no organization: no client is shown). */
const workingAs = (ctx: RequestContext) => {
  const org = ctx.user.currentOrganizationId;
  return org && ctx.user.organizationIds.includes(org) ? org : null;
};

function clientShown(ctx: RequestContext): SQL<boolean> {
  const org = workingAs(ctx);
  if (!org) return sql<boolean>`false`;
  return sql<boolean>`(EXISTS (SELECT 1 FROM client nc WHERE nc.personal_id = ${n.personalId}
    AND nc.date_deleted IS NULL AND ${clientVisibleSql(sql`nc.personal_id`, org)}))`;
}

export function selectNotifications(db: DbOrTx, ctx: RequestContext) {
  return db
    .select({
      row: n,
      state: effectiveState,
      clientShown: clientShown(ctx),
      organizationName: organizationTable.OrganizationName,
    })
    .from(n)
    .leftJoin(organizationTable, eq(organizationTable.OrganizationID, n.organizationId))
    .$dynamic();
}

type Selected = {
  row: typeof n.$inferSelect;
  state: NotificationView['state'];
  clientShown: boolean;
  organizationName: string | null;
};

/** The API view: a notification about a client the user may not see keeps only its kind and dates. */
export function toView(s: Selected): NotificationView {
  const r = s.row;
  const hidden = Boolean(r.personalId) && !s.clientShown;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: kindLabel(r.kind),
    title: hidden ? `${kindLabel(r.kind)} ${HIDDEN_CLIENT}` : r.title,
    body: hidden ? null : r.body,
    link: hidden ? null : r.link,
    clientId: hidden ? null : r.personalId,
    clientHidden: hidden,
    organizationId: r.organizationId,
    organizationName: s.organizationName,
    dueAt: r.dueAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    state: s.state,
    snoozedUntil: s.state === 'snoozed' ? (r.snoozedUntil?.toISOString() ?? null) : null,
    version: r.version,
  };
}

/** One of the user's notifications, or 404 (another user's answers like one that does not exist). */
export async function findNotification(db: DbOrTx, ctx: RequestContext, id: string) {
  const [row] = await selectNotifications(db, ctx).where(and(eq(n.id, id), notificationVisibleSql(ctx)));
  if (!row) throw notFound('The notification');
  return row;
}
