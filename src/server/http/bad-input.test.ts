// Bad input gets a 4xx naming the problem, never a 500: NUL characters anywhere, integers past
// the 32-bit columns, malformed multipart, uploads over the limit (refused while streaming).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createClients } from '../services/test-fixtures.ts';

let t: TestApp;
let admin: string;
let cm: string;
let client: string;
beforeAll(async () => {
  t = await createTestApp({ config: { uploadLimitBytes: 1024 * 1024 } });
  admin = await t.login('admin');
  cm = await t.login('casemanager');
  [client] = (await createClients(t, cm, [{}])) as [string];
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: cookie ? { cookie } : {} });

function expectField(res: { statusCode: number; json(): { error: { fields?: Record<string, string> } } }, f: string) {
  expect(res.statusCode).toBe(400);
  expect(Object.keys(res.json().error.fields ?? {})).toContain(f);
}

describe('NUL characters', () => {
  it('are refused with 400 naming the field, before sign-in too', async () => {
    expectField(await post('/api/auth/login', { username: 'ad\u0000min', password: 'whatever-it-is' }), 'username');
    expectField(await post('/api/auth/recovery/question', { username: '\u0000' }), 'username');
    expectField(
      await post('/api/auth/recovery/reset', { username: 'a', answer: 'b\u0000', newPassword: 'x' }),
      'answer',
    );
  });

  it('are refused in path parameters, query values, nested fields and keys', async () => {
    expectField(await t.as(cm).get('/api/clients/12%0034'), 'personalId');
    expectField(await t.as(cm).get('/api/clients?search=Ann%00a'), 'search');
    expectField(await t.as(cm).patch(`/api/clients/${client}`, { FirstName: 'Jo\u0000', version: 1 }), 'FirstName');
    const nested = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: '2025-09-01',
      members: [{ PersonalID: client, RelationshipToHoH: 1, assessment: { Enrollment: { 'Living\u0000': 1 } } }],
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.message).toMatch(/members\.0\.assessment\.Enrollment\.Living\\u0000/);
  });
});

describe('half characters', () => {
  it('(lone UTF-16 surrogates, which jsonb refuses) are a 400 naming the field', async () => {
    const draft = (await t.as(cm).post('/api/workflows', { kind: 'intake' })).json();
    const res = await t.as(cm).put(`/api/workflows/${draft.id}`, {
      step: 'family',
      data: { note: 'half \ud800 a character' },
      version: draft.version,
    });
    expectField(res, 'data.note');
    expect(res.json().error.message).toMatch(/not valid Unicode/);
  });
});

describe('integers', () => {
  it('past 32 bits are a 400 naming the field, in queries and bodies', async () => {
    expectField(await t.as(cm).delete('/api/case-notes/CN-1?version=2147483648'), 'version');
    expectField(await t.as(cm).patch(`/api/clients/${client}`, { FirstName: 'Jo', version: 2147483648 }), 'version');
    expectField(await t.as(cm).patch(`/api/clients/${client}`, { Sex: 2147483648, version: 1 }), 'Sex');
    expectField(await t.as(cm).get('/api/enrollments/E-1/answers?stage=99999999999'), 'stage');
  });
});

describe('multipart', () => {
  const boundary = 'b0undary';
  const multipart = (cookie: string, url: string, body: string, type = `multipart/form-data; boundary=${boundary}`) =>
    t.app.inject({ method: 'POST', url, payload: body, headers: { cookie, 'content-type': type } });
  const broken = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.zip"\r\n\r\nPK\u0003`;

  it('checks the role before reading the body: a case manager gets 403 from the admin import', async () => {
    const res = await multipart(cm, '/api/hmis-csv/imports', broken);
    expect(res.statusCode).toBe(403);
  });

  it('answers a malformed body with 400', async () => {
    for (const [url, body, type] of [
      ['/api/hmis-csv/imports', broken, undefined],
      ['/api/hmis-csv/imports', 'no boundary here', 'multipart/form-data'],
      [`/api/clients/${client}/photo`, broken, undefined],
      [
        `/api/clients/${client}/files`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc`,
        undefined,
      ],
    ] as const) {
      const res = await multipart(admin, url, body, type);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    }
  });

  it('refuses a NUL in a file name or form field, naming it', async () => {
    const body = (name: string, filename: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${name}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
    expectField(await multipart(cm, `/api/clients/${client}/files`, body('ok', 'a\u0000.txt')), 'file');
    expectField(await multipart(cm, `/api/clients/${client}/files`, body('bad\u0000', 'a.txt')), 'name');
  });
});

describe('uploads over the limit', () => {
  let base: string;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });

  /** Streams up to 1 GiB; returns the answer and how much was sent before it came (or the server hung up). */
  function send1GiB(
    path: string,
    cookie: string,
    declareLength: boolean,
  ): Promise<{ status: number; sentMiB: number }> {
    const total = 1024 ** 3;
    const head = Buffer.from(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="big.zip"\r\nContent-Type: application/zip\r\n\r\n',
    );
    const headers: Record<string, string> = { cookie, 'content-type': 'multipart/form-data; boundary=b' };
    if (declareLength) headers['content-length'] = String(total + head.length);
    return new Promise((resolve) => {
      let sent = 0;
      let status = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        req.destroy();
        resolve({ status, sentMiB: Math.round(sent / 1024 ** 2) });
      };
      const req = http.request(`${base}${path}`, { method: 'POST', headers });
      req.on('response', (res) => {
        status = res.statusCode ?? 0;
        res.resume();
        res.on('end', finish);
      });
      req.on('error', finish);
      req.on('close', finish);
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      const pump = () => {
        while (!done && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!done) req.end();
      };
      req.write(head);
      pump();
    });
  }

  it('answers 413 early instead of reading a 1 GiB body whole', async () => {
    for (const path of [`/api/clients/${client}/files`, '/api/hmis-csv/imports']) {
      for (const declared of [true, false]) {
        const { status, sentMiB } = await send1GiB(path, admin, declared);
        console.log(`${path} (${declared ? 'Content-Length' : 'chunked'}): ${status}, ${sentMiB} MiB sent of 1024`);
        expect(status).toBe(413);
        expect(sentMiB).toBeLessThan(64);
      }
    }
  });
});
