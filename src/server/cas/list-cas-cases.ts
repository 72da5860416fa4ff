// My CAS Active Cases (the user's CAS caseload), Agency CAS Active Cases (every case at the
// access points of the organizations the user can access), both paged in SQL; each audits the
// clients of the page it shows. The prioritization list is in prioritization-list.ts.
import { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../../db/connect.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { sqlRows } from '../clients/client-summary.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { type CasCaseRow, type CaseScope, casCaseSql } from './cas-cases.ts';
import {
  CASE_COLUMN_FIELDS,
  CASE_COLUMNS,
  CASE_TIEBREAK,
  CASE_TIEBREAK_FIELDS,
  type caseListQuery,
  fieldsAsked,
} from './case-list-columns.ts';
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

/** The rows with their head of household's Document Check status. */
export async function withDocuments<T extends CasCaseRow>(db: DbOrTx, ctx: RequestContext, rows: T[]) {
  const docs = await documentCheckStatuses(db, ctx, rows);
  return rows.map((r) => ({ ...r, documentCheck: docs.get(r.PersonalID) ?? null }));
}

export const caseOf = (r: CasCaseRow & { documentCheck: CasCaseView['documentCheck'] }): CasCaseView => ({
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

/**
 * The households of a page read in full, in the page's order. The callers read the page in the same
 * REPEATABLE READ snapshot, so every household of the page is found.
 */
export async function casesInFull<T extends { EnrollmentID: string }>(
  tx: Tx,
  ctx: RequestContext,
  scope: CaseScope,
  page: T[],
): Promise<(CasCaseRow & T)[]> {
  const sqlText = casCaseSql(currentOrganization(ctx), scope, undefined, {
    enrollmentIds: page.map((r) => r.EnrollmentID),
  });
  const full = new Map((await sqlRows<CasCaseRow>(tx, sqlText)).map((r) => [r.EnrollmentID, r]));
  return page.flatMap((r) => {
    const row = full.get(r.EnrollmentID);
    return row ? [{ ...row, ...r }] : [];
  });
}

/**
 * One page of the cases in scope, sorted and filtered as asked: only what the order and the
 * filters read is worked out for every case, the page's cases are then read in full. The clients
 * shown are audited.
 */
async function casCasePage(db: Db, ctx: RequestContext, scope: CaseScope, q: CaseListQuery, what: string) {
  return db.transaction(
    async (tx) => {
      const fields = [...new Set([...CASE_TIEBREAK_FIELDS, ...fieldsAsked(CASE_COLUMN_FIELDS, q)])];
      const page = await pagedRows<{ EnrollmentID: string }>(
        tx,
        casCaseSql(currentOrganization(ctx), scope, undefined, { fields }),
        CASE_COLUMNS,
        q,
        CASE_TIEBREAK,
      );
      const rows = await casesInFull(tx, ctx, scope, page.items);
      await recordClientReads(
        tx,
        ctx,
        rows.map((r) => r.PersonalID),
        what,
      );
      return { items: (await withDocuments(tx, ctx, rows)).map(caseOf), total: page.total };
    },
    { isolationLevel: 'repeatable read' },
  );
}

export const listMyCasCases = (db: Db, ctx: RequestContext, q: CaseListQuery) =>
  casCasePage(db, ctx, { kind: 'mine', userId: ctx.user.id }, q, 'my CAS active cases');

export const listAgencyCasCases = (db: Db, ctx: RequestContext, q: CaseListQuery) =>
  casCasePage(db, ctx, { kind: 'agency', organizationIds: ctx.user.organizationIds }, q, 'agency CAS active cases');
