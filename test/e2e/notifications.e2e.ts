// Document Check and notifications: a case manager uploads and verifies a disability verification
// that another organization's user cannot find (404) and that Client Files does not list; the
// daily expiry check (scheduled every minute here) notifies; the bell shows the count, the pop-up
// snoozes and dismisses, the list filters by state and the calendar shows the due day.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfFile } from '../../src/server/document-check/test-files.ts';
import { clientBody } from '../../src/server/services/test-fixtures.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney({
  env: { HEARTH_DOCUMENT_EXPIRY_CRON: '* * * * *', HEARTH_DOCUMENT_EXPIRY_NOTICE_DAYS: '30' },
});
let cm: Page;
let client = '';
const docs: Record<string, string> = {};

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d.toLocaleDateString('en-CA');
};

const signedIn = (username: string) => journey.signedIn(username, { acceptDownloads: true });
const main = (page: Page) => page.getByRole('main');

async function addDocument(type: string, status: string, expiresOn: string, verifiedOn?: string) {
  await main(cm).getByLabel('Document type').selectOption({ label: type });
  await main(cm).getByLabel('Status').selectOption({ label: status });
  if (verifiedOn) await main(cm).getByLabel('Date verified').fill(verifiedOn);
  await main(cm).getByLabel('Expiry date').fill(expiresOn);
  await cm
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: `${type}.pdf`,
      mimeType: 'application/pdf',
      buffer: await pdfFile(`${type} for the client`),
    });
  await main(cm).getByRole('button', { name: 'Save document' }).click();
  await main(cm).getByRole('table', { name: 'Documents' }).getByRole('cell', { name: type, exact: true }).waitFor();
}

describe('Document Check', () => {
  it('a case manager uploads and verifies a disability verification', async () => {
    cm = await signedIn('casemanager');
    const created = await cm.request.post(`${journey.url}/api/clients`, {
      data: clientBody({ FirstName: 'Delphine', LastName: 'Verity' }),
    });
    expect(created.status()).toBe(201);
    client = (await created.json()).PersonalID;
    const assigned = await cm.request.post(`${journey.url}/api/case-assignments`, {
      data: { PersonalID: client, userId: 'USR-CM' },
    });
    expect(assigned.status()).toBe(201);

    await cm.goto(`${journey.url}/clients/${client}`);
    await cm.getByRole('navigation', { name: 'Client menu' }).getByRole('link', { name: 'Document Check' }).click();
    await main(cm).getByRole('heading', { name: 'Document Check' }).waitFor();
    await main(cm)
      .getByText(/Checklist: 0 of \d+ required documents ready/)
      .waitFor();

    await addDocument('Disability verification', 'Received', day(10));
    await main(cm).getByRole('button', { name: 'Verify Disability verification' }).click();
    const row = main(cm).getByRole('row').filter({ hasText: 'Disability verification' });
    await row.getByText('verified', { exact: true }).waitFor();
    await row.getByText(`${day(0)} by Casey Manager`).waitFor();

    const list = await cm.request.get(`${journey.url}/api/clients/${client}/documents`);
    for (const d of (await list.json()).items as { id: string; documentTypeName: string }[])
      docs[d.documentTypeName] = d.id;
    expect(docs['Disability verification']).toBeTruthy();
  });

  it('Client Files does not list it, and points to Document Check', async () => {
    await cm.goto(`${journey.url}/clients/${client}/files`);
    await main(cm).getByText('No files').waitFor();
    await main(cm).getByRole('alert').getByRole('link', { name: 'Document Check' }).click();
    await main(cm).getByRole('heading', { name: 'Document Check' }).waitFor();
  });

  it('another organization’s user cannot find it: 404, and nothing on the page', async () => {
    const other = await signedIn('casemanager2');
    const url = `${journey.url}/api/clients/${client}/documents`;
    const hidden = await other.request.get(`${url}/${docs['Disability verification']}`);
    const missing = await other.request.get(`${url}/no-such-document`);
    expect(hidden.status()).toBe(404);
    expect(await hidden.json()).toEqual(await missing.json());
    expect((await other.request.get(`${url}/${docs['Disability verification']}/download`)).status()).toBe(404);
    await other.goto(`${journey.url}/clients/${client}/document-check`);
    await main(other).getByText('No documents your organization can see.').waitFor();
  });
});

