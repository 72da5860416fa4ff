// Sends one notification's email (the system task behind EMAIL_QUEUE). The email names no client
// and carries no DOB or SSN: only the kind, the client ID (when the recipient may see that
// client), the due date and a link into Hearth, where sign-in and the visibility rule apply.
// A failed attempt is logged without the address or SMTP text (which can quote the address).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import {
  appUserTable,
  clientTable,
  notificationEmailOptOutTable,
  notificationTable,
  userOrganizationTable,
} from '../../db/schema/index.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import { hudToday } from '../http/ids.ts';
import { type Language, translateMessage } from '../http/messages/localize.ts';
import { defineSystemTask } from '../jobs/job-runner.ts';
import { EMAIL_QUEUE } from './email-queue.ts';
import { kindLabel } from './kinds.ts';
import { mailTransport } from './mailer.ts';
import { savedLanguage } from './notification-language.ts';

type EmailContent = { subject: string; text: string };

/** The email in the recipient's saved language (`lng`; English when they never chose one). */
export function composeEmail(
  config: Config,
  n: { id: string; kind: string; personalId: string | null; dueAt: Date | null },
  lng: Language = 'en',
): EmailContent {
  const t = (english: string) => translateMessage(english, lng);
  const label = t(kindLabel(n.kind));
  const lines = [`${t('You have a new notification in Hearth:')} ${label}.`, ''];
  if (n.personalId) lines.push(`${t('Client ID')}: ${n.personalId}`);
  if (n.dueAt) lines.push(`${t('Due')}: ${hudToday(n.dueAt)}`);
  lines.push(
    `${t('Open it in Hearth')}: ${config.publicUrl}/notifications/${n.id}`,
    '',
    t('Client details are only in Hearth. To choose which notifications you get by email, open Settings in Hearth.'),
  );
  return { subject: `Hearth: ${label}`, text: lines.join('\n') };
}

/** Whether the client is visible to any organization the user works for (the email may show its ID). */
async function userMaySeeClient(deps: Deps, userId: string, personalId: string): Promise<boolean> {
  const { db } = deps.database;
  const orgs = await db
    .select({ id: userOrganizationTable.organizationId })
    .from(userOrganizationTable)
    .where(eq(userOrganizationTable.userId, userId));
  for (const o of orgs) {
    const [seen] = await db
      .select({ id: clientTable.PersonalID })
      .from(clientTable)
      .where(
        and(
          eq(clientTable.PersonalID, personalId),
          isNull(clientTable.DateDeleted),
          clientVisibleSql(clientTable.PersonalID, o.id),
        ),
      );
    if (seen) return true;
  }
  return false;
}

const setEmailState = (deps: Deps, id: string, state: 'none' | 'sent' | 'failed') =>
  deps.database.db
    .update(notificationTable)
    .set({ emailState: state, emailedAt: state === 'sent' ? new Date() : null })
    .where(eq(notificationTable.id, id));

export async function sendNotificationEmail(
  deps: Deps,
  notificationId: string,
  attempt: { retryCount: number; retryLimit: number } = { retryCount: 0, retryLimit: 0 },
): Promise<void> {
  const { db } = deps.database;
  const [n] = await db
    .select({
      id: notificationTable.id,
      userId: notificationTable.userId,
      kind: notificationTable.kind,
      personalId: notificationTable.personalId,
      dueAt: notificationTable.dueAt,
      emailState: notificationTable.emailState,
      email: appUserTable.email,
      active: appUserTable.active,
      language: appUserTable.language,
      optedOut: sql<boolean>`EXISTS (SELECT 1 FROM ${notificationEmailOptOutTable}
        WHERE ${notificationEmailOptOutTable.userId} = ${notificationTable.userId}
          AND ${notificationEmailOptOutTable.kind} = ${notificationTable.kind})`,
    })
    .from(notificationTable)
    .innerJoin(appUserTable, eq(appUserTable.id, notificationTable.userId))
    .where(eq(notificationTable.id, notificationId));
  if (n?.emailState !== 'pending') return;
  const smtpUrl = deps.config.smtpUrl;
  if (!smtpUrl || !n.email || !n.active || n.optedOut) {
    await setEmailState(deps, n.id, 'none');
    return;
  }
  const personalId = n.personalId && (await userMaySeeClient(deps, n.userId, n.personalId)) ? n.personalId : null;
  const content = composeEmail(deps.config, { ...n, personalId }, savedLanguage(n.language));
  try {
    await mailTransport(smtpUrl).sendMail({ from: deps.config.smtpFrom, to: n.email, ...content });
  } catch (e) {
    const err = e as { code?: string; responseCode?: number };
    const last = attempt.retryCount >= attempt.retryLimit;
    console.error(
      `notification email ${n.id} not sent (attempt ${attempt.retryCount + 1} of ${attempt.retryLimit + 1}): ` +
        `${err.code ?? 'error'}${err.responseCode ? ` ${err.responseCode}` : ''}${last ? '; giving up' : '; will retry'}`,
    );
    if (last) await setEmailState(deps, n.id, 'failed');
    throw new Error('notification email not sent');
  }
  await setEmailState(deps, n.id, 'sent');
}

defineSystemTask<{ notificationId: string }>(EMAIL_QUEUE, {
  pollingIntervalSeconds: 2,
  run: (deps, data, attempt) => sendNotificationEmail(deps, data.notificationId, attempt),
});
