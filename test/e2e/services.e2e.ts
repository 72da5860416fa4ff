import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, type Database } from '../../src/db/connect.ts';
import { addClients, daysAgo, intakeBody } from '../../src/server/services/test-fixtures.ts';
import { launchBrowser, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

// Until the clients and enrollments features land, the journeys run on a PostgreSQL database
// the test seeds directly; the server process is the real one.
const PG = process.env.TEST_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const dbName = `hearth_e2e_${randomBytes(5).toString('hex')}`;
let server: RunningServer;
let browser: Browser;
let database: Database;

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const url = new URL(PG);
  url.pathname = `/${dbName}`;
  server = await startServer({ DATABASE_URL: url.toString(), HEARTH_DEMO: 'true' });
  database = await connectPostgres(url.toString(), 2);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

/** Clients (seeded directly until the clients API is on main) enrolled through POST /api/enrollments. */
async function enrolled(page: Page, ids: string[], ProjectID: string, EntryDate = daysAgo(20)) {
  await addClients(
    database.db,
    ids.map((PersonalID, i) => ({ PersonalID, FirstName: 'Pat', LastName: `Tester ${String.fromCharCode(65 + i)}` })),
  );
  for (const PersonalID of ids) {
    const res = await page.request.post(`${server.url}/api/enrollments`, {
      data: intakeBody({ PersonalID, ProjectID, EntryDate }),
    });
    if (res.status() !== 201) throw new Error(`intake failed: ${res.status()} ${await res.text()}`);
  }
}

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, server.url, username);
  return page;
}

/** A field's label, with or without the required-field asterisk. */
const label = (text: string) => new RegExp(`^${text}( \\*)?$`);

const menu = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: label }).click();

