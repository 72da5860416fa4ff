// A Data Explorer question: a subject, its columns, typed filters and up to three groupings.
// Checked against the subject's column catalog with errors naming the part at fault; what it
// names is looked up in the catalog, never used as SQL.
import { z } from 'zod';
import { hudLabel, isHudCode } from '../../../hud/codes.ts';
import { findUnstorableText } from '../../http/input-guard.ts';
import { queryInt32 } from '../../http/versions.ts';
import { SUBJECT_IDS, subjectById } from './subjects/index.ts';
import type { ExplorerColumn, ExplorerType } from './subjects/subject.ts';

export const FILTER_OPS = {
  text: ['contains', 'equals', 'is_empty', 'not_empty'],
  number: ['between', 'equals', 'is_empty', 'not_empty'],
  date: ['between', 'is_empty', 'not_empty'],
  datetime: ['between', 'is_empty', 'not_empty'],
  code: ['in', 'not_in', 'is_empty', 'not_empty'],
  boolean: ['is_true', 'is_false'],
} as const satisfies Record<ExplorerType, readonly string[]>;

export const OP_LABELS: Record<FilterOp, string> = {
  contains: 'contains',
  equals: 'equals',
  between: 'is between',
  in: 'is one of',
  not_in: 'is not one of',
  is_empty: 'is empty',
  not_empty: 'is not empty',
  is_true: 'is yes',
  is_false: 'is no',
};

const ALL_OPS = [...new Set(Object.values(FILTER_OPS).flat())] as [FilterOp, ...FilterOp[]];
export type FilterOp = (typeof FILTER_OPS)[ExplorerType][number];

const key = z.string().min(1).max(60);
const num = z.coerce.number({ error: 'Enter a number' }).finite();

export const questionFilter = z.object({
  column: key,
  op: z.enum(ALL_OPS, { error: `Choose how to compare: ${ALL_OPS.join(', ')}` }),
  value: z
    .string()
    .max(200)
    .refine((v) => !findUnstorableText(v), 'Type text without the NUL character or broken Unicode')
    .optional()
    .describe('contains / equals (text), equals (number)'),
  values: z.array(queryInt32()).max(300).optional().describe('HUD codes, for in / not_in'),
  from: z.iso.date({ error: 'Enter a date (yyyy-mm-dd)' }).optional().describe('between, dates: first day'),
  to: z.iso.date({ error: 'Enter a date (yyyy-mm-dd)' }).optional().describe('between, dates: last day'),
  min: num.optional().describe('between, numbers: lowest'),
  max: num.optional().describe('between, numbers: highest'),
});
export type QuestionFilter = z.infer<typeof questionFilter>;

const asList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);
/** Filters arrive as JSON text in a querystring, as an array from saved questions and schedules. */
const asFilters = (v: unknown) => {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

/** A question's parts, reading the same from a querystring and from JSON. */
export const questionParams = {
  subject: z.enum(SUBJECT_IDS, { error: `Choose a subject: ${SUBJECT_IDS.join(', ')}` }),
  columns: z.preprocess(asList, z.array(key).min(1, 'Choose at least one column').max(40)),
  filters: z.preprocess(
    asFilters,
    z.array(questionFilter, { error: 'Filters must be a list of filters' }).max(20, 'At most 20 filters'),
  ),
  groupBy: z.preprocess(asList, z.array(key).max(3, 'Group by at most three columns')),
};

/** Checks a question against its subject's catalog: every problem names the part at fault. */
export function refineQuestion(q: Question, ctx: z.RefinementCtx) {
  const s = subjectById(q.subject);
  if (!s) return;
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const find = (k: string) => s.columns.find((c) => c.key === k);
  const notColumn = (k: string) => `“${k}” is not a column of ${s.label}`;
  q.columns.forEach((k, i) => {
    if (!find(k)) issue(['columns', i], notColumn(k));
    else if (q.columns.indexOf(k) !== i) issue(['columns', i], `“${k}” is chosen twice`);
  });
  q.groupBy.forEach((k, i) => {
    const c = find(k);
    if (!c) issue(['groupBy', i], notColumn(k));
    else if (c.pii) issue(['groupBy', i], `${c.label} identifies people: it cannot be a group`);
  });
  q.filters.forEach((f, i) => {
    const c = find(f.column);
    const problem = c ? filterProblem(c, f) : { field: 'column', message: notColumn(f.column) };
    if (problem) issue(['filters', i, problem.field], problem.message);
  });
}

export type Question = {
  subject: string;
  columns: string[];
  filters: QuestionFilter[];
  groupBy: string[];
};

/** What is wrong with a filter on this column, and which of its fields. */
function filterProblem(c: ExplorerColumn, f: QuestionFilter): { field: string; message: string } | null {
  const ops: readonly string[] = FILTER_OPS[c.type];
  if (!ops.includes(f.op))
    return {
      field: 'op',
      message: `${c.label} can be compared with: ${ops.map((o) => OP_LABELS[o as FilterOp]).join(', ')}`,
    };
  if ((f.op === 'contains' || (f.op === 'equals' && c.type === 'text')) && !f.value?.trim())
    return { field: 'value', message: `Enter the text ${c.label} should ${OP_LABELS[f.op]}` };
  if (f.op === 'equals' && c.type === 'number' && (f.value === undefined || !Number.isFinite(Number(f.value))))
    return { field: 'value', message: `Enter the number ${c.label} should equal` };
  if (f.op === 'between' && c.type === 'number') {
    if (f.min === undefined && f.max === undefined)
      return { field: 'min', message: `Enter a lowest or highest ${c.label}` };
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      return { field: 'max', message: `The highest ${c.label} is below the lowest` };
  }
  if (f.op === 'between' && (c.type === 'date' || c.type === 'datetime')) {
    if (!f.from && !f.to) return { field: 'from', message: `Enter a first or last ${c.label}` };
    if (f.from && f.to && f.to < f.from) return { field: 'to', message: `The last ${c.label} is before the first` };
  }
  if (f.op === 'in' || f.op === 'not_in') {
    if (!f.values?.length) return { field: 'values', message: `Choose at least one ${c.label}` };
    const list = c.list;
    const bad = list ? f.values.filter((v) => !isHudCode(list, v)) : [];
    if (bad.length) return { field: 'values', message: `${bad.join(', ')} is not a code of ${c.label}` };
  }
  return null;
}

/** A cell's value as people read it: HUD codes as their labels. */
export function displayValue(c: ExplorerColumn, v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (c.type === 'code' && c.list && (typeof v === 'number' || typeof v === 'string'))
    return hudLabel(c.list, v) ?? String(v);
  return v as string | number | boolean;
}

/** The columns a question shows: its own, then any it groups by that it does not show. */
export function shownColumns(q: Question): string[] {
  return [...q.columns, ...q.groupBy.filter((k) => !q.columns.includes(k))];
}
