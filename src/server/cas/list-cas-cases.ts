// My CAS Active Cases (the user's CAS caseload), Agency CAS Active Cases (every case at the
// access points of the organizations the user can access), both paged in SQL, and the
// prioritization list (the CoC's by-name list, CAS staff only). Each list audits the clients it shows.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { requireCasStaff } from './cas-access.ts';
import { type CasCaseRow, type CaseScope, casCaseRows, casCaseSql } from './cas-cases.ts';
import { CASE_COLUMNS, CASE_TIEBREAK, type caseListQuery } from './case-list-columns.ts';
import { documentCheckStatuses } from './document-check-status.ts';
import { type ListQuery, pagedRows } from './paged-list.ts';

type CaseListQuery = z.infer<typeof caseListQuery> & Pick<ListQuery, 'lang'>;

export const casCaseView = z.object({
  EnrollmentID: z.string().describe("The head of household's CAS enrollment"),
  HouseholdID: z.string(),
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  householdSize: z.number(),
  ProjectID: z.string(),
  ProjectName: z.string(),
  OrganizationID: z.string(),
  OrganizationName: z.string(),
  EntryDate: z.string().describe('CAS enrollment date'),
  daysActive: z.number(),
  caseManagers: z.array(z.object({ userId: z.string(), name: z.string() })),
  AssessmentDate: z.string().nullable(),
  AssessmentLevel: z.number().nullable(),
  score: z.string().nullable(),
  band: z.string().nullable(),
  PrioritizationStatus: z.number().nullable(),
  areaTies: z.array(z.object({ areaId: z.string(), name: z.string(), tieKind: z.string() })),
  Event: z.number().nullable().describe('Latest 4.20 event'),
  EventDate: z.string().nullable(),
  referralsAwaiting: z.number().describe('Referrals awaiting a result'),
  documentCheck: z
    .object({ ready: z.number(), required: z.number(), missing: z.array(z.string()) })
    .nullable()
    .describe("The head of household's Document Check: verified documents ready of those required"),
  lastContact: z.string(),
  daysSinceContact: z.number(),
});
export type CasCaseView = z.infer<typeof casCaseView>;

export const queueRowView = casCaseView.extend({
  householdType: z.enum(['adults', 'adult_child', 'children']),
  veteran: z.boolean(),
  youth: z.boolean(),
  dvSurvivor: z.boolean(),
  disablingCondition: z.boolean(),
  scoreValue: z.number().nullable(),
});

async function withDocuments(db: Db, ctx: RequestContext, rows: CasCaseRow[]) {
  const docs = await documentCheckStatuses(db, ctx, rows);
  return rows.map((r) => ({ ...r, documentCheck: docs.get(r.PersonalID) ?? null }));
}

const caseOf = (r: CasCaseRow & { documentCheck: CasCaseView['documentCheck'] }): CasCaseView => ({
  EnrollmentID: r.EnrollmentID,
  HouseholdID: r.HouseholdID,
  PersonalID: r.PersonalID,
  FirstName: r.FirstName,
  LastName: r.LastName,
  householdSize: r.householdSize,
  ProjectID: r.ProjectID,
  ProjectName: r.ProjectName,
  OrganizationID: r.OrganizationID,
  OrganizationName: r.OrganizationName,
  EntryDate: r.EntryDate,
  daysActive: r.daysActive,
  caseManagers: r.caseManagers,
  AssessmentDate: r.AssessmentDate,
  AssessmentLevel: r.AssessmentLevel,
  score: r.score,
  band: r.band,
  PrioritizationStatus: r.PrioritizationStatus,
  areaTies: r.areaTies,
  Event: r.Event,
  EventDate: r.EventDate,
  referralsAwaiting: r.referralsAwaiting,
  documentCheck: r.documentCheck,
  lastContact: r.lastContact,
  daysSinceContact: r.daysSinceContact,
});

/** One page of the cases in scope, sorted and filtered as asked; the clients shown are audited. */
async function casCasePage(db: Db, ctx: RequestContext, scope: CaseScope, q: CaseListQuery, what: string) {
  const page = await pagedRows<CasCaseRow>(
    db,
    casCaseSql(currentOrganization(ctx), scope),
    CASE_COLUMNS,
    q,
    CASE_TIEBREAK,
  );
  await recordClientReads(
    db,
    ctx,
    page.items.map((r) => r.PersonalID),
    what,
  );
  return { items: (await withDocuments(db, ctx, page.items)).map(caseOf), total: page.total };
}

export const listMyCasCases = (db: Db, ctx: RequestContext, q: CaseListQuery) =>
  casCasePage(db, ctx, { kind: 'mine', userId: ctx.user.id }, q, 'my CAS active cases');

export const listAgencyCasCases = (db: Db, ctx: RequestContext, q: CaseListQuery) =>
  casCasePage(db, ctx, { kind: 'agency', organizationIds: ctx.user.organizationIds }, q, 'agency CAS active cases');

const numeric = (s: string | null) => (s !== null && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);

/**
 * The by-name list: households on the queue (latest assessment placed them), highest score
 * first, then longest since CAS enrollment. `status=all` adds assessed households not placed.
 */
export async function prioritizationList(db: Db, ctx: RequestContext, q: { status: 'placed' | 'all' }) {
  await requireCasStaff(db, ctx);
  const rows = await casCaseRows(
    db,
    currentOrganization(ctx),
    { kind: 'coc' },
    q.status === 'placed'
      ? sql`la.prioritization_status = ${PrioritizationStatus.Placed}`
      : sql`la.assessment_id IS NOT NULL`,
  );
  await recordClientReads(
    db,
    ctx,
    rows.map((r) => r.PersonalID),
    'CAS prioritization list',
  );
  const placedFirst = (s: number | null) => (s === PrioritizationStatus.Placed ? 0 : 1);
  return (await withDocuments(db, ctx, rows))
    .map((r) => ({
      ...caseOf(r),
      householdType: (r.children === 0 ? 'adults' : r.adults === 0 ? 'children' : 'adult_child') as
        | 'adults'
        | 'adult_child'
        | 'children',
      veteran: r.veteran,
      youth: r.youth,
      dvSurvivor: r.dvSurvivor,
      disablingCondition: r.disablingCondition,
      scoreValue: numeric(r.score),
    }))
    .sort(
      (a, b) =>
        placedFirst(a.PrioritizationStatus) - placedFirst(b.PrioritizationStatus) ||
        (b.scoreValue ?? Number.NEGATIVE_INFINITY) - (a.scoreValue ?? Number.NEGATIVE_INFINITY) ||
        b.daysActive - a.daysActive,
    );
}
