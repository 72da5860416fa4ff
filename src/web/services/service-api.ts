// What the services screens read from the server, and the shared look-ups they use.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, qs } from '../lib/api.ts';

export type Service = {
  id: string;
  serviceTypeId: string;
  serviceName: string;
  serviceCategory: string;
  unitLabel: string;
  PersonalID: string;
  EnrollmentID: string;
  ProjectID: string;
  ProjectName: string;
  EntryDate: string;
  ExitDate: string | null;
  DateProvided: string;
  units: number;
  unitValue: number;
  totalValue: number;
  hudServiceLabel: string | null;
  recordedBy: { id: string; name: string };
  caseNoteId: string | null;
  batchId: string | null;
  deletionRequested: boolean;
  canDelete: boolean;
  version: number;
};

export type ServiceType = {
  id: string;
  name: string;
  category: string;
  unitLabel: string;
  recordType: number | null;
};

export type Project = { ProjectID: string; ProjectName: string; ProjectType: number | null };

export type EnrollmentOption = {
  EnrollmentID: string;
  ProjectID: string;
  ProjectName: string;
  EntryDate: string;
  ExitDate: string | null;
};

export const money = (v: number) => `$${v.toFixed(2)}`;

/** Today as yyyy-mm-dd in the browser's time zone (the CoC's). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function useServiceTypes() {
  return useQuery({
    queryKey: ['service-types'],
    queryFn: async () => (await api.get<{ items: ServiceType[] }>('/api/service-types')).items,
    staleTime: 5 * 60_000,
  });
}

/**
 * The service types a project records on the date: the CoC's own services, and HUD's only where
 * HUD collects them for the project's type and grants (the server decides; it refuses the others).
 */
export function useRecordableServiceTypes(projectId: string | undefined, date: string) {
  return useQuery({
    queryKey: ['service-types', 'recordable', projectId, date],
    enabled: Boolean(projectId) && /^\d{4}-\d{2}-\d{2}$/.test(date),
    queryFn: async () =>
      (await api.get<{ items: ServiceType[] }>(`/api/services/projects/${projectId}/service-types${qs({ date })}`))
        .items,
    staleTime: 60_000,
  });
}

/** Clears the chosen service once the list no longer offers it (another enrollment, project or date). */
export function useClearUnofferedService(offered: ServiceType[] | undefined, chosen: string, clear: () => void) {
  useEffect(() => {
    if (chosen && offered && !offered.some((t) => t.id === chosen)) clear();
  }, [offered, chosen, clear]);
}

export function useRecordingProjects() {
  return useQuery({
    queryKey: ['services', 'projects'],
    queryFn: async () => (await api.get<{ items: Project[] }>('/api/services/projects')).items,
  });
}

export function useServiceEnrollments(personalId: string) {
  return useQuery({
    queryKey: ['services', 'enrollments', personalId],
    queryFn: async () =>
      (await api.get<{ items: EnrollmentOption[] }>(`/api/clients/${personalId}/service-enrollments`)).items,
  });
}

/** `open` is the caller's word for an enrollment with no exit yet, in the screen's language. */
export const enrollmentLabel = (e: EnrollmentOption, open: string) =>
  `${e.ProjectName} (${e.EntryDate} – ${e.ExitDate ?? open})`;

/** Options for a service select, grouped by category. */
export function serviceTypeOptions(types: ServiceType[] | undefined) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const t of types ?? []) {
    const list = groups.get(t.category) ?? [];
    list.push({ value: t.id, label: t.name });
    groups.set(t.category, list);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** The overall error message, unless the server named fields (the form shows those beside them). */
export function formError(errors: Record<string, string>): string | undefined {
  return Object.keys(errors).some((k) => k !== '_form') ? undefined : errors._form;
}
