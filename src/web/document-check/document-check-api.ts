// Document Check as the web app uses it: types and queries.
import { useQuery } from '@tanstack/react-query';
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
