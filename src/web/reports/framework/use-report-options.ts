import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { ReportOptions } from './report-api.ts';

/** Organizations, programs, CoC codes and users the signed-in user may report on. */
export function useReportOptions() {
  return useQuery({ queryKey: ['report-options'], queryFn: () => api.get<ReportOptions>('/api/reports/options') });
}
