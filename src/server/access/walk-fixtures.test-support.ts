// Records the route walk must not reach, built through the public API: per organization (own,
// another, a victim-service provider) a restricted client with everything hanging off it, plus
// that organization's private records (case note, restricted file) on a client everyone shares.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { TestApp } from '../../../test/support/test-app.ts';
import { DataCollectionStage, HMISParticipationType } from '../../hud/codes.ts';
import { upload } from '../clients/test-kit.ts';
import { waitForJob } from '../hmis-csv/test-support.ts';
import { hudToday } from '../http/ids.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { clientBody, daysAgo, enroll } from '../services/test-fixtures.ts';

export const WALK_ORGS = { own: 'ORG-HHP', another: 'ORG-ODO', vsp: 'ORG-SH' } as const;
export type Boundary = keyof typeof WALK_ORGS;
const PROJECT: Record<string, string> = { 'ORG-HHP': 'PRJ-ES', 'ORG-ODO': 'PRJ-NBN', 'ORG-SH': 'PRJ-DV' };
export const projectOf = (org: string) => PROJECT[org] ?? 'PRJ-ES';
export const WALK_ROLES = ['case_manager', 'program_manager', 'data_quality_officer', 'hmis_admin'] as const;
export type WalkRole = (typeof WALK_ROLES)[number];
const PASSWORD = 'walk-the-routes-2026!';

/** Every kind of record a route can take the ID of. */
export type Kind =
  | 'client'
  | 'enrollment'
  | 'service'
  | 'caseNote'
  | 'caseAssignment'
  | 'clientFile'
  | 'interestedOther'
  | 'draft'
  | 'job'
  | 'storedFile'
  | 'batch'
  | 'batchEntry'
  | 'deletionRequest'
  | 'reportSetting'
  | 'merge'
  | 'clientDocument'
  | 'notification'
  | 'reportSchedule'
  | 'explorerQuestion'
  // CAS records: walked by the CAS feature's own VSP test (src/server/cas/cas-vsp.test.ts), not built here.
  | 'ceEvent'
  | 'casReferral'
  | 'areaTie'
  // Re-entry requests (HMIS admins' decisions): none built yet.
  | 'reentryRequest';

/** Who may see a record: users working as an organization, one user, or (jobs, files) owner and admins. */
export type Scope =
  | { org: string }
  | { user: string }
  | { jobOwner: string; vspOrg: string | null }
  | { everyone: true };

/** Related records, so a route taking several IDs gets a consistent set (a file of that client …). */
export type Family = {
  name: string;
  ids: Partial<Record<Kind, string>> & { client2?: string; entryDate?: string };
  scopes: Partial<Record<Kind, Scope>>;
  /** Names and titles that must not appear in any answer to a user who may not see the family's case note. */
  markers: string[];
  /** The staff member who created the records (working as their organization). */
  owner?: { userId: string; cookie: string };
};

export type Walker = { role: WalkRole; userId: string; cookie: string; boundary: Boundary; org: string };

export function mayReach(scope: Scope | undefined, w: Walker): boolean {
  if (!scope) return true;
  if ('everyone' in scope) return true;
  if ('org' in scope) return w.org === scope.org;
  if ('user' in scope) return w.userId === scope.user;
  const ownerOrAdmin = w.userId === scope.jobOwner || w.role === 'hmis_admin';
  return ownerOrAdmin && (scope.vspOrg === null || w.org === scope.vspOrg);
}

