// Reports, dashboards, notifications and the reads around them: part of CLIENT_DATA_ROUTES.
import {
  APR_RUN,
  admin,
  type Classified,
  cm,
  EXPLORER,
  inDays,
  LAST_MONTH,
  SETUP,
  TIMING,
  today,
} from './client-data-routes.shared.test-support.ts';

export const REPORT_ROUTES: Record<string, Classified> = {
  'GET /api/health': { none: 'server health' },
  'GET /api/auth/me': { none: 'the signed-in user' },
  'GET /api/auth/session-status': { none: 'session times' },
  'GET /api/admin/audit': { none: 'the audit trail itself: who did what, no client data beyond the client ID' },
  'GET /api/admin/audit/actions': { none: 'action names' },
  'GET /api/clients/{personalId}/access-log': {
    read: (f) => ({ as: admin, url: `/api/clients/${f.client}/access-log`, clients: [f.client] }),
  },
  'GET /api/clients/{personalId}/access-log.pdf': {
    read: (f) => ({ as: admin, url: `/api/clients/${f.client}/access-log.pdf`, clients: [f.client] }),
  },
  'GET /api/enrollments/projects': { none: SETUP },
  'GET /api/reports/client-milestone-age': {
    read: (f) => ({
      as: cm,
      url: `/api/reports/client-milestone-age?from=${today}&to=${inDays(30)}`,
      clients: [f.teen],
    }),
  },
  'GET /api/enrollments': {
    read: (f) => ({ as: cm, url: `/api/enrollments?PersonalID=${f.client}`, clients: [f.client] }),
  },
  'GET /api/enrollments/{id}': {
    read: (f) => ({ as: cm, url: `/api/enrollments/${f.teenEnrollment}`, clients: [f.teen, f.client2] }),
  },
  'GET /api/enrollments/{id}/answers': {
    read: (f) => ({ as: cm, url: `/api/enrollments/${f.enrollment}/answers?stage=1`, clients: [f.client] }),
  },
  'GET /api/reports/client-milestone-age/download': {
    read: (f) => ({
      as: cm,
      url: `/api/reports/client-milestone-age/download?format=csv&from=${today}&to=${inDays(30)}`,
      clients: [f.teen],
    }),
  },
  'GET /api/reports/annual-assessment-tool': {
    read: (f) => ({ as: cm, url: '/api/reports/annual-assessment-tool', clients: [f.client] }),
  },
  'GET /api/reports/annual-assessment-tool/download': {
    read: (f) => ({ as: cm, url: '/api/reports/annual-assessment-tool/download?format=csv', clients: [f.client] }),
  },
  'GET /api/reports/bnl': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/bnl?${LAST_MONTH}&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/bnl/download': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/bnl/download?format=csv&${LAST_MONTH}&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/clients-in-programs': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/clients-in-programs?${LAST_MONTH}&group=PRJ-RRH&count=clients&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/clients-in-programs/download': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/clients-in-programs/download?format=csv&${LAST_MONTH}&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/duplicate-candidates': {
    read: (f) => ({ as: admin, url: '/api/reports/duplicate-candidates?pageSize=500', clients: f.flagged }),
  },
  'GET /api/reports/duplicate-candidates/download': {
    read: (f) => ({ as: admin, url: '/api/reports/duplicate-candidates/download?format=csv', clients: f.flagged }),
  },
  'GET /api/reports/data-entry-timing': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/data-entry-timing?${TIMING}&type=entries&count=all&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/data-entry-timing/download': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/data-entry-timing/download?format=csv&${TIMING}&type=entries&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/missing-annual-assessments': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/missing-annual-assessments?organizationIds=ORG-HHP&count=missing&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/missing-annual-assessments/download': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/missing-annual-assessments/download?format=csv&organizationIds=ORG-HHP&filter=PersonalID:${f.client}`,
      clients: [f.client],
    }),
  },
  'GET /api/reports/data-explorer': {
    read: (f) => ({ as: admin, url: `/api/reports/data-explorer?${EXPLORER}`, clients: [f.client] }),
  },
  'GET /api/reports/data-explorer/download': {
    read: (f) => ({
      as: admin,
      url: `/api/reports/data-explorer/download?format=csv&${EXPLORER}`,
      clients: [f.client],
    }),
  },
  'GET /api/data-explorer/subjects': { none: 'the subjects and columns a question may use' },
  'GET /api/data-explorer/questions': { none: 'saved questions: subjects, columns and filters, no records' },
  'GET /api/reports/csv-apr/options': { none: SETUP },
  'POST /api/reports/apr/cell': {
    read: (f) => ({
      as: admin,
      method: 'POST',
      url: '/api/reports/apr/cell',
      body: { ...APR_RUN, table: 'Q7a', row: 'adults', column: 0 },
      clients: [f.client],
    }),
  },
  'GET /api/reports/apr/download': { none: 'the APR tables: counts, no client-level rows' },
  'GET /api/reports/apr/saved/{jobId}': { none: 'a saved APR run: its parameters and tables (counts)' },
  'GET /api/dashboard/case-manager': {
    read: (f) => ({ as: cm, url: '/api/dashboard/case-manager', clients: [f.client] }),
  },
  'GET /api/dashboard/program-manager': { none: 'counts per case manager, project and month' },
  'GET /api/dashboard/data-quality': { none: 'counts per project and data element' },
  'GET /api/dashboard/data-quality/records': {
    read: (f) => ({
      as: admin,
      url: '/api/dashboard/data-quality/records?projectId=PRJ-RRH&table=Q6a&element=ssn&problem=missing',
      clients: [f.client],
    }),
  },
  'GET /api/dashboard/admin': { none: 'organizations, users, jobs and file counts, no client data' },
  'GET /api/reports': { none: 'the report catalog' },
  'GET /api/reports/options': { none: SETUP },
  'GET /api/report-schedules': { none: 'the user’s schedules: report, parameters, times and the last run’s job' },
  'GET /api/notifications/summary': { none: 'how many notifications are new, no client' },
  'GET /api/notifications/email-preferences': { none: 'the user’s email address and choices' },
  'GET /api/notifications': {
    read: (f) => ({ as: cm, url: '/api/notifications?state=all', clients: [f.notified] }),
  },
  'GET /api/notifications/{id}': {
    read: (f) => ({ as: cm, url: `/api/notifications/${f.notification}`, clients: [f.notified] }),
  },
  'GET /api/document-types': { none: SETUP },
  'GET /api/enrollments/{id}/reentry-request': {
    none: 'the open re-entry request: its reason and time, no client fields',
  },
  // NOT CALLED YET: lists clients and writes recordClientReads (list-reentry-requests.ts), but this test
  // builds no enrollment exited over 90 days ago to ask about. Replace with a read call.
  'GET /api/admin/reentry-requests': { none: 'not yet called here (see the comment above)' },
  'POST /api/clients/{personalId}/pii-view': {
    write: (f) => ({ as: cm, method: 'POST', url: `/api/clients/${f.client}/pii-view`, clients: [f.client] }),
  },
};
