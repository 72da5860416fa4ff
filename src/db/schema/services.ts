// Services, service batches, deletion requests and case notes (migration 0300_services.sql).
import { bigserial, boolean, date, integer, numeric, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
};

export const caseNoteTable = pgTable('case_note', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  enrollmentId: varchar('enrollment_id', { length: 32 }),
  noteDate: date('note_date', { mode: 'string' }).notNull(),
  title: varchar('title', { length: 200 }).notNull(),
  note: text('note').notNull(),
  readOnly: boolean('read_only').notNull().default(false),
  authorId: varchar('author_id', { length: 32 }).notNull(),
  deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  deletedBy: varchar('deleted_by', { length: 32 }),
  ...stamps,
});

export const serviceBatchTable = pgTable('service_batch', {
  id: varchar('id', { length: 32 }).primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  projectId: varchar('project_id', { length: 32 }).notNull(),
  serviceTypeId: varchar('service_type_id', { length: 32 }).notNull(),
  dateProvided: date('date_provided', { mode: 'string' }).notNull(),
  units: numeric('units', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  unitValue: numeric('unit_value', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
  status: varchar('status', { length: 10 }).$type<'open' | 'posted'>().notNull().default('open'),
  postedAt: timestamp('posted_at', { withTimezone: true, mode: 'date' }),
  postedBy: varchar('posted_by', { length: 32 }),
  postedCount: integer('posted_count'),
  ...stamps,
});

export const serviceBatchEntryTable = pgTable('service_batch_entry', {
  id: varchar('id', { length: 32 }).primaryKey(),
  batchId: varchar('batch_id', { length: 32 }).notNull(),
  scanOrder: bigserial('scan_order', { mode: 'number' }).notNull(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
  removedBy: varchar('removed_by', { length: 32 }),
  ...stamps,
});

export const serviceTable = pgTable('service', {
  id: varchar('id', { length: 32 }).primaryKey(),
  serviceTypeId: varchar('service_type_id', { length: 32 }).notNull(),
  enrollmentId: varchar('enrollment_id', { length: 32 }).notNull(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  projectId: varchar('project_id', { length: 32 }).notNull(),
  dateProvided: date('date_provided', { mode: 'string' }).notNull(),
  units: numeric('units', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  unitValue: numeric('unit_value', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
  bedNight: boolean('bed_night').notNull().default(false),
  servicesId: varchar('services_id', { length: 32 }),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  recordedBy: varchar('recorded_by', { length: 32 }).notNull(),
  caseNoteId: varchar('case_note_id', { length: 32 }),
  batchEntryId: varchar('batch_entry_id', { length: 32 }),
  deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  deletedBy: varchar('deleted_by', { length: 32 }),
  ...stamps,
});

export const serviceDeletionRequestTable = pgTable('service_deletion_request', {
  id: varchar('id', { length: 32 }).primaryKey(),
  serviceId: varchar('service_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  reason: varchar('reason', { length: 500 }).notNull(),
  status: varchar('status', { length: 10 }).$type<'open' | 'approved' | 'declined'>().notNull().default('open'),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
  resolvedBy: varchar('resolved_by', { length: 32 }),
  ...stamps,
});
