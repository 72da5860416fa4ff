// Reports answer in the user's language: on screen (Accept-Language), in downloads (the link's
// `lang`, else Accept-Language) and in background runs (the language of whoever asked; a
// schedule's owner's chosen language). HUD labels and data stay as they are.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addPerson, addStay, readCsv, readPdfText, readXlsx } from '../reports.test-support.ts';
import { fireDueSchedules } from '../schedules/fire-due-schedules.ts';

let t: TestApp;
let admin: string;
let manager: string;
const range = 'startDate=2026-01-01&endDate=2026-01-31';

const get = (cookie: string, url: string, lang?: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) } });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  manager = await t.login('manager');
  const person = await addPerson(t.database, { first: 'Ottilie', last: 'Marchbanks', dob: '1990-01-01' });
  await addStay(t.database, { personalId: person, projectId: 'PRJ-ES', householdId: 'LANG1', entry: '2026-01-05' });
});
afterAll(() => t.close());

/** A job once it has finished (done or failed). */
const finished = (cookie: string, id: string) =>
  vi.waitFor(
    async () => {
      const job = (await t.as(cookie).get(`/api/jobs/${id}`)).json();
      if (job.status !== 'done' && job.status !== 'failed') throw new Error(`job ${id} is ${job.status}`);
      return job;
    },
    { timeout: 30_000, interval: 100 },
  );

