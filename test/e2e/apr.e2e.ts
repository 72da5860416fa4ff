// HUD APR / CAPER journeys: CSV-APR with a password-protected validation file from the launch
// form, both files from Files on Server; the APR browser for the kit's PSH project, drilling from
// Q7a's adults to those people; a browser run saved to Files on Server and reopened with the same
// numbers, which another organization's user cannot open.
import { readFileSync } from 'node:fs';
import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../src/server/hmis-csv/test-support.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
const PASSWORD = 'Lantern-Orchard-2026';

async function userPage(username: string): Promise<Page> {
  return journey.signedIn(username, { acceptDownloads: true });
}
const adminPage = () => userPage('admin');

/** The admin's APR browser showing the kit's PSH project for the kit's year. */
async function showKitPshReport(): Promise<Page> {
  const page = await adminPage();
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page
    .getByRole('navigation', { name: 'Workspace menu' })
    .getByRole('link', { name: 'APR / CAPER FY2026' })
    .click();
  await chooseKitPsh(page);
  await page.getByRole('button', { name: 'Show report' }).click();
  await page.getByRole('heading', { name: 'Q7a. Number of Persons Served' }).waitFor({ timeout: 60_000 });
  return page;
}

/** Every table on screen: its name and every cell's text, in order. */
async function shownTables(page: Page): Promise<string[]> {
  return page
    .locator('section[aria-label]')
    .evaluateAll((tables) =>
      tables.map(
        (t) =>
          `${t.getAttribute('aria-label')}: ${[...t.querySelectorAll('td')].map((td) => td.textContent).join('|')}`,
      ),
    );
}

async function chooseKitPsh(page: Page) {
  await page.getByLabel('Start date').fill('2021-10-01');
  await page.getByLabel('End date').fill('2022-09-30');
  const organization = page.getByRole('combobox', { name: 'Organization', exact: true });
  await organization.click();
  await organization.fill('The Care');
  await page.getByRole('option', { name: 'The Care Services' }).click();
  const projects = page.getByLabel(/^Projects/).first();
  await projects.click();
  await page.getByRole('option', { name: 'DataLab - PSH CoC I (780)' }).click();
  await page.keyboard.press('Escape');
}

async function openZip(data: Buffer, password?: string) {
  const reader = new ZipReader(new BlobReader(new Blob([new Uint8Array(data)])), password ? { password } : {});
  const names: string[] = [];
  try {
    for (const e of await reader.getEntries()) {
      if (e.directory) continue;
      await e.getData(new TextWriter());
      names.push(e.filename);
    }
  } finally {
    await reader.close();
  }
  return names;
}

describe('APR and CAPER journeys', () => {
  it('runs CSV-APR with a password-protected validation file and downloads both from Files on Server', async () => {
    const page = await adminPage();
    await page.getByRole('tab', { name: 'Reports' }).click();
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'CSV-APR FY2026' })
      .click();
    await page.getByRole('heading', { name: 'CSV-APR FY2026' }).waitFor();
    await chooseKitPsh(page);
    await page.getByRole('checkbox', { name: /Generate Validation File/ }).check();
    // A weak password is refused, naming the field.
    await page.getByLabel('Validation file password').fill('short');
    await page.getByRole('button', { name: 'Run Export' }).click();
    await page
      .getByText(/at least 12 characters/)
      .first()
      .waitFor();
    await page.getByLabel('Validation file password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Run Export' }).click();

    await page.getByRole('heading', { name: 'Files on Server' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'CSV-APR FY2026, 2021-10-01 to 2022-09-30' });
    await row.getByText('Done').waitFor({ timeout: 120_000 });
    const [sage] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /^Download CSV-APR_FY2026_2021-10-01_2022-09-30\.zip$/ }).click(),
    ]);
    const files = await unzip(readFileSync((await sage.path()) ?? ''));
    expect(files.get('Q7a.csv')?.split('\n')[1]).toMatch(/^Adults,/);
    const [validation] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /validation file/i }).click(),
    ]);
    const data = readFileSync((await validation.path()) ?? '');
    await expect(openZip(data)).rejects.toThrow();
    const names = await openZip(data, PASSWORD);
    expect(names).toContain('APR_2026_Annual_Detail.csv');
    expect(names).toContain('APR_2026_Tables/Q7a.csv');
    await page.context().close();
  });

  it('opens the APR browser for the PSH project and drills from Q7a’s adults to those people', async () => {
    const page = await showKitPshReport();
    const adults = page.getByRole('button', { name: /^Q7a Adults, Total: \d+$/ });
    const count = Number(await adults.textContent());
    expect(count).toBeGreaterThan(0);
    await adults.click();
    const list = page.getByRole('table', { name: 'Clients in this cell' });
    await list.waitFor();
    await page.getByText(`${count} clients counted`).waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(count);
    await expect(list.locator('tbody tr').first().textContent()).resolves.toMatch(/Age: (1[89]|[2-9]\d)/);
    await page.keyboard.press('Escape');
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Excel' }).click(),
    ]);
    expect(excel.suggestedFilename()).toBe('APR_FY2026_2021-10-01_2022-09-30.xlsx');
    await page.context().close();
  });

  it('saves a browser run to Files on Server, reopens it with the same numbers, and hides it from another organization', async () => {
    const page = await showKitPshReport();
    const live = await shownTables(page);
    expect(live.length).toBeGreaterThan(30);
    const adultsLive = await page.getByRole('button', { name: /^Q7a Adults, Total: \d+$/ }).textContent();
    expect(Number(adultsLive)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Save to Files on Server' }).click();
    await page.getByText(/it will appear on Files on Server/).waitFor();
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'Files on Server' })
      .click();
    await page.getByRole('heading', { name: 'Files on Server' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'APR FY2026 (browser), 2021-10-01 to 2022-09-30' });
    await row.getByText('Done').waitFor({ timeout: 120_000 });
    const open = row.getByRole('link', { name: /^Open the saved run / });
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/reports\/apr\?saved=.+/);
    await open.click();

    await page.getByText('A saved run, as it was when saved.').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Q7a. Number of Persons Served' }).waitFor();
    expect(await shownTables(page)).toEqual(live);
    // Its cells drill into the saved run's clients too.
    await page.getByRole('button', { name: /^Q7a Adults, Total: \d+$/ }).click();
    await page.getByText(`${adultsLive} clients counted`).waitFor();
    await page.keyboard.press('Escape');
    await page.context().close();

    // Another organization's case manager: the saved run answers 404, as one that does not exist.
    const other = await userPage('casemanager2');
    const answered = other.waitForResponse((r) => r.url().includes('/api/reports/apr/saved/'));
    await other.goto(`${journey.url}${href}`);
    expect((await answered).status()).toBe(404);
    await other
      .getByRole('alert')
      .filter({ hasText: /not found/i })
      .waitFor();
    await expect(other.getByRole('heading', { name: 'Q7a. Number of Persons Served' }).count()).resolves.toBe(0);
    await other.context().close();
  });
});
