// Helpers of the workflow journeys: records made through the API (each journey makes its own),
// and moving through a workflow's pages the way a user does.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export { adultEntryAnswers, childEntryAnswers } from '../../../src/server/enrollments/fixtures.test-support.ts';

/** yyyy-mm-dd, `offset` days from today (local time, as the browser shows dates). */
export const day = (offset: number, from = new Date()) => {
  const d = new Date(from);
  d.setDate(d.getDate() + offset);
  return d.toLocaleDateString('en-CA');
};
/** A date of birth that makes someone `years` old today (and not on a birthday). */
export const bornAgo = (years: number) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - 40);
  return d.toLocaleDateString('en-CA');
};

export async function apiPost<T>(page: Page, base: string, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(`${base}${path}`, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** A client with complete universal data (created as the signed-in user). */
export async function createClient(page: Page, base: string, body: Record<string, unknown>): Promise<string> {
  const c = await apiPost<{ PersonalID: string }>(page, base, '/api/clients', {
    NameDataQuality: 1,
    SSNDataQuality: 99,
    DOBDataQuality: 1,
    Sex: 0,
    White: 1,
    VeteranStatus: 0,
    confirmedNotDuplicate: true,
    ...body,
  });
  return c.PersonalID;
}

export type Enrolled = { EnrollmentID: string; members: { EnrollmentID: string; PersonalID: string }[] };

/** Enrolls a household through the intake API (members: head of household first). */
export const enroll = (
  page: Page,
  base: string,
  body: { ProjectID: string; EntryDate: string; members: Record<string, unknown>[] },
) => apiPost<Enrolled>(page, base, '/api/enrollments', body);

export const steps = (page: Page) => page.locator('nav[aria-label="Workflow steps"]');
export const currentStep = (page: Page) => steps(page).locator('[aria-current="step"]').textContent();
export const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'Please check' });
export const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true, level: 3 });
export const select = (page: Page, label: string, value: string) =>
  page.getByLabel(label, { exact: true }).selectOption(value);

/** Save & continue, and wait until the next step is showing. */
export async function next(page: Page) {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Save & continue' }).click();
  await expect.poll(() => currentStep(page)).not.toBe(before);
}

/** Save & continue on a page with a problem: the page stays, and the problem is shown. */
export async function refusedNext(page: Page): Promise<string> {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Save & continue' }).click();
  await problem(page).waitFor();
  expect(await currentStep(page)).toBe(before);
  return (await problem(page).textContent()) ?? '';
}

export async function findAndChoose(page: Page, label: string, search: string, name: string) {
  await page.getByLabel(label, { exact: true }).fill(search);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: `Choose ${name}` }).click();
}

/** The message Mantine shows beside a field (linked by aria-describedby), or '' when none. */
export async function errorBeside(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.getAttribute('aria-invalid')) !== 'true') return '';
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Answers the visible questions of a page the way a case manager would for a plain household. */
export async function answerPage(page: Page) {
  const answers: [string, string][] = [
    ['Veteran status', '0'],
    ['Sex', '0'],
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
    ['Income from any source', '0'],
    ['Non-cash benefits from any source', '0'],
    ['Covered by health insurance', '0'],
    ['Survivor of domestic violence', '0'],
    ['Destination', '410'],
  ];
  for (const [label, value] of answers) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.count()) === 1 && (await field.inputValue()) === '') await field.selectOption(value);
  }
  const started = page.getByLabel('Approximate date this episode of homelessness started');
  if ((await started.count()) && !(await started.inputValue())) await started.fill(day(-200));
}

/** Answers and continues to the review page, then finishes and waits for the enrollment page. */
export async function answerAndFinish(page: Page) {
  for (
    let guard = 0;
    guard < 40 && !(await page.getByRole('button', { name: 'Finish', exact: true }).isVisible());
    guard++
  ) {
    await answerPage(page);
    await next(page);
  }
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.waitForURL(/\/enrollments\/[0-9a-f]{32}$/);
}
