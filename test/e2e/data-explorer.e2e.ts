// Data Explorer, saved and shared questions: a data quality officer builds a question (subject,
// columns, a filter, grouping), runs it, saves it and shares it; an HMIS admin finds it among the
// shared questions ("Only show my questions" hides it), opens it and runs it, opening a count onto
// its records; the owner deletes it and it is gone for both. A question just saved is the one
// open (its name heads the page and is in the URL): Save Changes, Delete and a reload act on it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';
import { chooseOrganization } from './support/report-forms.ts';

const journey = setUpJourney();

const NAME = 'Open enrollments by project and relationship';
const main = (page: Page) => page.getByRole('main');

async function openExplorer(username: string): Promise<Page> {
  const page = await journey.signedIn(username);
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Data Explorer' }).click();
  await main(page).getByRole('heading', { name: 'Data Explorer', exact: true }).waitFor();
  return page;
}

/** Picks `option` in the multi-select labelled `label`. */
async function pick(page: Page, label: string, option: string) {
  const input = main(page).getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option.slice(0, 6));
  // The filter's native selects hold options too: only the open dropdown's.
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** The summary's rows as text: group cells and counts. */
async function summaryRows(page: Page, title: string): Promise<string[]> {
  const table = main(page).getByRole('table', { name: `${title} summary` });
  await table.waitFor();
  return (await table.locator('tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('Data Explorer: a saved, shared question', () => {
  let asked: string[] = [];

  it('a data quality officer builds a question, runs it, saves it and shares it', async () => {
    const page = await openExplorer('dqo');
    // Questions are what the Data Explorer saves: no Saved Report Settings beside them.
    await main(page).getByRole('combobox', { name: 'Questions' }).waitFor();
    expect(await main(page).getByLabel('Saved report settings').count()).toBe(0);
    await main(page).getByLabel('Subject').selectOption({ label: 'Enrollments' });
    await pick(page, 'Columns', 'Days enrolled');
    await main(page).getByRole('button', { name: 'Add a filter' }).click();
    await main(page).getByLabel('Filter 1 column').selectOption({ label: 'Exit date' });
    await main(page).getByLabel('Filter 1 comparison').selectOption({ label: 'is empty' });
    await pick(page, 'Group by (counts per group)', 'Project');
    await pick(page, 'Group by (counts per group)', 'Relationship to head of household');
    await chooseOrganization(page, 'The Humanitarian Services');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    asked = await summaryRows(page, 'Data Explorer');
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.at(-1)).toMatch(/^Total/);

    await main(page).getByLabel('Save question as').fill(NAME);
    await main(page).getByRole('checkbox', { name: 'Share with other Data Explorer users' }).check();
    await main(page).getByRole('button', { name: 'Save Question' }).click();
    await main(page).getByText(`Saved “${NAME}”, shared with other Data Explorer users.`).waitFor();

    // Saved, it is the question open: named in the heading and the URL, its answer still shown.
    await main(page)
      .getByRole('heading', { name: `Data Explorer: ${NAME}` })
      .waitFor();
    const id = new URL(page.url()).searchParams.get('question');
    expect(id).toMatch(/\S/);
    expect(await summaryRows(page, `Data Explorer: ${NAME}`)).toEqual(asked);
    // Sharing is changed on it, twice in a row (each save knows the version the last one left).
    const share = main(page).getByRole('checkbox', { name: 'Share with other Data Explorer users' });
    await share.uncheck();
    await main(page).getByRole('button', { name: 'Save Changes' }).click();
    await main(page).getByText(`Saved “${NAME}”.`, { exact: true }).waitFor();
    await share.check();
    await main(page).getByRole('button', { name: 'Save Changes' }).click();
    await main(page).getByText(`Saved “${NAME}”, shared with other Data Explorer users.`).waitFor();
    // A reload opens it again from the URL.
    await page.reload();
    await main(page)
      .getByRole('heading', { name: `Data Explorer: ${NAME}` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('question')).toBe(id);
    await main(page).getByRole('button', { name: 'Delete Question' }).waitFor();
  });

  it('an HMIS admin sees it shared, hides it with "Only show my questions", then opens and runs it', async () => {
    const page = await openExplorer('admin');
    const questions = main(page).getByRole('combobox', { name: 'Questions' });
    const mine = main(page).getByRole('checkbox', { name: 'Only show my questions' });
    await questions.fill('Open enrollments by');
    await page.getByRole('option', { name: `${NAME} (shared by Dana Quality)` }).waitFor();
    await page.keyboard.press('Escape');

    await mine.check();
    // The admin has saved none: the list is empty, the shared question and the built-in ones gone.
    await expect.poll(() => questions.getAttribute('placeholder')).toBe('No questions yet');
    await questions.fill('Open enrollments by');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(0);
    await page.keyboard.press('Escape');

    await mine.uncheck();
    await expect.poll(() => questions.getAttribute('placeholder')).toBe('Search for a question');
    await questions.fill('Open enrollments by');
    await page.getByRole('option', { name: `${NAME} (shared by Dana Quality)` }).click();
    await main(page)
      .getByRole('heading', { name: `Data Explorer: ${NAME}` })
      .waitFor();
    // Someone else's question: it can be saved under a new name, not changed or deleted.
    expect(await main(page).getByRole('button', { name: 'Delete Question' }).count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Save Changes' }).count()).toBe(0);
    await chooseOrganization(page, 'The Humanitarian Services');
    await main(page).getByRole('button', { name: 'Report', exact: true }).click();
    const rows = await summaryRows(page, `Data Explorer: ${NAME}`);
    expect(rows).toEqual(asked);

    // A count opens onto exactly its records, with the question's columns.
    const summary = main(page).getByRole('table', { name: `Data Explorer: ${NAME} summary` });
    const open = summary.getByRole('button', { name: /^Show the [1-9]\d* enrollments: / }).first();
    const [, n, group] = (await open.getAttribute('aria-label'))?.match(/^Show the (\d+) enrollments: (.+)$/) ?? [];
    await open.click();
    const drill = main(page).getByRole('table', { name: `${group}: Enrollments` });
    await drill.locator('tbody tr').first().waitFor();
    const headers = await drill.locator('thead th').allTextContents();
    const exitAt = headers.indexOf('Exit date');
    expect(exitAt).toBeGreaterThan(-1);
    expect(await drill.locator('tbody tr').count()).toBe(Number(n));
    const exits = await drill.locator(`tbody tr td:nth-child(${exitAt + 1})`).allTextContents();
    expect(exits.map((e) => e.trim())).toEqual(exits.map(() => ''));
  });

  it('the owner deletes it, and it is gone from every list', async () => {
    const page = await openExplorer('dqo');
    const questions = main(page).getByRole('combobox', { name: 'Questions' });
    await main(page).getByRole('checkbox', { name: 'Only show my questions' }).check();
    await questions.fill('Open enrollments by');
    await page.getByRole('option', { name: NAME, exact: true }).click();
    await main(page)
      .getByRole('heading', { name: `Data Explorer: ${NAME}` })
      .waitFor();
    await main(page).getByRole('button', { name: 'Delete Question' }).click();
    await main(page).getByText(`Delete “${NAME}”? Users it is shared with lose it too.`).waitFor();
    await main(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await main(page).getByRole('heading', { name: 'Data Explorer', exact: true }).waitFor();
    await expect.poll(() => questions.getAttribute('placeholder')).toBe('No questions yet');

    const admin = await openExplorer('admin');
    const list = main(admin).getByRole('combobox', { name: 'Questions' });
    await list.fill('Open enrollments');
    await admin.getByRole('option', { name: 'Open enrollments per project (built in)' }).waitFor();
    expect(await admin.getByRole('option', { name: new RegExp(NAME) }).count()).toBe(0);
  });

  it('a question just saved is deleted from where it was saved', async () => {
    const page = await openExplorer('dqo');
    await main(page).getByLabel('Save question as').fill('Scratch question');
    await main(page).getByRole('button', { name: 'Save Question' }).click();
    await main(page).getByRole('heading', { name: 'Data Explorer: Scratch question' }).waitFor();
    await main(page).getByRole('button', { name: 'Delete Question' }).click();
    await main(page).getByText('Delete “Scratch question”?', { exact: true }).waitFor();
    await main(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await main(page).getByRole('heading', { name: 'Data Explorer', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.has('question')).toBe(false);
    await main(page).getByRole('checkbox', { name: 'Only show my questions' }).check();
    const questions = main(page).getByRole('combobox', { name: 'Questions' });
    await expect.poll(() => questions.getAttribute('placeholder')).toBe('No questions yet');
  });
});
