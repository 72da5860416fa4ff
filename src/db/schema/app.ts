// Application tables (not HUD record types). camelCase properties, snake_case columns.
import { bigserial, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, varchar } from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
};

export const appUserTable = pgTable('app_user', {
  id: varchar('id', { length: 32 }).primaryKey(),
  username: varchar('username', { length: 64 }).notNull(),
  firstName: varchar('first_name', { length: 50 }).notNull(),
  lastName: varchar('last_name', { length: 50 }).notNull(),
  email: varchar('email', { length: 320 }),
  phone: varchar('phone', { length: 10 }),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  active: boolean('active').notNull().default(true),
  roles: text('roles').array().notNull().default([]),
  currentOrganizationId: varchar('current_organization_id', { length: 32 }),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  securityQuestion: varchar('security_question', { length: 200 }),
  securityAnswerHash: text('security_answer_hash'),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  lastLoginOrganizationId: varchar('last_login_organization_id', { length: 32 }),
  /** 'en' | 'es' chosen in Settings; null follows the browser. */
  language: varchar('language', { length: 5 }),
  ...stamps,
});

export const userOrganizationTable = pgTable(
  'user_organization',
  {
    userId: varchar('user_id', { length: 32 }).notNull(),
    organizationId: varchar('organization_id', { length: 32 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] })],
);

export const sessionTable = pgTable('session', {
  id: varchar('id', { length: 64 }).primaryKey(),
  userId: varchar('user_id', { length: 32 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
  endedReason: varchar('ended_reason', { length: 20 }),
  ip: varchar('ip', { length: 64 }),
  userAgent: varchar('user_agent', { length: 300 }),
});

export const auditEventTable = pgTable('audit_event', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  userId: varchar('user_id', { length: 32 }),
  username: varchar('username', { length: 64 }),
  organizationId: varchar('organization_id', { length: 32 }),
  action: varchar('action', { length: 64 }).notNull(),
  entityType: varchar('entity_type', { length: 64 }),
  entityId: varchar('entity_id', { length: 64 }),
  clientId: varchar('client_id', { length: 32 }),
  ip: varchar('ip', { length: 64 }),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
});

export const serviceTypeTable = pgTable('service_type', {
  id: varchar('id', { length: 32 }).primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  category: varchar('category', { length: 100 }).notNull(),
  unitLabel: varchar('unit_label', { length: 50 }).notNull().default('Unit'),
  recordType: integer('record_type'),
  typeProvided: integer('type_provided'),
  active: boolean('active').notNull().default(true),
  ...stamps,
});