async function ok(res: { statusCode: number; body: string }, what: string, status = [200, 201, 202, 204]) {
  if (!status.includes(res.statusCode)) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** A user with the role, member of the three walk organizations, signed in. */
export async function walkUser(t: TestApp, admin: string, role: WalkRole | 'owner', orgs: string[]) {
  const username = `walk-${role}-${randomBytes(3).toString('hex')}`;
  const res = await t.as(admin).post('/api/admin/users', {
    firstName: 'Walk',
    lastName: role,
    email: `${username}@test.invalid`,
    roles: role === 'owner' ? ['program_manager'] : role === 'case_manager' ? [] : [role],
    organizationIds: orgs,
    username,
    initialPassword: `${PASSWORD}-initial`,
  });
  await ok(res, `create ${username}`);
  const cookie = await t.login(username, `${PASSWORD}-initial`);
  await ok(
    await t.as(cookie).post('/api/auth/password', { currentPassword: `${PASSWORD}-initial`, newPassword: PASSWORD }),
    'change password',
  );
  return { userId: res.json().id as string, cookie };
}

export async function workAs(t: TestApp, cookie: string, org: string) {
  await ok(await t.as(cookie).put('/api/auth/organization', { organizationId: org }), `work as ${org}`);
}

const marker = () => `Zq${randomBytes(5).toString('hex')}`;

/** A question the Data Explorer accepts (a saved question's update checks it before the lookup). */
export const WALK_QUESTION = { subject: 'enrollments', columns: ['PersonalID', 'EntryDate'], groupBy: [], filters: [] };

async function addClient(t: TestApp, cookie: string, restricted: boolean, name: string) {
  const res = await t.as(cookie).post('/api/clients', {
    ...clientBody({ FirstName: name, LastName: marker() }),
    restrictToOrganization: restricted,
  });
  await ok(res, 'create client');
  return res.json() as { PersonalID: string; version: number };
}

const photo = () =>
  sharp({ create: { width: 24, height: 24, channels: 3, background: '#a33' } })
    .jpeg()
    .toBuffer();

/**
 * One organization's restricted client with an enrollment, service, case note, case manager,
 * file, photo, interested other, paused workflow, batch, deletion request, saved settings,
 * export job and file, and a merge — everything created by that organization's staff.
 */
export async function buildOrgFamily(t: TestApp, admin: string, org: string): Promise<Family> {
  const owner = await walkUser(t, admin, 'owner', [org]);
  const as = t.as(owner.cookie);
  const name = marker();
  const client = await addClient(t, owner.cookie, true, name);
  const client2 = await addClient(t, owner.cookie, true, marker());
  const entryDate = daysAgo(30);
  const [enrollment = ''] = await enroll(t, owner.cookie, [
    { PersonalID: client.PersonalID, ProjectID: projectOf(org), EntryDate: entryDate },
  ]);
  await enroll(t, owner.cookie, [
    { PersonalID: client2.PersonalID, ProjectID: projectOf(org), EntryDate: daysAgo(60), ExitDate: daysAgo(40) },
  ]);
  const pid = client.PersonalID;
  const service = await as.post(`/api/clients/${pid}/services`, {
    EnrollmentID: enrollment,
    serviceTypeId: 'SVC-002',
    DateProvided: hudToday(),
    units: 1,
  });
  await ok(service, 'record service');
  const noteTitle = marker();
  const note = await as.post(`/api/clients/${pid}/case-notes`, {
    noteDate: hudToday(),
    title: noteTitle,
    note: `Visit ${marker()}`,
    EnrollmentID: enrollment,
  });
  await ok(note, 'case note');
  const assignment = await as.post('/api/case-assignments', { PersonalID: pid, userId: owner.userId });
  await ok(assignment, 'case assignment');
  const fileName = `${marker()}.txt`;
  const file = await upload(t, owner.cookie, `/api/clients/${pid}/files`, [
    { name: 'file', filename: fileName, type: 'text/plain', data: Buffer.from('lease') },
  ]);
  await ok(file, 'client file');
  await ok(
    await upload(t, owner.cookie, `/api/clients/${pid}/photo`, [
      { name: 'photo', filename: 'p.jpg', type: 'image/jpeg', data: await photo() },
    ]),
    'photo',
  );
  const otherName = marker();
  const other = await as.post(`/api/clients/${pid}/interested-others`, { otherType: 'Friend', name: otherName });
  await ok(other, 'interested other');
  const draft = await as.post('/api/workflows', { kind: 'exit', EnrollmentID: enrollment });
  await ok(draft, 'draft');
  const batchName = marker();
  const batch = await as.post('/api/batches', {
    name: batchName,
    projectId: projectOf(org),
    serviceTypeId: 'SVC-003',
    DateProvided: hudToday(),
    units: 1,
  });
  await ok(batch, 'batch');
  const entry = await as.post(`/api/batches/${batch.json().id}/entries`, { personalId: pid });
  await ok(entry, 'batch entry');
  const request = await as.post(`/api/services/${service.json().id}/deletion-requests`, { reason: marker() });
  await ok(request, 'deletion request');
  const setting = await as.post('/api/saved-report-settings', { report: 'walk', name: marker(), parameters: {} });
  await ok(setting, 'saved setting');
  const document = await upload(t, owner.cookie, `/api/clients/${pid}/documents`, [
    { name: 'documentTypeId', value: 'DOC-DISABILITY' },
    { name: 'status', value: 'requested' },
  ]);
  await ok(document, 'document check');
  const schedule = await as.post('/api/report-schedules', {
    report: 'annual-assessment-tool',
    name: marker(),
    parameters: {},
    frequency: 'weekly',
    runAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    paused: true,
  });
  await ok(schedule, 'report schedule');
  // A Data Explorer question, unshared: only its owner (a data quality officer) reaches it.
  const analyst = await walkUser(t, admin, 'data_quality_officer', [org]);
  const questionName = marker();
  const question = await t
    .as(analyst.cookie)
    .post('/api/data-explorer/questions', { name: questionName, shared: false, question: WALK_QUESTION });
  await ok(question, 'explorer question');
  const noteTitleForOwner = marker();
  const [notification = ''] = await t.database.db.transaction((tx) =>
    notifyUsers(tx, {
      userIds: [owner.userId],
      kind: 'document_expiring',
      title: noteTitleForOwner,
      clientId: pid,
      organizationId: org,
    }),
  );
  const exported = await as.post('/api/hmis-csv/exports', {
    startDate: daysAgo(400),
    endDate: hudToday(),
    organizationIds: [org],
    cocCode: 'TX-600',
  });
  await ok(exported, 'export');
  const job = await waitForJob(t, owner.cookie, exported.json().jobId);
  if (!job.fileId) throw new Error(`export failed: ${job.error}`);
  // A merge of two of the organization's clients (HMIS admin working as it).
  await workAs(t, admin, org);
  const survivor = await addClient(t, admin, true, marker());
  const merged = await addClient(t, admin, true, marker());
  const merge = await t.as(admin).post('/api/clients/merges', {
    survivorId: survivor.PersonalID,
    mergedId: merged.PersonalID,
    survivorVersion: survivor.version,
    mergedVersion: merged.version,
  });
  await ok(merge, 'merge');
  const vsp = org === WALK_ORGS.vsp;
  const inOrg = { org };
  return {
    name: `${org} restricted client`,
    ids: {
      client: pid,
      client2: client2.PersonalID,
      entryDate,
      enrollment,
      service: service.json().id,
      caseNote: note.json().id,
      caseAssignment: assignment.json().id,
      clientFile: file.json().id,
      interestedOther: other.json().id,
      draft: draft.json().id,
      job: job.id,
      storedFile: job.fileId,
      batch: batch.json().id,
      batchEntry: entry.json().entry.id,
      deletionRequest: request.json().id,
      reportSetting: setting.json().id,
      merge: merge.json().mergeId,
      clientDocument: document.json().id,
      notification,
      reportSchedule: schedule.json().id,
      explorerQuestion: question.json().id,
    },
    scopes: {
      client: inOrg,
      enrollment: inOrg,
      service: inOrg,
      caseNote: inOrg,
      caseAssignment: inOrg,
      clientFile: inOrg,
      interestedOther: inOrg,
      draft: { user: owner.userId },
      job: { jobOwner: owner.userId, vspOrg: vsp ? org : null },
      storedFile: { jobOwner: owner.userId, vspOrg: vsp ? org : null },
      batch: inOrg,
      batchEntry: inOrg,
      deletionRequest: inOrg,
      reportSetting: { user: owner.userId },
      merge: inOrg,
      clientDocument: inOrg,
      notification: { user: owner.userId },
      reportSchedule: { user: owner.userId },
      explorerQuestion: { user: analyst.userId },
    },
    markers: [name, noteTitle, fileName, otherName, batchName, noteTitleForOwner, questionName],
    owner,
  };
}

const ACCESS_POINTS: Record<string, string> = {};
/** The walk organization's Coordinated Entry access point (a CAS intake takes one of the organization worked as). */
export const accessPointOf = (org: string) => ACCESS_POINTS[org];

/** A copy of the demo's CE access point (PRJ-CE) in each walk organization, so CAS intakes are walked as each. */
export async function buildAccessPoints(t: TestApp, admin: string) {
  const ce = await t.as(admin).get('/api/admin/projects/PRJ-CE');
  await ok(ce, 'CE project');
  const { ProjectID: _p, OrganizationName: _o, DateCreated: _c, DateUpdated: _u, version: _v, ...rest } = ce.json();
  // Sub-records without their IDs and stamps: new ones for the copy.
  const STAMPS = [
    'ProjectID',
    'ProjectCoCID',
    'FunderID',
    'InventoryID',
    'HMISParticipationID',
    'CEParticipationID',
    'DateCreated',
    'DateUpdated',
    'version',
  ];
  const fresh = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !STAMPS.includes(k))));
  for (const org of Object.values(WALK_ORGS)) {
    const res = await t.as(admin).post('/api/admin/projects', {
      ...rest,
      OrganizationID: org,
      ProjectName: `Walk access point ${marker()}`,
      cocs: fresh(rest.cocs),
      funders: fresh(rest.funders),
      inventory: fresh(rest.inventory),
      // A victim-service provider participates through a comparable database, not HMIS.
      participations: fresh(rest.participations).map((r) =>
        org === WALK_ORGS.vsp ? { ...r, HMISParticipationType: HMISParticipationType.ComparableDatabase } : r,
      ),
      ceParticipations: fresh(rest.ceParticipations),
    });
    await ok(res, `access point of ${org}`);
    ACCESS_POINTS[org] = res.json().ProjectID;
  }
}

