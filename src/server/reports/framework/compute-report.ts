// Runs a report for someone: role check, parameters, the report's own checks and query, then the
// framework's rules on the rows (Hide PII, DOB/SSN masked per role) and the counts per group.
import type { Db } from '../../../db/connect.ts';
import { currentOrganization } from '../../auth/session-hook.ts';
import { mayViewFullPii } from '../../clients/client-access.ts';
import { dobDisplay, ssnDisplay } from '../../clients/mask.ts';
import { hasRole, type RequestContext } from '../../http/context.ts';
import { forbidden } from '../../http/errors.ts';
import { parseParams } from './params.ts';
import { type Language, type ReportText, reportText } from './report-labels.ts';
import type { AnyReport, ReportColumn, Row, SummaryLayout } from './types.ts';

export type Audience = 'screen' | 'files';

export type ComputedSummary = {
  groupLabel: string;
  counts: { key: string; label: string }[];
  groups: { key: string; label: string; counts: Record<string, number>; measures?: Record<string, number | null> }[];
  totals: Record<string, number>;
  measures?: { key: string; label: string }[];
  totalMeasures?: Record<string, number | null>;
};

export type ComputedReport = {
  def: AnyReport;
  params: Record<string, unknown>;
  hidePii: boolean;
  /** The columns this audience gets, Hide PII applied. */
  columns: ReportColumn[];
  /** How many rows the query returned. */
  count: number;
  /** Every row as this audience gets it: built on first use (a page on screen needs only its own, rowAt). */
  readonly rows: Row[];
  /** The i-th row as this audience gets it. */
  rowAt(i: number): Row;
  /** One shown value of the i-th row (Hide PII and masking applied): what sorts and filters compare. */
  cell(i: number, key: string): unknown;
  /** Per row: its group and the counts it is in (summary reports), for drill-downs. */
  tags: { group: string; counts: Set<string> }[];
  summary?: ComputedSummary;
  /** The rows at these positions, with the report's deferred `details` filled in. */
  complete(indexes: number[]): Promise<Row[]>;
  /** The report's own text in the language it was asked in. */
  text: ReportText;
};

export function mayRun(def: AnyReport, ctx: RequestContext): boolean {
  return !def.roles?.length || def.roles.some((r) => hasRole(ctx.user, r));
}

export function requireMayRun(def: AnyReport, ctx: RequestContext) {
  if (!mayRun(def, ctx)) {
    const roles = (def.roles ?? []).map((r) => r.replaceAll('_', ' ')).join(' or ');
    throw forbidden(`${def.title} needs the ${roles} role`);
  }
}

/** Parameters after the schema and the report's own checks (also used to validate a schedule). */
export async function checkedParams(db: Db, ctx: RequestContext, def: AnyReport, raw: Record<string, unknown>) {
  requireMayRun(def, ctx);
  const params = parseParams(def.parameters, raw);
  const run = { db, ctx, organizationId: currentOrganization(ctx), params };
  await def.check?.(run);
  return run;
}

/**
 * How rows reach an audience: its columns (Hide PII applied, names in the language asked) and each
 * row's shown values (DOB/SSN masked per role, the report's fixed values translated).
 */
export function rowShaper(
  def: AnyReport,
  ctx: RequestContext,
  params: Record<string, unknown>,
  audience: Audience,
  text: ReportText = reportText(def.spanish, 'en'),
) {
  const hidePii = params.hidePii === true;
  const full = mayViewFullPii(ctx);
  const all = typeof def.columns === 'function' ? def.columns(params) : def.columns;
  const columns = all
    .filter((c) => !(hidePii && c.pii) && (!c.only || c.only === audience))
    .map((c) => (text.language === 'en' ? c : { ...c, label: text.label(c.label) }));
  const piiColumns = all.filter((c) => c.pii);
  // Files carry only their columns, plus the client IDs the audit names (never rendered).
  const idKeys = def.clientIdKeys ?? [];
  const toRow = (row: Row): Row => {
    const out: Row = audience === 'screen' ? { ...row } : Object.fromEntries(idKeys.map((k) => [k, row[k]]));
    for (const c of piiColumns) {
      if (hidePii) delete out[c.key];
      else if (c.key in out) out[c.key] = masked(c, out[c.key], full);
    }
    for (const c of columns) out[c.key] = shown(c, row);
    return out;
  };
  /** One column's value as shown: masked per role, or the report's fixed value in the language asked. */
  const shown = (c: ReportColumn, row: Row) => {
    const v = c.value ? c.value(row) : row[c.key];
    return c.pii ? masked(c, v, full) : text.value(c.key, v);
  };
  return { hidePii, full, columns, toRow, shown };
}

