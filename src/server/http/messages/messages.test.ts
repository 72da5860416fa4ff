// Server messages in the user's language: Spanish when Accept-Language prefers it, English otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../../test/support/test-app.ts';
import { RelationshipToHoH } from '../../../hud/codes.ts';
import { addDays } from '../../../hud/rules/dates.ts';
import { dataCollectionRules } from '../../../hud/rules/index.ts';
import { addClient, adultEntryAnswers, bornYearsAgo } from '../../enrollments/fixtures.test-support.ts';
import { hudToday } from '../ids.ts';
import { requestLanguage, translateMessage } from './localize.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const ES = { 'accept-language': 'es-US,es;q=0.9,en;q=0.8' };
type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, payload?: object, cookie?: string, lang = ES) =>
  t.app.inject({ method, url, headers: { ...lang, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });

describe('the language of a request', () => {
  it.each([
    ['es-US,es;q=0.9,en;q=0.8', 'es'],
    ['es', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.2,es;q=0.7', 'es'],
    ['es;q=0', 'en'],
    ['', 'en'],
  ])('%s → %s', (header, lng) => {
    expect(requestLanguage(header)).toBe(lng);
  });

  it('keeps an unknown message in English, and English requests unchanged', () => {
    expect(translateMessage('A message nobody translated', 'es')).toBe('A message nobody translated');
    expect(translateMessage('Client was not found', 'en')).toBe('Client was not found');
    expect(translateMessage('Client was not found', 'es')).toBe('El cliente: no se encontró');
  });

  it('prefers the most specific pattern, and translates a named prefix that is a term', () => {
    expect(translateMessage("Luis Vega's annual assessment dated 2026-01-02 was not found", 'es')).toBe(
      'No se encontró la evaluación anual de Luis Vega del 2026-01-02',
    );
    expect(translateMessage('the question: at most 500 characters', 'es')).toBe(
      'la pregunta: como máximo 500 caracteres',
    );
    expect(translateMessage('Luis Vega: Choose the type of employment', 'es')).toBe(
      'Luis Vega: Elija el tipo de empleo',
    );
  });
});

describe('error messages in Spanish', () => {
  it('sign-in: a wrong password and a missing session', async () => {
    const wrong = await call('POST', '/api/auth/login', { username: 'casemanager', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('El usuario o la contraseña no son correctos');
    const english = await call('POST', '/api/auth/login', { username: 'casemanager', password: 'nope' }, undefined, {
      'accept-language': 'en-US',
    });
    expect(english.json().error.message).toBe('Username or password is incorrect');
    const me = await call('GET', '/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().error.message).toBe('Inicie sesión para continuar');
  });

  it('schema validation names the field by its Spanish label', async () => {
    const res = await call('POST', '/api/auth/login', { username: '', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'Usuario: Falta este dato',
      fields: { username: 'Falta este dato' },
    });
  });

  it("schema validation in English says an empty field is required, not zod's string length", async () => {
    const res = await call('POST', '/api/auth/login', { username: '', password: 'x' }, undefined, {
      'accept-language': 'en-US',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      message: 'username: This is required',
      fields: { username: 'This is required' },
    });
    const long = await call('POST', '/api/auth/login', { username: 'x'.repeat(65), password: 'x' }, undefined, {
      'accept-language': 'en-US',
    });
    expect(long.json().error.fields).toEqual({ username: 'Enter at most 64 characters' });
  });

  it('client record rules: a future date of birth and an impossible SSN', async () => {
    const res = await call('POST', '/api/clients', { FirstName: 'Rosa', LastName: 'Prueba', DOB: '2999-01-01' }, cm);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.DOB).toBe('La fecha de nacimiento no puede ser futura');
    const ssn = await call(
      'POST',
      '/api/clients',
      { FirstName: 'Rosa', LastName: 'Prueba', SSN: '000123456', SSNDataQuality: 1 },
      cm,
    );
    expect(ssn.json().error.fields.SSN).toBe('Ningún número de Seguro Social empieza por 000, 666 o 9');
  });

  it('"was not found" names the record kind in Spanish', async () => {
    const res = await call('GET', '/api/clients/99999999', undefined, cm);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('El cliente: no se encontró');
  });

  it('a stale version (409) says so in Spanish', async () => {
    const created = await call(
      'POST',
      '/api/clients',
      { FirstName: 'Marta', LastName: 'Versión', DOB: '1980-02-03' },
      cm,
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().PersonalID;
    expect((await call('PATCH', `/api/clients/${id}`, { version: 1, MiddleName: 'A' }, cm)).statusCode).toBe(200);
    const stale = await call('PATCH', `/api/clients/${id}`, { version: 1, MiddleName: 'B' }, cm);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/^Este cliente: otra persona hizo cambios/);
  });

  it("an intake's missing HUD answer names the person, the element and who must answer, in Spanish", async () => {
    const adult = await addClient(t.database, { FirstName: 'Luis', LastName: 'Vega', DOB: bornYearsAgo(36) });
    const { IncomeBenefits, ...rest } = adultEntryAnswers();
    const res = await call(
      'POST',
      '/api/enrollments',
      {
        ProjectID: 'PRJ-RRH',
        EntryDate: addDays(hudToday(), -10),
        members: [
          {
            PersonalID: adult,
            RelationshipToHoH: RelationshipToHoH.Self,
            assessment: { ...rest, IncomeBenefits: { ...IncomeBenefits, IncomeFromAnySource: null } },
          },
        ],
      },
      cm,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['members.0.IncomeBenefits.IncomeFromAnySource']).toBe(
      'Luis Vega: 4.02 Ingresos y fuentes es obligatorio para los adultos y el jefe o la jefa del hogar: elija una respuesta, o El cliente no sabe / El cliente prefiere no responder / No se recopilaron datos',
    );
  });
});

describe('messages of CAS, admin, reports and jobs in Spanish', () => {
  const EN = { 'accept-language': 'en-US' };

  it('CAS: a case manager is refused the prioritization list, in Spanish or in English', async () => {
    const es = await call('GET', '/api/cas/prioritization-list', undefined, cm);
    expect(es.statusCode).toBe(403);
    expect(es.json().error.message).toBe(
      'Solo los administradores de CAS y los usuarios que priorizan pueden hacer esto',
    );
    const en = await call('GET', '/api/cas/prioritization-list', undefined, cm, EN);
    expect(en.json().error.message).toBe('Only CAS administrators and prioritizing users can do this');
  });

  it('CAS set-up: an area with no name, and a role the user lacks', async () => {
    const admin = await t.login('admin');
    const area = await call('POST', '/api/admin/cas/areas', { name: '  ' }, admin);
    expect(area.statusCode).toBe(400);
    expect(area.json().error).toMatchObject({
      message: 'Nombre: Escriba el nombre de la zona',
      fields: { name: 'Escriba el nombre de la zona' },
    });
    const refused = await call('GET', '/api/admin/cas/settings', undefined, cm);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Esto requiere el rol de administrador/a de HMIS');
    const english = await call('GET', '/api/admin/cas/settings', undefined, cm, EN);
    expect(english.json().error.message).toBe('This needs the hmis admin role');
  });

  it('admin: a taken username', async () => {
    const admin = await t.login('admin');
    const user = {
      username: 'CASEMANAGER',
      firstName: 'Ana',
      lastName: 'Ruiz',
      email: 'ana.ruiz@example.org',
      roles: ['case_manager'],
      organizationIds: ['ORG-ODO'],
      initialPassword: 'correct horse battery',
    };
    const taken = await call('POST', '/api/admin/users', user, admin);
    expect(taken.statusCode, taken.body).toBe(400);
    expect(taken.json().error.fields.username).toBe('Este nombre de usuario ya está en uso');
    const english = await call('POST', '/api/admin/users', user, admin, EN);
    expect(english.json().error.fields.username).toBe('This username is already taken');
  });

  it('reports: dates out of order and an unknown option', async () => {
    const dqo = await t.login('dqo');
    const timing = (query: string) => call('GET', `/api/reports/data-entry-timing?${query}`, undefined, dqo);
    const dates = await timing('startDate=2026-02-01&endDate=2026-01-01');
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.fields.endDate).toBe(
      'La fecha de fin es anterior a la de inicio: elija una fecha de fin igual o posterior',
    );
    const type = await timing('startDate=2026-01-01&endDate=2026-01-31&type=phone_calls');
    expect(type.statusCode).toBe(400);
    expect(type.json().error.fields.type).toMatch(/^Elija un tipo: /);
  });

  it('jobs: saved settings for Data Explorer, and a name already used', async () => {
    const dqo = await t.login('dqo');
    const explorer = await call(
      'POST',
      '/api/saved-report-settings',
      { report: 'data-explorer', name: 'Mis clientes', parameters: {} },
      dqo,
    );
    expect(explorer.statusCode).toBe(400);
    expect(Object.values(explorer.json().error.fields)).toContain(
      'Las preguntas del Explorador de datos se guardan con Guardar pregunta (y se pueden compartir)',
    );
    const setting = { report: 'hmis_csv_export', name: 'Trimestral', parameters: {} };
    expect((await call('POST', '/api/saved-report-settings', setting, dqo)).statusCode).toBe(201);
    const again = await call('POST', '/api/saved-report-settings', setting, dqo);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Ya tiene una configuración guardada llamada “Trimestral”. Elija otro nombre.',
    );
    const english = await call('POST', '/api/saved-report-settings', setting, dqo, EN);
    expect(english.json().error.message).toBe(
      'You already have saved settings named “Trimestral”. Choose another name.',
    );
  });
});

describe('a workflow page check in Spanish', () => {
  it('reports the problems Finish would refuse in Spanish, keyed as in English', async () => {
    const draft = await call('POST', '/api/workflows', { kind: 'intake' }, cm);
    expect(draft.statusCode, draft.body).toBe(201);
    const res = await call(
      'POST',
      `/api/workflows/${draft.json().id}/check`,
      {
        data: {
          input: {
            ProjectID: 'PRJ-RRH',
            EntryDate: addDays(hudToday(), -3),
            members: [
              {
                newClient: { FirstName: 'Odila', LastName: 'Revisión', DOB: bornYearsAgo(30), NameDataQuality: 1 },
                RelationshipToHoH: RelationshipToHoH.Self,
                assessment: { Enrollment: { LivingSituation: 116, LengthOfStay: 4 } },
              },
            ],
          },
        },
      },
      cm,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fields['members.0.Enrollment.DateToStreetESSH']).toBe(
      'Odila Revisión: Escriba la fecha aproximada en que empezó este episodio sin hogar',
    );
  });
});

describe('the language setting', () => {
  it('is saved on the account, shown by /api/auth/me, and back at the next sign-in', async () => {
    const user = await t.login('dqo');
    const before = await t.as(user).get('/api/auth/me');
    expect(before.json().language).toBeNull();
    const set = await t.as(user).patch('/api/auth/settings', { language: 'es' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().language).toBe('es');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dqo', password: DEMO_PASSWORD },
    });
    expect(again.json().user.language).toBe('es');
  });

  it('refuses a language Hearth does not speak, naming the field', async () => {
    const res = await t.as(cm).patch('/api/auth/settings', { language: 'fr' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['language']);
    expect((await t.as(cm).get('/api/auth/me')).json().language).toBeNull();
  });
});

describe('the catalog', () => {
  it('has a Spanish name for every HUD element a required-answer message can name', () => {
    const untranslated = dataCollectionRules
      .filter((r) => {
        const es = translateMessage(`${r.element} ${r.name} is required for adults: choose an answer`, 'es');
        return !es.endsWith('es obligatorio para los adultos: elija una respuesta') || es.includes(` ${r.name} es `);
      })
      .map((r) => `${r.element} ${r.name}`);
    expect(untranslated).toEqual([]);
  });
});
