// Each demo role's Home on first start, for the default period (the twelve months ending today):
// tiles with numbers and charts with data drawn from the demo's recent work, not empty frames.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();

async function home(username: string): Promise<Page> {
  const page = await journey.signedIn(username, { viewport: { width: 1280, height: 900 } });
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  return page;
}

/** A chart's figure on the page, found by its title. */
const figure = (page: Page, title: string | RegExp) =>
  page.locator('figure').filter({ has: page.getByRole('heading', { name: title }) });

/** The rows of a chart's table (what screen readers read), as cell texts. */
async function chartRows(page: Page, title: string | RegExp): Promise<string[][]> {
  const rows = figure(page, title).locator('table tbody tr');
  await rows.first().waitFor({ state: 'attached' });
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** How many bars or lines the chart drew. */
const drawn = (page: Page, title: string | RegExp) =>
  figure(page, title).locator('.recharts-bar-rectangle, .recharts-line-curve').count();

const num = (s: string | undefined) => Number.parseFloat(s ?? '');

/** A Home tile (a region named by its title). */
const tile = (page: Page, title: string) => page.getByRole('region', { name: title });

/** The tile's big number, read from the sentence it starts once the tile has loaded. */
async function figureOf(page: Page, title: string, sentence: RegExp): Promise<number> {
  await tile(page, title).getByText(sentence).first().waitFor();
  return Number(((await tile(page, title).textContent()) ?? '').match(sentence)?.[1]);
}

describe('Home dashboards with the demo data', () => {
  it('case manager: caseload, readable annual-assessment badges and data to fix', async () => {
    const page = await home('casemanager');
    expect(await figureOf(page, 'My caseload', /(\d+)\s*active clients/)).toBeGreaterThan(0);
    const annual = ((await tile(page, 'Annual assessments').textContent()) ?? '').match(
      /(\d+)\s*due now, (\d+) overdue/,
    );
    expect(Number(annual?.[1])).toBeGreaterThan(0);
    expect(Number(annual?.[2])).toBeGreaterThan(0);
    // The badge says "Overdue" in a colour that differs from its background, uncut.
    const badge = page.locator('.mantine-Badge-root').filter({ hasText: 'Overdue' }).first();
    const look = await badge.evaluate((el) => {
      const label = el.querySelector('.mantine-Badge-label') as HTMLElement;
      const s = getComputedStyle(el);
      return {
        text: label.textContent,
        bg: s.backgroundColor,
        fg: getComputedStyle(label).color,
        cut: label.scrollWidth > label.clientWidth,
      };
    });
    expect(look).toMatchObject({ text: 'Overdue', cut: false });
    expect(look.fg).not.toBe(look.bg);
    expect(await figureOf(page, 'Data to fix in my clients', /(\d+)\s*problems/)).toBeGreaterThan(0);
    await expect(
      tile(page, 'Data to fix in my clients').getByRole('link', { name: 'Fix' }).count(),
    ).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('program manager: caseloads per case manager, entries and exits each month, bed utilization', async () => {
    const page = await home('manager');
    const caseloads = await chartRows(page, 'Active clients per case manager');
    expect(num(caseloads.find((r) => r[0] === 'Casey Manager')?.[1])).toBeGreaterThan(0);
    const flow = await chartRows(page, 'Entries and exits per month');
    expect(flow).toHaveLength(12);
    for (const [month, entries, exits] of flow) {
      expect(num(entries), `${month} entries`).toBeGreaterThan(0);
      expect(num(exits), `${month} exits`).toBeGreaterThan(0);
    }
    const use = await chartRows(page, 'Bed utilization by project');
    // Cells read "17% (10.2 of 60)": some month of some project has beds in use.
    expect(use.some((r) => r.some((cell) => /^[1-9]\d*% \(/.test(cell)))).toBe(true);
    for (const title of [
      'Active clients per case manager',
      'Entries and exits per month',
      'Bed utilization by project',
    ])
      await expect.poll(() => drawn(page, title), { message: title }).toBeGreaterThan(0);
    await page.context().close();
  });

  it('data quality officer: a project with clients counted and problems, timeliness and a year of trend', async () => {
    const page = await home('dqo');
    expect(await figureOf(page, 'Data quality by project', /(\d+)\s*clients counted/)).toBeGreaterThan(0);
    const totals = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Information missing' }) });
    const any = await totals
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number.parseFloat(tr.querySelectorAll('td')[3]?.textContent ?? '') || 0));
    expect(any.some((n) => n > 0)).toBe(true);
    // Each header lines up with its column: element names left, counts right (headers bottom-aligned).
    const aligned = await totals.evaluate((table) => {
      const align = (el: Element | null | undefined) => (el ? getComputedStyle(el).textAlign : 'none');
      const headers = [...table.querySelectorAll('thead th')];
      const row = table.querySelector('tbody tr');
      return headers.map((th, i) => [
        th.textContent,
        align(th),
        align(row?.children[i]),
        getComputedStyle(th).verticalAlign,
      ]);
    });
    expect(aligned).toEqual([
      ['Data element', 'left', 'left', 'bottom'],
      ['Client doesn’t know / prefers not to answer', 'right', 'right', 'bottom'],
      ['Information missing', 'right', 'right', 'bottom'],
      ['Data issues', 'right', 'right', 'bottom'],
      ['Total', 'right', 'right', 'bottom'],
      ['Issue rate', 'right', 'right', 'bottom'],
    ]);
    const timeliness = await chartRows(page, /^Days from start or exit to entry in HMIS/);
    expect(timeliness.reduce((sum, r) => sum + num(r[1]), 0)).toBeGreaterThan(0);
    const trend = await chartRows(page, 'Records with a problem, and entered late, per month');
    expect(trend).toHaveLength(12);
    for (const [month, started] of trend) expect(num(started), month).toBeGreaterThan(0);
    await expect.poll(() => drawn(page, 'Records with a problem, and entered late, per month')).toBeGreaterThan(0);
    await page.context().close();
  });

  it('HMIS admin: the demo set-up import among the jobs and the imports and exports', async () => {
    const page = await home('admin');
    const jobs = await chartRows(page, /^Jobs running and of the last/);
    expect(jobs.reduce((sum, r) => sum + num(r[1]), 0)).toBeGreaterThan(0);
    await expect.poll(() => drawn(page, /^Jobs running and of the last/)).toBeGreaterThan(0);
    await page.getByRole('link', { name: /datalab-fy2026\.zip \(demo set-up\)/ }).waitFor();
    await page.context().close();
  });
});
