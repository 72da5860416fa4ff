// Shared by the client-data route tables (client-data-routes.*.test-support.ts): the shapes of a
// classified route and the helpers and dates their calls use.
import type { Part } from '../clients/test-kit.ts';
import { hudToday } from '../http/ids.ts';

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
export async function memberVersion(read: Reader, enrollmentId: string): Promise<number> {
  const h = (await read(`/api/enrollments/${enrollmentId}`)) as {
    members: { EnrollmentID: string; version: number }[];
  };
  return h.members.find((m) => m.EnrollmentID === enrollmentId)?.version ?? 0;
}
export const versionOf = async (read: Reader, url: string) => Number((await read(url)).version);

export const today = hudToday();
export const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return hudToday(d);
};
export const cm = 'casemanager' as const;
export const admin = 'admin' as const;
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const CAS_SETUP = 'CAS set-up (areas, tools, projects, the user’s CAS roles), no client data';
export const LAST_MONTH = `startDate=${inDays(-30)}&endDate=${today}`;
// The client entered its RRH project 380 days ago (its first annual due, not yet done), recorded today.
export const TIMING = `startDate=${inDays(-401)}&endDate=${today}&organizationIds=ORG-HHP`;
export const EXPLORER = new URLSearchParams([
  ['subject', 'enrollments'],
  ['columns', 'PersonalID'],
  ['columns', 'LastName'],
  ['organizationIds', 'ORG-HHP'],
  ['filters', JSON.stringify([{ column: 'LastName', op: 'contains', value: 'Reads' }])],
]).toString();
export const APR_RUN = { reportType: 'APR', startDate: inDays(-401), endDate: today, projectIds: ['PRJ-RRH'] };
export const SETUP = 'set-up records (organizations, projects, users, service types), no client data';
