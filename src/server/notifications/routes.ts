// Notifications API: the bell's count, the list (by state, by day for the calendar), one
// notification, snooze / dismiss / done, dismiss all, and per-kind email preferences.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import { recordClientRead } from '../clients/client-access.ts';
import type { Feature } from '../features.ts';
import { type Language, translateMessage } from '../http/messages/localize.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { jobRunnerFor } from '../jobs/job-runner.ts';
import { changeNotification, dismissAllNotifications } from './change-notification.ts';
import { readEmailPreferences, saveEmailPreferences } from './email-preferences.ts';
import { setEmailEnabled } from './email-queue.ts';
import { listNotifications, notificationSummary } from './list-notifications.ts';
import { notificationIn } from './notification-language.ts';
import { findNotification, toView } from './notification-query.ts';
import {
  changeBody,
  dismissAllBody,
  emailPreferencesBody,
  emailPreferencesView,
  listQuery,
  notificationView,
  summaryView,
} from './schemas.ts';
import './send-notification-email.ts';

const tags = ['notifications'];
const idParams = z.object({ id: z.string().min(1).max(32) });

export const notificationRoutes: Feature = (app, deps) => {
  const { db } = deps.database;
  app.addHook('onReady', async () => {
    // Email is queued only once the queue exists (the runner creates it) and SMTP is set.
    await jobRunnerFor(deps).start();
    setEmailEnabled(Boolean(deps.config.smtpUrl));
  });
  app.addHook('onClose', () => setEmailEnabled(false));

  app.get(
    '/api/notifications/summary',
    {
      schema: {
        tags,
        description: 'The bell: the number of new notifications. Polling it does not keep an idle session alive.',
        response: { 200: summaryView },
      },
    },
    (req) => notificationSummary(db, ctxOf(req)),
  );

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        description:
          'The signed-in user’s notifications, newest first, by state (a snooze that has run out is new again) ' +
          'or by day (from/to: due date, else the day it arrived). A notification about a client the user may ' +
          'not see (working as their current organization) keeps only its kind and dates.',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(notificationView), total: z.number() }) },
      },
    },
    async (req) => {
      const list = await db.transaction((tx) => listNotifications(tx, ctxOf(req), req.query));
      const lng = readerLanguage(req);
      return { ...list, items: list.items.map((n) => notificationIn(n, lng)) };
    },
  );

  app.get(
    '/api/notifications/email-preferences',
    {
      schema: {
        tags,
        description: 'Which kinds of notification the user also gets by email.',
        response: { 200: emailPreferencesView },
      },
    },
    async (req) => preferencesIn(await readEmailPreferences(db, deps.config, ctxOf(req)), readerLanguage(req)),
  );

  app.put(
    '/api/notifications/email-preferences',
    {
      schema: {
        tags,
        description: 'Turns email on or off per kind (kinds not sent stay as they were).',
        body: emailPreferencesBody,
        response: { 200: emailPreferencesView },
      },
    },
    async (req) =>
      preferencesIn(
        await db.transaction((tx) => saveEmailPreferences(tx, deps.config, ctxOf(req), req.body)),
        readerLanguage(req),
      ),
  );

  app.post(
    '/api/notifications/dismiss-all',
    {
      schema: {
        tags,
        description: 'Dismisses the user’s new notifications (only `ids` when given).',
        body: dismissAllBody,
        response: { 200: z.object({ dismissed: z.number() }) },
      },
    },
    async (req) => ({ dismissed: await dismissAllNotifications(db, ctxOf(req), req.body.ids) }),
  );

  app.get(
    '/api/notifications/:id',
    {
      schema: {
        tags,
        description: 'One notification of the user’s (to open it: follow `link`). Another user’s answers 404.',
        params: idParams,
        response: { 200: notificationView },
      },
    },
    (req) =>
      db.transaction(async (tx) => {
        const ctx = ctxOf(req);
        const view = toView(await findNotification(tx, ctx, req.params.id));
        if (view.clientId) await recordClientRead(tx, ctx, view.clientId, 'notification');
        return notificationIn(view, readerLanguage(req));
      }),
  );

  app.patch(
    '/api/notifications/:id',
    {
      schema: {
        tags,
        description:
          'Snooze (state "snoozed" with snoozedUntil), dismiss, mark done, or mark new. Send the version you read.',
        params: idParams,
        body: changeBody,
        response: { 200: notificationView },
      },
    },
    async (req) =>
      notificationIn(
        await db.transaction((tx) => changeNotification(tx, ctxOf(req), req.params.id, req.body)),
        readerLanguage(req),
      ),
  );
};

type Preferences = Awaited<ReturnType<typeof readEmailPreferences>>;
const preferencesIn = (p: Preferences, lng: Language): Preferences => ({
  ...p,
  kinds: p.kinds.map((k) => ({
    ...k,
    label: translateMessage(k.label, lng),
    description: translateMessage(k.description, lng),
  })),
});
