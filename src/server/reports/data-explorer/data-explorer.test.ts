// Data Explorer: the User Tracker as a built-in question, columns and filters over a subject,
// counts per group that open onto exactly their records, saved and shared questions, runs audited,
// and never a victim-service provider's client outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addPerson, addStay, readCsv } from '../reports.test-support.ts';

let t: TestApp;
let dqo: string;
let admin: string;
const ids: Record<string, string> = {};

type Result = {
  items: Record<string, unknown>[];
  columns: { key: string; label: string }[];
  total: number;
  empty: string | null;
  summary?: { groupLabel: string; groups: { key: string; label: string; counts: Record<string, number> }[] };
};
const query = (q: Record<string, unknown>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    for (const one of Array.isArray(v) && k !== 'filters' ? v : [v])
      s.append(k, typeof one === 'string' ? one : JSON.stringify(one));
  return s.toString();
};
const run = (who: string, q: Record<string, unknown>, view = '') =>
  t.as(who).get(`/api/reports/data-explorer?${query(q)}${view}`);
const answer = async (who: string, q: Record<string, unknown>, view = '') => {
  const res = await run(who, q, view);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Result;
};
const enrollments = (extra: Record<string, unknown> = {}) => ({
  subject: 'enrollments',
  columns: ['PersonalID', 'FirstName', 'LastName', 'EntryDate', 'ExitDate'],
  organizationIds: ['ORG-HHP', 'ORG-ODO'],
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  dqo = await t.login('dqo');
  admin = await t.login('admin');
  const d = t.database;
  const person = async (key: string) => {
    ids[key] = await addPerson(d, { first: key, last: 'Explorer', dob: '1985-05-05', ssn: '123456789' });
    return ids[key] as string;
  };
  await addStay(d, { personalId: await person('psh'), projectId: 'PRJ-PSH', householdId: 'XA', entry: '2024-03-01' });
  await addStay(d, {
    personalId: await person('rrh'),
    projectId: 'PRJ-RRH',
    householdId: 'XB',
    entry: '2024-04-01',
    exit: '2024-09-30',
  });
  await addStay(d, { personalId: await person('rrh2'), projectId: 'PRJ-RRH', householdId: 'XC', entry: '2024-06-15' });
  // A victim-service provider's client: never seen outside Safe Harbor.
  await addStay(d, { personalId: await person('vsp'), projectId: 'PRJ-DV', householdId: 'XV', entry: '2024-02-01' });
});
afterAll(() => t.close());

