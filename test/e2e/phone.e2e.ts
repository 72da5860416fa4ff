// The phone layout (375 × 812): sign in, find a client, take them through a whole intake and
// sign out, with nothing wider than the screen on the way and every control reachable.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const PHONE = { width: 375, height: 812 };
const journey = setUpJourney();
let page: Page;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA');

beforeAll(async () => {
  page = await journey.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
}, 300_000);

/** Nothing may make the page scroll sideways. */
async function fitsTheScreen(where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
}

const stepLine = () => page.getByText(/^Step \d+ of \d+/);

/** Save & continue, and wait until the compact step indicator names another step. */
async function next() {
  const before = await stepLine().textContent();
  await page.getByRole('button', { name: 'Save & continue' }).click();
  await page.waitForFunction(
    (b) =>
      [...document.querySelectorAll('*')].some(
        (e) => /^Step \d+ of \d+/.test(e.textContent ?? '') && e.children.length === 0 && e.textContent !== b,
      ),
    before,
  );
}

/** Answers every empty question on the page the way a case manager would for a single adult. */
async function answerPage() {
  // Answers can reveal or replace later questions: always take the first empty one still showing.
  for (let guard = 0; guard < 40; guard++) {
    const select = page
      .locator('select:visible')
      .filter({ has: page.locator('option[value=""]:checked') })
      .first();
    if (!(await select.count())) break;
    const label = await select.evaluate((s) => (s as HTMLSelectElement).labels?.[0]?.textContent ?? '');
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const preferred = /living situation/i.test(label) ? '116' : /Length of stay/.test(label) ? '4' : '0';
    const pick = values.includes(preferred) ? preferred : values.find((v) => v !== '');
    if (!pick) break;
    await select.selectOption(pick);
  }
  const started = page.getByLabel('Approximate date this episode of homelessness started');
  if (await started.count()) await started.fill(day(-200));
}

describe('a case manager on a phone', () => {
  it('signs in, finds a client, does a whole intake and signs out at 375 × 812', async () => {
    await page.goto(journey.url);
    await fitsTheScreen('Sign-in');
    await page.getByLabel('Username').fill('casemanager');
    await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await fitsTheScreen('Home');
    // Sign out is not in the header on a phone: it is in the menu.
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);

    const res = await page.request.post(`${journey.url}/api/clients`, {
      data: {
        FirstName: 'Marisol',
        LastName: 'Quintero',
        NameDataQuality: 1,
        SSNDataQuality: 99,
        DOB: '1985-07-02',
        DOBDataQuality: 1,
        Sex: 0,
        HispanicLatinao: 1,
        VeteranStatus: 0,
        confirmedNotDuplicate: true,
      },
    });
    expect(res.status()).toBe(201);

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find Client' }).waitFor();
    await page.getByLabel('Search clients').fill('mar qui');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('table', { name: 'Search results' });
    await results.getByText('Marisol').first().waitFor();
    await fitsTheScreen('Find Client results');

    await page.goto(`${journey.url}/intake`);
    await page.getByLabel('Find client', { exact: true }).fill('mar qui');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Choose Marisol Quintero' }).click();
    await page.getByText('Relationship to head of household: Self').waitFor();
    await fitsTheScreen('Intake: client');
    // The compact step indicator, not the whole step list, sits above the question.
    await stepLine().waitFor();
    expect(await page.getByRole('navigation', { name: 'Workflow steps' }).isVisible()).toBe(false);
    await next();
    await next();
    await page.getByLabel('Project', { exact: true }).selectOption('PRJ-RRH');
    await page.getByLabel('Project start date', { exact: true }).fill(day(-3));
    await next();
    for (
      let guard = 0;
      guard < 30 && !(await page.getByRole('button', { name: 'Finish', exact: true }).isVisible());
      guard++
    ) {
      await answerPage();
      await fitsTheScreen(`Intake: ${await stepLine().textContent()}`);
      await next();
    }
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    const household = page.getByRole('table', { name: 'Household members' });
    await household.waitFor();
    expect(await household.textContent()).toContain('Marisol Quintero');
    await fitsTheScreen('Enrollment');

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }, 600_000);
});
