// Notifications read in the reader's language: stored as the sender wrote them, shown in Spanish
// to a request that prefers it, unchanged in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientBody, createClients } from '../services/test-fixtures.ts';
import { notifyReportReady } from './notify-report-ready.ts';
import { type NotifyInput, notifyUsers } from './notify-users.ts';

let t: TestApp;
let cm: string;
let client: string;

const notify = (input: Omit<NotifyInput, 'userIds'>) =>
  t.database.db.transaction((tx) => notifyUsers(tx, { userIds: ['USR-CM'], ...input }));
type Item = { kindLabel: string; title: string; body: string | null; clientHidden: boolean };
/** GET as the signed-in user (cookie) reading `language`, as the screens send it. */
const read = (cookie: string, url: string, language: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': language } });
const list = async (language: string, cookie = cm): Promise<Item[]> =>
  (await read(cookie, '/api/notifications', language)).json().items;

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  [client] = (await createClients(t, cm, [{ FirstName: 'Lupe', LastName: 'Idioma' }])) as [string];
  await notify({
    kind: 'document_expiring',
    title: `Photo ID expires on 2026-12-20 (client ${client})`,
    body: 'Ask the client for a current document and add it in Document Check.',
    clientId: client,
  });
  await t.database.db.transaction((tx) =>
    notifyReportReady(tx, { ownerId: 'USR-CM', jobId: 'JOB-LANG', reportTitle: 'User Tracker' }),
  );
  await notify({
    kind: 'cas_referral_result',
    title: 'Referral of Lupe Idioma to Casa Nueva: Successful referral: client accepted',
  });
  await notify({
    kind: 'cas_no_contact',
    title: 'No contact with Lupe Idioma since 2026-10-01',
    body: 'No recorded contact in the CAS enrollment for 30 days or more.',
  });
});
afterAll(() => t.close());

describe('notifications in the reader’s language', () => {
  it('shows kinds, titles and bodies in Spanish, keeping names, dates and IDs as written', async () => {
    const items = await list('es-US,es;q=0.9');
    const shown = items.map((n) => [n.kindLabel, n.title, n.body]);
    expect(shown).toContainEqual([
      'Verificación de documentos: documento por vencer',
      `Photo ID vence el 2026-12-20 (cliente ${client})`,
      'Pida al cliente un documento vigente y agréguelo en Verificación de documentos.',
    ]);
    expect(shown).toContainEqual(['Informe listo', 'Informe listo: User Tracker', null]);
    expect(shown).toContainEqual([
      'CAS: resultado del referido',
      'Referido de Lupe Idioma a Casa Nueva: Referido exitoso: el cliente aceptó',
      null,
    ]);
    expect(shown).toContainEqual([
      'CAS: sin contacto reciente',
      'Sin contacto con Lupe Idioma desde el 2026-10-01',
      'No hay contacto registrado en la inscripción de CAS desde hace 30 días o más.',
    ]);
  });

  it('leaves them as written for an English reader', async () => {
    const titles = (await list('en-US')).map((n) => n.title);
    expect(titles).toContain('Report ready: User Tracker');
    expect(titles).toContain(`Photo ID expires on 2026-12-20 (client ${client})`);
  });

  it('names a notification about a client the reader may not see in Spanish too', async () => {
    // A client another organization keeps to itself: the case manager may not see it.
    const other = await t.login('casemanager2');
    const kept = await t.as(other).post('/api/clients', {
      ...clientBody({ FirstName: 'Oculta', LastName: 'Reservada' }),
      restrictToOrganization: true,
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const keptClient = kept.json().PersonalID;
    await notify({
      kind: 'document_expired',
      title: `Photo ID expired on 2026-11-01 (client ${keptClient})`,
      clientId: keptClient,
    });
    const hidden = (await list('es')).find((n) => n.clientHidden);
    expect(hidden?.title).toBe(
      'Verificación de documentos: documento vencido (los datos del cliente no están disponibles para usted)',
    );
  });

  it('lists the email settings’ kinds in Spanish', async () => {
    const res = await read(cm, '/api/notifications/email-preferences', 'es');
    const kinds = res.json().kinds as { kind: string; label: string; description: string }[];
    expect(kinds.find((k) => k.kind === 'report_ready')).toMatchObject({
      label: 'Informe listo',
      description: 'Un informe que usted programó o ejecutó en segundo plano está listo',
    });
  });
});
