// Case assignments, workflows, set-up lists, services, batches, case notes, jobs and files:
// part of CLIENT_DATA_ROUTES.
import { admin, type Classified, cm, SETUP, today } from './client-data-routes.shared.test-support.ts';

export const SERVICE_ROUTES: Record<string, Classified> = {
  'GET /api/case-assignments': {
    read: (f) => ({ as: cm, url: `/api/case-assignments?PersonalID=${f.client}`, clients: [f.client] }),
  },
  'GET /api/case-assignments/mine': {
    read: (f) => ({ as: cm, url: '/api/case-assignments/mine', clients: [f.client] }),
  },
  'GET /api/case-assignments/users': { none: SETUP },
  'GET /api/workflows': { read: (f) => ({ as: cm, url: '/api/workflows', clients: [f.client] }) },
  'GET /api/workflows/{id}': { read: (f) => ({ as: cm, url: `/api/workflows/${f.draft}`, clients: [f.client] }) },
  'GET /api/organizations': { none: SETUP },
  'GET /api/projects': { none: SETUP },
  'GET /api/projects/{projectId}': { none: SETUP },
  'GET /api/service-types': { none: SETUP },
  'GET /api/reports/user-tracker': { none: 'users and their sign-ins, no client data' },
  'GET /api/reports/user-tracker/download': { none: 'users and their sign-ins, no client data' },
  'GET /api/admin/organizations': { none: SETUP },
  'GET /api/admin/organizations/{organizationId}': { none: SETUP },
  'GET /api/admin/projects': { none: SETUP },
  'GET /api/admin/projects/{projectId}': { none: SETUP },
  'GET /api/admin/users': { none: SETUP },
  'GET /api/admin/users/{userId}': { none: SETUP },
  'GET /api/admin/service-types': { none: SETUP },
  'GET /api/services/projects': { none: SETUP },
  'GET /api/services/projects/{projectId}/service-types': { none: SETUP },
  'GET /api/clients/{personalId}/services': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/services`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/service-enrollments': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/service-enrollments`, clients: [f.client] }),
  },
  'GET /api/my-services': { read: (f) => ({ as: cm, url: '/api/my-services', clients: [f.client] }) },
  'GET /api/quick-services/clients': {
    read: (f) => ({ as: cm, url: `/api/quick-services/clients?projectId=PRJ-RRH&date=${today}`, clients: [f.client] }),
  },
  'GET /api/admin/service-deletion-requests': {
    read: (f) => ({ as: admin, url: '/api/admin/service-deletion-requests', clients: [f.client] }),
  },
  'GET /api/batches': { none: 'batches: name, project, service and counts, no client' },
  'GET /api/batches/{id}': { read: (f) => ({ as: cm, url: `/api/batches/${f.batch}`, clients: [f.client] }) },
  'GET /api/clients/{personalId}/case-notes': {
    read: (f) => ({ as: cm, url: `/api/clients/${f.client}/case-notes`, clients: [f.client] }),
  },
  'GET /api/case-notes/{id}': { read: (f) => ({ as: cm, url: `/api/case-notes/${f.caseNote}`, clients: [f.client] }) },
  'GET /api/case-notes/{id}/pdf': {
    read: (f) => ({ as: cm, url: `/api/case-notes/${f.caseNote}/pdf`, clients: [f.client] }),
  },
  'GET /api/jobs': { none: 'jobs: title, status and progress' },
  'GET /api/jobs/{id}': { none: 'one job: status, progress and parameters' },
  'GET /api/jobs/{id}/findings': {
    none: 'an import’s findings about the uploaded file (HMIS admins); the import and the file are audited',
  },
  'GET /api/saved-report-settings': { none: 'report parameters' },
  'GET /api/files': { none: 'Files on Server: names and sizes' },
  'GET /api/files/{id}/download': {
    none: 'a job’s output file: audited as file.download with its job (which clients an export holds is not recorded per client)',
  },
  'GET /api/hmis-csv/export-options': { none: SETUP },
};
