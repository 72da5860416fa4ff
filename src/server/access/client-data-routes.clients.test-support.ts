// Client record routes, and the writes of clients, enrollments, assessments, services and case
// notes: part of CLIENT_DATA_ROUTES.
import { intakeBody } from '../services/test-fixtures.ts';
import {
  admin,
  type Classified,
  cm,
  memberVersion,
  today,
  versionOf,
} from './client-data-routes.shared.test-support.ts';

export const CLIENT_ROUTES: Record<string, Classified> = {
  'GET /api/clients': {
    read: (f) => ({ as: cm, url: `/api/clients?search=${encodeURIComponent(f.client)}`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}': { read: (f) => ({ as: cm, url: `/api/clients/${f.client}`, clients: [f.client] }) },
  'GET /api/clients/{personalId}/photo': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/photo?size=thumbnail`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/files': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/files`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/files/{fileId}/download': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/files/${f.clientFile}/download`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/interested-others': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/interested-others`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/id-card.pdf': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/id-card.pdf`, clients: [f.client] }),
  },
  'GET /api/clients/compare': {
    read: (f) => ({
      as: admin,
      url: `/api/clients/compare?a=${f.client}&b=${f.client2}`,
      clients: [f.client, f.client2],
    }),
  },
  'GET /api/clients/merges': { read: (f) => ({ as: admin, url: '/api/clients/merges', clients: f.merged }) },

  // Writes answering with client data: the write's own audit row names the client.
  'POST /api/clients': {
    write: () => ({
      as: cm,
      method: 'POST',
      url: '/api/clients',
      body: {
        FirstName: 'Audit',
        LastName: 'Write',
        NameDataQuality: 1,
        SSNDataQuality: 99,
        DOBDataQuality: 99,
        Sex: 0,
        White: 1,
        VeteranStatus: 0,
        confirmedNotDuplicate: true,
      },
      clients: (a) => [String(a.PersonalID)],
    }),
  },
  'PATCH /api/clients/{personalId}': {
    write: async (f, read) => ({
      as: cm,
      method: 'PATCH',
      url: `/api/clients/${f.client2}`,
      body: { MiddleName: 'Audit', version: await versionOf(read, `/api/clients/${f.client2}`) },
      clients: [f.client2],
    }),
  },
  'POST /api/enrollments': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: '/api/enrollments',
      body: intakeBody({ PersonalID: f.unenrolled, ProjectID: 'PRJ-ES', EntryDate: today }),
      clients: [f.unenrolled],
    }),
  },
  'PUT /api/enrollments/{id}/entry': {
    write: async (f, read) => ({
      as: cm,
      method: 'PUT',
      url: `/api/enrollments/${f.enrollment}/entry`,
      body: { members: [{ EnrollmentID: f.enrollment, version: await memberVersion(read, f.enrollment) }] },
      clients: [f.client],
    }),
  },
  'POST /api/enrollments/{id}/exit': {
    write: async (f, read) => ({
      as: cm,
      method: 'POST',
      url: `/api/enrollments/${f.exitedEnrollment}/exit`,
      body: {
        ExitDate: today,
        members: [
          { EnrollmentID: f.exitedEnrollment, version: await memberVersion(read, f.exitedEnrollment), Destination: 30 },
        ],
      },
      clients: [f.exited],
    }),
  },
  'PUT /api/enrollments/{id}/exit': {
    write: async (f, read) => ({
      as: cm,
      method: 'PUT',
      url: `/api/enrollments/${f.exitedEnrollment}/exit`,
      body: { members: [{ EnrollmentID: f.exitedEnrollment, version: await memberVersion(read, f.exitedEnrollment) }] },
      clients: [f.exited],
    }),
  },
  'POST /api/enrollments/{id}/reenter': {
    write: async (f, read) => ({
      as: cm,
      method: 'POST',
      url: `/api/enrollments/${f.exitedEnrollment}/reenter`,
      body: { version: await memberVersion(read, f.exitedEnrollment) },
      clients: [f.exited],
    }),
  },
  'POST /api/enrollments/{id}/assessments': {
    write: async (f, read) => ({
      as: cm,
      method: 'POST',
      url: `/api/enrollments/${f.enrollment}/assessments`,
      body: {
        DataCollectionStage: 2,
        InformationDate: today,
        members: [
          {
            EnrollmentID: f.enrollment,
            version: await memberVersion(read, f.enrollment),
            assessment: {
              IncomeBenefits: { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 0 },
            },
          },
        ],
      },
      clients: [f.client],
    }),
  },
  'PUT /api/enrollments/{id}/assessments/{stage}/{date}': {
    write: async (f, read) => ({
      as: cm,
      method: 'PUT',
      url: `/api/enrollments/${f.enrollment}/assessments/2/${today}`,
      body: {
        InformationDate: today,
        members: [
          {
            EnrollmentID: f.enrollment,
            version: await memberVersion(read, f.enrollment),
            assessment: {
              IncomeBenefits: {
                IncomeFromAnySource: 0,
                BenefitsFromAnySource: 0,
                InsuranceFromAnySource: 1,
                Medicaid: 1,
              },
            },
          },
        ],
      },
      clients: [f.client],
    }),
  },
  'POST /api/workflows': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: '/api/workflows',
      body: { kind: 'assessment', EnrollmentID: f.enrollment },
      clients: [f.client],
    }),
  },
  'PUT /api/workflows/{id}': {
    write: async (f, read) => ({
      as: cm,
      method: 'PUT',
      url: `/api/workflows/${f.draft}`,
      body: { step: 'members', data: {}, version: await versionOf(read, `/api/workflows/${f.draft}`) },
      clients: [f.client],
    }),
  },
  'POST /api/workflows/{id}/restart': {
    write: async (f, read) => ({
      as: cm,
      method: 'POST',
      url: `/api/workflows/${f.draft}/restart`,
      body: { version: await versionOf(read, `/api/workflows/${f.draft}`) },
      clients: [f.client],
    }),
  },
  'POST /api/clients/{personalId}/services': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: `/api/clients/${f.client}/services`,
      body: { EnrollmentID: f.enrollment, serviceTypeId: 'SVC-004', DateProvided: today, units: 1 },
      clients: [f.client],
    }),
  },
  'POST /api/batches/{id}/entries': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: `/api/batches/${f.batch}/entries`,
      body: { personalId: f.client },
      clients: [f.client],
    }),
  },
  'POST /api/clients/{personalId}/case-notes': {
    write: (f) => ({
      as: cm,
      method: 'POST',
      url: `/api/clients/${f.client}/case-notes`,
      body: { noteDate: today, title: 'Audit check', note: 'Called' },
      clients: [f.client],
    }),
  },
  'PUT /api/case-notes/{id}': {
    write: async (f, read) => ({
      as: cm,
      method: 'PUT',
      url: `/api/case-notes/${f.caseNote}`,
      body: {
        noteDate: today,
        title: 'Audit check, edited',
        note: 'Called back',
        readOnly: false,
        EnrollmentID: null,
        version: await versionOf(read, `/api/case-notes/${f.caseNote}`),
      },
      clients: [f.client],
    }),
  },
  'POST /api/clients/merges': {
    write: async (f, read) => ({
      as: admin,
      method: 'POST',
      url: '/api/clients/merges',
      body: {
        survivorId: f.mergeable[0],
        mergedId: f.mergeable[1],
        survivorVersion: await versionOf(read, `/api/clients/${f.mergeable[0]}`),
        mergedVersion: await versionOf(read, `/api/clients/${f.mergeable[1]}`),
      },
      clients: f.mergeable,
    }),
  },
};
