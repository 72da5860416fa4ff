// Reports journeys: a case manager builds a BNL with Hide PII for one program and downloads it in
// every format; a program manager runs Clients in Programs, opens a count onto its clients and
// downloads it. Files are opened and checked (Excel filter row with exceljs, PDF text, CSV).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readPdfText, readXlsx } from '../../src/server/reports/reports.test-support.ts';
import { launchBrowser, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, server.url, username);
  await page.getByRole('tab', { name: 'Reports' }).click();
  return page;
}
const main = (page: Page) => page.getByRole('main');

async function download(page: Page, label: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    main(page).getByRole('link', { name: label }).click(),
  ]);
  return readFileSync(await file.path());
}

/** Replaces the organization chosen by default with `name`. */
async function chooseOrganization(page: Page, name: string) {
  const orgs = main(page).getByLabel('Organization', { exact: true });
  await orgs.click();
  await orgs.press('Backspace');
  await orgs.fill(name.slice(0, 8));
  await page.getByRole('option', { name }).click();
  await page.keyboard.press('Escape');
}

const FY2022 = { start: '2021-10-01', end: '2022-09-30' };

describe('Reports workspace', () => {
  it('a case manager builds a BNL of one program with Hide PII and downloads Excel, PDF and CSV', async () => {
    const page = await as('casemanager');
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'HMIS Active Client List' })
      .click();
    await main(page).getByLabel('Start date').fill(FY2022.start);
    await main(page).getByLabel('End date').fill(FY2022.end);
    await main(page).getByLabel('Report Type').selectOption({ label: 'Active at any point' });
    await main(page).getByLabel('Active Client Method').selectOption({ label: 'Entry/Exit Dates' });
    await chooseOrganization(page, 'The Humanitarian Services');
    await main(page).getByRole('checkbox', { name: 'Filter by Programs' }).check();
    const programs = main(page).getByLabel('Programs', { exact: true });
    await programs.click();
    await page.getByRole('option', { name: 'DataLab - ES-EE ESG I' }).click();
    await page.keyboard.press('Escape');
    await main(page).getByRole('checkbox', { name: 'Include Heads of Households Only' }).check();
    await main(page)
      .getByRole('checkbox', { name: /^Hide PII/ })
      .check();
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const table = main(page).getByRole('table', { name: 'Active clients' });
    await table.waitFor();
    const status = await main(page).getByRole('status').textContent();
    const total = Number(status?.match(/^(\d+) rows?/)?.[1]);
    expect(total).toBeGreaterThan(0);
    await expect(table.locator('tbody tr').count()).resolves.toBe(Math.min(total, 100));
    const headers = await table.locator('thead tr').first().locator('th').allTextContents();
    expect(headers).toContain('MoveInDate');
    expect(headers).not.toContain('FirstName');
    await main(page).getByText('Hide PII: names, dates of birth and SSNs are left out.').waitFor();

    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    const sheet = xlsx['Active clients'];
    expect(sheet?.autoFilter).toMatch(/^A1:[A-Z]+1$/);
    expect(sheet?.rows[0]).toContain('MoveInDate');
    expect(sheet?.rows[0]).not.toContain('DOB');
    expect(sheet?.rows).toHaveLength(total + 1);
    const pdf = (await readPdfText(await download(page, 'Download PDF'))).join('\n');
    expect(pdf).toContain('HMIS Active Client List');
    expect(pdf).not.toContain('FirstName');
    const csv = readCsv((await download(page, 'Download CSV')).toString('utf8'));
    expect(csv[0]).not.toContain('SSN');
    expect(csv).toHaveLength(total + 1);
  });

  it('a program manager opens a Clients in Programs count onto exactly its clients and downloads it', async () => {
    const page = await as('manager');
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'Clients in Programs' })
      .click();
    await main(page).getByLabel('Start date').fill(FY2022.start);
    await main(page).getByLabel('End date').fill(FY2022.end);
    await main(page).getByLabel('Run Report By').selectOption({ label: 'Program' });
    await chooseOrganization(page, 'The United Foundation');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const summary = main(page).getByRole('table', { name: 'Clients in Programs summary' });
    const open = summary.getByRole('button', { name: /^Show the \d+ clients: DataLab - TH CoC$/ });
    const n = Number((await open.getAttribute('aria-label'))?.match(/the (\d+) clients/)?.[1]);
    expect(n).toBeGreaterThan(0);
    await open.click();
    const drill = main(page).getByRole('table', { name: 'DataLab - TH CoC: Clients' });
    await drill.waitFor();
    await expect(drill.locator('tbody tr').count()).resolves.toBe(Math.min(n, 100));

    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    expect(xlsx.Summary?.autoFilter).toBeTruthy();
    expect(xlsx.Summary?.rows.find((r) => r[0] === 'DataLab - TH CoC')?.[1]).toBe(String(n));
    expect(xlsx.Clients?.autoFilter).toMatch(/^A1:/);
    const pdf = (await readPdfText(await download(page, 'Download PDF'))).join('\n');
    expect(pdf).toContain('DataLab - TH CoC');
    const csv = readCsv((await download(page, 'Download CSV')).toString('utf8'));
    expect(csv.length - 1).toBe(xlsx.Clients?.rows.length ? xlsx.Clients.rows.length - 1 : -1);
  });
});
