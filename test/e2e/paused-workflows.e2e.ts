// Paused workflows do not pile up: opening Intake leaves nothing behind, a workflow already
// paused on an enrollment is offered for resuming, and Restart asks first. Each journey creates
// the client and enrollment it needs.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';
import {
  adultEntryAnswers,
  bornAgo,
  createClient,
  currentStep,
  day,
  enroll,
  findAndChoose,
} from './support/workflow.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
});

type Listed = { id: string; kind: string; PersonalID: string | null; EnrollmentID: string | null };
const pausedList = async () => (await (await page.request.get(`${journey.url}/api/workflows`)).json()) as Listed[];

async function enrolledClient(first: string) {
  const id = await createClient(page, journey.url, { FirstName: first, LastName: 'Pauls', DOB: bornAgo(38) });
  const e = await enroll(page, journey.url, {
    ProjectID: 'PRJ-RRH',
    EntryDate: day(-20),
    members: [{ PersonalID: id, RelationshipToHoH: 1, assessment: adultEntryAnswers(day(-100)) }],
  });
  return { PersonalID: id, EnrollmentID: e.EnrollmentID };
}

describe('paused workflows', () => {
  it('opening Intake and leaving without choosing anyone leaves no paused workflow', async () => {
    const before = (await pausedList()).length;
    await page.goto(`${journey.url}/intake`);
    await page.getByLabel('Find client', { exact: true }).fill('nobody here');
    await page.getByRole('tab', { name: 'Home' }).click();
    await page
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'Paused Workflows' })
      .click();
    await page.getByRole('heading', { name: 'Paused Workflows' }).waitFor();
    await page.waitForTimeout(1000);
    expect((await pausedList()).length).toBe(before);
    expect(await page.getByText('Client not chosen yet').count()).toBe(0);
  });

  it('an intake is saved as soon as the head of household is chosen, and resumes from the same address', async () => {
    await createClient(page, journey.url, { FirstName: 'Sol', LastName: 'Pauls', DOB: bornAgo(30) });
    await page.goto(`${journey.url}/intake`);
    await findAndChoose(page, 'Find client', 'sol pau', 'Sol Pauls');
    await page.waitForURL(/\/workflows\/[0-9a-f]{32}$/);
    const id = page.url().split('/').pop();
    expect((await pausedList()).find((w) => w.id === id)?.kind).toBe('intake');
    await page.reload();
    await page.getByText('Relationship to head of household: Self').waitFor();
  });

  it('starting an update on an enrollment with one paused offers to resume it, or to start over', async () => {
    const { EnrollmentID } = await enrolledClient('Tova');
    await page.goto(`${journey.url}/enrollments/${EnrollmentID}`);
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.waitForURL(/\/workflows\/[0-9a-f]{32}$/);
    const first = page.url();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('heading', { name: 'Paused Workflows' }).waitFor();

    await page.goto(`${journey.url}/enrollments/${EnrollmentID}`);
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Update/annual assessment is paused' });
    await dialog.getByText('You started this update/annual assessment before').waitFor();
    await dialog.getByRole('button', { name: 'Resume' }).click();
    await page.waitForURL(first);
    await page.getByRole('heading', { name: 'Update assessment', level: 1 }).waitFor();
    expect((await pausedList()).filter((w) => w.EnrollmentID === EnrollmentID)).toHaveLength(1);

    await page.goto(`${journey.url}/enrollments/${EnrollmentID}`);
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await page.waitForURL((u) => /\/workflows\/[0-9a-f]{32}$/.test(u.pathname) && u.toString() !== first);
    const mine = (await pausedList()).filter((w) => w.EnrollmentID === EnrollmentID);
    expect(mine).toHaveLength(1);
    expect(page.url()).toContain(mine[0]?.id);
  });

  it('Restart asks first, and Cancel leaves the paused workflow as it was', async () => {
    const { EnrollmentID } = await enrolledClient('Ulla');
    await page.goto(`${journey.url}/enrollments/${EnrollmentID}`);
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.waitForURL(/\/workflows\/[0-9a-f]{32}$/);
    await page.getByRole('button', { name: 'Save & continue' }).click();
    await expect.poll(() => currentStep(page)).not.toBe('Choose the assessment');
    await page.getByRole('button', { name: 'Pause' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Ulla Pauls' });
    await row.getByRole('button', { name: /^Restart/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restart this workflow?' });
    await dialog.getByText('Everything entered so far is cleared').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const kept = (await pausedList()).find((w) => w.EnrollmentID === EnrollmentID);
    expect(kept).toBeTruthy();
    await row.getByRole('link', { name: /^Resume/ }).click();
    await expect.poll(() => currentStep(page)).not.toBe('Choose the assessment');

    await page.goto(`${journey.url}/paused-workflows`);
    await row.getByRole('button', { name: /^Restart/ }).click();
    await dialog.getByRole('button', { name: 'Restart' }).click();
    await expect.poll(() => currentStep(page)).toBe('Choose the assessment');
  });
});
