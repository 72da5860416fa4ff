// Request and response shapes of the notifications API.
import { z } from 'zod';
import { versionField } from '../http/versions.ts';
import { notificationKinds } from './kinds.ts';

export const NOTIFICATION_STATES = ['new', 'snoozed', 'dismissed', 'done'] as const;

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  clientId: z.string().nullable(),
  /** The client is no longer visible to the user (as the organization they work as): details withheld. */
  clientHidden: z.boolean(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
  state: z.enum(NOTIFICATION_STATES),
  snoozedUntil: z.string().nullable(),
  version: z.number(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const listQuery = z.object({
  state: z.enum([...NOTIFICATION_STATES, 'all']).default('all'),
  kind: z.enum(notificationKinds).optional(),
  from: z.iso.date().optional().describe('Calendar: due (or created) on or after this date'),
  to: z.iso.date().optional().describe('Calendar: due (or created) on or before this date'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export const summaryView = z.object({
  unread: z.number().describe('New notifications, snoozes that have run out included'),
  latestAt: z.string().nullable().describe('When the newest new one arrived: the pop-up opens when it changes'),
});

export const changeBody = z.object({
  state: z.enum(NOTIFICATION_STATES),
  snoozedUntil: z.iso.datetime({ offset: true }).optional().describe('Required when state is snoozed'),
  version: versionField,
});

export const dismissAllBody = z.object({
  ids: z.array(z.string().min(1).max(32)).max(500).optional().describe('Only these (the ones the user saw)'),
});

export const emailPreferencesView = z.object({
  email: z.string().nullable(),
  emailConfigured: z.boolean(),
  kinds: z.array(z.object({ kind: z.string(), label: z.string(), description: z.string(), email: z.boolean() })),
});

export const emailPreferencesBody = z.object({
  kinds: z.array(z.object({ kind: z.enum(notificationKinds), email: z.boolean() })).max(100),
});
