// Every route of the OpenAPI document that may return client data, classified: a read (it must
// write an audit row naming each client it showed), a write (its audit row names the client it
// changed), or not client data (why). The test fails on any GET route, or any route whose answer
// holds client fields, that is not in this list — a new route must be classified here.
import { demoAssessment } from '../cas/cas.test-support.ts';
import type { Part } from '../clients/test-kit.ts';
import { adultEntryAnswers } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';
import { intakeBody } from '../services/test-fixtures.ts';

/** The records the calls use (built by the test through the API). */
export type AuditFixtures = {
  client: string;
  client2: string;
  enrollment: string;
  household: string;
  teen: string;
  teenEnrollment: string;
  service: string;
  caseNote: string;
  clientFile: string;
  draft: string;
  batch: string;
  flagged: [string, string];
  merged: [string, string];
  mergeable: [string, string];
  unenrolled: string;
  exited: string;
  exitedEnrollment: string;
  /** A Document Check document of `client`. */
  document: string;
  /** A notification of the case manager's about `notified`. */
  notification: string;
  notified: string;
  /** A household on the CAS queue (intake at the access point) and one referred to PSH. */
  cas: { hoh: string; EnrollmentID: string };
  referred: { hoh: string; referralId: string };
  /** A client with no enrollment, for a CAS intake. */
  casNew: string;
};

export type Call = {
  as: 'casemanager' | 'admin' | 'accesspoint' | 'casadmin' | 'cemanager';
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  body?: Record<string, unknown>;
  /** A multipart/form-data body instead. */
  form?: Part[];
  /** The clients whose rows the call must write (for a write answering a new client: from its answer). */
  clients: string[] | ((answer: Record<string, unknown>) => string[]);
};

/** GETs a URL as the case manager (to learn the version a write must send). */
export type Reader = (url: string) => Promise<Record<string, unknown>>;

export type Classified =
  | { read: (f: AuditFixtures) => Call }
  | { write: (f: AuditFixtures, read: Reader) => Promise<Call> | Call }
  | { none: string };

/** The version of a household member's enrollment, from the household view. */
async function memberVersion(read: Reader, enrollmentId: string): Promise<number> {
  const h = (await read(`/api/enrollments/${enrollmentId}`)) as {
    members: { EnrollmentID: string; version: number }[];
  };
  return h.members.find((m) => m.EnrollmentID === enrollmentId)?.version ?? 0;
}
const versionOf = async (read: Reader, url: string) => Number((await read(url)).version);

const today = hudToday();
const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return hudToday(d);
};
const cm = 'casemanager' as const;
const admin = 'admin' as const;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const CAS_SETUP = 'CAS set-up (areas, tools, projects, the user’s CAS roles), no client data';
const LAST_MONTH = `startDate=${inDays(-30)}&endDate=${today}`;
// The client entered its RRH project 380 days ago (its first annual due, not yet done), recorded today.
const TIMING = `startDate=${inDays(-401)}&endDate=${today}&organizationIds=ORG-HHP`;
const EXPLORER = new URLSearchParams([
  ['subject', 'enrollments'],
  ['columns', 'PersonalID'],
  ['columns', 'LastName'],
  ['organizationIds', 'ORG-HHP'],
  ['filters', JSON.stringify([{ column: 'LastName', op: 'contains', value: 'Reads' }])],
]).toString();
const APR_RUN = { reportType: 'APR', startDate: inDays(-401), endDate: today, projectIds: ['PRJ-RRH'] };
const SETUP = 'set-up records (organizations, projects, users, service types), no client data';

export const CLIENT_DATA_ROUTES: Record<string, Classified> = {
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
