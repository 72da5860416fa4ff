// What a case manager does around an enrollment: case assignments tied to it (and moved with
// its project start date), services at exit, and re-entering an old exit through an HMIS admin.
// Each journey enrolls the household it works on.
import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Destination } from '../../src/hud/codes.ts';
import { setUpJourney } from './support/journey.ts';
import {
  adultEntryAnswers,
  answerAndFinish,
  apiPost,
  bornAgo,
  createClient,
  currentStep,
  day,
  enroll,
  next,
} from './support/workflow.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
});

const main = () => page.getByRole('main');
const household = () => page.getByRole('table', { name: 'Household members' });

/** One adult enrolled in rapid re-housing on `start`. */
async function enrolledAdult(first: string, start: string, project = 'PRJ-RRH') {
  const id = await createClient(page, journey.url, { FirstName: first, LastName: 'Marsh', DOB: bornAgo(44) });
  const e = await enroll(page, journey.url, {
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
    await page.goto(`${journey.url}/clients/${c.PersonalID}/case-managers`);
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
    await page.goto(`${journey.url}/enrollments/${c.EnrollmentID}`);
    await page.getByRole('button', { name: 'Edit entry' }).click();
    await household().waitFor();
    await page.getByLabel('Project start date: Rhea Marsh').fill(moved);
    await answerAndFinish(page);
    await page.goto(`${journey.url}/clients/${c.PersonalID}/case-managers`);
    for (const who of ['Morgan Manager', 'Casey Manager']) {
      const row = main()
        .getByRole('table', { name: 'Case managers' })
        .first()
        .getByRole('row')
        .filter({ hasText: who });
      await expect.poll(() => row.textContent()).toContain(moved);
    }

    // Ending an assignment asks first.
    const active = main().getByRole('table', { name: 'Case managers' }).first();
    await active.getByRole('button', { name: 'End assignment of Morgan Manager' }).click();
    const ask = page.getByRole('dialog', { name: "End Morgan Manager's assignment?" });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await active.getByRole('row').filter({ hasText: 'Morgan Manager' }).count()).toBe(1);
    await active.getByRole('button', { name: 'End assignment of Morgan Manager' }).click();
    await ask.getByRole('button', { name: 'End assignment' }).click();
    await active.getByRole('row').filter({ hasText: 'Morgan Manager' }).waitFor({ state: 'detached' });
  });

  it('records a service provided at exit on the exit date', async () => {
    const c = await enrolledAdult('Sven', day(-30));
    await page.goto(`${journey.url}/enrollments/${c.EnrollmentID}`);
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await page.getByLabel('Exit date').fill(day(-1));
    // A workflow is a Clients page: the header says so.
    expect(await page.getByRole('tab', { name: 'Clients', selected: true }).count()).toBe(1);
    await next(page);
    expect(await currentStep(page)).toBe('Services provided at exit');
    await page.getByRole('button', { name: 'Add a service provided at exit' }).click();
    const row = page.getByRole('group', { name: 'Service at exit 1' });
    await row.getByLabel('Service', { exact: true }).selectOption({ label: 'Bus Pass' });
    await row.getByLabel(/^Units/).fill('2');
    await row.getByLabel('Unit value').fill('2.50');
    const missing: string[] = [];
    const watch = (r: Response) => {
      if (r.status() === 404) missing.push(r.url());
    };
    page.on('response', watch);
    await answerAndFinish(page);
    await page.getByText(`Exited ${day(-1)}`).waitFor();
    page.off('response', watch);
    // Finishing does not ask for the finished draft again (it used to log a 404).
    expect(missing).toEqual([]);
    await page.goto(`${journey.url}/clients/${c.PersonalID}/services`);
    const bus = main().getByRole('row').filter({ hasText: 'Bus Pass' });
    await bus.waitFor();
    expect(await bus.textContent()).toContain(day(-1));
    expect(await bus.textContent()).toContain('$5.00');
  });

  it('tells a case manager why an old exit cannot be re-entered, and the HMIS admin re-enters it on request', async () => {
    const c = await enrolledAdult('Ines', day(-300));
    const stay = await (await page.request.get(`${journey.url}/api/enrollments/${c.EnrollmentID}`)).json();
    await apiPost(page, journey.url, `/api/enrollments/${c.EnrollmentID}/exit`, {
      ExitDate: day(-120),
      members: [
        {
          EnrollmentID: c.EnrollmentID,
          version: stay.members[0].version,
          Destination: Destination.NoExitInterviewCompleted,
          assessment: { Exit: {} },
        },
      ],
    });
    await page.goto(`${journey.url}/enrollments/${c.EnrollmentID}`);
    const why = main().getByRole('alert').filter({ hasText: 'Re-entering this enrollment needs an HMIS admin' });
    await why.waitFor();
    expect(await page.getByRole('tab', { name: 'Clients', selected: true }).count()).toBe(1);
    expect(await why.textContent()).toContain(`The exit (${day(-120)}) is 120 days old`);
    expect(await main().getByRole('button', { name: 'Re-enter the enrollment' }).count()).toBe(0);
    await why.getByRole('button', { name: 'Ask an HMIS admin to re-enter it' }).click();
    await page.getByRole('button', { name: 'Send request' }).click();
    expect(await page.getByRole('dialog').getByRole('alert').textContent()).toMatch(/Say why/);
    await page.getByLabel('Why should the enrollment be re-entered?').fill('Exited the wrong client');
    await page.getByRole('button', { name: 'Send request' }).click();
    await why.getByText(/Re-entry requested on .*: an HMIS admin will act on it/).waitFor();

    const admin = await journey.signedIn('admin');
    await admin.goto(`${journey.url}/admin/reentry-requests`);
    const row = admin.getByRole('row').filter({ hasText: 'Exited the wrong client' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ines Marsh');
    await row.getByRole('button', { name: 'Re-enter' }).click();
    await row.waitFor({ state: 'detached' });
    await admin.close();

    await page.reload();
    await main().getByText('Enrolled', { exact: true }).first().waitFor();
    expect(await why.count()).toBe(0);
  });
});
