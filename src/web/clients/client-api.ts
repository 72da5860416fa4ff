// Shapes and queries of the clients API, shared by the Clients screens.

import { useQuery } from '@tanstack/react-query';
import type { ClientFile } from '../../server/clients/client-files.ts';
import type { ClientSummary, ClientView, DuplicateCandidate } from '../../server/clients/client-schemas.ts';
import type { InterestedOther } from '../../server/clients/interested-others.ts';
import { tKey } from '../i18n/keys.ts';
import { api } from '../lib/api.ts';

export type { ClientFile, ClientSummary, ClientView, DuplicateCandidate, InterestedOther };

export type ClientDashboard = ClientView & {
  dataQualityAlerts: { field: string; message: string }[];
  household: { HouseholdID: string; size: number } | null;
  latestEnrollment: ClientSummary['latestEnrollment'];
  photoVersion: string | null;
};

// Stored values, and keys of the `clients` namespace: screens show t(value).
export const FILE_CATEGORIES = [
  tKey('Identification'),
  tKey('Income'),
  tKey('Benefits'),
  tKey('Housing'),
  tKey('Legal'),
  tKey('Other'),
  tKey('Restricted'),
];
export const INTERESTED_OTHER_TYPES = [
  tKey('Family member'),
  tKey('Friend'),
  tKey('Legal guardian'),
  tKey('Attorney'),
  tKey('Probation or parole officer'),
  tKey('Landlord'),
  tKey('Other agency staff'),
  tKey('Other'),
];

export const clientKey = (personalId: string) => ['client', personalId];

export function useClient(personalId: string) {
  return useQuery({
    queryKey: clientKey(personalId),
    queryFn: () => api.get<ClientDashboard>(`/api/clients/${encodeURIComponent(personalId)}`),
  });
}

export function fullName(c: Pick<ClientSummary, 'FirstName' | 'MiddleName' | 'LastName' | 'NameSuffix'>): string {
  return [c.FirstName, c.MiddleName, c.LastName, c.NameSuffix].filter(Boolean).join(' ') || '(no name)';
}

export const photoUrl = (personalId: string, size: 'full' | 'thumbnail', v?: string | null) =>
  `/api/clients/${encodeURIComponent(personalId)}/photo?size=${size}${v ? `&v=${v}` : ''}`;
