// A case manager keeps a client's record right: SSN and date of birth (masked, entered,
// corrected, revealed with an audited click) and race and ethnicity. Each journey creates the
// client it works on.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let page: Page;
let admin: Page;
beforeAll(async () => {
  page = await journey.signedIn('casemanager');
  admin = await journey.signedIn('admin');
});

const main = () => page.getByRole('main');
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);
const field = (label: string) => main().getByLabel(exactly(label));
const pii = () => main().getByLabel('SSN and date of birth');

async function createClient(body: Record<string, unknown>): Promise<{ PersonalID: string }> {
  const res = await page.request.post(`${journey.url}/api/clients`, {
    data: { NameDataQuality: 1, Sex: 0, VeteranStatus: 0, confirmedNotDuplicate: true, ...body },
  });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function openEdit(personalId: string) {
  await page.goto(`${journey.url}/clients/${personalId}/edit`);
  await main().getByRole('heading', { name: 'Edit client' }).waitFor();
}

async function saveAndReturn(personalId: string) {
  await main().getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(`${journey.url}/clients/${personalId}`);
}

describe('a case manager and the client record', () => {
  it('enters an SSN and date of birth, sees them masked, and reveals them with an audited click', async () => {
    const { PersonalID } = await createClient({ FirstName: 'Pia', LastName: 'Okafor', White: 1 });
    await openEdit(PersonalID);
    await field('SSN').fill('219-44-6091');
    await field('SSN data quality').selectOption({ label: 'Full SSN reported' });
    await field('Date of birth').fill('1979-06-02');
    await field('DOB data quality').selectOption({ label: 'Full DOB reported' });
    await saveAndReturn(PersonalID);
    await pii().getByText('SSN: ***-**-6091').waitFor();
    await pii().getByText('Date of birth: **/**/1979').waitFor();

    await pii().getByRole('button', { name: 'Reveal' }).click();
    await pii().getByText('SSN: 219-44-6091').waitFor();
    await pii().getByText('Date of birth: 06/02/1979').waitFor();
    const audit = await admin.request.get(
      `${journey.url}/api/admin/audit?clientId=${PersonalID}&action=client.pii_view&limit=10`,
    );
    const views = (await audit.json()).items as { username: string }[];
    expect(views.map((v) => v.username)).toEqual(['casemanager']);
    await pii().getByRole('button', { name: 'Hide' }).click();
    await pii().getByText('SSN: ***-**-6091').waitFor();
  });

  it('corrects a date of birth it sees masked: Reveal fills the fields, Save keeps the SSN', async () => {
    const { PersonalID } = await createClient({
      FirstName: 'Ravi',
      LastName: 'Okafor',
      White: 1,
      SSN: '219446092',
      DOB: '1980-01-01',
    });
    await openEdit(PersonalID);
    // Masked values are never put in the form: the field is empty and says what is on file.
    expect(await field('SSN').inputValue()).toBe('');
    await main().getByText('On file: ***-**-6092. Type a new SSN to replace it, or Reveal.').waitFor();
    await main().getByRole('button', { name: 'Reveal SSN and date of birth' }).click();
    await expect.poll(() => field('SSN').inputValue()).toBe('219446092');
    expect(await field('Date of birth').inputValue()).toBe('1980-01-01');
    await field('Date of birth').fill('1980-01-02');
    await saveAndReturn(PersonalID);
    await pii().getByRole('button', { name: 'Reveal' }).click();
    await pii().getByText('Date of birth: 01/02/1980').waitFor();
    await pii().getByText('SSN: 219-44-6092').waitFor();
  });

  it('saves a change of name without touching the masked SSN and date of birth', async () => {
    const { PersonalID } = await createClient({
      FirstName: 'Una',
      LastName: 'Okafor',
      White: 1,
      SSN: '219446093',
      DOB: '1982-03-04',
    });
    await openEdit(PersonalID);
    await field('Middle name').fill('Ada');
    await saveAndReturn(PersonalID);
    await main().getByRole('heading', { name: 'Una Ada Okafor' }).waitFor();
    await pii().getByText('SSN: ***-**-6093').waitFor();
    await pii().getByText('Date of birth: **/**/1982').waitFor();
  });

  it('choosing a race clears "Race and ethnicity not given", so the save goes through', async () => {
    const { PersonalID } = await createClient({ FirstName: 'Ines', LastName: 'Okafor', RaceNone: 8 });
    await page.goto(`${journey.url}/clients/${PersonalID}`);
    await main().getByText("Race and ethnicity: client doesn't know").waitFor();
    await openEdit(PersonalID);
    expect(await field('Race and ethnicity not given').inputValue()).toBe('8');
    await main().getByRole('checkbox', { name: 'Black, African American, or African' }).check();
    expect(await field('Race and ethnicity not given').inputValue()).toBe('');
    await saveAndReturn(PersonalID);
    await main().getByRole('heading', { name: 'Ines Okafor' }).waitFor();
    expect(await main().getByText('Race and ethnicity:').count()).toBe(0);
    // And the other way round: a reason for no race unticks the races.
    await openEdit(PersonalID);
    await field('Race and ethnicity not given').selectOption({ label: 'Client prefers not to answer' });
    expect(await main().getByRole('checkbox', { name: 'Black, African American, or African' }).isChecked()).toBe(false);
    await saveAndReturn(PersonalID);
    await main().getByText('Race and ethnicity: client prefers not to answer').waitFor();
  });
  it("the dashboard's card links look like the app's other links, not the browser's default", async () => {
    const { PersonalID } = await createClient({ FirstName: 'Lio', LastName: 'Marsh', White: 1 });
    await page.goto(`${journey.url}/clients/${PersonalID}`);
    const look = (name: string) =>
      main()
        .getByRole('link', { name, exact: true })
        .evaluate((el) => ({
          underline: getComputedStyle(el).textDecorationLine,
          size: getComputedStyle(el).fontSize,
        }));
    const reference = await look('All case managers');
    expect(await look('All files')).toEqual(reference);
    expect(await look('Manage interested others')).toEqual(reference);
  });
});
