import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addClient, addEnrollment } from './test-kit.ts';

let t: TestApp;
let cm: string;
const ids: Record<string, string> = {};

type Item = { PersonalID: string; FirstName: string; LastName: string; ssnDisplay: string | null } & Record<
  string,
  unknown
>;
async function search(q: string, cookie = cm, extra = '') {
  const res = await t.as(cookie).get(`/api/clients?search=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number; kind: string };
}
const names = (r: { items: Item[] }) => r.items.map((i) => `${i.FirstName} ${i.LastName}`);

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  const people = [
    ['maria', { FirstName: 'María', LastName: 'Quiñones', DOB: '1981-03-14', SSN: '123-45-6780' }],
    ['mario', { FirstName: 'Mario', LastName: 'Quinn', DOB: '1975-07-01' }],
    ['mariana', { FirstName: 'Mariana', LastName: 'Quintanilla', DOB: '1990-01-20' }],
    ['marcus', { FirstName: 'Marcus', LastName: 'Quigley' }],
    ['jonathan', { FirstName: 'Jonathan', LastName: 'Smith', DOB: '1980-05-05', SSN: '234-56-7890' }],
    ['jon', { FirstName: 'Jon', LastName: 'Smyth', DOB: '1980-06-06' }],
    ['delacruz', { FirstName: 'Ana', LastName: 'De La Cruz', DOB: '2001-11-30' }],
  ] as const;
  for (const [key, body] of people) ids[key] = (await addClient(t, cm, { White: 1, ...body })).PersonalID;
});
afterAll(() => t.close());

describe('Find Client', () => {
  it('finds everyone whose first and last names start with the seed’s 3+3 letters, and nobody else', async () => {
    const r = await search('mar qui');
    expect(new Set(names(r))).toEqual(
      new Set(['Marcus Quigley', 'María Quiñones', 'Mariana Quintanilla', 'Mario Quinn']),
    );
    expect(r.total).toBe(4);
    expect(r.kind).toBe('name');
  });

  it('ranks the exact name first, ignoring accents and case', async () => {
    expect(names(await search('maria quinones'))[0]).toBe('María Quiñones');
    expect(names(await search('MARIO QUINN'))[0]).toBe('Mario Quinn');
  });

  it('finds a full name typed with one typo, in either name', async () => {
    expect(names(await search('Maria Quinonez'))[0]).toBe('María Quiñones');
    expect(names(await search('Jonathon Smith'))[0]).toBe('Jonathan Smith');
    expect(names(await search('Jonathan Smiht'))[0]).toBe('Jonathan Smith');
  });

  it('finds sound-alike names and "Last, First"', async () => {
    expect(names(await search('John Smith'))).toEqual(['Jon Smyth']);
    expect(names(await search('Jon Smith'))).toEqual(expect.arrayContaining(['Jonathan Smith', 'Jon Smyth']));
    expect(names(await search('Quiñones, María'))[0]).toBe('María Quiñones');
    expect(names(await search('ana de la cruz'))[0]).toBe('Ana De La Cruz');
  });

  it('finds by date of birth in the forms people type', async () => {
    for (const q of ['03/14/1981', '3/14/1981', '1981-03-14', '03141981']) {
      const r = await search(q);
      expect(names(r), q).toEqual(['María Quiñones']);
    }
  });

  it('finds by full SSN or its last 4 digits, and by client ID (as a scanner types it)', async () => {
    expect(names(await search('123-45-6780'))).toEqual(['María Quiñones']);
    expect(names(await search('123456780'))).toEqual(['María Quiñones']);
    expect(names(await search('6780'))).toEqual(['María Quiñones']);
    const byId = await search(ids.jonathan as string);
    expect(byId.kind).toBe('id');
    expect(byId.items[0]?.PersonalID).toBe(ids.jonathan);
  });

  it('narrows a name search with a date of birth', async () => {
    expect(names(await search('mar qui 07/01/1975'))).toEqual(['Mario Quinn']);
  });

  it('answers an empty list when nobody matches', async () => {
    const r = await search('Zebediah Xylophone');
    expect(r).toMatchObject({ items: [], total: 0 });
  });

  it('pages results without overlap', async () => {
    const first = await search('mar qui', cm, '&limit=2&offset=0');
    const second = await search('mar qui', cm, '&limit=2&offset=2');
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(2);
    const all = [...first.items, ...second.items].map((i) => i.PersonalID);
    expect(new Set(all).size).toBe(4);
  });

  it('shows SSN as last 4 and DOB as age to a case manager, in full to a data quality officer', async () => {
    const masked = (await search('maria quinones')).items[0];
    expect(masked).toMatchObject({ ssnDisplay: '***-**-6780', DOB: null, dobDisplay: '**/**/1981' });
    expect(masked?.age).toBeGreaterThanOrEqual(44);
    const dqo = await t.login('dqo');
    const full = (await search('maria quinones', dqo)).items[0];
    expect(full).toMatchObject({ ssnDisplay: '123-45-6780', DOB: '1981-03-14', dobDisplay: '03/14/1981' });
  });

  it('shows each client’s latest enrollment', async () => {
    await addEnrollment(t.database, {
      personalId: ids.jonathan as string,
      projectId: 'PRJ-ES',
      entryDate: '2025-01-10',
      exitDate: '2025-03-01',
    });
    await addEnrollment(t.database, {
      personalId: ids.jonathan as string,
      projectId: 'PRJ-RRH',
      entryDate: '2025-04-01',
    });
    const item = (await search('jonathan smith')).items[0];
    expect(item?.latestEnrollment).toMatchObject({
      ProjectName: 'Hearth Rapid Re-Housing',
      EntryDate: '2025-04-01',
      ExitDate: null,
    });
  });

  it('records every search in the audit trail, without the search words', async () => {
    await search('mario quinn');
    const admin = await t.login('admin');
    const res = await t.as(admin).get('/api/admin/audit?action=client.search&userId=USR-CM&limit=1');
    const row = res.json().items[0];
    expect(row.detail).toMatchObject({ kind: 'name', total: 1, personalIds: [ids.mario] });
    expect(JSON.stringify(row)).not.toContain('quinn');
  });
});

describe('privacy in search', () => {
  it('never shows a victim-service provider’s clients to another organization', async () => {
    const admin = await t.login('admin');
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const hidden = await addClient(t, admin, { FirstName: 'Harriet', LastName: 'Shelterly', DOB: '1988-08-08' });
    expect(names(await search('har she', admin))).toEqual(['Harriet Shelterly']);
    expect((await search('har she')).total).toBe(0);
    expect((await search('08/08/1988')).total).toBe(0);
    expect((await t.as(cm).get(`/api/clients/${hidden.PersonalID}`)).statusCode).toBe(404);
    expect((await search(hidden.PersonalID)).total).toBe(0);
  });

  it('hides a client enrolled at a victim-service provider from other organizations', async () => {
    const client = await addClient(t, cm, { FirstName: 'Verity', LastName: 'Vance', DOB: '1970-01-01' });
    expect((await search('ver van')).total).toBe(1);
    await addEnrollment(t.database, { personalId: client.PersonalID, projectId: 'PRJ-DV', entryDate: '2025-02-02' });
    expect((await search('ver van')).total).toBe(0);
    expect((await t.as(cm).get(`/api/clients/${client.PersonalID}`)).statusCode).toBe(404);
  });

  it('keeps a client restricted to its organization out of other organizations’ search', async () => {
    const client = await addClient(t, cm, { FirstName: 'Rita', LastName: 'Restrick', restrictToOrganization: true });
    expect((await search('rit res')).total).toBe(1);
    const other = await t.login('casemanager2');
    expect((await search('rit res', other)).total).toBe(0);
    expect((await t.as(other).get(`/api/clients/${client.PersonalID}`)).statusCode).toBe(404);
  });
});