export async function computeReport(
  db: Db,
  ctx: RequestContext,
  def: AnyReport,
  raw: Record<string, unknown>,
  audience: Audience,
  signal?: AbortSignal,
  opts: { deferDetails?: boolean; language?: Language } = {},
): Promise<ComputedReport> {
  const checked = await checkedParams(db, ctx, def, raw);
  const { params } = checked;
  const run = { ...checked, signal, deferDetails: Boolean(opts.deferDetails && def.details) };
  const source = await def.query(run);
  const text = reportText(def.spanish, opts.language ?? 'en');
  const { hidePii, columns, toRow, shown } = rowShaper(def, ctx, params, audience, text);
  let built: Row[] | undefined;
  const rowAt = (i: number) => built?.[i] ?? toRow(source[i] as Row);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const cell = (i: number, key: string) => {
    const row = source[i] as Row;
    const c = byKey.get(key);
    return c ? shown(c, row) : undefined;
  };
  const complete = async (indexes: number[]) => {
    if (run.deferDetails && def.details)
      await def.details.fill(
        run,
        indexes.map((i) => source[i] as Row),
      );
    return indexes.map((i) => toRow(source[i] as Row));
  };
  const summary = typeof def.summary === 'function' ? def.summary(params) : def.summary;
  const tags = summary
    ? source.map((row) => ({
        group: summary.groupOf(row).key,
        counts: new Set(summary.counts.filter((c) => !c.where || c.where(row)).map((c) => c.key)),
      }))
    : [];
  return {
    def,
    params,
    hidePii,
    columns,
    count: source.length,
    get rows() {
      built ??= source.map(toRow);
      return built;
    },
    rowAt,
    cell,
    tags,
    summary: summary ? localizeSummary(summarize(summary, params, source, tags), text) : undefined,
    complete,
    text,
  };
}

/** A summary's labels (and the report's own group labels) in the language asked. */
export function localizeSummary(s: ComputedSummary, text: ReportText): ComputedSummary {
  if (text.language === 'en') return s;
  return {
    ...s,
    groupLabel: text.label(s.groupLabel),
    counts: s.counts.map((c) => ({ ...c, label: text.label(c.label) })),
    groups: s.groups.map((g) => ({ ...g, label: text.group(g.label) })),
    ...(s.measures ? { measures: s.measures.map((m) => ({ ...m, label: text.label(m.label) })) } : {}),
  };
}

function masked(c: ReportColumn, v: unknown, full: boolean): unknown {
  if (typeof v !== 'string' || full) return v;
  if (c.pii === 'dob') return dobDisplay(v, false);
  if (c.pii === 'ssn') return ssnDisplay(v, false);
  return v;
}

function summarize(
  s: SummaryLayout<Row, Record<string, unknown>>,
  params: Record<string, unknown>,
  source: Row[],
  tags: ComputedReport['tags'],
): ComputedSummary {
  type Group = ComputedSummary['groups'][number] & { rows: Row[] };
  const groups = new Map<string, Group>();
  const zero = () => Object.fromEntries(s.counts.map((c) => [c.key, 0]));
  const totals = zero();
  source.forEach((row, i) => {
    const g = s.groupOf(row);
    let entry = groups.get(g.key);
    if (!entry) {
      entry = { ...g, counts: zero(), rows: [] };
      groups.set(g.key, entry);
    }
    entry.rows.push(row);
    for (const key of tags[i]?.counts ?? []) {
      entry.counts[key] = (entry.counts[key] ?? 0) + 1;
      totals[key] = (totals[key] ?? 0) + 1;
    }
  });
  const measured = (rows: Row[]) =>
    Object.fromEntries((s.measures ?? []).map((m) => [m.key, statOf(m.stat, rows.map(m.of))]));
  return {
    groupLabel: s.groupLabel(params),
    counts: s.counts.map(({ key, label }) => ({ key, label })),
    groups: [...groups.values()]
      .sort((a, b) => a.label.localeCompare(b.label))
      .map(({ rows, ...g }) => (s.measures ? { ...g, measures: measured(rows) } : g)),
    totals,
    ...(s.measures
      ? { measures: s.measures.map(({ key, label }) => ({ key, label })), totalMeasures: measured(source) }
      : {}),
  };
}

/** Average or median of the numbers given (nulls left out), to one decimal; null when there are none. */
export function statOf(stat: 'average' | 'median', values: (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  const v =
    stat === 'average'
      ? xs.reduce((a, b) => a + b, 0) / xs.length
      : xs.length % 2
        ? (xs[mid] ?? 0)
        : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
  return Math.round(v * 10) / 10;
}
