// Coordinated Access (CAS) and Document Check routes: part of CLIENT_DATA_ROUTES.
import { demoAssessment } from '../cas/cas.test-support.ts';
import { adultEntryAnswers } from '../enrollments/fixtures.test-support.ts';
import { CAS_SETUP, type Classified, cm, PDF, today, versionOf } from './client-data-routes.shared.test-support.ts';

export const CAS_DOCUMENT_ROUTES: Record<string, Classified> = {
  'GET /api/cas/me': { none: CAS_SETUP },
  'GET /api/cas/areas': { none: CAS_SETUP },
  'GET /api/cas/assessment-tools': { none: CAS_SETUP },
  'GET /api/cas/access-points': { none: CAS_SETUP },
  'GET /api/cas/referral-projects': { none: CAS_SETUP },
  'GET /api/admin/cas/settings': { none: CAS_SETUP },
  'GET /api/admin/cas/areas': { none: CAS_SETUP },
  'GET /api/admin/cas/assessment-tools': { none: CAS_SETUP },
  'GET /api/cas/households/{id}': {
    read: (f) => ({ as: 'accesspoint', url: `/api/cas/households/${f.cas.EnrollmentID}`, clients: [f.cas.hoh] }),
  },
  'GET /api/clients/{personalId}/area-ties': {
    read: (f) => ({ as: 'accesspoint', url: `/api/clients/${f.cas.hoh}/area-ties`, clients: [f.cas.hoh] }),
  },
  'GET /api/cas/cases/mine': { read: (f) => ({ as: 'accesspoint', url: '/api/cas/cases/mine', clients: [f.cas.hoh] }) },
  'GET /api/cas/cases/agency': {
    read: (f) => ({ as: 'cemanager', url: '/api/cas/cases/agency', clients: [f.cas.hoh] }),
  },
  'GET /api/cas/prioritization-list': {
    read: (f) => ({ as: 'casadmin', url: '/api/cas/prioritization-list', clients: [f.cas.hoh] }),
  },
  'GET /api/cas/referrals/incoming': {
    read: (f) => ({ as: cm, url: '/api/cas/referrals/incoming', clients: [f.referred.hoh] }),
  },
  'POST /api/cas/intakes': {
    write: (f) => ({
      as: 'accesspoint',
      method: 'POST',
      url: '/api/cas/intakes',
      body: {
        ProjectID: 'PRJ-CE',
        EntryDate: today,
        members: [{ PersonalID: f.casNew, RelationshipToHoH: 1, assessment: adultEntryAnswers() }],
        cas: { areaTies: [], assessment: demoAssessment(today), decision: { outcome: 'queue' } },
      },
      clients: [f.casNew],
    }),
  },
  'POST /api/cas/referrals/intake': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: '/api/cas/referrals/intake',
      body: {
        ProjectID: 'PRJ-PSH',
        EntryDate: today,
        members: [{ PersonalID: f.referred.hoh, RelationshipToHoH: 1, assessment: adultEntryAnswers() }],
        referral: { EventID: f.referred.referralId, version: 1 },
      },
      clients: [f.referred.hoh],
    }),
  },
  'GET /api/clients/{personalId}/documents': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/documents`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/documents/{documentId}': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/documents/${f.document}`, clients: [f.client] }),
  },
  'POST /api/clients/{personalId}/documents': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: `/api/clients/${f.client}/documents`,
      form: [
        { name: 'documentTypeId', value: 'DOC-DISABILITY' },
        { name: 'status', value: 'requested' },
      ],
      clients: [f.client],
    }),
  },
  'POST /api/clients/{personalId}/documents/{documentId}/file': {
    write: async (f, read) => ({
      as: cm,
      method: 'POST',
      url: `/api/clients/${f.client}/documents/${f.document}/file`,
      form: [
        { name: 'version', value: String(await versionOf(read, `/api/clients/${f.client}/documents/${f.document}`)) },
        { name: 'file', filename: 'letter.pdf', type: 'application/pdf', data: PDF },
      ],
      clients: [f.client],
    }),
  },
  'GET /api/clients/{personalId}/documents/{documentId}/download': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/documents/${f.document}/download`, clients: [f.client] }),
  },
  'PATCH /api/clients/{personalId}/documents/{documentId}': {
    write: async (f, read) => ({
      as: cm,
      method: 'PATCH',
      url: `/api/clients/${f.client}/documents/${f.document}`,
      body: {
        documentTypeId: 'DOC-DISABILITY',
        status: 'received',
        note: 'Audit check',
        version: await versionOf(read, `/api/clients/${f.client}/documents/${f.document}`),
      },
      clients: [f.client],
    }),
  },
};
