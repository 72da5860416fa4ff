import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let page: Page;
const ids: Record<string, string> = {};

const day = (offset: number, from = new Date()) => {
  const d = new Date(from);
  d.setDate(d.getDate() + offset);
  return d.toLocaleDateString('en-CA');
};
const today = day(0);
const yearAgo = (() => {
  const d = new Date();
  d.setFullYear(d.getFullYear() - 1);
  return d.toLocaleDateString('en-CA');
})();
const moveIn = day(10, new Date(yearAgo));
const bornAgo = (years: number) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - 40);
  return d.toLocaleDateString('en-CA');
};

beforeAll(async () => {
  page = await journey.signedIn('casemanager');
  page.on('dialog', (d) => d.accept());
  // The family exists in HMIS already (the clients feature creates people).
  for (const [FirstName, DOB] of [
    ['Rosa', bornAgo(34)],
    ['Luis', bornAgo(36)],
  ] as const) {
    const res = await page.request.post(`${journey.url}/api/clients`, {
      data: {
        FirstName,
        LastName: 'Vega',
        NameDataQuality: 1,
        SSNDataQuality: 99,
        DOB,
        DOBDataQuality: 1,
        Sex: FirstName === 'Luis' ? 1 : 0,
        HispanicLatinao: 1,
        VeteranStatus: 0,
        confirmedNotDuplicate: true,
      },
    });
    if (res.status() !== 201) throw new Error(`client setup failed: ${res.status()} ${await res.text()}`);
    ids[FirstName] = (await res.json()).PersonalID;
  }
});

const steps = () => page.locator('nav[aria-label="Workflow steps"]');
const stepId = () =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('nav[aria-label="Workflow steps"] button')];
    const current = document.querySelector('nav[aria-label="Workflow steps"] [aria-current="step"]');
    return current ? all.indexOf(current) : -1;
  });
const select = (label: string, value: string) => page.getByLabel(label, { exact: true }).selectOption(value);

/** Save & continue, and wait until the next step is showing. */
async function next() {
  const before = await stepId();
  await page.getByRole('button', { name: 'Save & continue' }).click();
  await page.waitForFunction((b) => {
    const all = [...document.querySelectorAll('nav[aria-label="Workflow steps"] button')];
    const current = document.querySelector('nav[aria-label="Workflow steps"] [aria-current="step"]');
    return current !== null && all.indexOf(current) !== b;
  }, before);
}

const heading = (name: string) => page.getByRole('heading', { name, exact: true, level: 3 });

/** Answers the visible questions of a page the way a case manager would for this family. */
async function answerPage() {
  const answers: [string, string][] = [
    ['Prior living situation', '116'],
    ['Length of stay in prior living situation', '4'],
    ['Times on the streets, in emergency shelter or a safe haven in the past three years', '1'],
    ['Total months homeless in the past three years', '106'],
    ['Physical disability', '0'],
    ['Developmental disability', '0'],
    ['Chronic health condition', '0'],
    ['HIV/AIDS', '0'],
    ['Mental health disorder', '0'],
    ['Substance use disorder', '0'],
    ['Disabling condition', '0'],
    ['Non-cash benefits from any source', '0'],
    ['Survivor of domestic violence', '0'],
    ['Destination', '410'],
  ];
  for (const [label, value] of answers) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.count()) && (await field.inputValue()) === '') await field.selectOption(value);
  }
  const started = page.getByLabel('Approximate date this episode of homelessness started');
  if (await started.count()) await started.fill(day(-200, new Date(yearAgo)));
  const income = page.getByLabel('Income from any source', { exact: true });
  if ((await income.count()) && (await income.inputValue()) === '') await income.selectOption('0');
  const insurance = page.getByLabel('Covered by health insurance', { exact: true });
  if ((await insurance.count()) && (await insurance.inputValue()) === '') {
    await insurance.selectOption('1');
    await page.getByLabel('Medicaid').check();
  }
}

/** Answers and continues until the review page, then finishes. */
async function finishWorkflow() {
  for (
    let guard = 0;
    guard < 40 && !(await page.getByRole('button', { name: 'Finish', exact: true }).isVisible());
    guard++
  ) {
    await answerPage();
    await next();
  }
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
}

async function findAndChoose(label: string, search: string, name: string) {
  await page.getByLabel(label, { exact: true }).fill(search);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: `Choose ${name}` }).click();
}

const household = () => page.getByRole('table', { name: 'Household members' });
const memberRow = (name: string) => household().getByRole('row').filter({ hasText: name });

