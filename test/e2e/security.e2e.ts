// Browser protections seen from a real browser: the page and the API carry the security headers,
// the built app works under its Content-Security-Policy (sign in, find and open a client) with no
// violation reported, and another site cannot frame Hearth or post to it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let attacker: { url: string; close(): void };
beforeAll(async () => {
  attacker = await startAttackerSite(journey.url);
});
afterAll(async () => {
  attacker?.close();
});

/** Another origin's pages: one framing Hearth, one posting a form to it. */
async function startAttackerSite(target: string): Promise<{ url: string; close(): void }> {
  const pages: Record<string, string> = {
    '/frame': `<iframe src="${target}/" width="600" height="400"></iframe>`,
    '/logout-form': `<form method="post" action="${target}/api/auth/logout"></form><script>document.forms[0].submit()</script>`,
  };
  const site = createServer((req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><body>${pages[req.url ?? ''] ?? ''}</body>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(site.address() as AddressInfo).port}`, close: () => site.close() };
}

/** A page that records every CSP violation and script error it meets. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await journey.browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `CSP ${e.violatedDirective}: ${e.blockedURI}`,
      );
    });
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) problems.push(m.text());
  });
  return { page, problems };
}

describe('browser protections', () => {
  it('serves the page and the API with the security headers', async () => {
    const { page } = await watchedPage();
    const apiAnswer = page.waitForResponse((r) => r.url().endsWith('/api/auth/me'));
    const doc = await page.goto(journey.url);
    const headers = doc?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    const api = (await apiAnswer).headers();
    expect(api['cache-control']).toBe('no-store');
    expect(api['content-security-policy']).toContain("default-src 'self'");
    await page.context().close();
  });

  it('works under its CSP: sign in, find a client, open the dashboard, with no violation', async () => {
    const { page, problems } = await watchedPage();
    await signIn(page, journey.url, 'casemanager');
    await page.goto(`${journey.url}/clients?q=a`);
    const results = page.getByRole('main').getByRole('table', { name: 'Search results' });
    await results.waitFor();
    const first = results.getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page
      .getByRole('main')
      .getByText(/Client ID: \S+/)
      .waitFor();
    expect(name).toMatch(/\S/);
    // Mantine's injected styles applied: the sign-out button is styled, not a bare browser button.
    const background = await page
      .getByRole('button', { name: 'Sign out' })
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('cannot be framed by another site', async () => {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`${attacker.url}/frame`);
    await expect.poll(() => messages.join('\n'), { timeout: 15_000 }).toMatch(/frame-ancestors/);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const framedText = framed ? await framed.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
    expect(framedText).not.toContain('Sign in');
    await context.close();
  });

  it("refuses a form another site's page posts with the user's cookie", async () => {
    const { page } = await watchedPage();
    await signIn(page, journey.url, 'casemanager');
    // Another port on the same host: another origin, but the same site, so the cookie goes along.
    await page.goto(`${attacker.url}/logout-form`);
    await page.waitForURL(`${journey.url}/api/auth/logout`);
    expect(await page.locator('body').textContent()).toContain('Requests from another site are refused');
    await page.goto(journey.url);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.context().close();
  });
});
