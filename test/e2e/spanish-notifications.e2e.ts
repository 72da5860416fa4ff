// Spanish journey for what the server writes: a case manager whose browser speaks Spanish runs a
// report in the background; the notification that it is ready pops up in Spanish, the
// Notifications page lists it in Spanish, and Files on Server names the job in Spanish.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let page: Page;

const REPORT_ES = 'Clientes que cumplen la mayoría de edad';

describe('what the server writes, in Spanish', () => {
  it('a Spanish case manager runs a report in the background and the pop-up says it is ready, in Spanish', async () => {
    const context = await journey.browser.newContext({ locale: 'es-US' });
    page = await context.newPage();
    await page.goto(journey.url);
    await page.getByLabel('Usuario').fill('casemanager');
    await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).first().waitFor();
    const started = await page.request.post(`${journey.url}/api/reports/client-milestone-age/jobs`, {
      data: { parameters: { from: '2026-01-01', to: '2026-12-31' }, format: 'csv' },
      // As the screens send it (src/web/lib/api.ts): the screens' language.
      headers: { 'accept-language': 'es-US,es;q=0.9' },
    });
    expect(started.status(), await started.text()).toBe(202);
    const popup = page.getByRole('dialog');
    await popup.getByText(`Informe listo: ${REPORT_ES}`).waitFor({ timeout: 60_000 });
    await popup.getByText('Informe listo', { exact: true }).waitFor();
    expect(await popup.textContent()).not.toContain('Report ready');
  });

  it('the Notifications page lists it in Spanish', async () => {
    await page.goto(`${journey.url}/notifications`);
    const main = page.getByRole('main');
    await main.getByText(`Informe listo: ${REPORT_ES}`).first().waitFor();
    expect(await main.textContent()).not.toContain('Report ready');
  });

  it('Files on Server names the job in Spanish', async () => {
    await page.goto(`${journey.url}/reports/files`);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: `${REPORT_ES} (CSV)` }).waitFor();
    expect(await main.textContent()).not.toContain('Client Milestone Age Status');
    await main.getByText('Terminada', { exact: true }).first().waitFor();
    await page.context().close();
  });
});
