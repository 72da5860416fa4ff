// How report screens talk to the report framework's API (src/server/reports/routes.ts).

import type { z } from 'zod';
import type { ReportResult } from '../../../server/reports/framework/schemas.ts';
import type { reportOptions } from '../../../server/reports/options.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

export type { ReportResult };
export type ReportOptions = z.infer<typeof reportOptions>;
export type Params = Record<string, unknown>;
export type View = {
  sort?: string;
  dir?: 'asc' | 'desc';
  filters?: Record<string, string>;
  page?: number;
  group?: string;
  count?: string;
};

/** Parameters and view as a querystring: lists repeat their key, empty values are left out. */
export function reportQuery(params: Params, view: View = {}, extra: Record<string, string> = {}): string {
  const s = new URLSearchParams();
  const add = (k: string, v: unknown) => {
    if (v === undefined || v === null || v === '' || v === false) return;
    for (const one of Array.isArray(v) ? v : [v]) s.append(k, String(one));
  };
  for (const [k, v] of Object.entries(params)) add(k, v);
  add('sort', view.sort);
  if (view.sort) add('dir', view.dir);
  for (const [k, v] of Object.entries(view.filters ?? {})) if (v.trim()) s.append('filter', `${k}:${v.trim()}`);
  add('page', view.page && view.page > 1 ? view.page : undefined);
  add('group', view.group);
  add('count', view.count);
  for (const [k, v] of Object.entries(extra)) s.set(k, v);
  return s.toString();
}

export const reportUrl = (id: string, params: Params, view?: View) => `/api/reports/${id}?${reportQuery(params, view)}`;
/** A download link: the browser sends its own Accept-Language, so the link names the screens' language. */
export const downloadUrl = (id: string, params: Params, format: 'xlsx' | 'pdf' | 'csv', view?: View) =>
  `/api/reports/${id}/download?${reportQuery(params, { ...view, page: undefined }, { format, lang: currentLanguage() })}`;
