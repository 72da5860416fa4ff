// Notifications, per-kind email opt-outs (migration 0820) and Document Check (migration 0821).
import { bigint, boolean, date, integer, pgTable, primaryKey, text, timestamp, varchar } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const stamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
};

export type NotificationState = 'new' | 'snoozed' | 'dismissed' | 'done';
export type EmailState = 'none' | 'pending' | 'sent' | 'failed';

export const notificationTable = pgTable('notification', {
  id: varchar('id', { length: 32 }).primaryKey(),
  userId: varchar('user_id', { length: 32 }).notNull(),
  kind: varchar('kind', { length: 40 }).notNull(),
  title: varchar('title', { length: 200 }).notNull(),
  body: varchar('body', { length: 2000 }),
  link: varchar('link', { length: 500 }),
  personalId: varchar('personal_id', { length: 32 }),
  organizationId: varchar('organization_id', { length: 32 }),
  dueAt: at('due_at'),
  state: varchar('state', { length: 10 }).$type<NotificationState>().notNull().default('new'),
  snoozedUntil: at('snoozed_until'),
  dedupeKey: varchar('dedupe_key', { length: 200 }),
  emailState: varchar('email_state', { length: 10 }).$type<EmailState>().notNull().default('none'),
  emailedAt: at('emailed_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const notificationEmailOptOutTable = pgTable(
  'notification_email_opt_out',
  {
    userId: varchar('user_id', { length: 32 }).notNull(),
    kind: varchar('kind', { length: 40 }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const documentTypeTable = pgTable('document_type', {
  id: varchar('id', { length: 32 }).primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  description: varchar('description', { length: 300 }),
  required: boolean('required').notNull().default(false),
  requiredProjectTypes: integer('required_project_types').array().notNull().default([]),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(100),
  ...stamps,
});

export type DocumentStatus = 'requested' | 'received' | 'verified' | 'expired';

export const clientDocumentTable = pgTable('client_document', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  documentTypeId: varchar('document_type_id', { length: 32 }).notNull(),
  status: varchar('status', { length: 10 }).$type<DocumentStatus>().notNull(),
  verifiedOn: date('verified_on', { mode: 'string' }),
  verifiedBy: varchar('verified_by', { length: 32 }),
  expiresOn: date('expires_on', { mode: 'string' }),
  note: varchar('note', { length: 500 }),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  fileName: varchar('file_name', { length: 255 }),
  contentType: varchar('content_type', { length: 100 }),
  sizeBytes: bigint('size_bytes', { mode: 'number' }),
  storageKey: varchar('storage_key', { length: 200 }),
  deletedAt: at('deleted_at'),
  deletedBy: varchar('deleted_by', { length: 32 }),
  ...stamps,
});

export const appSecretTable = pgTable('app_secret', {
  name: varchar('name', { length: 64 }).primaryKey(),
  value: text('value').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
