// Client Photo and Client Files: uploads as multipart/form-data through the real routes.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

const BOUNDARY = 'hearth-test-boundary';

/** A multipart/form-data body: text fields first, then the file. */
function multipart(
  fileField: string,
  filename: string,
  type: string,
  data: Buffer,
  fields: Record<string, string> = {},
) {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${filename}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  );
  return Buffer.concat(parts);
}

function upload(app: TestApp, cookie: string, url: string, body: Buffer) {
  return app.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: body,
  });
}

const red = () =>
  sharp({ create: { width: 20, height: 20, channels: 3, background: '#f00' } })
    .png()
    .toBuffer();

let t: TestApp;
let cm: string;
let personalId: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  personalId = (await t.as(cm).post('/api/clients', { FirstName: 'Fiona', LastName: 'Filer' })).json().PersonalID;
});
afterAll(() => t.close());

describe('photo', () => {
  it('refuses a file that is not an image with 415', async () => {
    const body = multipart('photo', 'notes.txt', 'text/plain', Buffer.from('not a picture at all'));
    const res = await upload(t, cm, `/api/clients/${personalId}/photo`, body);
    expect(res.statusCode).toBe(415);
    expect((await t.as(cm).get(`/api/clients/${personalId}/photo`)).statusCode).toBe(404);
  });

  it('stores a PNG and serves it back as an image', async () => {
    const res = await upload(
      t,
      cm,
      `/api/clients/${personalId}/photo`,
      multipart('photo', 'me.png', 'image/png', await red()),
    );
    expect(res.statusCode).toBe(201);
    expect((await t.as(cm).get(`/api/clients/${personalId}`)).json().hasPhoto).toBe(true);
    const photo = await t.as(cm).get(`/api/clients/${personalId}/photo?download=true`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toMatch(/^image\//);
    const meta = await sharp(photo.rawPayload).metadata();
    expect(meta.width).toBe(20);
    expect(meta.height).toBe(20);
  });

  it('refuses a photo over the size limit with 413', async () => {
    const small = await createTestApp({ config: { photoLimitBytes: 1000 } });
    try {
      const cookie = await small.login('casemanager');
      const id = (await small.as(cookie).post('/api/clients', { FirstName: 'Big', LastName: 'Picture' })).json()
        .PersonalID;
      const big = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#0f0' } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      expect(big.length).toBeGreaterThan(1000);
      const res = await upload(
        small,
        cookie,
        `/api/clients/${id}/photo`,
        multipart('photo', 'big.png', 'image/png', big),
      );
      expect(res.statusCode).toBe(413);
      expect((await small.as(cookie).get(`/api/clients/${id}`)).json().hasPhoto).toBe(false);
    } finally {
      await small.close();
    }
  });
});

describe('files', () => {
  type Listed = { id: string; name: string; version: number };
  const list = async (cookie: string) => {
    const res = await t.as(cookie).get(`/api/clients/${personalId}/files`);
    expect(res.statusCode).toBe(200);
    return res.json().items as Listed[];
  };

  it('uploads, lists, downloads the same bytes, and a delete hides the file', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 13, 10, 65, 66]);
    const res = await upload(
      t,
      cm,
      `/api/clients/${personalId}/files`,
      multipart('file', 'lease.bin', 'application/octet-stream', bytes, { name: 'Lease', category: 'Housing' }),
    );
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect((await list(cm)).map((f) => f.name)).toContain('Lease');
    const download = await t.as(cm).get(`/api/clients/${personalId}/files/${file.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    const del = await t.as(cm).delete(`/api/clients/${personalId}/files/${file.id}?version=${file.version}`);
    expect(del.statusCode).toBe(200);
    expect((await list(cm)).map((f) => f.id)).not.toContain(file.id);
    expect((await t.as(cm).get(`/api/clients/${personalId}/files/${file.id}/download`)).statusCode).toBe(404);
  });

  it('does not list a restricted file to a user of another organization', async () => {
    const body = multipart('file', 'notes.txt', 'text/plain', Buffer.from('private notes'), {
      name: 'Safety plan',
      category: 'Restricted',
    });
    expect((await upload(t, cm, `/api/clients/${personalId}/files`, body)).statusCode).toBe(201);
    const open = multipart('file', 'id.txt', 'text/plain', Buffer.from('id card'), { name: 'State ID' });
    expect((await upload(t, cm, `/api/clients/${personalId}/files`, open)).statusCode).toBe(201);
    expect((await list(cm)).map((f) => f.name)).toContain('Safety plan');
    const other = (await list(await t.login('casemanager2'))).map((f) => f.name);
    expect(other).toContain('State ID');
    expect(other).not.toContain('Safety plan');
  });
});
