// The prioritization list (the CoC's by-name list, CAS staff only), one page at a time: the
// database ranks every household on the queue on what the order reads alone, then filters, sorts
// and pages; the page's households are then read in full. Only the clients shown are audited.
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/connect.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { requireCasStaff } from './cas-access.ts';
import { type CasCaseRow, type CaseField, casCaseSql } from './cas-cases.ts';
import { CASE_COLUMN_FIELDS, CASE_COLUMNS, fieldsAsked } from './case-list-columns.ts';
import { casCaseView, caseOf, casesInFull, withDocuments } from './list-cas-cases.ts';
import { type ListColumn, type ListQuery, listQuery, pagedRows } from './paged-list.ts';

export const queueRowView = casCaseView.extend({
  rank: z.number().describe("The household's place on the whole list, before any filter"),
  householdType: z.enum(['adults', 'adult_child', 'children']),
  veteran: z.boolean(),
  youth: z.boolean(),
  dvSurvivor: z.boolean(),
  disablingCondition: z.boolean(),
  scoreValue: z.number().nullable(),
});

// The screen's columns (src/web/cas/prioritization-list.page.tsx): its rank, then the caseloads'
// columns but the access point.
const { org: _accessPoint, ...caseColumns } = CASE_COLUMNS;
const { org: _accessPointFields, ...caseColumnFields } = CASE_COLUMN_FIELDS;
const COLUMNS = {
  rank: { sort: sql`b.rank`, filter: (_pattern: string, text: string) => sql`b.rank = ${Number(text)}` },
  ...caseColumns,
} satisfies Record<string, ListColumn>;

const HOUSEHOLD_TYPES = ['adults', 'adult_child', 'children'] as const;
const SUB_POPULATIONS = ['veteran', 'youth', 'dv', 'disabled'] as const;

export const prioritizationQuery = listQuery(Object.keys(COLUMNS) as [keyof typeof COLUMNS]).extend({
  'filter.rank': z
    .string()
    .regex(/^\s*\d{0,9}\s*$/, 'Enter a rank: a whole number')
    .optional()
    .describe('The household at this rank'),
  status: z
    .enum(['placed', 'all'])
    .default('placed')
    .describe('placed: households the latest assessment placed on the list; all: every assessed household'),
  householdType: z.enum(HOUSEHOLD_TYPES).optional(),
  subPopulation: z.enum(SUB_POPULATIONS).optional(),
  areaId: z.string().min(1).max(32).optional().describe('Households with a tie to this area'),
});
type PrioritizationQuery = z.infer<typeof prioritizationQuery> & Pick<ListQuery, 'lang'>;

const scoreNumber = sql`CASE WHEN btrim(q.score) ~ '^-?\\d+(\\.\\d+)?$' THEN btrim(q.score)::numeric END`;

/**
 * The list's own order: placed on the list first, highest score first (no number: last), then
 * longest since CAS enrollment, then by name.
 */
const QUEUE_ORDER = sql`(q."PrioritizationStatus" IS DISTINCT FROM ${PrioritizationStatus.Placed}),
  ${scoreNumber} DESC NULLS LAST, q."daysActive" DESC, q."LastName", q."FirstName", q."EnrollmentID"`;
/** What the order reads: all the whole list needs to rank it. */
const ORDER_FIELDS: CaseField[] = [
  'EnrollmentID',
  'PersonalID',
  'FirstName',
  'LastName',
  'daysActive',
  'PrioritizationStatus',
  'score',
];

const householdTypeSql = sql`CASE WHEN r.children = 0 THEN 'adults' WHEN r.adults = 0 THEN 'children' ELSE 'adult_child' END`;

const subPopulationSql: Record<(typeof SUB_POPULATIONS)[number], { where: SQL; field: CaseField }> = {
  veteran: { where: sql`r.veteran`, field: 'veteran' },
  youth: { where: sql`r.youth`, field: 'youth' },
  dv: { where: sql`r."dvSurvivor"`, field: 'dvSurvivor' },
  disabled: { where: sql`r."disablingCondition"`, field: 'disablingCondition' },
};

/**
 * Every household on the list ranked, then narrowed to the household type, sub-population and
 * area asked. Only what the order, these and the column sorted or filtered read is worked out for
 * the whole list: the page's other columns come after, for its rows alone.
 */
function rankedSql(ctx: RequestContext, q: PrioritizationQuery): SQL {
  const status =
    q.status === 'placed'
      ? sql`la.prioritization_status = ${PrioritizationStatus.Placed}`
      : sql`la.assessment_id IS NOT NULL`;
  const sub = q.subPopulation ? subPopulationSql[q.subPopulation] : undefined;
  const fields: CaseField[] = [
    ...ORDER_FIELDS,
    ...fieldsAsked(caseColumnFields, q),
    ...(q.householdType ? (['adults', 'children'] as const) : []),
    ...(sub ? [sub.field] : []),
    ...(q.areaId ? (['areaTies'] as const) : []),
  ];
  const where = [
    ...(q.householdType ? [sql`${householdTypeSql} = ${q.householdType}`] : []),
    ...(sub ? [sub.where] : []),
    ...(q.areaId
      ? [sql`EXISTS (SELECT 1 FROM json_array_elements(r."areaTies") tie WHERE tie->>'areaId' = ${q.areaId})`]
      : []),
  ];
  const cases = casCaseSql(currentOrganization(ctx), { kind: 'coc' }, status, {
    fields: [...new Set(fields)],
  });
  return sql`SELECT r.* FROM (
      SELECT q.*, row_number() OVER (ORDER BY ${QUEUE_ORDER})::int AS rank FROM (${cases}) q
    ) r WHERE ${where.length ? sql.join(where, sql` AND `) : sql`TRUE`}`;
}

const householdType = (r: CasCaseRow): (typeof HOUSEHOLD_TYPES)[number] =>
  r.children === 0 ? 'adults' : r.adults === 0 ? 'children' : 'adult_child';

const numeric = (s: string | null) => (s !== null && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);

/**
 * One page of the by-name list, in its own order unless a column is chosen. The ranking and the
 * page's full rows read one snapshot, so a household ranked is a household shown.
 */
export async function prioritizationList(db: Db, ctx: RequestContext, q: PrioritizationQuery) {
  await requireCasStaff(db, ctx);
  return db.transaction((tx) => readPage(tx, ctx, q), { isolationLevel: 'repeatable read' });
}

async function readPage(tx: Tx, ctx: RequestContext, q: PrioritizationQuery) {
  const page = await pagedRows<{ EnrollmentID: string; rank: number }>(tx, rankedSql(ctx, q), COLUMNS, q, sql`b.rank`);
  const rows = await casesInFull(tx, ctx, { kind: 'coc' }, page.items);
  await recordClientReads(
    tx,
    ctx,
    rows.map((r) => r.PersonalID),
    'CAS prioritization list',
  );
  const items = (await withDocuments(tx, ctx, rows)).map((r) => ({
    ...caseOf(r),
    rank: r.rank,
    householdType: householdType(r),
    veteran: r.veteran,
    youth: r.youth,
    dvSurvivor: r.dvSurvivor,
    disablingCondition: r.disablingCondition,
    scoreValue: numeric(r.score),
  }));
  return { items, total: page.total };
}