export type SharedClient = { client: string; client2: string; enrollment: string; entryDate: string };

/** A client every organization sees (not restricted, no VSP enrollment), enrolled at Hearth Housing Partners. */
export async function buildSharedClient(t: TestApp, admin: string): Promise<SharedClient> {
  await workAs(t, admin, WALK_ORGS.own);
  const a = await addClient(t, admin, false, marker());
  const b = await addClient(t, admin, false, marker());
  const entryDate = daysAgo(20);
  const [enrollment = ''] = await enroll(t, admin, [
    { PersonalID: a.PersonalID, ProjectID: projectOf(WALK_ORGS.own), EntryDate: entryDate },
  ]);
  return { client: a.PersonalID, client2: b.PersonalID, enrollment, entryDate };
}

/** One organization's private records on the shared client: a case note and a Restricted file. */
export async function buildPrivateOnShared(t: TestApp, admin: string, org: string, s: SharedClient): Promise<Family> {
  const owner = await walkUser(t, admin, 'owner', [org]);
  const title = marker();
  const fileName = `${marker()}.txt`;
  const note = await t.as(owner.cookie).post(`/api/clients/${s.client}/case-notes`, {
    noteDate: hudToday(),
    title,
    note: `Private ${marker()}`,
  });
  await ok(note, 'case note on shared client');
  const file = await upload(t, owner.cookie, `/api/clients/${s.client}/files`, [
    { name: 'category', value: 'Restricted' },
    { name: 'file', filename: fileName, type: 'text/plain', data: Buffer.from('restricted') },
  ]);
  await ok(file, 'restricted file');
  const everyone = { everyone: true as const };
  return {
    name: `${org} private records on a shared client`,
    ids: {
      client: s.client,
      client2: s.client2,
      enrollment: s.enrollment,
      entryDate: s.entryDate,
      caseNote: note.json().id,
      clientFile: file.json().id,
    },
    scopes: { client: everyone, enrollment: everyone, caseNote: { org }, clientFile: { org } },
    markers: [title, fileName],
  };
}