describe('household enrollment journeys', () => {
  it('takes a three-person household (one quick-added) into rapid re-housing with a move-in date, pausing and resuming part-way', async () => {
    await page.goto(`${journey.url}/intake`);
    await findAndChoose('Find client', 'ros veg', 'Rosa Vega');
    await page.getByText('Relationship to head of household: Self').waitFor();
    await next();
    await findAndChoose('Find family member', 'lui veg', 'Luis Vega');
    await select('Relationship to head of household: Luis Vega', '3');
    // Ana is not in HMIS yet: the search comes first, then the quick-add.
    await page.getByLabel('Find family member', { exact: true }).fill('ana veg');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No records found.').waitFor();
    await page.getByRole('button', { name: 'Not found: add a new client' }).click();
    await page.getByLabel('First name').fill('Ana');
    await page.getByLabel('Last name').fill('Vega');
    await page.getByLabel('Date of birth').fill(bornAgo(6));
    await page.getByLabel(/^Sex( \*)?$/).selectOption('0');
    await page.getByRole('checkbox', { name: 'Hispanic/Latina/o' }).check();
    await page.getByRole('button', { name: 'Add to household' }).click();
    await select('Relationship to head of household: Ana Vega', '2');
    await next();
    await select('Project', 'PRJ-RRH');
    await page.getByLabel('Project start date', { exact: true }).fill(yearAgo);
    await page.getByLabel('Housing move-in date').fill(moveIn);
    await next();
    expect(await steps().textContent()).toMatch(
      /Rosa Vega[\s\S]*Income and sources[\s\S]*Luis Vega[\s\S]*Ana Vega[\s\S]*Health insurance/,
    );
    // Rosa's pages up to her income.
    await heading('Basic client information').waitFor();
    await next();
    await answerPage();
    await next();
    await answerPage();
    await next();
    await heading('Income and sources').waitFor();
    await select('Income from any source', '1');
    await page.getByLabel('Earned income (employment)').fill('850');

    // Leave the page straight after typing (no Pause, no Save): the workflow is paused where it
    // stopped, values and all.
    await page.goto(`${journey.url}/paused-workflows`);
    await page.getByRole('table', { name: 'Paused workflows' }).waitFor();
    const paused = page.getByRole('row').filter({ hasText: 'Rosa Vega' });
    expect(await paused.textContent()).toContain('Intake');
    await paused.getByRole('link', { name: /^Resume/ }).click();
    await heading('Income and sources').waitFor();
    expect(await page.getByLabel('Earned income (employment)').inputValue()).toBe('$850');
    expect(await page.getByLabel('Household member').textContent()).toContain('Rosa Vega');

    await finishWorkflow();
    await household().waitFor();
    expect(await memberRow('Rosa Vega').textContent()).toContain('Self (head of household)');
    for (const name of ['Rosa Vega', 'Luis Vega', 'Ana Vega']) {
      const row = await memberRow(name).textContent();
      expect(row).toContain(yearAgo);
      expect(row).toContain(moveIn);
      expect(row).toContain('Casey Manager');
    }
    expect(await page.getByRole('table', { name: 'Assessments' }).textContent()).toMatch(
      /Project entry\s*Rosa Vega, Luis Vega, Ana Vega/,
    );
    await page.goto(`${journey.url}/paused-workflows`);
    await page.getByText('You have no paused workflows.').waitFor();
  });

  it('records an update, and an annual inside its window but not outside it', async () => {
    await page.goto(`${journey.url}/my-case-assignments`);
    // The demo case manager has a caseload of their own: find the family by name.
    await page.getByLabel('Client name or ID').fill('Vega');
    await page.getByRole('link', { name: 'Rosa Vega' }).click();
    await household().waitFor();
    expect(await page.getByText('The annual assessment window is open').count()).toBe(1);

    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.getByLabel('Update (during program enrollment)').check();
    await page.getByRole('button', { name: 'Default every page from the last assessment' }).click();
    await next();
    await steps().getByText('Income and sources').first().click();
    await heading('Income and sources').waitFor();
    expect(await page.getByLabel('Earned income (employment)').inputValue()).toBe('$850');
    await page.getByLabel('Earned income (employment)').fill('1200');
    // Pause on purpose, then carry on from Paused Workflows.
    await page.getByRole('button', { name: 'Pause' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Rosa Vega' })
      .filter({ hasText: 'Update' })
      .getByRole('link', { name: /^Resume/ })
      .click();
    await heading('Income and sources').waitFor();
    expect(await page.getByLabel('Earned income (employment)').inputValue()).toBe('$1,200');
    await finishWorkflow();
    await household().waitFor();
    expect(await page.getByRole('table', { name: 'Assessments' }).textContent()).toMatch(
      /Update\s*Rosa Vega, Luis Vega, Ana Vega/,
    );

    await page.getByRole('button', { name: 'Update/annual assessment' }).click();
    await page.getByLabel('New assessment').check();
    await page.getByLabel('Annual assessment').check();
    await page.getByLabel('Assessment date').fill(day(-45));
    await page.getByRole('button', { name: 'Default every page from the last assessment' }).click();
    // The window is checked on this page, where the date is answered.
    await page.getByRole('button', { name: 'Save & continue' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Please check' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      `An annual assessment must be dated within 30 days before or after an anniversary of the project start date (${yearAgo}).`,
    );
    await page.getByLabel('Assessment date').fill(today);
    await finishWorkflow();
    await household().waitFor();
    expect(await page.getByRole('table', { name: 'Assessments' }).textContent()).toMatch(
      /Annual assessment\s*Rosa Vega, Luis Vega, Ana Vega/,
    );
  });

  it('changes the head of household in Edit entry, for every member', async () => {
    await page.getByRole('button', { name: 'Edit entry' }).click();
    await page.getByRole('table', { name: 'Household members' }).waitFor();
    await select('Relationship to head of household: Rosa Vega', '3');
    await select('Relationship to head of household: Luis Vega', '1');
    await finishWorkflow();
    await page.getByRole('heading', { name: 'Household' }).waitFor();
    expect(await memberRow('Luis Vega').textContent()).toContain('Self (head of household)');
    expect(await memberRow('Rosa Vega').textContent()).toContain('Spouse or partner');
    expect(await memberRow('Ana Vega').textContent()).toContain('Child');
  });

  it('exits the household ending the case assignments, then re-enters the exit made in error', async () => {
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await page.getByLabel('End case assignment').check();
    await finishWorkflow();
    await page.getByText(`Exited ${today}`).waitFor();
    for (const name of ['Rosa Vega', 'Luis Vega', 'Ana Vega']) {
      const row = await memberRow(name).textContent();
      expect(row).toContain('Rental by client, no ongoing housing subsidy');
      expect(row).toContain('None');
    }
    const household = page.url();
    await page.goto(`${journey.url}/my-case-assignments`);
    // The demo's own households stay on the caseload: the Vegas are no longer among them.
    await page.getByRole('table', { name: 'My case assignments' }).waitFor();
    await page.getByLabel('Client name or ID').fill('Vega');
    await page.getByText('No case assignments match.').waitFor();

    await page.goto(household);
    await page.getByRole('button', { name: 'Re-enter the enrollment' }).click();
    await page.getByRole('button', { name: 'Exit', exact: true }).waitFor();
    for (const name of ['Rosa Vega', 'Luis Vega', 'Ana Vega'])
      expect(await memberRow(name).textContent()).toContain('Casey Manager');
    expect(await page.getByText('Enrolled', { exact: true }).count()).toBe(1);
  });

  it('shows the same facts in the HMIS CSV export', async () => {
    const manager = await journey.signedIn('manager');
    const started = await manager.request.post(`${journey.url}/api/hmis-csv/exports`, {
      data: { startDate: yearAgo, endDate: today, organizationIds: ['ORG-HHP'], cocCode: 'TX-600' },
    });
    expect(started.status()).toBe(202);
    const { jobId } = await started.json();
    let job: { status: string; fileId?: string } = { status: 'queued' };
    for (let i = 0; i < 120 && job.status !== 'done' && job.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      job = await (await manager.request.get(`${journey.url}/api/jobs/${jobId}`)).json();
    }
    expect(job.status).toBe('done');
    const zip = await (await manager.request.get(`${journey.url}/api/files/${job.fileId}/download`)).body();
    const files = new Map<string, Record<string, string>[]>();
    const reader = new ZipReader(new BlobReader(new Blob([new Uint8Array(zip)])));
    for (const e of await reader.getEntries())
      if (!e.directory) files.set(e.filename, parse(await e.getData(new TextWriter()), { columns: true, bom: true }));
    await reader.close();
    const all = files.get('Enrollment.csv') ?? [];
    const household = all.find((r) => r.PersonalID === ids.Luis)?.HouseholdID;
    const enrollments = all.filter((r) => r.HouseholdID === household);
    expect(enrollments.map((r) => [r.RelationshipToHoH, r.EntryDate, r.MoveInDate]).sort()).toEqual([
      ['1', yearAgo, moveIn],
      ['2', yearAgo, moveIn],
      ['3', yearAgo, moveIn],
    ]);
    expect(enrollments.find((r) => r.RelationshipToHoH === '1')?.PersonalID).toBe(ids.Luis);
    expect(enrollments.find((r) => r.RelationshipToHoH === '3')?.PersonalID).toBe(ids.Rosa);
    const members = new Set(enrollments.map((r) => r.EnrollmentID));
    // The exit was withdrawn by the re-entry: no live exit rows remain.
    expect((files.get('Exit.csv') ?? []).filter((r) => members.has(r.EnrollmentID ?? ''))).toEqual([]);
    const stages = (files.get('IncomeBenefits.csv') ?? [])
      .filter((r) => r.PersonalID === ids.Rosa)
      .map((r) => [r.DataCollectionStage, r.InformationDate]);
    expect(stages).toEqual(
      expect.arrayContaining([
        ['1', yearAgo],
        ['2', today],
        ['5', today],
      ]),
    );
    await manager.context().close();
  });
});
