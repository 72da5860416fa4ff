// The Home dashboards' data, typed by the server's response schemas (types only: no server code
// reaches the browser).
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  adminView,
  caseManagerView,
  dataQualityRecordsView,
  dataQualityView,
  programManagerView,
} from '../../server/dashboard/schemas.ts';
import { api, qs } from '../lib/api.ts';

export type CaseManagerDashboard = z.infer<typeof caseManagerView>;
export type ProgramManagerDashboard = z.infer<typeof programManagerView>;
export type DataQualityDashboard = z.infer<typeof dataQualityView>;
export type DataQualityRecords = z.infer<typeof dataQualityRecordsView>;
export type AdminDashboard = z.infer<typeof adminView>;

export const useCaseManagerDashboard = () =>
  useQuery({
    queryKey: ['dashboard', 'case-manager'],
    queryFn: () => api.get<CaseManagerDashboard>('/api/dashboard/case-manager'),
  });

export const useProgramManagerDashboard = (to: string) =>
  useQuery({
    queryKey: ['dashboard', 'program-manager', to],
    queryFn: () => api.get<ProgramManagerDashboard>(`/api/dashboard/program-manager${qs({ to })}`),
  });

export const useDataQualityDashboard = (to: string) =>
  useQuery({
    queryKey: ['dashboard', 'data-quality', to],
    queryFn: () => api.get<DataQualityDashboard>(`/api/dashboard/data-quality${qs({ to })}`),
  });

export type RecordsKey = { projectId: string; table: string; element: string; problem: string; to: string };
export const useDataQualityRecords = (key: RecordsKey | null) =>
  useQuery({
    queryKey: ['dashboard', 'data-quality', 'records', key],
    enabled: key !== null,
    queryFn: () => api.get<DataQualityRecords>(`/api/dashboard/data-quality/records${qs(key ?? {})}`),
  });

export const useAdminDashboard = () =>
  useQuery({ queryKey: ['dashboard', 'admin'], queryFn: () => api.get<AdminDashboard>('/api/dashboard/admin') });
