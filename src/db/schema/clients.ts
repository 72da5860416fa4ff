// App tables of the clients feature (migration 0100_clients.sql).
import {
  bigint,
  bigserial,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
};

export const clientProfileTable = pgTable('client_profile', {
  personalId: varchar('personal_id', { length: 32 }).primaryKey(),
  createdOrganizationId: varchar('created_organization_id', { length: 32 }),
  restrictedOrganizationId: varchar('restricted_organization_id', { length: 32 }),
  photoId: varchar('photo_id', { length: 32 }),
  mergedInto: varchar('merged_into', { length: 32 }),
  ...stamps,
});

export const clientPhotoTable = pgTable('client_photo', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  storageKey: varchar('storage_key', { length: 200 }).notNull(),
  thumbnailKey: varchar('thumbnail_key', { length: 200 }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
  removedBy: varchar('removed_by', { length: 32 }),
  ...stamps,
});

export const clientFileTable = pgTable('client_file', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  name: varchar('name', { length: 200 }).notNull(),
  fileName: varchar('file_name', { length: 255 }).notNull(),
  contentType: varchar('content_type', { length: 150 }).notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  category: varchar('category', { length: 40 }).notNull(),
  organizationId: varchar('organization_id', { length: 32 }).notNull(),
  storageKey: varchar('storage_key', { length: 200 }).notNull(),
  deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  deletedBy: varchar('deleted_by', { length: 32 }),
  ...stamps,
});

export const interestedOtherTable = pgTable('interested_other', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  otherType: varchar('other_type', { length: 40 }).notNull(),
  description: varchar('description', { length: 200 }),
  name: varchar('name', { length: 100 }).notNull(),
  relationship: varchar('relationship', { length: 100 }),
  awareOfSituation: boolean('aware_of_situation'),
  phone: varchar('phone', { length: 20 }),
  email: varchar('email', { length: 320 }),
  address: varchar('address', { length: 300 }),
  organizationId: varchar('organization_id', { length: 32 }),
  deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  deletedBy: varchar('deleted_by', { length: 32 }),
  ...stamps,
});

export const clientDuplicateFlagTable = pgTable('client_duplicate_flag', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalIdA: varchar('personal_id_a', { length: 32 }).notNull(),
  personalIdB: varchar('personal_id_b', { length: 32 }).notNull(),
  note: varchar('note', { length: 500 }),
  status: varchar('status', { length: 20 }).$type<'open' | 'merged' | 'not_duplicate'>().notNull().default('open'),
  organizationId: varchar('organization_id', { length: 32 }),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
  resolvedBy: varchar('resolved_by', { length: 32 }),
  ...stamps,
});

export const clientNotDuplicateTable = pgTable(
  'client_not_duplicate',
  {
    personalIdA: varchar('personal_id_a', { length: 32 }).notNull(),
    personalIdB: varchar('personal_id_b', { length: 32 }).notNull(),
    reason: varchar('reason', { length: 30 }).$type<'confirmed_at_create' | 'reviewed'>().notNull(),
    organizationId: varchar('organization_id', { length: 32 }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: varchar('created_by', { length: 32 }),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.personalIdA, t.personalIdB] })],
);

export const clientMergeTable = pgTable('client_merge', {
  id: varchar('id', { length: 32 }).primaryKey(),
  survivorId: varchar('survivor_id', { length: 32 }).notNull(),
  mergedId: varchar('merged_id', { length: 32 }).notNull(),
  choices: jsonb('choices').$type<Record<string, 'survivor' | 'merged'>>().notNull(),
  survivorBefore: jsonb('survivor_before').$type<Record<string, unknown>>().notNull(),
  survivorAfter: jsonb('survivor_after').$type<Record<string, unknown>>().notNull(),
  mergedBefore: jsonb('merged_before').$type<Record<string, unknown>>().notNull(),
  survivorProfileBefore: jsonb('survivor_profile_before').$type<Record<string, unknown> | null>(),
  mergedProfileBefore: jsonb('merged_profile_before').$type<Record<string, unknown> | null>(),
  movedCounts: jsonb('moved_counts').$type<Record<string, number>>().notNull(),
  organizationId: varchar('organization_id', { length: 32 }),
  undoneAt: timestamp('undone_at', { withTimezone: true, mode: 'date' }),
  undoneBy: varchar('undone_by', { length: 32 }),
  ...stamps,
});

export const clientMergeMovedRowTable = pgTable('client_merge_moved_row', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  mergeId: varchar('merge_id', { length: 32 }).notNull(),
  tableName: varchar('table_name', { length: 63 }).notNull(),
  columnName: varchar('column_name', { length: 63 }).notNull(),
  rowKey: jsonb('row_key').$type<Record<string, unknown>>().notNull(),
});
