import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { jobRunTable } from '../../db/schema/index.ts';
import { removeExpiredFiles } from '../files/remove-expired-files.ts';
import { defineJobKind, jobRunnerFor } from './job-runner.ts';
import { JobFailure } from './job-types.ts';

// A job kind for these tests: it reports progress, waits until the test lets it go, then
// succeeds with a file or fails as its parameters say.
let release: () => void = () => undefined;
let gate = Promise.resolve();
defineJobKind<{ outcome: 'file' | 'refuse' | 'crash' }>('test_job', async (ctx) => {
  await ctx.progress(40, 'Halfway');
  await gate;
  if (ctx.parameters.outcome === 'refuse') throw new JobFailure('The period has no data. Choose other dates.');
  if (ctx.parameters.outcome === 'crash') throw new Error('SELECT secret FROM internals failed');
  const fileId = await ctx.saveFile({
    name: 'result.csv',
    contentType: 'text/csv',
    containsClientData: true,
    data: Buffer.from('a,b\n1,2\n'),
  });
  return { fileId, result: { rows: 1 } };
});

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

async function start(outcome: 'file' | 'refuse' | 'crash', ownerId = 'USR-CM') {
  return jobRunnerFor(t).enqueue({
    kind: 'test_job',
    title: `Test ${outcome}`,
    ownerId,
    organizationId: 'ORG-HHP',
    parameters: { outcome },
  });
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const stop = Date.now() + 20_000;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > stop) throw new Error(`timed out: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const job = async (cookie: string, id: string) => (await t.as(cookie).get(`/api/jobs/${id}`)).json();

describe('a background job', () => {
  it('is queued, runs with progress shown in the Task List, and ends with a file to download', async () => {
    gate = new Promise((r) => {
      release = r;
    });
    const id = await start('file');
    const running = await until(
      () => job(cm, id),
      (j) => j.status === 'running' && j.progress === 40,
    );
    expect(running).toMatchObject({
      id,
      status: 'running',
      progress: 40,
      progressNote: 'Halfway',
      ownerName: 'Casey Manager',
    });
    expect(running.startedAt).toBeTruthy();
    const tasks = (await t.as(cm).get('/api/jobs?state=active')).json();
    expect(tasks.items.map((j: { id: string }) => j.id)).toContain(id);
    release();
    const done = await until(
      () => job(cm, id),
      (j) => j.status === 'done',
    );
    expect(done).toMatchObject({ id, status: 'done', progress: 100, result: { rows: 1 } });
    expect(done.fileId).toMatch(/^[0-9a-f]{32}$/);
    expect(done.finishedAt).toBeTruthy();
    const res = await t.as(cm).get(`/api/files/${done.fileId}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('a,b\n1,2\n');
    expect(res.headers['content-disposition']).toBe('attachment; filename="result.csv"');
    const files = (await t.as(cm).get('/api/files')).json().items;
    expect(files[0]).toMatchObject({ id: done.fileId, name: 'result.csv', jobTitle: 'Test file', sizeBytes: 8 });
    expect(new Date(files[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const admin = await t.login('admin');
    const audit = (await t.as(admin).get('/api/admin/audit?action=file.download')).json().items;
    expect(audit[0]).toMatchObject({ userId: 'USR-CM', entityId: done.fileId });
  });

  it('fails with the reason a user can act on, or a general message for an unexpected error', async () => {
    gate = Promise.resolve();
    const refusedId = await start('refuse');
    const refused = await until(
      () => job(cm, refusedId),
      (j) => j.status === 'failed',
    );
    expect(refused).toMatchObject({ status: 'failed', error: 'The period has no data. Choose other dates.' });
    expect(refused.fileId).toBeUndefined();
    const crashId = await start('crash');
    const crashed = await until(
      () => job(cm, crashId),
      (j) => j.status === 'failed',
    );
    expect(crashed.error).toMatch(/unexpected error/);
    expect(crashed.error).not.toContain('SELECT');
  });

  it('shows its title, progress note and failure in the reader’s language', async () => {
    gate = Promise.resolve();
    const id = await jobRunnerFor(t).enqueue({
      kind: 'test_job',
      title: 'HMIS CSV Import: clients-2026.zip',
      ownerId: 'USR-CM',
      organizationId: 'ORG-HHP',
      parameters: { outcome: 'crash' },
    });
    await until(
      () => job(cm, id),
      (j) => j.status === 'failed',
    );
    await t.database.db.update(jobRunTable).set({ progressNote: 'Writing 12 rows' }).where(eq(jobRunTable.id, id));
    const read = async (language: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/jobs/${id}`,
          headers: { cookie: cm, 'accept-language': language },
        })
      ).json();
    expect(await read('es')).toMatchObject({
      title: 'Importación de HMIS CSV: clients-2026.zip',
      progressNote: 'Escribiendo 12 filas',
      error:
        'La tarea se detuvo por un error inesperado. Inténtelo de nuevo o pida a su administrador de HMIS que revise el registro del servidor.',
    });
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/jobs?scope=mine',
      headers: { cookie: cm, 'accept-language': 'es' },
    });
    expect(listed.json().items.map((j: { title: string }) => j.title)).toContain(
      'Importación de HMIS CSV: clients-2026.zip',
    );
    expect(await read('en')).toMatchObject({
      title: 'HMIS CSV Import: clients-2026.zip',
      progressNote: 'Writing 12 rows',
    });
  });

  it('never shows a sealed secret among its parameters, even to its owner', async () => {
    const id = await jobRunnerFor(t).enqueue({
      kind: 'test_job',
      title: 'Test sealed',
      ownerId: 'USR-CM',
      organizationId: 'ORG-HHP',
      parameters: { outcome: 'file', sealedValidationPassword: 'ciphertext' },
    });
    const shown = (await t.as(cm).get(`/api/jobs/${id}`)).json();
    expect(shown.parameters).toEqual({ outcome: 'file' });
    const listed = (await t.as(cm).get('/api/jobs')).json();
    expect(JSON.stringify(listed)).not.toContain('ciphertext');
  });

  it('is seen only by its owner and HMIS admins', async () => {
    gate = Promise.resolve();
    const id = await start('file');
    const other = await t.login('casemanager2');
    expect((await t.as(other).get(`/api/jobs/${id}`)).statusCode).toBe(404);
    expect((await t.as(other).get('/api/jobs?scope=all')).statusCode).toBe(403);
    const done = await until(
      () => job(cm, id),
      (j) => j.status === 'done',
    );
    expect((await t.as(other).get(`/api/files/${done.fileId}/download`)).statusCode).toBe(404);
    const admin = await t.login('admin');
    expect((await t.as(admin).get(`/api/jobs/${id}`)).statusCode).toBe(200);
    expect((await t.as(admin).get('/api/jobs?scope=all')).json().total).toBeGreaterThanOrEqual(3);
  });
});

describe('Files on Server', () => {
  async function finishedFile(): Promise<{ jobId: string; fileId: string }> {
    gate = Promise.resolve();
    const jobId = await start('file');
    const done = await until(
      () => job(cm, jobId),
      (j) => j.status === 'done',
    );
    return { jobId, fileId: done.fileId };
  }

  it('deletes a file: it leaves the list and cannot be downloaded, and the job shows it gone', async () => {
    const { jobId, fileId } = await finishedFile();
    expect((await t.as(cm).delete(`/api/files/${fileId}`)).statusCode).toBe(204);
    expect((await t.as(cm).get(`/api/files/${fileId}/download`)).statusCode).toBe(404);
    expect((await t.as(cm).get('/api/files')).json().items.map((f: { id: string }) => f.id)).not.toContain(fileId);
    expect((await job(cm, jobId)).file).toMatchObject({ id: fileId, deleted: true });
  });

  it('removes files after they expire', async () => {
    const { fileId } = await finishedFile();
    expect(await removeExpiredFiles(t, new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect((await t.as(cm).get(`/api/files/${fileId}/download`)).statusCode).toBe(404);
  });
});

describe('Saved Report Settings', () => {
  it('names the current parameters, lists them, updates with the version read, and deletes them', async () => {
    const dqo = await t.login('dqo');
    const report = 'hmis_csv_export';
    const saved = await t.as(dqo).post('/api/saved-report-settings', {
      report,
      name: 'Quarterly ESG',
      parameters: { startDate: '2026-01-01', endDate: '2026-03-31', hashed: true },
    });
    expect(saved.statusCode).toBe(201);
    const id = saved.json().id;
    const dup = await t.as(dqo).post('/api/saved-report-settings', { report, name: 'quarterly esg', parameters: {} });
    expect(dup.statusCode).toBe(409);
    const list = (await t.as(dqo).get(`/api/saved-report-settings?report=${report}`)).json().items;
    expect(list).toEqual([
      expect.objectContaining({ id, name: 'Quarterly ESG', parameters: expect.objectContaining({ hashed: true }) }),
    ]);
    expect((await t.as(cm).get(`/api/saved-report-settings?report=${report}`)).json().items).toEqual([]);
    const updated = await t
      .as(dqo)
      .put(`/api/saved-report-settings/${id}`, { name: 'Q1 ESG', parameters: {}, version: 1 });
    expect(updated.json()).toMatchObject({ name: 'Q1 ESG', version: 2 });
    const stale = await t.as(dqo).put(`/api/saved-report-settings/${id}`, { name: 'Q1', parameters: {}, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect((await t.as(cm).delete(`/api/saved-report-settings/${id}`)).statusCode).toBe(404);
    expect((await t.as(dqo).delete(`/api/saved-report-settings/${id}`)).statusCode).toBe(204);
  });
});
