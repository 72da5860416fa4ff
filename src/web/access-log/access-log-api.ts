// The access log API's answers ("Who has seen this record").
import { useQuery } from '@tanstack/react-query';
import type { AccessLogEntry } from '../../server/audit/access-log.schema.ts';
import { api, qs } from '../lib/api.ts';

export type { AccessLogEntry };

export const accessLogPdfUrl = (personalId: string) => `/api/clients/${encodeURIComponent(personalId)}/access-log.pdf`;

export function useAccessLog(personalId: string, page: { limit: number; offset: number }, enabled = true) {
  return useQuery({
    queryKey: ['access-log', personalId, page.limit, page.offset],
    queryFn: () =>
      api.get<{ items: AccessLogEntry[]; total: number }>(
        `/api/clients/${encodeURIComponent(personalId)}/access-log${qs(page)}`,
      ),
    enabled,
    retry: false,
  });
}

/** Local date and time, as people read it. */
export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
