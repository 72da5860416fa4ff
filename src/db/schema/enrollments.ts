// Application tables of the enrollment workflows: paused workflow drafts and case assignments.
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
