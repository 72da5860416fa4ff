import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney({ env: { HEARTH_SESSION_IDLE_MINUTES: '0.1' } });

async function newPage(): Promise<Page> {
  const ctx = await journey.browser.newContext();
  return ctx.newPage();
}

describe('sign-in journeys', () => {
  it('each demo user signs in and sees the workspaces their role allows', async () => {
    for (const [username, admin] of [
      ['admin', true],
      ['casemanager', false],
    ] as const) {
      const page = await newPage();
      await signIn(page, journey.url, username);
      const tabs = page.getByRole('tablist', { name: 'Workspaces' });
      await expect(tabs.getByRole('tab', { name: 'Clients' }).isVisible()).resolves.toBe(true);
      expect(await tabs.getByRole('tab', { name: 'Admin' }).count()).toBe(admin ? 1 : 0);
      await page.context().close();
    }
  });

  it('a wrong password shows the error and the user stays on sign-in', async () => {
    const page = await newPage();
    await page.goto(journey.url);
    await page.getByLabel('Username').fill('dqo');
    await page.locator('input[autocomplete="current-password"]').fill('definitely-wrong-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Username or password is incorrect');
    await page.context().close();
  });

  it('warns before idle sign-out and returns to sign-in when the session ends', async () => {
    const page = await newPage();
    await signIn(page, journey.url, 'manager');
    await page.getByText('Are you still there?').waitFor({ timeout: 15_000 });
    await page.getByText('You were signed out after a period of inactivity.').waitFor({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
