// Launch-form steps the reports journeys share.
import type { Page } from 'playwright-core';

/** Replaces the organization chosen by default (the one worked as) with `name`. */
export async function chooseOrganization(page: Page, name: string) {
  const orgs = page.getByRole('main').getByLabel('Organization', { exact: true });
  await orgs.click();
  await orgs.press('Backspace');
  await orgs.fill(name.slice(0, 8));
  await page.getByRole('option', { name }).click();
  await page.keyboard.press('Escape');
}
