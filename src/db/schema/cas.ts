// Coordinated Access (CAS) application tables (migration 0800_cas.sql). Assessments and CE
// events themselves are HUD rows (assessment, assessment_questions, assessment_results, event).
import { boolean, integer, jsonb, pgTable, primaryKey, smallint, timestamp, varchar } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const casSettingsTable = pgTable('cas_settings', {
  id: smallint('id').primaryKey().default(1),
  leadOrganizationId: varchar('lead_organization_id', { length: 32 }),
  noContactDays: integer('no_contact_days').notNull().default(30),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
});

export const CAS_ROLES = ['admin', 'prioritizer'] as const;
export type CasRole = (typeof CAS_ROLES)[number];

export const casUserRoleTable = pgTable(
  'cas_user_role',
  {
    userId: varchar('user_id', { length: 32 }).notNull(),
    role: varchar('role', { length: 20 }).$type<CasRole>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    createdBy: varchar('created_by', { length: 32 }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const casProviderContactTable = pgTable('cas_provider_contact', {
  organizationId: varchar('organization_id', { length: 32 }).primaryKey(),
  userId: varchar('user_id', { length: 32 }).notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
});

export const casAreaTable = pgTable('cas_area', {
  id: varchar('id', { length: 32 }).primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
});

export const TIE_KINDS = ['lived', 'family', 'work', 'school', 'services', 'other'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const casAreaTieTable = pgTable('cas_area_tie', {
  id: varchar('id', { length: 32 }).primaryKey(),
  personalId: varchar('personal_id', { length: 32 }).notNull(),
  areaId: varchar('area_id', { length: 32 }).notNull(),
  tieKind: varchar('tie_kind', { length: 20 }).$type<TieKind>().notNull(),
  note: varchar('note', { length: 200 }),
  createdAt: at('created_at').notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  removedAt: at('removed_at'),
  removedBy: varchar('removed_by', { length: 32 }),
});

/** One question of an assessment tool; a choice's points add up to the score. */
export type ToolQuestion = {
  id: string;
  group: string;
  text: string;
  kind: 'choice' | 'number' | 'text';
  required: boolean;
  options: { value: string; label: string; points: number }[];
  min?: number | null;
  max?: number | null;
};
/** A score range's label (e.g. "High" from 10 up): the band with the highest `min` not above the score. */
export type ToolBand = { min: number; label: string };

export const casAssessmentToolTable = pgTable('cas_assessment_tool', {
  id: varchar('id', { length: 32 }).primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  assessmentLevel: integer('assessment_level').notNull(),
  scoreName: varchar('score_name', { length: 100 }).notNull().default('Total score'),
  bandName: varchar('band_name', { length: 100 }),
  bands: jsonb('bands').$type<ToolBand[]>().notNull().default([]),
  questions: jsonb('questions').$type<ToolQuestion[]>().notNull().default([]),
  active: boolean('active').notNull().default(true),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  createdBy: varchar('created_by', { length: 32 }),
  updatedBy: varchar('updated_by', { length: 32 }),
  version: integer('version').notNull().default(1),
});

export const PROVIDER_RESULTS = ['enrolled', 'rejected', 'no_show'] as const;
export type ProviderResult = (typeof PROVIDER_RESULTS)[number];

export const casReferralTable = pgTable('cas_referral', {
  eventId: varchar('event_id', { length: 32 }).primaryKey(),
  projectId: varchar('project_id', { length: 32 }).notNull(),
  referredBy: varchar('referred_by', { length: 32 }).notNull(),
  comment: varchar('comment', { length: 500 }),
  providerResult: varchar('provider_result', { length: 10 }).$type<ProviderResult>(),
  resultComment: varchar('result_comment', { length: 500 }),
  resultBy: varchar('result_by', { length: 32 }),
  resultEnrollmentId: varchar('result_enrollment_id', { length: 32 }),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