describe('a report in Spanish', () => {
  it('on screen: column names, titles and the report’s own values, with Accept-Language: es', async () => {
    const res = await get(admin, '/api/reports/user-tracker', 'es-US,es;q=0.9,en;q=0.5');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.report).toMatchObject({ title: 'Seguimiento de usuarios', rowsTitle: 'Seguimiento de usuarios' });
    expect(body.columns.map((c: { label: string }) => c.label)).toEqual([
      'Estado',
      'ID de usuario',
      'Usuario',
      'Correo electrónico',
      'Última organización con la que inició sesión',
      'Fecha de creación del usuario',
      'Fecha del último inicio de sesión',
    ]);
    const cm2 = body.items.find((r: { username: string }) => r.username === 'casemanager2');
    expect(cm2).toMatchObject({ activeStatus: 'Activo', user: 'Jordan Rivera (casemanager2)' });
    // Column keys stay the same: the screen's sort and filters name them.
    const filtered = await get(admin, '/api/reports/user-tracker?filter=activeStatus:activo', 'es');
    expect(filtered.json().total).toBe(body.total);
  });

  it('in English without the header, and when English is preferred', async () => {
    for (const lang of [undefined, 'en-US,es;q=0.5']) {
      const body = (await get(admin, '/api/reports/user-tracker', lang)).json();
      expect(body.report.title).toBe('User Tracker');
      expect(body.columns[0].label).toBe('Active Status');
      expect(body.items[0].activeStatus).toMatch(/^(Active|Inactive)$/);
    }
  });

  it('a summary report’s counts, group heading and empty message', async () => {
    const res = await get(manager, `/api/reports/clients-in-programs?${range}`, 'es');
    expect(res.statusCode, res.body).toBe(200);
    const { summary, report } = res.json();
    expect(report.title).toBe('Clientes en programas');
    expect(summary.groupLabel).toBe('Programa');
    expect(summary.counts.map((c: { label: string }) => c.label)).toEqual([
      'Clientes',
      'Hogares',
      'Adultos',
      'Niños',
      'Edad desconocida',
      'Ingresaron en el rango',
      'Salieron en el rango',
      'Aún inscritos al final',
    ]);
    const drill = (await get(manager, `/api/reports/clients-in-programs?${range}&count=clients`, 'es')).json();
    expect(drill.columns.find((c: { key: string }) => c.key === 'HouseholdType').label).toBe('Tipo de hogar');
    expect(drill.items[0].HouseholdType).toBe('Solo adultos');
    // Filtering a translated column compares with what the user reads, not the English.
    const solo = `/api/reports/clients-in-programs?${range}&count=clients&filter=HouseholdType:solo%20adultos`;
    expect((await get(manager, solo, 'es')).json().total).toBe(drill.total);
    const english = `/api/reports/clients-in-programs?${range}&count=clients&filter=HouseholdType:adults%20only`;
    expect((await get(manager, english, 'es')).json().total).toBe(0);
    const none = (
      await get(manager, '/api/reports/clients-in-programs?startDate=1990-01-01&endDate=1990-01-31', 'es')
    ).json();
    expect(none.empty).toBe('Ningún cliente estuvo inscrito en estos programas durante el rango.');
  });

  it('the Excel download: sheets, header row, total row and lines in Spanish (the link’s lang)', async () => {
    const res = await get(manager, `/api/reports/clients-in-programs/download?format=xlsx&${range}&lang=es`);
    expect(res.statusCode, res.body).toBe(200);
    const sheets = await readXlsx(res.rawPayload);
    expect(Object.keys(sheets)).toEqual(['Resumen', 'Clientes', 'Acerca de este informe']);
    expect(sheets.Resumen?.rows[0]?.slice(0, 3)).toEqual(['Programa', 'Clientes', 'Hogares']);
    expect(sheets.Resumen?.rows.at(-1)?.[0]).toBe('Total');
    expect(sheets.Clientes?.rows[0]?.slice(0, 3)).toEqual(['ID del cliente', 'Nombre', 'Apellido']);
    expect(sheets.Clientes?.rows[1]).toContain('Solo adultos');
    const about = sheets['Acerca de este informe']?.rows.map((r) => r[0]);
    expect(about).toEqual([
      'Clientes en programas',
      'Inscritos entre el 2026-01-01 y el 2026-01-31',
      'Agrupado por: Programa',
      expect.stringMatching(/^Ejecutado por Morgan Manager el \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.$/),
    ]);
    // The audit records the report's parameters, not the language.
    const audit = (await t.as(admin).get('/api/admin/audit?action=report.downloaded')).json().items;
    expect(audit[0].detail).not.toHaveProperty('lang');
  });

  it('CSV and PDF downloads follow Accept-Language when the link has no lang', async () => {
    const csv = await get(admin, '/api/reports/user-tracker/download?format=csv', 'es');
    expect(readCsv(csv.body)[0]?.slice(0, 3)).toEqual(['Estado', 'ID de usuario', 'Nombre de usuario']);
    expect(
      readCsv(csv.body)
        .slice(1)
        .map((r) => r[0]),
    ).toContain('Activo');
    const pdf = await get(admin, '/api/reports/user-tracker/download?format=pdf', 'es');
    const text = (await readPdfText(pdf.rawPayload)).join('\n');
    expect(text).toContain('Seguimiento de usuarios');
    expect(text).toContain('Página 1 de 1');
    expect(text).toContain('Correo electrónico');
  });

  it('a background run is written in the language of the user who asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/reports/user-tracker/jobs',
      headers: { cookie: admin, 'accept-language': 'es' },
      payload: { parameters: {}, format: 'csv' },
    });
    expect(res.statusCode, res.body).toBe(202);
    const done = await finished(admin, res.json().jobId);
    expect(done.status).toBe('done');
    expect(done.title).toBe('Seguimiento de usuarios (CSV)');
    const file = await t.as(admin).get(`/api/files/${done.fileId}/download`);
    expect(readCsv(file.body)[0]?.[0]).toBe('Estado');
  });

  it('a scheduled run follows its owner’s language chosen in Settings', async () => {
    const owner = await t.login('dqo');
    expect((await t.as(owner).patch('/api/auth/settings', { language: 'es' })).statusCode).toBe(200);
    const s = (
      await t.as(owner).post('/api/report-schedules', {
        report: 'user-tracker',
        name: 'Semanal',
        parameters: {},
        format: 'csv',
        frequency: 'once',
        runAt: new Date(Date.now() + 60_000).toISOString(),
      })
    ).json();
    // The schedule ticker queues the run with no language of its own.
    expect(await fireDueSchedules(t, new Date(Date.now() + 2 * 60_000))).toBe(1);
    const listed = (await t.as(owner).get('/api/report-schedules')).json().items;
    const jobId = listed.find((x: { id: string }) => x.id === s.id).lastJob.id;
    const done = await finished(owner, jobId);
    expect(done.status, JSON.stringify(done)).toBe('done');
    expect(done.title).toBe('Seguimiento de usuarios: Semanal (programado)');
    const file = await t.as(owner).get(`/api/files/${done.fileId}/download`);
    expect(readCsv(file.body)[0]?.[0]).toBe('Estado');
  });
});

describe('the Data Explorer’s question form', () => {
  it('lists its subjects’ columns in the language asked', async () => {
    const dqo = await t.login('dqo');
    const es = (await get(dqo, '/api/data-explorer/subjects', 'es')).json();
    const clients = es.items.find((s: { id: string }) => s.id === 'clients');
    expect(clients.columns.map((c: { label: string }) => c.label)).toContain('Fecha de nacimiento');
    const en = (await get(dqo, '/api/data-explorer/subjects')).json();
    expect(en.items[0].columns[0].label).toBe('Client ID');
  });
});
