import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney({ env: { HEARTH_LOCKOUT_ATTEMPTS: '5', HEARTH_LOCKOUT_MINUTES: '15' } });

async function newPage(): Promise<Page> {
  return journey.newPage();
}
// Exactly this label, with or without the asterisk Mantine adds to required fields.
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);

async function tryPassword(page: Page, username: string, password: string): Promise<string> {
  await page.getByLabel('Username').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
  return (await page.getByRole('alert').textContent()) ?? '';
}

describe('account protection in the browser', () => {
  it('locks the account after five wrong passwords; then even the right password is refused', async () => {
    const page = await newPage();
    await page.goto(journey.url);
    for (let i = 1; i <= 4; i++) {
      expect(await tryPassword(page, 'manager', `wrong-password-${i}`)).toContain('Username or password is incorrect');
    }
    const fifth = await tryPassword(page, 'manager', 'wrong-password-5');
    expect(fifth).toContain('This account is locked after too many failed sign-ins. Try again in 15 minutes');
    const right = await tryPassword(page, 'manager', DEMO_PASSWORD);
    expect(right).toContain('This account is locked');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await page.context().close();
  });

  it('recovers a forgotten password with the security question set in Settings', async () => {
    const page = await newPage();
    await signIn(page, journey.url, 'casemanager2');
    // No security question yet: the first page after sign-in offers to set one up.
    const prompt = page.getByRole('region', { name: 'Set up account recovery' });
    await prompt.getByRole('button', { name: 'Set up account recovery' }).click();
    const recovery = page.getByRole('form', { name: 'Account recovery' });
    await recovery.getByLabel('Your password').fill(DEMO_PASSWORD);
    await recovery.getByLabel('Security question').fill('What was the name of my first dog?');
    await recovery.getByLabel(exactly('Answer')).fill('Biscuit Two');
    await recovery.getByRole('button', { name: 'Update recovery information' }).click();
    await page.getByText('Recovery question saved.').waitFor();
    await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Welcome, Jordan' }).waitFor();
    expect(await prompt.count()).toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // Navigation renders in a transition: typing before it lands would go into the sign-in form.
    await page.getByRole('heading', { name: 'Recover your account' }).waitFor();
    await page.getByLabel('Username').fill('casemanager2');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('What was the name of my first dog?').waitFor();
    // Answers are case-sensitive: a different case is refused.
    await page.getByLabel(exactly('Answer')).fill('biscuit two');
    await page.getByLabel(exactly('New password')).fill('a-brand-new-passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That answer does not match');
    await page.getByLabel(exactly('Answer')).fill('Biscuit Two');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password has been changed.').waitFor();

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Hearth HMIS' }).waitFor();
    expect(await tryPassword(page, 'casemanager2', DEMO_PASSWORD)).toContain('Username or password is incorrect');
    await page.locator('input[autocomplete="current-password"]').fill('a-brand-new-passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Jordan' }).waitFor();
    await page.context().close();
  });

  it('asks a user without a security question to set one up after sign-in, until they say Later', async () => {
    const page = await newPage();
    await signIn(page, journey.url, 'dqo');
    const prompt = page.getByRole('region', { name: 'Set up account recovery' });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Set up account recovery');
    await prompt.getByRole('button', { name: 'Later', exact: true }).click();
    await prompt.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await prompt.count()).toBe(0);
    await page.context().close();
  });
});
