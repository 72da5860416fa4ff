// The daily Document Check expiry check: what it marks expired, whom it tells, and that running
// it again (a second app server, a restart) tells nobody twice.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, clientDocumentTable, notificationTable } from '../../db/schema/index.ts';
import { type Part, upload } from '../clients/test-kit.ts';
import { createClients, daysAgo } from '../services/test-fixtures.ts';
import { checkDocumentExpiry } from './check-document-expiry.ts';
import { pdfFile } from './test-files.ts';

let t: TestApp;
let cm: string;
let admin: string;
let client: string;
const inDays = (n: number) => daysAgo(-n);

async function addDoc(cookie: string, type: string, verifiedOn: string, expiresOn: string): Promise<string> {
  const parts: Part[] = [
    { name: 'documentTypeId', value: type },
    { name: 'status', value: 'verified' },
    { name: 'verifiedOn', value: verifiedOn },
    { name: 'expiresOn', value: expiresOn },
    { name: 'file', filename: 'doc.pdf', type: 'application/pdf', data: await pdfFile('document') },
  ];
  const res = await upload(t, cookie, `/api/clients/${client}/documents`, parts);
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json().id;
}

const notificationsOf = (userId: string) =>
  t.database.db.select().from(notificationTable).where(eq(notificationTable.userId, userId));

beforeAll(async () => {
  t = await createTestApp({ config: { documentExpiryNoticeDays: 30 } });
  [cm, admin] = (await Promise.all(['casemanager', 'admin'].map((u) => t.login(u)))) as [string, string];
  [client] = (await createClients(t, cm, [{ FirstName: 'Ezra', LastName: 'Expiring' }])) as [string];
  const res = await t.as(cm).post('/api/case-assignments', { PersonalID: client, userId: 'USR-CM' });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t.close());

describe('document expiry check', () => {
  it('tells the case manager N days ahead and when expired, marks expired ones, and never twice', async () => {
    const soon = await addDoc(cm, 'DOC-INCOME', daysAgo(100), inDays(10));
    const gone = await addDoc(cm, 'DOC-PHOTO-ID', daysAgo(400), daysAgo(2));
    await addDoc(cm, 'DOC-HOMELESS', daysAgo(5), inDays(90));

    const first = await checkDocumentExpiry({ database: t.database, config: t.config, storage: t.storage });
    expect(first).toMatchObject({ markedExpired: 1, notified: 2 });
    const mine = await notificationsOf('USR-CM');
    const expiring = mine.find((n) => n.kind === 'document_expiring');
    const expired = mine.find((n) => n.kind === 'document_expired');
    expect(expiring).toMatchObject({
      title: `Income verification expires on ${inDays(10)} (client ${client})`,
      link: `/clients/${client}/document-check`,
      personalId: client,
      organizationId: 'ORG-HHP',
    });
    expect(expiring?.dueAt?.getDate()).toBe(new Date(`${inDays(10)}T00:00:00`).getDate());
    expect(expired?.title).toContain('Photo ID expired');
    expect(mine).toHaveLength(2);
    const [goneRow] = await t.database.db.select().from(clientDocumentTable).where(eq(clientDocumentTable.id, gone));
    expect(goneRow?.status).toBe('expired');

    const again = await checkDocumentExpiry({ database: t.database, config: t.config, storage: t.storage });
    expect(again).toMatchObject({ markedExpired: 0, notified: 0 });
    expect(await notificationsOf('USR-CM')).toHaveLength(2);

    // A new expiry date is a new event: the renewed document is noticed again when it nears.
    await t.database.db
      .update(clientDocumentTable)
      .set({ expiresOn: inDays(5) })
      .where(eq(clientDocumentTable.id, soon));
    expect((await checkDocumentExpiry({ database: t.database, config: t.config, storage: t.storage })).notified).toBe(
      1,
    );
    const runs = await t.database.db
      .select()
      .from(auditEventTable)
      .where(eq(auditEventTable.action, 'document_check.expiry_checked'));
    expect(runs).toHaveLength(3);
  });

  it('does not tell case managers elsewhere about a victim-service provider’s document', async () => {
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    const vspDoc = await addDoc(admin, 'DOC-DD214', daysAgo(10), inDays(3));
    await checkDocumentExpiry({ database: t.database, config: t.config, storage: t.storage });
    const about = await t.database.db
      .select()
      .from(notificationTable)
      .where(and(eq(notificationTable.dedupeKey, `document_expiring:${vspDoc}:${inDays(3)}`)));
    // No active case manager there: the adder (working as the provider) hears of it, nobody else.
    expect(about.map((n) => [n.userId, n.organizationId])).toEqual([['USR-ADMIN', 'ORG-SH']]);
  });

  it('is a scheduled task with the configured cron', async () => {
    const rows = await t.database.raw.query<{ name: string; cron: string }>(
      'SELECT name, cron FROM pgboss.schedule WHERE name = $1',
      ['document-expiry-check'],
    );
    expect(rows.rows).toEqual([{ name: 'document-expiry-check', cron: t.config.documentExpiryCron }]);
  });
});
