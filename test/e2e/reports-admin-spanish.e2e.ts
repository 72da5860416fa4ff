// The Reports and Admin screens in Spanish: an HMIS admin who chose Español opens every Reports
// and Admin page, runs a report, opens the schedule and organization dialogs, and reads no English
// text of the 'reports' and 'admin' catalogs anywhere on them.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../src/server/reports/catalog.ts';
import { readXlsx } from '../../src/server/reports/reports.test-support.ts';
import enAdmin from '../../src/web/i18n/locales/en/admin.json';
import enReports from '../../src/web/i18n/locales/en/reports.json';
import esAdmin from '../../src/web/i18n/locales/es/admin.json';
import esReports from '../../src/web/i18n/locales/es/reports.json';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('admin');
  await page.evaluate(() => localStorage.setItem('hearth.language', 'es'));
});

/** English texts of both catalogs whose Spanish differs (plain keys, no placeholders or markup). */
function englishTexts(en: Record<string, string>, es: Record<string, string>): string[] {
  return Object.keys(en).filter((k) => !/\{\{|<\d>|_(one|other)$/.test(k) && es[k] !== k);
}
const ENGLISH = [...new Set([...englishTexts(enReports, esReports), ...englishTexts(enAdmin, esAdmin)])];
const ENGLISH_LINES = new Set(ENGLISH);
// Long sentences are looked for anywhere in a line; short words only as a whole line (a label,
// a heading, a button), since data such as a project's name may contain them.
const ENGLISH_SENTENCES = ENGLISH.filter((s) => s.length >= 25);

/**
 * The English catalog texts the region shows (a required field's "*" left out). Native selects
 * are left out: their chosen option is a HUD answer label, which the Admin screens show in
 * HUD's English.
 */
async function englishIn(region: Locator): Promise<string[]> {
  // Rendered text, one line per block, as the user reads it (textContent would run labels together).
  const text = await region.evaluate((el: HTMLElement) => {
    const selects = [...el.querySelectorAll('select')];
    for (const s of selects) s.style.display = 'none';
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text, without hidden elements
    const shown = el.innerText;
    for (const s of selects) s.style.display = '';
    return shown;
  });
  const lines = text.split('\n').map((l) => l.replace(/\s*\*$/, '').trim());
  return lines.filter((l) => l && (ENGLISH_LINES.has(l) || ENGLISH_SENTENCES.some((s) => l.includes(s))));
}

const main = () => page.getByRole('main');

const PAGES: [path: string, spanish: string][] = [
  ['/reports', 'Elija un informe.'],
  ['/reports/bnl/active-client-list', 'Lista de clientes activos de HMIS'],
  ['/reports/clients-in-programs', 'Clientes en programas'],
  ['/reports/hmis/data-entry-timing', 'Puntualidad del ingreso de datos en HMIS'],
  ['/reports/hmis/missing-annual-assessments', 'Evaluaciones anuales faltantes'],
  ['/reports/data-explorer', 'Explorador de datos'],
  ['/reports/schedules', 'Mis informes programados'],
  ['/reports/client-milestone-age-status', 'Clientes que cumplen la mayoría de edad'],
  ['/reports/user-tracker', 'Seguimiento de usuarios'],
  ['/reports/hmis-csv/export', 'Exportación CSV FY2026'],
  ['/reports/hmis-exports/csv-apr', 'Generar archivo de validación (datos por cliente, con el detalle anual)'],
  ['/reports/hmis-exports/csv-caper', 'Ejecutar exportación'],
  ['/reports/apr', 'Mostrar informe'],
  ['/admin/hmis-csv/import', 'Importación de CSV de HMIS'],
  ['/admin', 'Configure las organizaciones'],
  ['/admin/organizations', 'Agregar organización'],
  ['/admin/projects', 'Agregar proyecto'],
  ['/admin/projects/new', 'Proyecto nuevo'],
  ['/admin/users', 'Agregar usuario'],
  ['/admin/service-types', 'Agregar tipo de servicio'],
  ['/admin/audit', 'Registro de auditoría'],
];

describe('Reports and Admin in Spanish', () => {
  it('the check knows the English it looks for', () => {
    expect(ENGLISH).toContain('Schedule Report');
    expect(ENGLISH).toContain('Add organization');
    expect(ENGLISH.length).toBeGreaterThan(300);
  });

  it.each(PAGES)('%s shows no English of its catalogs', async (path, spanish) => {
    await page.goto(`${journey.url}${path}`);
    await main().getByText(spanish).first().waitFor();
    // The page's queries (organizations, options, saved settings) have filled it in.
    await page.waitForLoadState('networkidle');
    expect(await englishIn(main())).toEqual([]);
  });

  it('a report runs with Spanish framework words, and Schedule Report opens in Spanish', async () => {
    await page.goto(`${journey.url}/reports/clients-in-programs`);
    await main()
      .getByLabel(/^Fecha de inicio/)
      .fill('2021-10-01');
    await main()
      .getByLabel(/^Fecha de fin/)
      .fill('2022-09-30');
    const orgs = main().getByLabel('Organización', { exact: true });
    await orgs.click();
    await orgs.press('Backspace');
    await orgs.fill('The Unit');
    await page.getByRole('option', { name: 'The United Foundation' }).click();
    await page.keyboard.press('Escape');
    await main().getByRole('button', { name: 'Informe', exact: true }).click();
    const summary = main().getByRole('table', { name: 'Resumen de Clientes en programas' });
    await summary.getByRole('cell', { name: 'Total', exact: true }).waitFor();
    await main().getByRole('link', { name: 'Descargar Excel' }).waitFor();
    await expect.poll(() => main().getByRole('button', { name: 'Ejecutar en segundo plano…' }).count()).toBe(1);
    // A count opens onto its clients: the drill-down's row count is Spanish too.
    await summary
      .getByRole('button', { name: /^Mostrar \d+ / })
      .first()
      .click();
    await main()
      .getByText(/^\d+ filas?$/)
      .waitFor();
    // The report's own words come from the server in the user's language: columns, counts, values.
    const results = main()
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: /Tipo de hogar/ }) })
      .last(); // the drill-down opens inside the summary table
    await results.waitFor();
    const headers = (await results.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const def = reports.find((r) => r.id === 'clients-in-programs');
    const english = typeof def?.columns === 'object' ? def.columns.map((c) => c.label) : [];
    expect(english).toContain('HouseholdType');
    expect(headers.filter((h) => english.includes(h))).toEqual([]);
    expect(headers).toEqual(expect.arrayContaining(['ID del cliente', 'Apellido', 'Fecha de ingreso']));
    expect(await summary.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Programa', 'Clientes', 'Hogares', 'Aún inscritos al final']),
    );
    // The Excel download (a plain link: the browser's own Accept-Language) is in Spanish too.
    const href = await main().getByRole('link', { name: 'Descargar Excel' }).getAttribute('href');
    expect(href).toContain('lang=es');
    const file = await page.request.get(`${journey.url}${href}`);
    const sheets = await readXlsx(await file.body());
    expect(Object.keys(sheets)).toEqual(['Resumen', 'Clientes', 'Acerca de este informe']);
    expect(sheets.Clientes?.rows[0]?.slice(0, 3)).toEqual(['ID del cliente', 'Nombre', 'Apellido']);
    await main().getByRole('button', { name: 'Programar informe' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre de la programación').waitFor();
    expect(await englishIn(dialog)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
  });

  it('the organization dialog is in Spanish', async () => {
    await page.goto(`${journey.url}/admin/organizations`);
    await main().getByRole('button', { name: 'Agregar organización' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nombre de la organización/).waitFor();
    expect(await englishIn(dialog)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
  });
});
