// Intake records every universal data element HUD asks at project start: a client added in the
// workflow gives name, SSN, date of birth and their data quality, race and ethnicity and sex,
// and an existing client's gaps are filled on Basic Client Information.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';
import { answerAndFinish, bornAgo, createClient, findAndChoose, heading, next, select } from './support/workflow.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
});

const form = () => page.getByLabel('Add a new client');
const label = (l: string) => new RegExp(`^${l}( \\*)?$`);

/** Opens the client's dashboard from the enrollment just finished. */
async function openClient(name: string) {
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}
/** The dashboard's data-quality alerts ('' when nothing is missing). */
async function dataQualityAlerts(): Promise<string> {
  const card = page.getByRole('alert').filter({ hasText: 'Data quality' });
  return (await card.count()) ? ((await card.textContent()) ?? '') : '';
}

describe('intake and the universal data elements', () => {
  it('adds a new client with every element asked at project start, and the dashboard has nothing missing', async () => {
    const dob = bornAgo(33);
    await page.goto(`${journey.url}/intake`);
    await page.getByLabel('Find client', { exact: true }).fill('ade obi');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No records found.').waitFor();
    await page.getByRole('button', { name: 'Not found: add a new client' }).click();
    await form().getByLabel(label('First name')).fill('Adaeze');
    await form().getByLabel(label('Last name')).fill('Obi');
    await form().getByLabel(label('Name data quality')).selectOption({ label: 'Full name reported' });
    await form().getByLabel(label('SSN')).fill('219-44-7101');
    await form().getByLabel(label('SSN data quality')).selectOption({ label: 'Full SSN reported' });
    await form().getByLabel(label('Date of birth')).fill(dob);
    await form().getByLabel(label('DOB data quality')).selectOption({ label: 'Full DOB reported' });
    await form().getByLabel(label('Sex')).selectOption({ label: 'Female' });
    await form().getByRole('checkbox', { name: 'Black, African American, or African' }).check();
    await form().getByRole('button', { name: 'Add to household' }).click();
    await page.getByText('New client: created when the intake finishes').waitFor();
    await next(page);
    await next(page);
    await select(page, 'Project', 'PRJ-ES');
    await next(page);
    // Basic Client Information shows the record entered, to check or correct.
    await heading(page, 'Basic client information').waitFor();
    expect(await page.getByLabel(label('SSN')).inputValue()).toBe('219-44-7101');
    expect(await page.getByRole('checkbox', { name: 'Black, African American, or African' }).isChecked()).toBe(true);
    await answerAndFinish(page);
    await openClient('Adaeze Obi');
    await expect.poll(dataQualityAlerts).toBe('');
    await page.getByLabel('SSN and date of birth').getByText('SSN: ***-**-7101').waitFor();
  });

  it('opens Add a new client with the name searched for, typed either way round', async () => {
    for (const typed of ['Ximena Arroyo', 'Arroyo, Ximena']) {
      await page.goto(`${journey.url}/intake`);
      await page.getByLabel('Find client', { exact: true }).fill(typed);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('No records found.').waitFor();
      await page.getByRole('button', { name: 'Not found: add a new client' }).click();
      expect(await form().getByLabel(label('First name')).inputValue()).toBe('Ximena');
      expect(await form().getByLabel(label('Last name')).inputValue()).toBe('Arroyo');
    }
  });

  it('fills an existing client’s missing SSN and race on Basic Client Information', async () => {
    await createClient(page, journey.url, {
      FirstName: 'Bisi',
      LastName: 'Obi',
      DOB: bornAgo(45),
      SSNDataQuality: 99,
      White: 0,
      RaceNone: 99,
    });
    await page.goto(`${journey.url}/intake`);
    await findAndChoose(page, 'Find client', 'bis obi', 'Bisi Obi');
    await next(page);
    await next(page);
    await select(page, 'Project', 'PRJ-ES');
    await next(page);
    await heading(page, 'Basic client information').waitFor();
    expect(await page.getByLabel(label('SSN data quality')).inputValue()).toBe('99');
    await page.getByLabel(label('SSN')).fill('219447102');
    await page.getByLabel(label('SSN data quality')).selectOption({ label: 'Full SSN reported' });
    await page.getByRole('checkbox', { name: 'Asian or Asian American' }).check();
    await answerAndFinish(page);
    await openClient('Bisi Obi');
    // The dashboard may show what it held before the intake for a moment, then the record as saved.
    await expect.poll(dataQualityAlerts).toBe('');
    await page.getByLabel('SSN and date of birth').getByText('SSN: ***-**-7102').waitFor();
  });

  it('refuses an impossible SSN on Basic Client Information itself', async () => {
    await createClient(page, journey.url, {
      FirstName: 'Chidi',
      LastName: 'Obi',
      DOB: bornAgo(50),
      SSNDataQuality: 99,
    });
    await page.goto(`${journey.url}/intake`);
    await findAndChoose(page, 'Find client', 'chi obi', 'Chidi Obi');
    await next(page);
    await next(page);
    await select(page, 'Project', 'PRJ-ES');
    await next(page);
    await heading(page, 'Basic client information').waitFor();
    await page.getByLabel(label('SSN')).fill('000-12-3456');
    await page.getByLabel(label('SSN data quality')).selectOption({ label: 'Full SSN reported' });
    await select(page, 'Veteran status', '0');
    await page.getByRole('button', { name: 'Save & continue' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Please check' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Chidi Obi: No SSN starts with 000, 666 or 9');
    await heading(page, 'Basic client information').waitFor();
  });
});
