import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addClient, upload } from './test-kit.ts';

let t: TestApp;
let cm: string;
let id: string;
const png = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

beforeAll(async () => {
  t = await createTestApp({ config: { photoLimitBytes: 200_000, uploadLimitBytes: 50_000 } });
  cm = await t.login('casemanager');
  id = (await addClient(t, cm, { FirstName: 'Charlotte', LastName: 'Hale', DOB: '1975-03-03' })).PersonalID;
});
afterAll(() => t.close());

describe('client photo', () => {
  it('takes an image, re-encodes it as JPEG and serves it full size and as a thumbnail', async () => {
    const res = await upload(t, cm, `/api/clients/${id}/photo`, [
      { name: 'photo', filename: 'me.png', type: 'image/png', data: await png(1600, 900) },
    ]);
    expect(res.statusCode).toBe(201);
    const dashboard = (await t.as(cm).get(`/api/clients/${id}`)).json();
    expect(dashboard).toMatchObject({ hasPhoto: true, photoVersion: res.json().photoId });
    const full = await t.as(cm).get(`/api/clients/${id}/photo`);
    expect(full.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 675 });
    const thumb = await t.as(cm).get(`/api/clients/${id}/photo?size=thumbnail`);
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({ width: 160, height: 160 });
    const download = await t.as(cm).get(`/api/clients/${id}/photo?download=true`);
    expect(download.headers['content-disposition']).toContain('attachment');
  });

  it('answers 415 to a file that is not an image, even named .jpg, and keeps the old photo', async () => {
    const before = (await t.as(cm).get(`/api/clients/${id}`)).json().photoVersion;
    const res = await upload(t, cm, `/api/clients/${id}/photo`, [
      { name: 'photo', filename: 'me.jpg', type: 'image/jpeg', data: Buffer.from('%PDF-1.7 not a picture') },
    ]);
    expect(res.statusCode).toBe(415);
    expect((await t.as(cm).get(`/api/clients/${id}`)).json().photoVersion).toBe(before);
  });

  it('answers 413 to a photo over the size limit', async () => {
    const big = await sharp({
      create: {
        width: 1500,
        height: 1500,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(200_000);
    const res = await upload(t, cm, `/api/clients/${id}/photo`, [
      { name: 'photo', filename: 'big.png', type: 'image/png', data: big },
    ]);
    expect(res.statusCode).toBe(413);
  });

  it('removes the photo', async () => {
    expect((await t.as(cm).delete(`/api/clients/${id}/photo`)).statusCode).toBe(200);
    expect((await t.as(cm).get(`/api/clients/${id}`)).json().hasPhoto).toBe(false);
    expect((await t.as(cm).get(`/api/clients/${id}/photo`)).statusCode).toBe(404);
  });
});

describe('client files', () => {
  const file = (name: string, category: string, text: string, docName = '') =>
    upload(t, cm, `/api/clients/${id}/files`, [
      { name: 'name', value: docName },
      { name: 'category', value: category },
      { name: 'file', filename: name, type: 'text/plain', data: Buffer.from(text) },
    ]);

  it('uploads with the document name defaulting to the file name, and downloads the same bytes', async () => {
    const res = await file('birth-certificate.txt', 'Identification', 'born 1975');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'birth-certificate.txt', category: 'Identification', sizeBytes: 9 });
    const down = await t.as(cm).get(`/api/clients/${id}/files/${res.json().id}/download`);
    expect(down.body).toBe('born 1975');
    expect(down.headers['content-disposition']).toBe('attachment; filename="birth-certificate.txt"');
  });

  it('lists with sort and filter', async () => {
    await file('paystub.txt', 'Income', 'x'.repeat(500), 'March paystub');
    await file('lease.txt', 'Housing', 'lease', 'Apartment lease');
    const list = async (q: string) =>
      ((await t.as(cm).get(`/api/clients/${id}/files?${q}`)).json().items as { name: string }[]).map((f) => f.name);
    expect(await list('sort=name&order=asc')).toEqual(['Apartment lease', 'birth-certificate.txt', 'March paystub']);
    expect(await list('sort=size&order=desc')).toEqual(['March paystub', 'birth-certificate.txt', 'Apartment lease']);
    expect(await list('category=Income')).toEqual(['March paystub']);
    expect(await list('q=lease')).toEqual(['Apartment lease']);
  });

  it('shares files CoC-wide, except restricted ones, which only the uploading organization sees', async () => {
    await file('safety-plan.txt', 'Restricted', 'private', 'Safety plan');
    const other = await t.login('casemanager2');
    const theirs = (await t.as(other).get(`/api/clients/${id}/files`))
      .json()
      .items.map((f: { name: string }) => f.name);
    expect(theirs).toContain('March paystub');
    expect(theirs).not.toContain('Safety plan');
    const mine = (await t.as(cm).get(`/api/clients/${id}/files?category=Restricted`)).json().items;
    expect(mine).toEqual([expect.objectContaining({ name: 'Safety plan', restricted: true })]);
    const download = await t.as(other).get(`/api/clients/${id}/files/${mine[0].id}/download`);
    expect(download.statusCode).toBe(404);
  });

  it('answers 413 to a file over the limit and stores nothing', async () => {
    const before = (await t.as(cm).get(`/api/clients/${id}/files`)).json().items.length;
    const res = await file('scan.txt', 'Other', 'y'.repeat(60_000));
    expect(res.statusCode).toBe(413);
    expect((await t.as(cm).get(`/api/clients/${id}/files`)).json().items.length).toBe(before);
  });

  it('rejects an unknown category with a message', async () => {
    const res = await file('note.txt', 'Medical', 'x');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.category).toContain('Choose one of');
  });

  it('deletes softly with the version read: gone from the list, stale deletes refused', async () => {
    const { items } = (await t.as(cm).get(`/api/clients/${id}/files?q=lease`)).json();
    const lease = items[0];
    expect((await t.as(cm).delete(`/api/clients/${id}/files/${lease.id}?version=99`)).statusCode).toBe(409);
    expect((await t.as(cm).delete(`/api/clients/${id}/files/${lease.id}?version=${lease.version}`)).statusCode).toBe(
      200,
    );
    expect((await t.as(cm).get(`/api/clients/${id}/files?q=lease`)).json().items).toEqual([]);
    const [row] = (
      await t.database.raw.query<{ deleted: boolean }>(
        'SELECT deleted_at IS NOT NULL AS deleted FROM client_file WHERE id = $1',
        [lease.id],
      )
    ).rows;
    expect(row?.deleted).toBe(true);
  });
});

