// Parameter pieces that read the same from a querystring (?projectIds=a&projectIds=b&hidePii=true)
// and from JSON (saved settings, schedules). Reports build their schemas from these.
import { z } from 'zod';
import { validationFailed } from '../../http/errors.ts';
import { queryInt32 } from '../../http/versions.ts';
import { resolveDateRange } from './date-ranges.ts';

const asList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);
const asFlag = (v: unknown) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : v);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const dateParam = (what: string) => z.iso.date({ error: `Enter ${what} as a date (yyyy-mm-dd)` });
export const idList = () => z.preprocess(asList, z.array(z.string().min(1).max(32)).max(500)).default([]);
export const enumList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(asList, z.array(z.enum(values))).default([]);
export const flag = () => z.preprocess(asFlag, z.boolean()).default(false);
export const optionalId = () => z.preprocess(blankToUndefined, z.string().min(1).max(32).optional());
export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().max(max).optional());
export const optionalInt = () => z.preprocess(blankToUndefined, queryInt32().optional());
/** A predefined range (last month…) that schedules recompute at each run; startDate/endDate follow it. */
export const dateRangePreset = () =>
  z.preprocess(
    blankToUndefined,
    z
      .enum([
        'this_month',
        'last_month',
        'this_quarter',
        'last_quarter',
        'this_year',
        'last_year',
        'this_fiscal_year',
        'last_fiscal_year',
        'yesterday',
        'today',
      ])
      .optional(),
  );

/** Names the view uses in the same querystring; a report's parameters must not use them. */
export const VIEW_KEYS = ['sort', 'dir', 'page', 'pageSize', 'filter', 'group', 'count', 'format', 'lang'] as const;

/** Parses raw parameters with a report's schema; a bad value is a 400 naming the field. */
export function parseParams<P>(schema: z.ZodType<P>, raw: Record<string, unknown>, today?: string): P {
  const input = resolveDateRange(raw, today);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'parameters'] ??= issue.message;
  throw validationFailed(fields);
}
