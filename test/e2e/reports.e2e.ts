// Reports journeys: a case manager builds a BNL with Hide PII for one program and downloads it in
// every format; a program manager runs Clients in Programs, opens a count onto its clients and
// downloads it; a data quality officer times data entry per program; a program manager finds missing
// annual assessments. Files are opened and checked (Excel filter row with exceljs, PDF text, CSV).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCsv, readPdfText, readXlsx } from '../../src/server/reports/reports.test-support.ts';
import { setUpJourney } from './support/journey.ts';
import { chooseOrganization } from './support/report-forms.ts';

const journey = setUpJourney();

async function as(username: string): Promise<Page> {
  const page = await journey.signedIn(username, { acceptDownloads: true });
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

const FY2022 = { start: '2021-10-01', end: '2022-09-30' };

/** Opens the first count of the summary that has any, checks its drill-down rows number it; returns it. */
async function openFirstCount(page: Page, summaryName: string, countLabel: string) {
  const summary = main(page).getByRole('table', { name: summaryName });
  const open = summary.getByRole('button', { name: new RegExp(`^Show the [1-9]\\d* ${countLabel}: `) }).first();
  const label = (await open.getAttribute('aria-label')) ?? '';
  const [, count, group] = label.match(/^Show the (\d+) [^:]+: (.+)$/) ?? [];
  const n = Number(count);
  await open.click();
  const drill = main(page).getByRole('table', {
    name: `${group}: ${countLabel.replace(/^./, (c) => c.toUpperCase())}`,
  });
  await drill.waitFor();
  await expect(drill.locator('tbody tr').count()).resolves.toBe(Math.min(n, 100));
  return { n, group: group ?? '' };
}

describe('Reports workspace', () => {
  it('a case manager builds a BNL of one program with Hide PII and downloads Excel, PDF and CSV', async () => {
    const page = await as('casemanager');
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'HMIS Active Client List' })
      .click();
    // The form opens on this month's dates and names them; typed dates are custom; a range fills them.
    const range = main(page).getByRole('combobox', { name: 'Predefined date range' });
    await expect.poll(() => range.inputValue()).toBe('This month');
    await main(page).getByLabel('Start date').fill(FY2022.start);
    expect(await range.inputValue()).toBe('Custom dates');
    await range.click();
    await page.getByRole('option', { name: 'Last calendar year' }).click();
    const lastYear = new Date().getFullYear() - 1;
    expect(await main(page).getByLabel('Start date').inputValue()).toBe(`${lastYear}-01-01`);
    expect(await main(page).getByLabel('End date').inputValue()).toBe(`${lastYear}-12-31`);
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

  it('a data quality officer times entries per program, opens a bucket onto its entries and downloads it', async () => {
    const page = await as('dqo');
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'HMIS Data Entry Timing' })
      .click();
    await main(page).getByLabel('Start date').fill(FY2022.start);
    await main(page).getByLabel('End date').fill(FY2022.end);
    await main(page).getByLabel('Type').selectOption({ label: 'Entries (project start)' });
    await chooseOrganization(page, 'The United Foundation');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const { n, group } = await openFirstCount(page, 'HMIS Data Entry Timing summary', 'total');

    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    const summary = xlsx.Summary;
    expect(summary?.autoFilter).toBeTruthy();
    const header = summary?.rows.find((r) => r.includes('Same day')) ?? [];
    expect(header).toEqual(
      expect.arrayContaining(['Program', 'Same day', 'Over 14 days', 'Average days', 'Median days']),
    );
    expect(summary?.rows.find((r) => r[0] === group)?.[header.indexOf('Total')]).toBe(String(n));
    expect(xlsx.Entries?.autoFilter).toMatch(/^A1:/);
    const pdf = (await readPdfText(await download(page, 'Download PDF'))).join('\n');
    expect(pdf).toContain('HMIS Data Entry Timing');
    expect(pdf).toContain(group);
    const csv = readCsv((await download(page, 'Download CSV')).toString('utf8'));
    expect(csv[0]).toContain('Days to entry');
    expect(csv.length - 1).toBe((xlsx.Entries?.rows.length ?? 0) - 1);
  });

  it('a program manager finds missing annual assessments, opens a project onto them and downloads it', async () => {
    const page = await as('manager');
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'Missing Annual Assessments' })
      .click();
    await chooseOrganization(page, 'The Humanitarian Services');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const { n, group } = await openFirstCount(page, 'Missing Annual Assessments summary', 'missing annuals');
    const drill = main(page).getByRole('table', { name: `${group}: Missing annuals` });
    const headers = await drill.locator('thead tr').first().locator('th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Anniversary', 'Window opens', 'Window closes']));

    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    expect(xlsx.Summary?.autoFilter).toBeTruthy();
    expect(xlsx.Summary?.rows.find((r) => r[0] === group)?.[1]).toBe(String(n));
    const rows = xlsx['Missing annual assessments'];
    expect(rows?.autoFilter).toMatch(/^A1:/);
    const pdf = (await readPdfText(await download(page, 'Download PDF'))).join('\n');
    expect(pdf).toContain('Missing Annual Assessments');
    const csv = readCsv((await download(page, 'Download CSV')).toString('utf8'));
    expect(csv[0]).toContain('Window closes');
    expect(csv.length).toBe(rows?.rows.length);
  });

  it('a data quality officer answers the User Tracker question in the Data Explorer for one agency', async () => {
    const page = await as('dqo');
    await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Data Explorer' }).click();
    await main(page).getByRole('checkbox', { name: 'Only show my questions' }).check();
    await main(page).getByRole('checkbox', { name: 'Only show my questions' }).uncheck();
    const questions = main(page).getByRole('combobox', { name: 'Questions' });
    await questions.fill('User Tracker');
    await page.getByRole('option', { name: 'User Tracker (built in)' }).click();
    await main(page).getByRole('heading', { name: 'Data Explorer: User Tracker' }).waitFor();
    await chooseOrganization(page, 'Hearth Housing Partners');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const table = main(page).getByRole('table', { name: 'Records' });
    await table.waitFor();
    const headers = await table.locator('thead tr').first().locator('th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Active Status', 'User ID', 'Email', 'Last Login Date']));
    await table.getByRole('cell', { name: 'Dana Quality' }).waitFor();
    const total = await table.locator('tbody tr').count();
    expect(total).toBe(4);

    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    expect(xlsx.Records?.autoFilter).toMatch(/^A1:/);
    expect(xlsx.Records?.rows[0]).toContain('Organization Last Logged On To');
    expect(xlsx.Records?.rows).toHaveLength(total + 1);
    const pdf = (await readPdfText(await download(page, 'Download PDF'))).join('\n');
    expect(pdf).toContain('Dana Quality');
    const csv = readCsv((await download(page, 'Download CSV')).toString('utf8'));
    expect(csv).toHaveLength(total + 1);
  });

  it('a data quality officer groups open enrollments per project and opens a count onto its enrollments', async () => {
    const page = await as('dqo');
    await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Data Explorer' }).click();
    await main(page).getByRole('combobox', { name: 'Questions' }).fill('Open enrollments');
    await page.getByRole('option', { name: 'Open enrollments per project (built in)' }).click();
    await main(page).getByRole('heading', { name: 'Data Explorer: Open enrollments per project' }).waitFor();
    await chooseOrganization(page, 'The Humanitarian Services');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const { n, group } = await openFirstCount(
      page,
      'Data Explorer: Open enrollments per project summary',
      'enrollments',
    );
    const xlsx = await readXlsx(await download(page, 'Download Excel'));
    expect(xlsx.Summary?.rows.find((r) => r[0] === group)?.[1]).toBe(String(n));
  });
});
