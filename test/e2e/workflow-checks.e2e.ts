// Workflow rules are checked on the page where they are answered (by the rules Finish applies),
// each message is shown once, and a message goes as soon as the answer is corrected. Each
// journey creates the clients and enrollments it needs.
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
  errorBeside,
  findAndChoose,
  heading,
  next,
  problem,
  refusedNext,
  select,
  steps,
} from './support/workflow.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
  page.on('dialog', (d) => d.accept());
});

const count = async (text: string | RegExp) => problem(page).getByText(text).count();

/** A one-person household enrolled a year ago in rapid re-housing; opens its enrollment page. */
async function householdEnrolledAYearAgo(first: string, last: string) {
  const id = await createClient(page, journey.url, { FirstName: first, LastName: last, DOB: bornAgo(41) });
  const e = await enroll(page, journey.url, {
    ProjectID: 'PRJ-RRH',
    EntryDate: day(-365),
    members: [{ PersonalID: id, RelationshipToHoH: 1, assessment: adultEntryAnswers(day(-500)) }],
  });
  await page.goto(`${journey.url}/enrollments/${e.EnrollmentID}`);
  await page.getByRole('table', { name: 'Household members' }).waitFor();
}

describe('rules checked where they are answered', () => {
  it('refuses a minor head of household on the enrollment page, once, and lets the household be fixed', async () => {
    await createClient(page, journey.url, { FirstName: 'Tamsin', LastName: 'Yarrow', DOB: bornAgo(11) });
    await createClient(page, journey.url, { FirstName: 'Greta', LastName: 'Yarrow', DOB: bornAgo(36) });
    await page.goto(`${journey.url}/intake`);
    await findAndChoose(page, 'Find client', 'tam yar', 'Tamsin Yarrow');
    await next(page);
    await findAndChoose(page, 'Find family member', 'gre yar', 'Greta Yarrow');
    await select(page, 'Relationship to head of household: Greta Yarrow', '4');
    // The column header names the select: its own label is for screen readers only, not repeated.
    const label = await page
      .getByText('Relationship to head of household: Greta Yarrow', { exact: true })
      .boundingBox();
    expect(label?.height ?? 0).toBeLessThanOrEqual(1);
    await next(page);
    await select(page, 'Project', 'PRJ-ES');
    const text = await refusedNext(page);
    expect(text).toMatch(/Tamsin Yarrow is 11 on the project start date .*a minor can be head of household only/);
    // Said once, and nothing about answers that only follow from who heads the household.
    expect(await count(/a minor can be head of household/)).toBe(1);
    expect(text).not.toMatch(/required/);

    await problem(page)
      .getByText(/a minor can be head of household/)
      .click();
    await expect.poll(() => currentStep(page)).toBe('Family members');
    await select(page, 'Relationship to head of household: Tamsin Yarrow', '2');
    await select(page, 'Relationship to head of household: Greta Yarrow', '1');
    await next(page);
    await next(page);
    // Greta's pages now come first: she heads the household.
    expect(await steps(page).textContent()).toMatch(/Greta Yarrow[\s\S]*Tamsin Yarrow/);
    expect(await page.getByLabel('Household member').textContent()).toContain('Greta Yarrow');
  });

  it('refuses an annual dated outside its window on the first page, and the message goes once the date is fixed', async () => {
    await householdEnrolledAYearAgo('Hollis', 'Wren');
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.getByLabel('Annual assessment').check();
    await page.getByLabel('Assessment date').fill(day(-45));
    const text = await refusedNext(page);
    expect(text).toMatch(/An annual assessment must be dated within 30 days before or after an anniversary/);
    expect(await errorBeside(page, 'Assessment date')).toMatch(/within 30 days/);
    await page.getByLabel('Assessment date').fill(day(0));
    // Corrected: the message goes without another click.
    await expect.poll(() => errorBeside(page, 'Assessment date')).toBe('');
    await expect.poll(() => problem(page).count()).toBe(0);
    await next(page);
  });

  it('lists each problem once at Finish, and clears "required" as soon as the answer is given', async () => {
    await householdEnrolledAYearAgo('Imre', 'Wren');
    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.getByLabel('Annual assessment').check();
    await steps(page).getByText('Review and finish').click();
    await expect.poll(() => currentStep(page)).toBe('Review and finish');
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await problem(page).waitFor();
    const items = await problem(page).getByRole('listitem').allTextContents();
    expect(items.length).toBeGreaterThan(1);
    expect(new Set(items).size).toBe(items.length);
    const income = items.find((m) => m.includes('4.02 Income and Sources'));
    expect(income).toBeTruthy();
    await problem(page)
      .getByText(income ?? '')
      .click();
    await heading(page, 'Income and sources').waitFor();
    expect(await errorBeside(page, 'Income from any source')).toMatch(/4.02 Income and Sources is required/);
    await select(page, 'Income from any source', '0');
    await expect.poll(() => errorBeside(page, 'Income from any source')).toBe('');
    expect(await count(/4.02 Income and Sources/)).toBe(0);
  });

  it('checks the homelessness history (3.917) on the prior living situation page', async () => {
    await createClient(page, journey.url, { FirstName: 'Juno', LastName: 'Pell', DOB: bornAgo(29) });
    await page.goto(`${journey.url}/intake`);
    await findAndChoose(page, 'Find client', 'jun pel', 'Juno Pell');
    await next(page);
    await next(page);
    await select(page, 'Project', 'PRJ-ES');
    await next(page);
    while (!(await heading(page, 'Prior living situation').isVisible())) await next(page);
    await select(page, 'Prior living situation', '116');
    await select(page, 'Length of stay in prior living situation', '4');
    const text = await refusedNext(page);
    expect(text).toMatch(/Enter the approximate date this episode of homelessness started/);
    expect(await errorBeside(page, 'Approximate date this episode of homelessness started')).toMatch(
      /approximate date/,
    );
    await page.getByLabel('Approximate date this episode of homelessness started').fill(day(-200));
    await select(page, 'Times on the streets, in emergency shelter or a safe haven in the past three years', '1');
    await select(page, 'Total months homeless in the past three years', '106');
    await next(page);
    expect(await heading(page, 'Prior living situation').count()).toBe(0);
  });
});
