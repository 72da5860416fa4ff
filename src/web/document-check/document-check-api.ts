// Document Check as the web app uses it: types and queries.
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../lib/api.ts';

export const DOCUMENT_STATUSES = ['requested', 'received', 'verified', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export type DocumentType = {
  id: string;
  name: string;
  description: string | null;
  required: boolean;
  requiredProjectTypes: number[];
  active: boolean;
  sortOrder: number;
  version: number;
};

export type ClientDocument = {
  id: string;
  PersonalID: string;
  documentTypeId: string;
  documentTypeName: string;
  status: DocumentStatus;
  verifiedOn: string | null;
  verifiedBy: string | null;
  expiresOn: string | null;
  note: string | null;
  organizationId: string;
  organizationName: string;
  file: { name: string; contentType: string; sizeBytes: number } | null;
  addedBy: string;
  addedAt: string;
  version: number;
};

export type Checklist = {
  ready: number;
  required: number;
  missing: string[];
  items: { documentTypeId: string; name: string; required: boolean; status: DocumentStatus | 'missing' }[];
};

export const STATUS_COLORS: Record<DocumentStatus | 'missing', string> = {
  requested: 'gray',
  received: 'blue',
  verified: 'green',
  expired: 'orange',
  missing: 'red',
};

/** A status as a badge shows it (lower case), in the screen's language (`t` of document-check). */
export function statusLabel(t: TFunction, s: DocumentStatus | 'missing'): string {
  switch (s) {
    case 'requested':
      return t('requested');
    case 'received':
      return t('received');
    case 'verified':
      return t('verified');
    case 'expired':
      return t('expired');
    case 'missing':
      return t('missing');
  }
}

/** A status as the status select names it (capitalized). */
export function statusName(t: TFunction, s: DocumentStatus): string {
  switch (s) {
    case 'requested':
      return t('Requested');
    case 'received':
      return t('Received');
    case 'verified':
      return t('Verified');
    case 'expired':
      return t('Expired');
  }
}

export const documentsUrl = (personalId: string) => `/api/clients/${encodeURIComponent(personalId)}/documents`;

export function useDocumentTypes(includeInactive = false) {
  return useQuery({
    queryKey: ['document-types', includeInactive],
    queryFn: () =>
      api.get<{ items: DocumentType[] }>(`/api/document-types${includeInactive ? '?includeInactive=true' : ''}`),
  });
}

export function useClientDocuments(personalId: string) {
  return useQuery({
    queryKey: ['client-documents', personalId],
    queryFn: () => api.get<{ items: ClientDocument[]; checklist: Checklist }>(documentsUrl(personalId)),
  });
}
