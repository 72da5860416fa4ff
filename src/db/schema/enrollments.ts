// Application tables of the enrollment workflows: paused workflow drafts, case assignments and
// requests to re-enter an enrollment.
import { date, integer, jsonb, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

export const WORKFLOW_KINDS = [
  'intake',
  'assessment',
  'exit',
  'edit-entry',
  'edit-exit',
  'cas-intake',
  'referral-intake',
] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

export const workflowDraftTable = pgTable('workflow_draft', {
  id: varchar('id', { length: 32 }).primaryKey(),
  userId: varchar('user_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  kind: varchar('kind', { length: 20 }).$type<WorkflowKind>().notNull(),
  personalId: varchar('personal_id', { length: 32 }),
  enrollmentId: varchar('enrollment_id', { length: 32 }),
  step: varchar('step', { length: 120 }).notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const caseAssignmentTable = pgTable('case_assignment', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  userId: varchar('user_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  enrollmentId: varchar('enrollment_id', { length: 32 }),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  endReason: varchar('end_reason', { length: 20 }).$type<'exit' | 'ended'>(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
});

/** Asks an HMIS admin to re-enter an enrollment exited too long ago for a case manager (0900). */
export const reentryRequestTable = pgTable('reentry_request', {
  id: varchar('id', { length: 32 }).primaryKey(),
  enrollmentId: varchar('enrollment_id', { length: 32 }).notNull(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  reason: varchar('reason', { length: 500 }).notNull(),
  status: varchar('status', { length: 10 }).$type<'open' | 'approved' | 'declined'>().notNull().default('open'),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
  resolvedBy: varchar('resolved_by', { length: 32 }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
});
