// Scheduled reports (migration 0700).
import { boolean, integer, jsonb, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type ScheduleFrequency = 'once' | 'daily' | 'weekly' | 'monthly';
export type ScheduleFormat = 'xlsx' | 'pdf' | 'csv';

export const reportScheduleTable = pgTable('report_schedule', {
  id: varchar('id', { length: 32 }).primaryKey(),
  ownerId: varchar('owner_id', { length: 32 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  report: varchar('report', { length: 40 }).notNull(),
  name: varchar('name', { length: 100 }).notNull(),
  parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
  format: varchar('format', { length: 4 }).$type<ScheduleFormat>().notNull(),
  frequency: varchar('frequency', { length: 7 }).$type<ScheduleFrequency>().notNull(),
  firstRunAt: at('first_run_at').notNull(),
  nextRunAt: at('next_run_at'),
  paused: boolean('paused').notNull().default(false),
  lastRunAt: at('last_run_at'),
  lastJobId: varchar('last_job_id', { length: 32 }),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
