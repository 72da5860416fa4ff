import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hudSpec } from '../../src/hud/spec.generated.ts';
import { fixture, unzip, zipFiles } from '../../src/server/hmis-csv/test-support.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();

async function adminPage(): Promise<Page> {
  return journey.signedIn('admin', { acceptDownloads: true });
}

describe('HMIS CSV journeys', () => {
  it('runs a hashed export from saved settings, follows its progress and downloads the 24 FY2026 files', async () => {
    const page = await adminPage();
    await page.getByRole('tab', { name: 'Reports' }).click();
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'CSV Export FY2026' })
      .click();
    // It opens on last fiscal year, and says so.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Predefined date range' }).inputValue())
      .toBe('Last federal fiscal year');
    await page.getByLabel('Enrollments active from').fill('2015-01-01');
    await page.getByLabel('Enrollments active to').fill('2025-12-31');
    expect(await page.getByRole('combobox', { name: 'Predefined date range' }).inputValue()).toBe('Custom dates');
    await page.getByRole('checkbox', { name: 'All organizations' }).check();
    await page.getByRole('checkbox', { name: 'Hashed PII (SHA-256)' }).check();
    // The CoC code is Export.SourceID: required, and the message uses the form's words.
    await page.getByRole('button', { name: 'Run Export' }).click();
    const banner = page.getByRole('main').getByRole('alert');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Continuum of Care code: Choose the Continuum of Care code');
    expect(await banner.textContent()).not.toContain('cocCode');
    await page.getByRole('combobox', { name: 'Continuum of Care code' }).click();
    await page.getByRole('option', { name: 'TX-600' }).click();
    // Saved Report Settings: name these parameters, then bring them back on a fresh form.
    await page.getByLabel('Save settings as').fill('Hashed CoC export');
    await page.getByRole('button', { name: 'Save Settings' }).click();
    await page.getByText('Saved “Hashed CoC export”.').waitFor();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Hashed PII (SHA-256)' }).isChecked()).resolves.toBe(false);
    await page.getByRole('combobox', { name: 'Saved report settings' }).click();
    await page.getByRole('option', { name: 'Hashed CoC export' }).click();
    await expect(page.getByRole('checkbox', { name: 'Hashed PII (SHA-256)' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Enrollments active from').inputValue()).resolves.toBe('2015-01-01');
    await page.getByRole('button', { name: 'Run Export' }).click();

    await page.getByRole('heading', { name: 'Files on Server' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'CSV Export FY2026, 2015-01-01 to 2025-12-31 (hashed)' });
    await row.waitFor();
    // The row shows the job's state as it goes (queued, running with %, done) without a reload.
    const seen = new Set<string>();
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const text = (await row.textContent()) ?? '';
      for (const s of ['Queued', 'Running', 'Done', 'Failed']) if (text.includes(s)) seen.add(s);
      if (seen.has('Done') || seen.has('Failed')) break;
      await page.waitForTimeout(100);
    }
    expect([...seen]).toContain('Done');
    expect(seen.has('Failed')).toBe(false);
    // The status badge shows its whole word (not "D…"), on a desktop and on a phone.
    const badge = row.locator('.mantine-Badge-label').filter({ hasText: 'Done' });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 812 });
      await expect
        .poll(() => badge.evaluate((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth })))
        .toEqual({ text: 'Done', cut: false });
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /^Download HMIS_CSV_FY2026_2015-01-01_2025-12-31_hashed\.zip$/ }).click(),
    ]);
    const files = await unzip(readFileSync((await download.path()) ?? ''));
    expect(files.size).toBe(24);
    for (const spec of hudSpec) {
      expect(files.get(`${spec.file}.csv`)?.split('\n')[0]).toBe(spec.columns.map((c) => c.name).join(','));
    }
    const firstClient = files.get('Client.csv')?.split('\n')[1] ?? '';
    expect(firstClient.split(',')[1]).toMatch(/^"[0-9a-f]{64}"$/);
    expect(files.get('Export.csv')).toContain(',4,');
    await page.context().close();
  });

  it('opens the export form on the organization the data quality officer is working as', async () => {
    const page = await journey.signedIn('dqo');
    await page.goto(`${journey.url}/reports/hmis-csv/export`);
    const organizations = page
      .getByRole('combobox', { name: 'Organizations' })
      .locator('xpath=ancestor::div[contains(@class, "mantine-MultiSelect-input")]');
    await expect.poll(() => organizations.textContent()).toContain('Hearth Housing Partners');
  });

  it('shows the report of a broken import: nothing loaded, each problem by file, line and column', async () => {
    const files = await unzip(fixture('datalab-fy2026.zip'));
    const lines = (files.get('Enrollment.csv') ?? '').split('\n');
    lines[3] = (lines[3] ?? '').replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$1not-a-date');
    files.set('Enrollment.csv', lines.join('\n'));
    const broken = await zipFiles(files);

    const page = await adminPage();
    await page.getByRole('tab', { name: 'Admin' }).click();
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'HMIS CSV Import' })
      .click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'broken-export.zip', mimeType: 'application/zip', buffer: broken });
    await page.getByRole('button', { name: 'Import' }).click();

    await page.getByText('The job failed').waitFor({ timeout: 60_000 });
    await expect(page.getByText(/Nothing was imported/).isVisible()).resolves.toBe(true);
    const problems = page.getByRole('table', { name: 'Problems found' });
    const bad = problems.getByRole('row').filter({ hasText: 'not-a-date' });
    await bad.waitFor();
    const cells = await bad.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['High Priority', 'Enrollment.csv', '4', 'EntryDate', 'not-a-date']);
    expect(cells[5]).toContain('is not a date');
    await page.context().close();
  });
});
