// Settings → Email notifications: which kinds the user also gets by email.
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, notificationEmailOptOutTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
import type { emailPreferencesBody, emailPreferencesView } from './schemas.ts';

type View = z.infer<typeof emailPreferencesView>;
const optOut = notificationEmailOptOutTable;

export async function readEmailPreferences(db: DbOrTx, config: Config, ctx: RequestContext): Promise<View> {
  const [user] = await db
    .select({ email: appUserTable.email })
    .from(appUserTable)
    .where(eq(appUserTable.id, ctx.user.id));
  const off = new Set(
    (await db.select({ kind: optOut.kind }).from(optOut).where(eq(optOut.userId, ctx.user.id))).map((r) => r.kind),
  );
  return {
    email: user?.email ?? null,
    emailConfigured: Boolean(config.smtpUrl),
    kinds: Object.entries(NOTIFICATION_KINDS).map(([kind, k]) => ({
      kind,
      label: k.label,
      description: k.description,
      email: !off.has(kind),
    })),
  };
}

export async function saveEmailPreferences(
  db: DbOrTx,
  config: Config,
  ctx: RequestContext,
  body: z.infer<typeof emailPreferencesBody>,
): Promise<View> {
  const on = body.kinds.filter((k) => k.email).map((k) => k.kind);
  const off = body.kinds.filter((k) => !k.email).map((k) => k.kind);
  if (on.length) await db.delete(optOut).where(and(eq(optOut.userId, ctx.user.id), inArray(optOut.kind, on)));
  if (off.length)
    await db
      .insert(optOut)
      .values(off.map((kind: NotificationKind) => ({ userId: ctx.user.id, kind })))
      .onConflictDoNothing();
  await recordAudit(db, ctx, {
    action: 'notification.email_preferences_changed',
    entityType: 'app_user',
    entityId: ctx.user.id,
    detail: { emailOff: off, emailOn: on },
  });
  return readEmailPreferences(db, config, ctx);
}