describe('interested others', () => {
  it('adds, edits against the version read, and removes', async () => {
    const base = `/api/clients/${id}/interested-others`;
    const added = await t.as(cm).post(base, {
      otherType: 'Family member',
      name: 'Ford Hale',
      relationship: 'Father',
      awareOfSituation: true,
      phone: '(214) 555-0100',
    });
    expect(added.statusCode).toBe(201);
    const other = added.json();
    const edited = await t.as(cm).put(`${base}/${other.id}`, {
      ...other,
      email: 'ford@example.org',
      version: other.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ email: 'ford@example.org', version: 2 });
    const stale = await t.as(cm).put(`${base}/${other.id}`, { ...other, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await t.as(cm).get(base)).json().items).toEqual([
      expect.objectContaining({ name: 'Ford Hale', relationship: 'Father', awareOfSituation: true }),
    ]);
    expect((await t.as(cm).delete(`${base}/${other.id}?version=2`)).statusCode).toBe(200);
    expect((await t.as(cm).get(base)).json().items).toEqual([]);
  });

  it('names what is wrong with bad contact details', async () => {
    const res = await t.as(cm).post(`/api/clients/${id}/interested-others`, {
      otherType: 'Neighbor',
      name: '',
      phone: 'call me',
      email: 'not-an-email',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['email', 'name', 'otherType', 'phone']);
  });
});

describe('client ID card', () => {
  it('prints a PDF card', async () => {
    const res = await t.as(cm).get(`/api/clients/${id}/id-card.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1000);
  });
});