/** The walker's own records where a route needs one it may reach (its paused workflow, its settings). */
export async function ownRecords(t: TestApp, w: Walker, family: Family): Promise<Family> {
  if (!mayReach(family.scopes.client, w)) throw new Error(`${family.name} is not the walker's own`);
  const as = t.as(w.cookie);
  // One paused workflow of a kind per enrollment: the walker's existing one is offered back (409).
  const started = await as.post('/api/workflows', { kind: 'exit', EnrollmentID: family.ids.enrollment });
  await ok(started, 'own draft', [201, 409]);
  const draftId: string = started.statusCode === 409 ? started.json().error.draftId : started.json().id;
  const setting = await as.post('/api/saved-report-settings', { report: 'walk', name: marker(), parameters: {} });
  await ok(setting, 'own setting');
  // Only roles that may use the Data Explorer save questions (others are refused, 403).
  const question = await as.post('/api/data-explorer/questions', { name: marker(), question: WALK_QUESTION });
  await ok(question, 'own question', [201, 403]);
  const explorerQuestion: string | undefined = question.statusCode === 201 ? question.json().id : undefined;
  const [notification] = await t.database.db.transaction((tx) =>
    notifyUsers(tx, { userIds: [w.userId], kind: 'report_ready', title: 'Your report is ready' }),
  );
  return {
    name: `${w.role}'s own records as ${w.org}`,
    ids: {
      ...family.ids,
      draft: draftId,
      reportSetting: setting.json().id,
      notification,
      ...(explorerQuestion ? { explorerQuestion } : {}),
    },
    scopes: {},
    markers: [],
  };
}

export const ENTRY_STAGE = String(DataCollectionStage.ProjectStart);
