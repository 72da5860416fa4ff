// On the Data Explorer a saved question is the one thing saved (docs/decisions.md): Saved Report
// Settings refuses it, and settings saved there before become their owner's private questions.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';

let t: TestApp;
let dqo: string;
beforeAll(async () => {
  t = await createTestApp();
  dqo = await t.login('dqo');
});
afterAll(() => t.close());

type Question = { id: string; name: string; mine: boolean; shared: boolean; question: Record<string, unknown> };
const mine = async () => {
  const res = await t.as(dqo).get('/api/data-explorer/questions?mine=true');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Question[] }).items;
};

describe('Data Explorer questions and Saved Report Settings', () => {
  it('refuses to save Data Explorer settings, naming the field, and saves other reports’ settings', async () => {
    const res = await t.as(dqo).post('/api/saved-report-settings', {
      report: 'data-explorer',
      name: 'Open enrollments',
      parameters: { subject: 'enrollments' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.report).toMatch(/saved with Save Question/);
    const bnl = await t.as(dqo).post('/api/saved-report-settings', {
      report: 'bnl',
      name: 'Shelter list',
      parameters: { startDate: '2026-01-01' },
    });
    expect(bnl.statusCode, bnl.body).toBe(201);
  });

  it('turns settings saved on the Data Explorer before into private questions of their owner', async () => {
    const raw = t.database.raw;
    const owner = (await raw.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'dqo'`)).rows[0]?.id;
    const insert = (id: string, name: string, parameters: unknown) =>
      raw.query(
        `INSERT INTO saved_report_setting (id, owner_id, report, name, parameters) VALUES ($1, $2, 'data-explorer', $3, $4)`,
        [id, owner, name, JSON.stringify(parameters)],
      );
    const saved = await t.as(dqo).post('/api/data-explorer/questions', {
      name: 'Stayers',
      question: { subject: 'enrollments', columns: ['PersonalID'], groupBy: [], filters: [] },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    await insert('SET-1', 'Stayers', {
      subject: 'enrollments',
      columns: ['PersonalID', 'ExitDate'],
      groupBy: ['ProjectName'],
      filters: JSON.stringify([{ column: 'ExitDate', op: 'is_empty' }]),
      organizationIds: ['ORG-HHP'],
    });
    await insert('SET-2', 'Broken filters', { subject: 'clients', columns: 'PersonalID', filters: '[{' });
    await raw.exec(
      readFileSync(
        new URL('../../../../db/migrations/0711_explorer_settings_to_questions.sql', import.meta.url),
        'utf8',
      ),
    );

    const questions = await mine();
    expect(questions.find((q) => q.id === 'SET-1')).toMatchObject({
      name: 'Stayers (saved settings)',
      shared: false,
      question: {
        subject: 'enrollments',
        columns: ['PersonalID', 'ExitDate'],
        groupBy: ['ProjectName'],
        filters: [{ column: 'ExitDate', op: 'is_empty' }],
      },
    });
    expect(questions.find((q) => q.id === 'SET-2')).toMatchObject({
      name: 'Broken filters',
      question: { subject: 'clients', columns: ['PersonalID'], groupBy: [], filters: [] },
    });
    const left = await raw.query(`SELECT 1 FROM saved_report_setting WHERE report = 'data-explorer'`);
    expect(left.rows).toHaveLength(0);
    const bnl = await t.as(dqo).get('/api/saved-report-settings?report=bnl');
    expect(bnl.json().items).toHaveLength(1);
    // The moved question runs as saved.
    const run = await t
      .as(dqo)
      .get(
        `/api/reports/data-explorer?subject=enrollments&columns=PersonalID&columns=ExitDate&groupBy=ProjectName&filters=${encodeURIComponent('[{"column":"ExitDate","op":"is_empty"}]')}`,
      );
    expect(run.statusCode, run.body).toBe(200);
  });
});
