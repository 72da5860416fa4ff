// Notification email through a real SMTP server started here (smtp-server on a free port).
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Received, startSmtp, waitFor } from '../../../test/support/smtp.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { appUserTable, notificationTable } from '../../db/schema/index.ts';
import { SSNDataQuality } from '../../hud/codes.ts';
import { clientBody } from '../services/test-fixtures.ts';
import { notifyUsers } from './notify-users.ts';
import { sendNotificationEmail } from './send-notification-email.ts';

let t: TestApp;
let smtp: SMTPServer;
const received: Received[] = [];
let client: string;

beforeAll(async () => {
  smtp = await startSmtp(received);
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({
    config: { smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://hearth.example.org' },
  });
  await t.database.db.update(appUserTable).set({ email: 'casey@example.org' }).where(eq(appUserTable.id, 'USR-CM'));
  await t.database.db.update(appUserTable).set({ email: 'jordan@example.org' }).where(eq(appUserTable.id, 'USR-CM2'));
  const cm = await t.login('casemanager');
  const res = await t.as(cm).post('/api/clients', {
    ...clientBody({ FirstName: 'Zebulon', LastName: 'Quarrington' }),
    SSN: '412583697',
    SSNDataQuality: SSNDataQuality.Full,
    DOB: '1977-03-14',
  });
  expect(res.statusCode, res.body).toBe(201);
  client = res.json().PersonalID;
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});

describe('notification email', () => {
  it('sends after commit: the kind, the client ID and a link, never the name, DOB or SSN', async () => {
    const [id] = await t.database.db.transaction((tx) =>
      notifyUsers(tx, {
        userIds: ['USR-CM'],
        kind: 'cas_referral',
        title: 'Zebulon Quarrington (DOB 1977-03-14) referred to PSH',
        body: 'SSN 412-58-3697 on file',
        clientId: client,
        link: `/clients/${client}`,
      }),
    );
    const mail = await waitFor(() => received.find((m) => m.to.includes('casey@example.org')));
    expect(mail.raw).toContain('Subject: Hearth: CAS: new housing referral');
    expect(mail.raw).toContain(`Client ID: ${client}`);
    expect(mail.raw).toContain(`https://hearth.example.org/notifications/${id}`);
    for (const pii of ['Zebulon', 'Quarrington', '1977', '412583697', '412-58-3697', '3697'])
      expect(mail.raw).not.toContain(pii);
    await waitFor(async () => {
      const [row] = await t.database.db
        .select()
        .from(notificationTable)
        .where(eq(notificationTable.id, id as string));
      return row?.emailState === 'sent';
    });
  });

  it('is written in the recipient’s saved language (Spanish), whatever language the sender used', async () => {
    await t.database.db
      .update(appUserTable)
      .set({ email: 'marisol@example.org', language: 'es' })
      .where(eq(appUserTable.id, 'USR-MANAGER'));
    await t.database.db.transaction((tx) =>
      notifyUsers(tx, {
        userIds: ['USR-MANAGER'],
        kind: 'document_expiring',
        title: 'Photo ID expires on 2026-12-20 (client X)',
        dueAt: new Date('2026-12-20T00:00:00'),
      }),
    );
    const mail = await waitFor(() => received.find((m) => m.to.includes('marisol@example.org')));
    // The helper decodes quoted-printable byte by byte: read those bytes back as UTF-8.
    const text = Buffer.from(mail.raw, 'latin1').toString('utf8');
    expect(text).toContain('Tiene una nueva notificación en Hearth: Verificación de documentos: documento por vencer.');
    expect(text).toContain('Vence: 2026-12-20');
    expect(text).toContain('Ábrala en Hearth: https://hearth.example.org/notifications/');
    expect(text).not.toContain('You have a new notification');
  });

  it('sends nothing for a change that rolled back, nor for a kind the user turned off', async () => {
    const jordan = await t.login('casemanager2');
    await t.as(jordan).put('/api/notifications/email-preferences', { kinds: [{ kind: 'report_ready', email: false }] });
    await t.database.db
      .transaction(async (tx) => {
        await notifyUsers(tx, { userIds: ['USR-CM2'], kind: 'cas_referral', title: 'rolled back' });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const [off] = await t.database.db.transaction((tx) =>
      notifyUsers(tx, { userIds: ['USR-CM2'], kind: 'report_ready', title: 'Report ready: APR' }),
    );
    const [on] = await t.database.db.transaction((tx) =>
      notifyUsers(tx, { userIds: ['USR-CM2'], kind: 'document_expired', title: 'Document expired' }),
    );
    await waitFor(() => received.find((m) => m.to.includes('jordan@example.org')));
    await new Promise((r) => setTimeout(r, 3000));
    const jordans = received.filter((m) => m.to.includes('jordan@example.org'));
    expect(jordans).toHaveLength(1);
    expect(jordans[0]?.raw).toContain(`/notifications/${on}`);
    const [row] = await t.database.db
      .select()
      .from(notificationTable)
      .where(eq(notificationTable.id, off as string));
    expect(row?.emailState).toBe('none');
  });

  it('logs a failed send without the address and leaves it to the retry; the last attempt marks it failed', async () => {
    const [id] = (await t.database.db.transaction((tx) =>
      notifyUsers(tx, { userIds: ['USR-CM'], kind: 'document_expiring', title: 'Expiring', clientId: client }),
    )) as [string];
    // Let the queued job send it, then make the row pending again for a send to a dead server.
    await waitFor(async () => {
      const [row] = await t.database.db.select().from(notificationTable).where(eq(notificationTable.id, id));
      return row?.emailState === 'sent';
    });
    await t.database.db.update(notificationTable).set({ emailState: 'pending' }).where(eq(notificationTable.id, id));
    const dead = { ...t, config: { ...t.config, smtpUrl: 'smtp://127.0.0.1:1' } };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const deps = { database: t.database, config: dead.config, storage: t.storage };
    await expect(sendNotificationEmail(deps, id, { retryCount: 0, retryLimit: 6 })).rejects.toThrow('not sent');
    let [row] = await t.database.db.select().from(notificationTable).where(eq(notificationTable.id, id));
    expect(row?.emailState).toBe('pending');
    await expect(sendNotificationEmail(deps, id, { retryCount: 6, retryLimit: 6 })).rejects.toThrow('not sent');
    [row] = await t.database.db.select().from(notificationTable).where(eq(notificationTable.id, id));
    expect(row?.emailState).toBe('failed');
    const logged = log.mock.calls.map((c) => c.join(' ')).join('\n');
    log.mockRestore();
    expect(logged).toContain('will retry');
    expect(logged).toContain('giving up');
    expect(logged).not.toContain('casey');
    expect(logged).not.toContain(client);
  });
});
