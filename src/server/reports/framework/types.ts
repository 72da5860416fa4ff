// What a report is: a parameter schema, a query and a layout. See docs/reports.md.
import type { z } from 'zod';
import type { Db } from '../../../db/connect.ts';
import type { RequestContext, Role } from '../../http/context.ts';
import type { CellValue, ColumnType } from '../output/index.ts';
import type { ReportCatalog } from './report-labels.ts';

/** A result row: the column values plus anything the report's screen needs (row actions). */
export type Row = Record<string, unknown>;

export type ReportColumn<R extends Row = Row> = {
  key: string;
  label: string;
  type: ColumnType;
  /** Computed value (e.g. a HUD label); otherwise row[key]. */
  value?(row: R): CellValue;
  /** Personal identifiers: left out when the report runs with Hide PII; DOB and SSN masked per role. */
  pii?: 'name' | 'dob' | 'ssn';
  /** Shown only on screen, or only in downloads (e.g. one "User" cell on screen, two in files). */
  only?: 'screen' | 'files';
};

/** Counts per group (program, organization…), each a named filter over the rows: a count's drill-down is exactly its rows. */
export type SummaryLayout<R extends Row = Row, P = unknown> = {
  /** Heading of the group column ("Program"). */
  groupLabel(params: P): string;
  groupOf(row: R): { key: string; label: string };
  counts: { key: string; label: string; where?(row: R): boolean }[];
  /** Figures per group beside the counts (average, median of a number on the rows); not drillable. */
  measures?: { key: string; label: string; stat: 'average' | 'median'; of(row: R): number | null }[];
};

/** A page asked of a paged report: the count (and group) drilled into, if any; sort, filters and the rows wanted. */
export type PagedView = {
  group?: string;
  /** Summary reports: the count drilled into. A plain list has none. */
  count?: string;
  sort?: { key: string; dir: 'asc' | 'desc' };
  /** Rows whose shown cell contains the text (lower case), as the in-memory view filters. */
  filters: { key: string; text: string }[];
  offset: number;
  limit: number;
};

export type PagedScreen<P, R extends Row> = {
  /** Summary reports: each group's counts, and how many rows the report has in all. */
  counts?(
    run: ReportRun<P>,
  ): Promise<{ groups: { key: string; label: string; counts: Record<string, number> }[]; rows: number }>;
  page(run: ReportRun<P>, view: PagedView): Promise<{ rows: R[]; total: number } | undefined>;
};

/** Everything a report's query is given. */
export type ReportRun<P> = {
  /** The database handle reports read through (the read replica once there is one). */
  db: Db;
  ctx: RequestContext;
  /** The organization the user works as: decides which clients are visible (clientVisibleSql). */
  organizationId: string;
  params: P;
  signal?: AbortSignal;
  /** The report's `details` columns may be left empty: only the rows shown get them (the screen). */
  deferDetails?: boolean;
};

export type ReportDefinition<P extends Record<string, unknown> = Record<string, unknown>, R extends Row = Row> = {
  /** URL name: /api/reports/<id>. Saved settings and schedules are stored under it. */
  id: string;
  title: string;
  /** What one row is, plural ("Active clients"): the on-screen table's name and the Excel sheet's. */
  rowsTitle: string;
  /** Reports workspace menu group (BNLs, Enrollment Reports…). */
  group: string;
  description: string;
  /** Who may run it (any one of these roles; HMIS admins always). Default: every user. */
  roles?: Role[];
  /** Querystring-friendly zod object (see params.ts): the same schema reads saved settings and schedules. */
  parameters: z.ZodType<P>;
  /** Checks beyond the schema (dates in order, programs in the user's organizations): throw AppErrors naming the field. */
  check?(run: ReportRun<P>): Promise<void> | void;
  /** Parameter lines printed on downloads ("Date range: …"). */
  describe?(params: P): string[];
  /** The parameters as the run's audit row keeps them (default: all), without text typed that may name a client. */
  auditParams?(params: P): Record<string, unknown>;
  /** The layout; a function when it follows the parameters (Data Explorer: the question's columns). */
  columns: ReportColumn<R>[] | ((params: P) => ReportColumn<R>[]);
  /** Client-level rows: the column keys holding client IDs (audited as client reads). */
  clientIdKeys?: string[];
  query(run: ReportRun<P>): Promise<R[]>;
  /**
   * Costly per-row columns (case manager, last service…): on screen the query leaves them empty
   * (run.deferDetails) and `fill` computes them for the page shown. A sort or filter on one of
   * `keys` fills every row first. Counts (`summary`) must not depend on them.
   */
  details?: { keys: string[]; fill(run: ReportRun<P>, rows: R[]): Promise<void> };
  /** Counts per group; a function when only some runs have them (undefined: a plain list). */
  summary?: SummaryLayout<R, P> | ((params: P) => SummaryLayout<R, P> | undefined);
  /**
   * On screen, a large report may count and page in SQL instead of building every row: `counts`
   * gives a summary report's counts per group from one aggregate query, `page` one sorted,
   * filtered page of a drill-down (or of a plain list). `page` answers undefined for a view it
   * cannot do in SQL (a sort on a masked column): the framework then builds every row, as
   * downloads always do. Both must agree with `query` and `summary` (the report's test compares them).
   */
  paged?: PagedScreen<P, R>;
  /** Said instead of an empty table. */
  emptyMessage: string;
  /** Default order: a column key, and direction. */
  defaultSort?: { key: string; dir: 'asc' | 'desc' };
  /** The report's own text in Spanish (report-labels.ts); given in catalog.ts from the catalog beside the report. */
  spanish?: ReportCatalog;
};

/** Identity with inference: each report file exports `defineReport({...})`. */
export function defineReport<P extends Record<string, unknown>, R extends Row>(
  def: ReportDefinition<P, R>,
): ReportDefinition<P, R> {
  return def;
}

/** A definition with its types erased, as the catalog holds them. */
export type AnyReport = ReportDefinition<Record<string, unknown>, Row>;