describe('Data Explorer', () => {
  it('answers the built-in User Tracker question for a data quality officer, and not for a case manager', async () => {
    const list = await t.as(dqo).get('/api/data-explorer/questions?search=user%20tracker');
    expect(list.statusCode, list.body).toBe(200);
    const tracker = (list.json() as { items: { name: string; builtIn: boolean; question: object }[] }).items.find(
      (q) => q.name === 'User Tracker',
    );
    expect(tracker?.builtIn).toBe(true);
    const r = await answer(dqo, { ...tracker?.question, organizationIds: ['ORG-HHP'] });
    expect(r.columns.map((c) => c.label)).toEqual([
      'Active Status',
      'User ID',
      'User name',
      'Email',
      'Organization Last Logged On To',
      'User Created Date',
      'Last Login Date',
    ]);
    const users = r.items.map((i) => i.UserID).sort();
    // Users of Hearth Housing Partners: not Jordan, who works for Open Door Outreach only.
    expect(users).toEqual(['USR-ADMIN', 'USR-CM', 'USR-DQO', 'USR-MANAGER']);
    expect(r.items.find((i) => i.UserID === 'USR-DQO')?.LastLoginAt).toBeTruthy();
    const cm = await t.login('casemanager');
    expect((await run(cm, { ...tracker?.question })).statusCode).toBe(403);
    expect((await t.as(cm).get('/api/data-explorer/questions')).statusCode).toBe(403);
  });

  it('filters, shows HUD codes with their labels, and counts per group open onto exactly their records', async () => {
    const open = await answer(dqo, enrollments({ filters: [{ column: 'ExitDate', op: 'is_empty' }] }));
    const openIds = open.items.map((i) => i.PersonalID);
    expect(openIds).toEqual(expect.arrayContaining([ids.psh, ids.rrh2]));
    expect(openIds).not.toContain(ids.rrh);
    const named = await answer(
      dqo,
      enrollments({
        columns: ['PersonalID', 'ProjectType'],
        filters: [{ column: 'LastName', op: 'contains', value: 'explor' }],
      }),
    );
    expect(named.items.find((i) => i.PersonalID === ids.psh)?.ProjectType).toBe('PH - Permanent Supportive Housing');

    const grouped = enrollments({
      groupBy: ['ProjectName', 'ProjectType'],
      filters: [{ column: 'EntryDate', op: 'between', from: '2024-01-01', to: '2024-12-31' }],
    });
    const r = await answer(dqo, grouped);
    expect(r.summary?.groupLabel).toBe('Project · Project type');
    expect(r.summary?.groups.length).toBeGreaterThan(1);
    for (const g of r.summary?.groups ?? []) {
      const drill = await answer(dqo, grouped, `&group=${encodeURIComponent(g.key)}&count=records&pageSize=1000`);
      expect(drill.total, g.label).toBe(g.counts.records);
      expect(drill.items.length).toBe(g.counts.records);
    }
    const rrh = r.summary?.groups.find((g) => g.label.endsWith(' · PH - Rapid Re-Housing'));
    expect(rrh?.counts.records).toBe(2);
  });

  it('refuses a victim-service provider’s client to users outside it, HMIS admins working elsewhere included', async () => {
    const question = {
      subject: 'clients',
      columns: ['PersonalID', 'FirstName'],
      organizationIds: ['ORG-SH'],
      filters: [{ column: 'LastName', op: 'equals', value: 'Explorer' }],
    };
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
    const outside = await answer(admin, question);
    expect(outside.items).toEqual([]);
    expect(outside.empty).toMatch(/No records match/);
    for (const subject of ['enrollments', 'clients', 'assessments']) {
      const all = await answer(admin, { ...question, subject, organizationIds: ['ORG-HHP', 'ORG-SH', 'ORG-ODO'] });
      expect(
        all.items.map((i) => i.PersonalID),
        subject,
      ).not.toContain(ids.vsp);
    }
    const grouped = await answer(admin, { ...enrollments(), organizationIds: ['ORG-SH'], groupBy: ['ProjectName'] });
    expect(grouped.summary?.groups ?? []).toEqual([]);
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    const inside = await answer(admin, question);
    expect(inside.items.map((i) => i.PersonalID)).toEqual([ids.vsp]);
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
  });

  it('audits each run with the clients it showed, and Hide PII leaves names out of downloads', async () => {
    const q = enrollments({ hidePii: 'true', filters: [{ column: 'LastName', op: 'equals', value: 'Explorer' }] });
    await answer(dqo, q);
    const reads = await t.database.raw.query<{ client_id: string }>(
      `SELECT client_id FROM audit_event WHERE action = 'client.read' AND user_id = 'USR-DQO'
        AND detail->>'view' = 'report:data-explorer'`,
    );
    expect(reads.rows.map((r) => r.client_id)).toEqual(expect.arrayContaining([ids.psh, ids.rrh, ids.rrh2]));
    const res = await t.as(dqo).get(`/api/reports/data-explorer/download?${query(q)}&format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    const csv = readCsv(res.body);
    expect(csv[0]).toEqual(['Client ID', 'Project start date', 'Exit date']);
    expect(res.body).not.toContain('Explorer');
    // The runs' audit rows say which column was filtered, never the name typed.
    const runs = await t.database.raw.query<{ detail: { filters: unknown[]; subject: string } }>(
      `SELECT detail FROM audit_event WHERE action IN ('report.run', 'report.downloaded') AND user_id = 'USR-DQO'
        AND entity_id = 'data-explorer' AND detail->>'hidePii' = 'true'`,
    );
    expect(runs.rows.length).toBe(2);
    for (const r of runs.rows) {
      expect(r.detail.subject).toBe('enrollments');
      expect(r.detail.filters).toEqual([{ column: 'LastName', op: 'equals' }]);
      expect(JSON.stringify(r.detail)).not.toContain('Explorer');
    }
  });

  it('names the field at fault: dates out of order, programs and organizations outside the user’s, unknown columns', async () => {
    const fields = async (q: Record<string, unknown>) => {
      const res = await run(dqo, q);
      expect(res.statusCode, res.body).toBe(400);
      return (res.json() as { error: { fields: Record<string, string> } }).error.fields;
    };
    expect(
      await fields(
        enrollments({ filters: [{ column: 'EntryDate', op: 'between', from: '2024-05-01', to: '2024-01-01' }] }),
      ),
    ).toEqual({ 'filters.0.to': 'The last Project start date is before the first' });
    expect((await fields(enrollments({ organizationIds: ['ORG-SH'] }))).organizationIds).toMatch(/ORG-SH/);
    expect((await fields(enrollments({ organizationIds: ['ORG-HHP'], projectIds: ['PRJ-SO'] }))).projectIds).toMatch(
      /PRJ-SO is not in the chosen organizations/,
    );
    expect((await fields(enrollments({ columns: ['PersonalID', 'Password'] })))['columns.1']).toMatch(
      /“Password” is not a column of Enrollments/,
    );
    expect((await fields(enrollments({ groupBy: ['LastName'] })))['groupBy.0']).toMatch(/identifies people/);
    expect((await fields({ ...enrollments(), subject: 'secrets' })).subject).toMatch(/Choose a subject/);
    expect((await fields(enrollments({ filters: 'not json' }))).filters).toBe('Filters must be a list of filters');
    const nul = await fields(enrollments({ filters: [{ column: 'LastName', op: 'contains', value: 'a\u0000b' }] }));
    expect(nul['filters.0.value']).toMatch(/NUL/);
    // A number past any column's range finds nothing rather than failing.
    const old = await answer(dqo, {
      ...enrollments(),
      subject: 'clients',
      columns: ['PersonalID'],
      filters: [{ column: 'Age', op: 'between', min: 99999999999 }],
    });
    expect(old.items).toEqual([]);
    const none = await answer(dqo, enrollments({ filters: [{ column: 'LastName', op: 'equals', value: 'Nobody' }] }));
    expect(none.empty).toBe('No records match this question: check its filters and the organizations it includes.');
  });

  it('saves a question, shares it, and “Only show my questions” leaves others’ out', async () => {
    const question = {
      subject: 'enrollments',
      columns: ['PersonalID', 'EntryDate'],
      groupBy: ['ProjectName'],
      filters: [],
    };
    const saved = await t.as(dqo).post('/api/data-explorer/questions', { name: 'Stays per project', question });
    expect(saved.statusCode, saved.body).toBe(201);
    const q = saved.json() as { id: string; version: number };
    const names = async (who: string, mine = false) =>
      (
        (await t.as(who).get(`/api/data-explorer/questions?mine=${mine}`)).json() as {
          items: { name: string; ownerName: string | null }[];
        }
      ).items.map((i) => i.name);
    expect(await names(admin)).not.toContain('Stays per project');
    expect(await names(dqo, true)).toEqual(['Stays per project']);

    const shared = await t.as(dqo).put(`/api/data-explorer/questions/${q.id}`, {
      name: 'Stays per project',
      shared: true,
      question,
      version: q.version,
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(await names(admin)).toContain('Stays per project');
    expect(await names(admin, true)).not.toContain('Stays per project');
    // Others may use a shared question, not change or delete it; an old version is refused.
    expect((await t.as(admin).delete(`/api/data-explorer/questions/${q.id}`)).statusCode).toBe(404);
    const stale = await t.as(dqo).put(`/api/data-explorer/questions/${q.id}`, {
      name: 'Renamed',
      shared: true,
      question,
      version: q.version,
    });
    expect(stale.statusCode).toBe(409);
    const again = await t.as(dqo).post('/api/data-explorer/questions', { name: 'stays PER project', question });
    expect(again.statusCode).toBe(409);
    const bad = await t.as(dqo).post('/api/data-explorer/questions', {
      name: 'Bad',
      question: { ...question, filters: [{ column: 'EntryDate', op: 'contains', value: 'x' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { fields: Record<string, string> } }).error.fields['question.filters.0.op']).toMatch(
      /can be compared with/,
    );
    expect((await t.as(dqo).delete(`/api/data-explorer/questions/${q.id}`)).statusCode).toBe(204);
    expect(await names(dqo, true)).toEqual([]);
  });
});
