import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, clientDocumentTable } from '../../db/schema/index.ts';
import { type Part, upload } from '../clients/test-kit.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { createClients, daysAgo, enroll } from '../services/test-fixtures.ts';
import { documentCheckStatus } from './document-check-status.ts';
import { pdfFile, pngFile } from './test-files.ts';

const LIMIT = 150_000;
let t: TestApp;
let cm: string;
let cm2: string;
let admin: string;
let client: string;
let other: string;
const SECRET = 'Diagnosis: confidential medical wording 7731';

const docUrl = (pid: string) => `/api/clients/${pid}/documents`;
const fields = (f: Record<string, string>): Part[] => Object.entries(f).map(([name, value]) => ({ name, value }));
const pdfPart = async (text = SECRET, name = 'verification.pdf'): Promise<Part> => ({
  name: 'file',
  filename: name,
  type: 'application/pdf',
  data: await pdfFile(text),
});
const add = async (cookie: string, pid: string, f: Record<string, string>, file?: Part) =>
  upload(t, cookie, docUrl(pid), [...fields(f), ...(file ? [file] : [])]);
const storedFiles = (): string[] => {
  const root = join(t.config.dataDir, 'document-check');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  try {
    return walk(root);
  } catch {
    return [];
  }
};
const ctxOf = (userId: string, org: string, roles: RequestContext['user']['roles'] = []): RequestContext => ({
  user: {
    id: userId,
    username: userId,
    firstName: 'T',
    lastName: 'U',
    roles,
    organizationIds: [org],
    currentOrganizationId: org,
    mustChangePassword: false,
  },
  sessionId: 'test',
  ip: '127.0.0.1',
});

beforeAll(async () => {
  t = await createTestApp({ config: { uploadLimitBytes: LIMIT } });
  [cm, cm2, admin] = (await Promise.all(['casemanager', 'casemanager2', 'admin'].map((u) => t.login(u)))) as [
    string,
    string,
    string,
  ];
  [client, other] = (await createClients(t, cm, [
    { FirstName: 'Dora', LastName: 'Documented' },
    { FirstName: 'Eli', LastName: 'Elsewhere' },
  ])) as [string, string];
});
afterAll(() => t.close());

