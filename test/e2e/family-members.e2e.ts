// Adding a brand-new family member to a household already enrolled: create-after-search inside
// Edit entry, and Quick Add Family Member on the head of household's dashboard. Each journey
// enrolls the household it works on.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';
import { adultEntryAnswers, answerAndFinish, bornAgo, createClient, day, enroll, select } from './support/workflow.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
});

const label = (l: string) => new RegExp(`^${l}( \\*)?$`);
const form = () => page.getByLabel('Add a new client');
const household = () => page.getByRole('table', { name: 'Household members' });

/** A mother enrolled alone in rapid re-housing; returns her IDs. */
async function motherEnrolled(first: string, last: string) {
  const id = await createClient(page, journey.url, { FirstName: first, LastName: last, DOB: bornAgo(31) });
  const e = await enroll(page, journey.url, {
    ProjectID: 'PRJ-RRH',
    EntryDate: day(-30),
    members: [{ PersonalID: id, RelationshipToHoH: 1, assessment: adultEntryAnswers(day(-90)) }],
  });
  return { PersonalID: id, EnrollmentID: e.EnrollmentID };
}

async function fillNewClient(first: string, last: string, dob: string) {
  await form().getByLabel(label('First name')).fill(first);
  await form().getByLabel(label('Last name')).fill(last);
  await form().getByLabel(label('Name data quality')).selectOption({ label: 'Full name reported' });
  await form().getByLabel(label('SSN data quality')).selectOption({ label: 'Data not collected' });
  await form().getByLabel(label('Date of birth')).fill(dob);
  await form().getByLabel(label('DOB data quality')).selectOption({ label: 'Full DOB reported' });
  await form().getByLabel(label('Sex')).selectOption({ label: 'Male' });
  await form().getByRole('checkbox', { name: 'White' }).check();
}

describe('new family members', () => {
  it('adds a baby not yet in HMIS inside Edit entry: search, then add, then enroll', async () => {
    const mom = await motherEnrolled('Nadia', 'Fenwick');
    await page.goto(`${journey.url}/enrollments/${mom.EnrollmentID}`);
    await page.getByRole('button', { name: 'Edit entry' }).click();
    await page.getByLabel('Find family member', { exact: true }).waitFor();
    expect(await household().getByRole('columnheader').allTextContents()).toEqual([
      'Name',
      'Relationship to head of household',
      'Project start date',
      'Case manager (people joining)',
    ]);
    await page.getByLabel('Find family member', { exact: true }).fill('oti fen');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No records found.').waitFor();
    await page.getByRole('button', { name: 'Not found: add a new client' }).click();
    await fillNewClient('Otis', 'Fenwick', day(-90));
    await form().getByRole('button', { name: 'Add to household' }).click();
    await household().getByText('Otis Fenwick is not already in HMIS').waitFor();
    await select(page, 'Relationship to head of household: Otis Fenwick', '2');
    await answerAndFinish(page);
    const row = household().getByRole('row').filter({ hasText: 'Otis Fenwick' });
    expect(await row.textContent()).toContain('Child');
    expect(await row.textContent()).toContain(day(0));
  });

  it('Quick Add Family Member on the head of household’s dashboard, then into the enrollment', async () => {
    const mom = await motherEnrolled('Petra', 'Fenwick');
    await page.goto(`${journey.url}/clients/${mom.PersonalID}`);
    await page.getByRole('link', { name: 'Quick Add Family Member' }).click();
    await page.getByRole('heading', { name: 'Quick Add Family Member' }).waitFor();
    await page.getByLabel('Find family member', { exact: true }).fill('qui fen');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No records found.').waitFor();
    await page.getByRole('button', { name: 'Not found: add a new client' }).click();
    await fillNewClient('Quinn', 'Fenwick', bornAgo(33));
    await form().getByRole('button', { name: 'Save family member' }).click();
    await page.getByText(/Quinn Fenwick \(client ID \d+\) is in HMIS/).waitFor();
    await page.getByRole('button', { name: 'Add Quinn Fenwick to the Hearth Rapid Re-Housing enrollment' }).click();
    await household().waitFor();
    await select(page, 'Relationship to head of household: Quinn Fenwick', '3');
    await answerAndFinish(page);
    const row = household().getByRole('row').filter({ hasText: 'Quinn Fenwick' });
    expect(await row.textContent()).toContain('Spouse or partner');
  });
});