describe('Notifications', () => {
  it('the expiry check notifies; the bell shows the count and the pop-up opens', { timeout: 420_000 }, async () => {
    await cm.goto(`${journey.url}/clients/${client}/document-check`);
    await addDocument('Photo ID', 'Verified', day(-1), day(-40));
    await addDocument('Income verification', 'Received', day(5));
    // The check runs once a minute here; wait until all three have arrived. pg-boss looks at its
    // schedules every 30 s, so on a busy machine a due minute can be caught only on the next one.
    const deadline = Date.now() + 360_000;
    let titles: string[] = [];
    while (titles.length < 3) {
      if (Date.now() > deadline)
        throw new Error(
          `3 notifications expected, found ${JSON.stringify(titles)}; server said:\n${journey.server.output().slice(-3000)}`,
        );
      await cm.waitForTimeout(5000);
      const list = await cm.request.get(`${journey.url}/api/notifications?state=new`);
      titles = ((await list.json()).items as { title: string }[]).map((n) => n.title);
    }
    await cm.reload();
    await cm.getByRole('button', { name: 'Notifications: 3 new' }).waitFor();
    const popup = cm.getByRole('dialog', { name: 'New notifications' });
    await popup.waitFor();
    await popup.getByText(`Disability verification expires on ${day(10)} (client ${client})`).waitFor();
    await popup.getByText(`Photo ID expired on ${day(-1)} (client ${client})`).waitFor();
  });

  it('the pop-up snoozes one and dismisses the others', async () => {
    const popup = cm.getByRole('dialog', { name: 'New notifications' });
    await popup.getByRole('button', { name: /^Snooze Disability verification/ }).click();
    await cm.getByRole('menuitem', { name: 'For an hour' }).click();
    await cm.getByRole('button', { name: 'Notifications: 2 new' }).waitFor();
    await popup.getByRole('button', { name: /^Dismiss Photo ID/ }).click();
    await cm.getByRole('button', { name: 'Notifications: 1 new' }).waitFor();
    await popup.getByRole('button', { name: 'Dismiss all' }).click();
    await popup.getByText('No new notifications.').waitFor();
    await cm.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await cm.keyboard.press('Escape');
  });

  it('the list filters by state', async () => {
    await cm.goto(`${journey.url}/notifications`);
    const list = main(cm).getByRole('table', { name: 'Notifications' });
    const show = async (state: string) => {
      await main(cm).getByRole('radiogroup', { name: 'Show notifications' }).getByText(state, { exact: true }).click();
    };
    await show('Snoozed');
    await list.getByText(/Disability verification expires/).waitFor();
    expect(await list.getByRole('row').count()).toBe(1);
    await show('Dismissed');
    await list.getByText(/Photo ID expired/).waitFor();
    await list.getByText(/Income verification expires/).waitFor();
    expect(await list.getByRole('row').count()).toBe(2);
    await show('New');
    await main(cm).getByText('No notifications here.').waitFor();
    await show('All');
    await expect.poll(() => list.getByRole('row').count()).toBe(3);
  });

  it('the calendar shows it on its due day', async () => {
    await main(cm).getByRole('tab', { name: 'Calendar' }).click();
    const due = day(10);
    if (due.slice(0, 7) !== day(0).slice(0, 7)) await main(cm).locator('[data-direction="next"]').click();
    await main(cm)
      .getByRole('button', { name: `${due}: 1 notifications` })
      .click();
    await main(cm)
      .getByRole('table', { name: `Notifications on ${due}` })
      .getByText(`Disability verification expires on ${due} (client ${client})`)
      .waitFor();
  });

  it('opening a notification goes to the screen that acts on it', async () => {
    await main(cm)
      .getByRole('link', { name: /Disability verification expires/ })
      .first()
      .click();
    await cm.waitForURL(`**/clients/${client}/document-check`);
    await main(cm).getByRole('heading', { name: 'Document Check' }).waitFor();
  });
});
