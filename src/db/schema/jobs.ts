// Background jobs, their findings, stored output files and saved report settings (migration 0400).
import { bigint, bigserial, boolean, integer, jsonb, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export const jobRunTable = pgTable('job_run', {
  id: varchar('id', { length: 32 }).primaryKey(),
  kind: varchar('kind', { length: 40 }).notNull(),
  title: varchar('title', { length: 200 }).notNull(),
  status: varchar('status', { length: 10 }).$type<JobStatus>().notNull().default('queued'),
  progress: integer('progress').notNull().default(0),
  progressNote: varchar('progress_note', { length: 200 }),
  ownerId: varchar('owner_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  /** The victim-service provider whose client data the job may hold (it ran working as it). */
  vspOrganizationId: varchar('vsp_organization_id', { length: 32 }),
  parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull().default({}),
  result: jsonb('result').$type<Record<string, unknown>>(),
  error: varchar('error', { length: 1000 }),
  fileId: varchar('file_id', { length: 32 }),
  queuedAt: at('queued_at').notNull().defaultNow(),
  startedAt: at('started_at'),
  finishedAt: at('finished_at'),
  /** The app server running it (host and process), and when it last confirmed it still is. */
  runner: varchar('runner', { length: 100 }),
  heartbeatAt: at('heartbeat_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export type FindingSeverity = 'high_priority' | 'error' | 'warning';

export const jobFindingTable = pgTable('job_finding', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  jobId: varchar('job_id', { length: 32 }).notNull(),
  severity: varchar('severity', { length: 14 }).$type<FindingSeverity>().notNull(),
  checkId: varchar('check_id', { length: 40 }).notNull(),
  file: varchar('file', { length: 40 }),
  line: integer('line'),
  columnName: varchar('column_name', { length: 60 }),
  recordId: varchar('record_id', { length: 100 }),
  value: varchar('value', { length: 200 }),
  message: varchar('message', { length: 1000 }).notNull(),
});

export const storedFileTable = pgTable('stored_file', {
  id: varchar('id', { length: 32 }).primaryKey(),
  ownerId: varchar('owner_id', { length: 32 }).notNull(),
  jobId: varchar('job_id', { length: 32 }),
  name: varchar('name', { length: 200 }).notNull(),
  contentType: varchar('content_type', { length: 100 }).notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
  storageKey: varchar('storage_key', { length: 300 }).notNull(),
  containsClientData: boolean('contains_client_data').notNull().default(false),
  /** The victim-service provider whose client data the file may hold: only users working as it see it. */
  vspOrganizationId: varchar('vsp_organization_id', { length: 32 }),
  expiresAt: at('expires_at'),
  deletedAt: at('deleted_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const savedReportSettingTable = pgTable('saved_report_setting', {
  id: varchar('id', { length: 32 }).primaryKey(),
  ownerId: varchar('owner_id', { length: 32 }).notNull(),
  report: varchar('report', { length: 40 }).notNull(),
  name: varchar('name', { length: 100 }).notNull(),
  parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