describe('adding and verifying documents', () => {
  let id: string;
  let version: number;

  it('uploads a disability verification, encrypted at rest, and downloads the same bytes', async () => {
    const file = await pdfPart();
    const res = await add(cm, client, { documentTypeId: 'DOC-DISABILITY', status: 'received' }, file);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      documentTypeName: 'Disability verification',
      status: 'received',
      organizationName: 'Hearth Housing Partners',
      addedBy: 'Casey Manager',
      file: { name: 'verification.pdf', contentType: 'application/pdf' },
    });
    id = doc.id;
    version = doc.version;
    const [stored] = storedFiles();
    const raw = readFileSync(stored as string);
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
    expect(raw.includes(Buffer.from('7731'))).toBe(false);
    const down = await t.as(cm).get(`${docUrl(client)}/${id}/download`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals((file as { data: Buffer }).data)).toBe(true);
  });

  it('verifies it: by the signed-in user, today', async () => {
    const res = await t.as(cm).patch(`${docUrl(client)}/${id}`, {
      documentTypeId: 'DOC-DISABILITY',
      status: 'verified',
      expiresOn: '2099-01-01',
      version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'verified', verifiedOn: hudToday(), verifiedBy: 'Casey Manager' });
    const stale = await t.as(cm).patch(`${docUrl(client)}/${id}`, {
      documentTypeId: 'DOC-DISABILITY',
      status: 'received',
      version,
    });
    expect(stale.statusCode).toBe(409);
    version = res.json().version;
  });

  it('audits every view and download', async () => {
    await t.as(cm).get(docUrl(client));
    await t.as(cm).get(`${docUrl(client)}/${id}`);
    await t.as(cm).get(`${docUrl(client)}/${id}/download`);
    const rows = await t.database.db
      .select()
      .from(auditEventTable)
      .where(and(eq(auditEventTable.clientId, client), eq(auditEventTable.userId, 'USR-CM')));
    const views = rows.filter((r) => r.action === 'client.read').map((r) => (r.detail as { view: string }).view);
    expect(views.filter((v) => v === 'document_check').length).toBeGreaterThanOrEqual(2);
    expect(views).toContain('document_check_file');
    expect(rows.filter((r) => r.action === 'document_check.file_downloaded').length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.action === 'document_check.verified')).toBe(true);
  });

  it('is never listed in Client Files', async () => {
    const files = (await t.as(cm).get(`/api/clients/${client}/files`)).json();
    expect(files.items).toEqual([]);
  });

  it('another organization’s user cannot find it (404, like a document that does not exist)', async () => {
    const list = (await t.as(cm2).get(docUrl(client))).json();
    expect(list.items).toEqual([]);
    const hidden = await t.as(cm2).get(`${docUrl(client)}/${id}`);
    const missing = await t.as(cm2).get(`${docUrl(client)}/nosuchdocument`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    expect((await t.as(cm2).get(`${docUrl(client)}/${id}/download`)).statusCode).toBe(404);
    expect(
      (
        await t.as(cm2).patch(`${docUrl(client)}/${id}`, {
          documentTypeId: 'DOC-DISABILITY',
          status: 'requested',
          version,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.as(cm2).delete(`${docUrl(client)}/${id}?version=${version}`)).statusCode).toBe(404);
    // The same document under another client's ID is not found either.
    expect((await t.as(cm).get(`${docUrl(other)}/${id}`)).statusCode).toBe(404);
  });

  it('an organization with an active case manager of the client sees it', async () => {
    const res = await t.as(cm2).post('/api/case-assignments', { PersonalID: client, userId: 'USR-CM2' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.as(cm2).get(`${docUrl(client)}/${id}`)).statusCode).toBe(200);
    expect((await t.as(cm2).get(docUrl(client))).json().items.map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('a victim-service provider’s documents never leave it, case managers elsewhere included', async () => {
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const res = await add(admin, client, { documentTypeId: 'DOC-PHOTO-ID', status: 'received' }, await pdfPart('ID'));
    expect(res.statusCode, res.body).toBe(201);
    const vspDoc = res.json().id;
    expect((await t.as(cm2).get(`${docUrl(client)}/${vspDoc}`)).statusCode).toBe(404);
    expect((await t.as(cm).get(`${docUrl(client)}/${vspDoc}`)).statusCode).toBe(404);
    expect((await t.as(admin).get(`${docUrl(client)}/${vspDoc}`)).statusCode).toBe(200);
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
    expect((await t.as(admin).get(`${docUrl(client)}/${vspDoc}`)).statusCode).toBe(404);
  });
});

describe('bad uploads write nothing', () => {
  const counts = async () => ({ rows: await t.database.db.$count(clientDocumentTable), files: storedFiles().length });

  it('413 over the size limit, with the limit in the message', async () => {
    const before = await counts();
    const big: Part = {
      name: 'file',
      filename: 'big.pdf',
      type: 'application/pdf',
      data: Buffer.concat([await pdfFile('x'), Buffer.alloc(LIMIT)]),
    };
    const res = await add(cm, client, { documentTypeId: 'DOC-INCOME', status: 'received' }, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain('0.1 MB');
    expect(await counts()).toEqual(before);
  });

  it('415 for a file that is not a PDF or an image, whatever its name', async () => {
    const before = await counts();
    const fake: Part = { name: 'file', filename: 'scan.pdf', type: 'application/pdf', data: Buffer.from('MZ\x90\0') };
    const res = await add(cm, client, { documentTypeId: 'DOC-INCOME', status: 'received' }, fake);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('PDF or an image');
    const png: Part = { name: 'file', filename: 'photo.png', type: 'image/png', data: await pngFile() };
    expect((await add(cm, client, { documentTypeId: 'DOC-PHOTO-ID', status: 'received' }, png)).statusCode).toBe(201);
    expect((await counts()).rows).toBe(before.rows + 1);
  });

  it('400 naming the field: a type the CoC does not use, an expiry before the verification date', async () => {
    const before = await counts();
    const unknown = await add(cm, client, { documentTypeId: 'DOC-PASSPORT-X', status: 'received' }, await pdfPart());
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.documentTypeId).toContain('does not use');
    const early = await add(
      cm,
      client,
      { documentTypeId: 'DOC-INCOME', status: 'verified', verifiedOn: daysAgo(5), expiresOn: daysAgo(10) },
      await pdfPart(),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.expiresOn).toContain('before the verification date');
    const noFile = await add(cm, client, { documentTypeId: 'DOC-INCOME', status: 'verified' });
    expect(noFile.json().error.fields.file).toBeDefined();
    const badStatus = await add(cm, client, { documentTypeId: 'DOC-INCOME', status: 'approved' }, await pdfPart());
    expect(badStatus.json().error.fields.status).toContain('requested');
    expect(await counts()).toEqual(before);
  });

  it('a requested document needs no file; attaching one later makes it received', async () => {
    const res = await add(cm, client, { documentTypeId: 'DOC-BIRTH-CERT', status: 'requested' });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc.file).toBeNull();
    const attached = await upload(t, cm, `${docUrl(client)}/${doc.id}/file`, [
      { name: 'version', value: String(doc.version) },
      await pdfPart('birth'),
    ]);
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json()).toMatchObject({ status: 'received', file: { name: 'verification.pdf' } });
  });
});

describe('checklist and documentCheckStatus', () => {
  it('counts what the CoC requires: of everyone, and for the project types of open enrollments', async () => {
    const [fresh] = (await createClients(t, cm, [{ FirstName: 'Fay', LastName: 'Fresh' }])) as [string];
    const ctx = ctxOf('USR-CM', 'ORG-HHP');
    let status = await documentCheckStatus(t.database.db, ctx, [fresh, 'NOPE']);
    expect(Object.keys(status)).toEqual([fresh]);
    expect(status[fresh]).toEqual({ ready: 0, required: 2, missing: ['Photo ID', 'Homelessness verification'] });

    await enroll(t, cm, [{ PersonalID: fresh, ProjectID: 'PRJ-PSH', EntryDate: daysAgo(3) }]);
    status = await documentCheckStatus(t.database.db, ctx, [fresh]);
    expect(status[fresh]?.required).toBe(5);
    expect(status[fresh]?.missing).toContain('Disability verification');

    const ok = await add(
      cm,
      fresh,
      { documentTypeId: 'DOC-DISABILITY', status: 'verified', expiresOn: '2099-12-31' },
      await pdfPart(),
    );
    expect(ok.statusCode).toBe(201);
    await add(
      cm,
      fresh,
      { documentTypeId: 'DOC-PHOTO-ID', status: 'verified', verifiedOn: daysAgo(30), expiresOn: daysAgo(1) },
      await pdfPart(),
    );
    status = await documentCheckStatus(t.database.db, ctx, [fresh]);
    expect(status[fresh]).toMatchObject({ ready: 1, required: 5 });
    expect(status[fresh]?.missing).toContain('Photo ID');

    // A referral to TH asks for what TH requires too (income verification: already counted).
    const forTh = await documentCheckStatus(t.database.db, ctx, [fresh], { projectTypes: [2] });
    expect(forTh[fresh]?.required).toBe(5);

    const page = (await t.as(cm).get(docUrl(fresh))).json();
    expect(page.checklist).toMatchObject({ ready: 1, required: 5 });
    const photo = page.checklist.items.find((i: { name: string }) => i.name === 'Photo ID');
    expect(photo).toMatchObject({ required: true, status: 'expired' });
    expect(page.items.find((d: { documentTypeId: string }) => d.documentTypeId === 'DOC-PHOTO-ID').status).toBe(
      'expired',
    );
    // Another organization sees none of those documents, so nothing is ready for it.
    const odo = await documentCheckStatus(t.database.db, ctxOf('USR-CM2', 'ORG-ODO'), [fresh]);
    expect(odo[fresh]?.ready).toBe(0);
  });
});

describe('document types', () => {
  it('HMIS admins add and retire types; others may only read them', async () => {
    const body = { name: 'Lease agreement', required: false, requiredProjectTypes: [13] };
    expect((await t.as(cm).post('/api/document-types', body)).statusCode).toBe(403);
    const res = await t.as(admin).post('/api/document-types', body);
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.as(admin).post('/api/document-types', { ...body, name: 'lease AGREEMENT' })).statusCode).toBe(409);
    const badType = await t.as(admin).post('/api/document-types', { name: 'X', requiredProjectTypes: [99] });
    expect(badType.statusCode).toBe(400);
    const type = res.json();
    const retired = await t.as(admin).put(`/api/document-types/${type.id}`, { ...body, active: false, version: 1 });
    expect(retired.json().active).toBe(false);
    const list = (await t.as(cm).get('/api/document-types')).json().items as { id: string }[];
    expect(list.some((x) => x.id === type.id)).toBe(false);
    const used = await add(cm, client, { documentTypeId: type.id, status: 'received' }, await pdfPart());
    expect(used.json().error.fields.documentTypeId).toContain('does not use');
  });
});
