// Spanish journey: a demo case manager switches to Español in Settings; the shell, Home and Find
// Client then show no English screen text, the server answers in Spanish, and the choice follows
// the account: after sign-out, and on another device whose browser speaks English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();

const locales = path.resolve('src/web/i18n/locales');
const readCatalog = (lng: string, file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(locales, lng, file), 'utf8'));

/**
 * Every English screen string whose Spanish differs, as a pattern matching it as whole words
 * ({{placeholders}} match anything). Strings shorter than 4 letters are left out: they hide in words.
 */
function englishOnlyStrings(): { text: string; re: RegExp }[] {
  const out: { text: string; re: RegExp }[] = [];
  for (const file of readdirSync(path.join(locales, 'en'))) {
    const en = readCatalog('en', file);
    const es = readCatalog('es', file);
    for (const [key, english] of Object.entries(en)) {
      if (!es[key] || es[key] === english || english.replace(/\{\{\w+\}\}/g, '').replace(/\W/g, '').length < 4)
        continue;
      const source = english
        .split(/\{\{\w+\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+?');
      out.push({ text: english, re: new RegExp(`(^|[^\\p{L}-])${source}($|[^\\p{L}-])`, 'u') });
    }
  }
  return out;
}

const english = englishOnlyStrings();

/** The English strings on the page now: visible text, and the labels screen readers read. */
async function englishOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].map((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').join('\n'),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (hidden elements left out) is the point
    return `${document.body.innerText}\n${labels.join('\n')}`;
  });
  // Data shown as entered (organization and project names) may read like English ("Housing").
  const names: { ProjectName: string }[] = [];
  for (const scope of ['current', 'mine'])
    names.push(...(await (await page.request.get(`${journey.url}/api/enrollments/projects?scope=${scope}`)).json()));
  const me = (await (await page.request.get(`${journey.url}/api/auth/me`)).json()) as {
    organizations?: { name: string }[];
  };
  // Home's data-quality tile names APR Q6 rows: HUD report labels stay HUD's English (docs/i18n.md).
  const home = (await (await page.request.get(`${journey.url}/api/dashboard/case-manager`)).json()) as {
    dataQuality?: { items?: { element?: string }[] };
  };
  const q6 = (home.dataQuality?.items ?? []).flatMap((i) => (i.element ? [i.element] : []));
  let shown = text;
  for (const d of [...names.map((p) => p.ProjectName), ...(me.organizations ?? []).map((o) => o.name), ...q6])
    shown = shown.split(d).join(' ');
  // Find Client's latest-enrollment cells: a project name (data, of any organization) and its date.
  shown = shown.replace(/[^\t\n]+ \(\d{4}-\d{2}-\d{2}\)/g, ' ');
  const lines = shown.split('\n');
  return english.filter((e) => lines.some((line) => e.re.test(line))).map((e) => e.text);
}

async function signInAs(page: Page, username: string, labels: { user: string; submit: string }) {
  await page.goto(journey.url);
  await page.getByLabel(labels.user).fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}
const ENGLISH = { user: 'Username', submit: 'Sign in' };
const SPANISH = { user: 'Usuario', submit: 'Iniciar sesión' };
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('Hearth in Spanish', () => {
  let page: Page;

  it('a case manager chooses Español in Settings and the screens change at once', async () => {
    expect(english.length).toBeGreaterThan(100);
    const context = await journey.browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    await signInAs(page, 'casemanager', ENGLISH);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await page.goto(`${journey.url}/settings`);
    await page.getByLabel('Language of the screens').first().click();
    await page.getByRole('option', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Configuración', level: 1 }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await page.getByText('Idioma de las pantallas').waitFor();
  });

  it('the shell, Home and Find Client show no English', async () => {
    await page.getByRole('tab', { name: 'Inicio' }).click();
    await page.getByRole('heading', { name: /^Bienvenido\/a, / }).waitFor();
    await page.getByRole('heading', { name: 'Accesos directos' }).waitFor();
    await page.getByLabel('Cargando su panel').waitFor({ state: 'detached' });
    expect(await englishOnPage(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Clientes' }).click();
    await page.getByRole('heading', { name: 'Buscar cliente', level: 1 }).waitFor();
    expect(await englishOnPage(page)).toEqual([]);
    const box = page.getByRole('textbox', { name: 'Buscar clientes' });
    await box.fill('a');
    await box.press('Enter');
    await page.getByRole('table', { name: 'Resultados de la búsqueda' }).waitFor();
    expect(await englishOnPage(page)).toEqual([]);
    await box.fill('Zzyzx Qqq');
    await box.press('Enter');
    await page.getByText('No se encontraron registros').waitFor();
    expect(await englishOnPage(page)).toEqual([]);
  });

  it('the server answers in Spanish: a client record refused by its rules', async () => {
    await page.goto(`${journey.url}/clients/new`);
    await page
      .getByRole('textbox', { name: /^Nombre/ })
      .first()
      .fill('Prueba');
    await page.getByRole('textbox', { name: /^Apellido/ }).fill('Española');
    await page.getByRole('textbox', { name: /^Fecha de nacimiento/ }).fill('2999-01-01');
    await page.getByRole('button', { name: 'Guardar cliente' }).click();
    await page.getByText('La fecha de nacimiento no puede ser futura').first().waitFor();
  });

  it('after sign-out the sign-in page stays Spanish, and a wrong password is told in Spanish', async () => {
    await page.getByRole('button', { name: 'Cerrar sesión' }).first().click();
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await page.getByLabel('Usuario').fill('casemanager');
    await page.locator('input[autocomplete="current-password"]').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'El usuario o la contraseña no son correctos',
    );
    await signInAs(page, 'casemanager', SPANISH);
    await page.getByRole('button', { name: 'Cerrar sesión' }).first().waitFor();
    expect(await englishOnPage(page)).toEqual([]);
    await page.context().close();
  });

  it('on another device whose browser speaks English, the account brings Spanish back at sign-in', async () => {
    const context = await journey.browser.newContext({ locale: 'en-US' });
    const other = await context.newPage();
    await signInAs(other, 'casemanager', ENGLISH);
    await other.getByRole('button', { name: 'Cerrar sesión' }).first().waitFor();
    expect(await htmlLang(other)).toBe('es');
    await other.getByRole('heading', { name: 'Accesos directos' }).waitFor();
    expect(await englishOnPage(other)).toEqual([]);
    await context.close();
  });
});
