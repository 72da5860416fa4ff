// What a case manager does around an enrollment: case assignments tied to it (and moved with
// its project start date), services at exit, and re-entering an old exit through an HMIS admin.
// Each journey enrolls the household it works on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import {
  adultEntryAnswers,
  answerAndFinish,
  bornAgo,
  createClient,
  currentStep,
  day,
  enroll,
  next,
} from './support/workflow.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await signIn(page, server.url, 'casemanager');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const main = () => page.getByRole('main');
const household = () => page.getByRole('table', { name: 'Household members' });

/** One adult enrolled in rapid re-housing on `start`. */
async function enrolledAdult(first: string, start: string, project = 'PRJ-RRH') {
  const id = await createClient(page, server.url, { FirstName: first, LastName: 'Marsh', DOB: bornAgo(44) });
  const e = await enroll(page, server.url, {
    ProjectID: project,
    EntryDate: start,
    members: [{ PersonalID: id, RelationshipToHoH: 1, assessment: adultEntryAnswers(day(-400)) }],
  });
  return { PersonalID: id, EnrollmentID: e.EnrollmentID };
}

describe('case assignments and enrollments', () => {
  it('adds a case assignment tied to an enrollment, and its start follows an edited project start date', async () => {
    const start = day(-20);
    const c = await enrolledAdult('Rhea', start);
    await page.goto(`${server.url}/clients/${c.PersonalID}/case-managers`);
    await main().getByRole('heading', { name: 'Add Case Assignment' }).waitFor();
    await expect.poll(() => main().getByLabel('Enrollment').inputValue()).toBe(c.EnrollmentID);
    await main().getByLabel('Case manager', { exact: true }).fill('Morgan');
    await page.getByRole('option', { name: 'Morgan Manager' }).click();
    await main().getByLabel('Start date').fill(start);
    await main().getByRole('button', { name: 'Save' }).click();
    const morgan = main()
      .getByRole('table', { name: 'Case managers' })
      .first()
      .getByRole('row')
      .filter({ hasText: 'Morgan Manager' });
    await morgan.waitFor();
    expect(await morgan.textContent()).toContain('Hearth Rapid Re-Housing');

    // The project start date was wrong: Edit entry moves it, and the assignments with it.
    const moved = day(-15);
    await page.goto(`${server.url}/enrollments/${c.EnrollmentID}`);
    await page.getByRole('button', { name: 'Edit entry' }).click();
    await household().waitFor();
    await page.getByLabel('Project start date: Rhea Marsh').fill(moved);
    await answerAndFinish(page);
    await page.goto(`${server.url}/clients/${c.PersonalID}/case-managers`);
    for (const who of ['Morgan Manager', 'Casey Manager']) {
      const row = main()
        .getByRole('table', { name: 'Case managers' })
        .first()
        .getByRole('row')
        .filter({ hasText: who });
      await expect.poll(() => row.textContent()).toContain(moved);
    }
  });

  it('records a service provided at exit on the exit date', async () => {
    const c = await enrolledAdult('Sven', day(-30));
    await page.goto(`${server.url}/enrollments/${c.EnrollmentID}`);
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await page.getByLabel('Exit date').fill(day(-1));
    await next(page);
    expect(await currentStep(page)).toBe('Services provided at exit');
    await page.getByRole('button', { name: 'Add a service provided at exit' }).click();
    const row = page.getByRole('group', { name: 'Service at exit 1' });
    await row.getByLabel('Service', { exact: true }).selectOption({ label: 'Bus Pass' });
    await row.getByLabel(/^Units/).fill('2');
    await row.getByLabel('Unit value').fill('2.50');
    await answerAndFinish(page);
    await page.getByText(`Exited ${day(-1)}`).waitFor();
    await page.goto(`${server.url}/clients/${c.PersonalID}/services`);
    const bus = main().getByRole('row').filter({ hasText: 'Bus Pass' });
    await bus.waitFor();
    expect(await bus.textContent()).toContain(day(-1));
    expect(await bus.textContent()).toContain('$5.00');
  });
});