describe('services journeys', () => {
  it('records one service on a client, and shows it on the Services page', async () => {
    const page = await as('casemanager');
    await enrolled(page, ['8000001'], 'PRJ-ES');
    await page.goto(`${server.url}/clients/8000001/services`);
    await page.getByRole('button', { name: 'Add New Service' }).click();
    const form = page.getByRole('form', { name: 'New service' });
    await form.getByLabel(label('Service')).selectOption({ label: 'Case Management Session' });
    await form.getByLabel('Service date').fill(daysAgo(1));
    await form.getByLabel('Units').fill('2');
    await form.getByLabel('Unit value').fill('12.50');
    await form.getByRole('button', { name: 'Save service' }).click();
    await page.getByText(`Recorded Case Management Session on ${daysAgo(1)}.`).waitFor();
    const row = page.getByRole('table', { name: 'Services' }).getByRole('row').nth(1);
    await expect(row.textContent()).resolves.toContain('Case Management Session');
    await expect(row.textContent()).resolves.toContain('$25.00');

    await page.getByRole('button', { name: 'Add New Service' }).click();
    await form.getByLabel(label('Service')).selectOption({ label: 'Meal' });
    await form.getByLabel('Service date').fill(daysAgo(40));
    await form.getByRole('button', { name: 'Save service' }).click();
    await form.getByText('outside the enrollment').waitFor();
    await page.context().close();
  });

  it('records Quick Services for five clients in one save', async () => {
    const five = ['8000011', '8000012', '8000013', '8000014', '8000015'];
    await addClients(database.db, [{ PersonalID: '8000016', FirstName: 'Not', LastName: 'Enrolled' }]);
    const page = await as('casemanager2');
    await enrolled(page, five, 'PRJ-NBN');
    await menu(page, 'Quick Services – Multiple Clients');
    await page.getByLabel('Project').selectOption({ label: 'Open Door Night Shelter' });
    await page.getByLabel(label('Service')).selectOption({ label: 'Bed Night' });
    await page.getByLabel('Service date').fill(daysAgo(1));
    await expect(page.getByText('If you do not see a client here').isVisible()).resolves.toBe(true);
    const table = page.getByRole('table', { name: 'Enrolled clients' });
    await table.getByText('8000015').waitFor();
    await expect(table.getByText('8000016').count()).resolves.toBe(0);
    for (const id of five) await table.getByRole('checkbox', { name: new RegExp(`\\(${id}\\)`) }).check();
    await page.getByRole('button', { name: 'Save for 5 clients' }).click();
    await page.getByText('Recorded Bed Night for 5 clients.').waitFor();
    await table.getByText('Already has this service').nth(4).waitFor();
    await expect(table.getByText('Already has this service').count()).resolves.toBe(5);
    await page.context().close();
  });

  it('posts a scanned batch once, flagging the not-enrolled and duplicate scans, even when posted twice', async () => {
    await addClients(database.db, [{ PersonalID: '8000023', FirstName: 'Walk', LastName: 'In' }]);
    const page = await as('casemanager2');
    await enrolled(page, ['8000021', '8000022'], 'PRJ-NBN');
    await menu(page, 'Batches');
    await page.getByRole('button', { name: 'Add New Batch' }).click();
    await page.getByLabel('Batch name').fill('Sunday supper');
    await page.getByLabel('Project').selectOption({ label: 'Open Door Night Shelter' });
    await page.getByLabel(label('Service')).selectOption({ label: 'Meal' });
    await page.getByLabel('Service date').fill(daysAgo(2));
    await page.getByRole('button', { name: 'Save batch' }).click();
    await page.getByRole('heading', { name: 'Sunday supper' }).waitFor();

    const scanner = page.getByLabel('Client ID');
    for (const id of ['8000021', '8000023', '8000021', '8000022']) {
      await scanner.pressSequentially(id);
      await scanner.press('Enter');
      await page.getByText(`Added ${id}:`).waitFor();
      // The scanner's next read must land in the same field.
      await expect(scanner.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    }
    await scanner.fill('9999999');
    await scanner.press('Enter');
    await page.getByText('No client has the ID 9999999').waitFor();
    const review = page.getByRole('table', { name: 'Batch Clients' });
    await expect(review.getByText('No open enrollment').count()).resolves.toBe(1);
    await expect(review.getByText('Duplicate').count()).resolves.toBe(1);
    await expect(review.getByText('Ready').count()).resolves.toBe(2);

    // A second tab holds the same batch when the first one posts.
    const second = await page.context().newPage();
    await second.goto(page.url());
    await second.getByRole('button', { name: 'Post Services' }).click();

    await page.getByRole('button', { name: 'Post Services' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Post Services' }).click();
    await page.getByText('Posted 2 services; 2 entries skipped.').waitFor();

    await second.getByRole('dialog').getByRole('button', { name: 'Post Services' }).dblclick();
    await second.getByText('This batch was already posted (2 services): nothing was recorded twice.').waitFor();

    const mine = await page.request.get(`${server.url}/api/my-services?from=${daysAgo(2)}&to=${daysAgo(2)}`);
    const items = (await mine.json()).items as { PersonalID: string; serviceName: string }[];
    expect(
      items
        .filter((s) => s.serviceName === 'Meal')
        .map((s) => s.PersonalID)
        .sort(),
    ).toEqual(['8000021', '8000022']);
    await page.context().close();
  });

  it('finds services in My Services and deletes one after confirming', async () => {
    const page = await as('casemanager');
    await enrolled(page, ['8000031'], 'PRJ-TH');
    for (const type of ['SVC-003', 'SVC-004']) {
      const res = await page.request.get(`${server.url}/api/clients/8000031/service-enrollments`);
      const [enrollment] = (await res.json()).items;
      await page.request.post(`${server.url}/api/clients/8000031/services`, {
        data: { EnrollmentID: enrollment.EnrollmentID, serviceTypeId: type, DateProvided: daysAgo(0), units: 1 },
      });
    }
    await menu(page, 'My Services');
    await page.getByLabel('Client ID').fill('8000031');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('2 services found').waitFor();
    await page.getByRole('button', { name: /^Delete Hygiene Kit/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete service record?' });
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('1 service found').waitFor();
    await expect(page.getByRole('table', { name: 'Services' }).getByText('Hygiene Kit').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps a read-only case note locked until its author unchecks Read Only', async () => {
    const page = await as('casemanager');
    await enrolled(page, ['8000041'], 'PRJ-PSH');
    await page.goto(`${server.url}/clients/8000041/case-notes`);
    await page.getByRole('button', { name: 'Add New Case Note' }).click();
    const form = page.getByRole('form', { name: 'New case note' });
    await form.getByLabel(label('Title')).fill('Lease signing');
    await form.getByLabel(label('Note')).fill('Client signed the lease today.');
    await form.getByLabel('Read Only', { exact: true }).check();
    await form.getByLabel('Default Enrollment').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add a service' }).click();
    await form.getByLabel(label('Service 1')).selectOption({ label: 'Case Management Session' });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Lease signing”.').waitFor();
    const notes = page.getByRole('table', { name: 'Case notes' });
    await notes.getByText('Read only').waitFor();
    const pdfLink = await page.getByRole('link', { name: 'Print Lease signing' }).getAttribute('href');
    const pdf = await page.request.get(`${server.url}${pdfLink}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // Another user of the organization can read it but cannot unlock it.
    const manager = await as('manager');
    await manager.goto(`${server.url}/clients/8000041/case-notes`);
    await manager.getByRole('button', { name: 'Open Lease signing' }).click();
    await expect(manager.getByLabel('Read Only', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(manager.getByText('Only its author (Casey Manager) or an HMIS admin').isVisible()).resolves.toBe(true);
    await manager.context().close();

    await page.getByRole('button', { name: 'Open Lease signing' }).click();
    const edit = page.getByRole('form', { name: 'Edit case note' });
    await expect(edit.getByLabel(label('Title')).isDisabled()).resolves.toBe(true);
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByText('This case note is read only and cannot be edited').waitFor();
    await edit.getByLabel('Read Only', { exact: true }).uncheck();
    await expect(edit.getByLabel(label('Title')).isDisabled()).resolves.toBe(false);
    await edit.getByLabel(label('Title')).fill('Lease signing (corrected)');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Lease signing (corrected)”.').waitFor();
    await notes.getByText('Lease signing (corrected)').waitFor();
    await expect(notes.getByText('Read only').count()).resolves.toBe(0);
    await page.context().close();
  });
});
