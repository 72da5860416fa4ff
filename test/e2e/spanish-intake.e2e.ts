// A case manager works in Spanish and takes a new client through a whole intake: at every step,
// and on the enrollment page it ends on, no English is left on screen — neither a screen string
// (the English of every catalog entry whose Spanish differs) nor a HUD answer label (HUD's English
// where the Spanish label differs), select options included, since the questions are read to the client.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hudListsEs } from '../../src/hud/lists.es.ts';
import { hudLists } from '../../src/hud/lists.generated.ts';
import { setUpJourney } from './support/journey.ts';
import { bornAgo, day } from './support/workflow.ts';

type Catalog = Record<string, string>;
const locales = path.resolve(import.meta.dirname, '../../src/web/i18n/locales');
const catalog = (lng: string, ns: string): Catalog => {
  try {
    return JSON.parse(readFileSync(path.join(locales, lng, `${ns}.json`), 'utf8')) as Catalog;
  } catch {
    return {};
  }
};
const namespaces = readdirSync(path.join(locales, 'en')).map((f) => f.replace(/\.json$/, ''));

/** The screen's text for a key: the Spanish when the namespace has it, else the English key. */
const es = (ns: string, key: string) => catalog('es', ns)[key] ?? key;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole-word pattern; {{placeholders}} match anything. */
const phrase = (s: string) =>
  new RegExp(`(^|[^\\p{L}])${escapeRe(s).replace(/\\\{\\\{\w+\\\}\\\}/g, '.*?')}(?=$|[^\\p{L}])`, 'u');

/** English that must not show in Spanish: catalog and HUD English differing from its Spanish,
 * leaving out English that Spanish text itself contains ("Refugio seguro (Safe Haven)"). */
function englishOnly(): { text: string; re: RegExp }[] {
  const pairs: [string, string][] = [];
  for (const ns of namespaces) {
    const en = catalog('en', ns);
    const sp = catalog('es', ns);
    for (const [k, v] of Object.entries(en)) if (sp[k] !== undefined && sp[k] !== v) pairs.push([v, sp[k] ?? '']);
  }
  for (const list of Object.keys(hudLists) as (keyof typeof hudLists)[]) {
    const sp = hudListsEs[list] as Record<string, string>;
    for (const [code, v] of Object.entries(hudLists[list].values as Record<string, string>))
      if (sp[code] !== v) pairs.push([v, sp[code] ?? '']);
  }
  const spanish = pairs.map(([, s]) => s).join('\n');
  const out = new Map<string, RegExp>();
  for (const [en] of pairs) {
    // Placeholders alone, or a word or two of letters only ("OK"), are no evidence of English.
    const literal = en.replace(/\{\{\w+\}\}/g, '').trim();
    if (!/\p{L}{3}/u.test(literal)) continue;
    const re = phrase(en);
    if (!re.test(spanish)) out.set(en, re);
  }
  return [...out].map(([text, re]) => ({ text, re }));
}

const journey = setUpJourney();
let page: Page;
const ENGLISH = englishOnly();

beforeAll(async () => {
  page = await journey.signedIn('casemanager', { locale: 'en-US' });
  // The language choice, as Settings stores it.
  await page.evaluate(() => localStorage.setItem('hearth.language', 'es'));
  const projects = await page.request.get(`${journey.url}/api/enrollments/projects?scope=current`);
  const me = (await (await page.request.get(`${journey.url}/api/auth/me`)).json()) as {
    organizations?: { name: string }[];
  };
  data = [
    ...((await projects.json()) as { ProjectName: string }[]).map((p) => p.ProjectName),
    ...(me.organizations ?? []).map((o) => o.name),
  ];
});

/** Everything a user reads or hears on the page now: visible text, every option of every select,
 * and the accessible names and placeholders of visible controls. */
const screenText = () =>
  page.evaluate(() => {
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (hidden elements left out) is the point
    const parts = [document.body.innerText, document.title];
    for (const s of document.querySelectorAll('select')) if (visible(s)) for (const o of s.options) parts.push(o.text);
    for (const e of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      if (visible(e)) for (const a of ['aria-label', 'placeholder', 'title']) parts.push(e.getAttribute(a) ?? '');
    return parts.join('\n');
  });

/** Data shown as entered (project and organization names), which may read like English ("Transitional Housing"). */
let data: string[] = [];

/** The English phrases on screen, by the step they were seen at, with the text around them. */
async function englishOnScreen(where: string): Promise<string[]> {
  let text = await screenText();
  for (const d of data) text = text.split(d).join(' ');
  return ENGLISH.flatMap((e) => {
    const m = e.re.exec(text);
    return m ? [`${where}: ${e.text} (in "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}")`] : [];
  });
}

const stepNav = () => page.locator(`nav[aria-label="${es('workflows', 'Workflow steps')}"]`);
const currentStep = () => stepNav().locator('[aria-current="step"]').textContent();
const button = (ns: string, key: string) => page.getByRole('button', { name: es(ns, key), exact: true });

async function next() {
  const before = await currentStep();
  await button('workflows', 'Save & continue').click();
  await expect.poll(currentStep).not.toBe(before);
}

/** Answers every empty question of the page from codes alone (the labels are Spanish); an answer
 * can bring follow-up questions, so it goes over the page again until nothing new is empty. */
async function answerPage() {
  const preferred = ['0', '116', '4', '106'];
  for (let pass = 0; pass < 4; pass++) {
    let answered = 0;
    for (const s of await page.locator('select:visible').all()) {
      if ((await s.inputValue()) !== '') continue;
      const values = await s.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const pick = preferred.find((v) => values.includes(v));
      if (pick) {
        await s.selectOption(pick);
        answered++;
      }
    }
    for (const d of await page.locator('input[type="date"]:visible').all())
      if (!(await d.inputValue())) {
        await d.fill(day(-200));
        answered++;
      }
    if (!answered) return;
  }
}

describe('an intake in Spanish', () => {
  it('takes a new client through every step to the enrollment page with no English on screen', async () => {
    expect(ENGLISH.length).toBeGreaterThan(500);
    const seen: string[] = [];
    await page.goto(`${journey.url}/intake`);
    await page.getByRole('heading', { name: es('enrollments', 'Intake'), level: 1 }).waitFor();
    seen.push(...(await englishOnScreen('Find the head of household')));

    await page.getByLabel(es('enrollments', 'Find client'), { exact: true }).fill('mar qui');
    await button('enrollments', 'Search').click();
    await page.getByText(es('enrollments', 'No records found.')).waitFor();
    await button('enrollments', 'Not found: add a new client').click();
    const form = page.getByLabel(es('enrollments', 'Add a new client'));
    const field = (key: string) => form.getByLabel(new RegExp(`^${escapeRe(es('clients', key))}( \\*)?$`));
    await field('First name').fill('Marisol');
    await field('Last name').fill('Quintero');
    await field('Name data quality').selectOption('1');
    await field('SSN data quality').selectOption('99');
    await field('Date of birth').fill(bornAgo(41));
    await field('DOB data quality').selectOption('1');
    await field('Sex').selectOption('0');
    await form.getByRole('checkbox', { name: hudListsEs.Race.HispanicLatinaeo }).check();
    seen.push(...(await englishOnScreen('Add a new client')));
    await form.getByRole('button', { name: es('enrollments', 'Add to household') }).click();
    await page.getByText(es('enrollments', 'New client: created when the intake finishes')).waitFor();
    seen.push(...(await englishOnScreen(es('enrollments', 'Basic client information'))));

    await next();
    seen.push(...(await englishOnScreen(es('enrollments', 'Family members'))));
    await next();
    await page.getByLabel(es('enrollments', 'Project'), { exact: true }).selectOption('PRJ-ES');
    seen.push(...(await englishOnScreen(es('enrollments', 'HUD program enrollment'))));
    await next();

    let pages = 0;
    for (; pages < 30 && !(await button('workflows', 'Finish').isVisible()); pages++) {
      await answerPage();
      seen.push(...(await englishOnScreen((await currentStep()) ?? `page ${pages}`)));
      await next();
    }
    expect(pages).toBeGreaterThan(3);
    seen.push(...(await englishOnScreen(es('enrollments', 'Review and finish'))));
    await button('workflows', 'Finish').click();
    await page.waitForURL(/\/enrollments\/[0-9a-f]{32}$/);
    await page.getByRole('link', { name: 'Marisol Quintero' }).waitFor();
    await page.getByText(es('enrollments', 'Enrolled'), { exact: true }).waitFor();
    seen.push(...(await englishOnScreen('enrollment page')));
    expect(seen).toEqual([]);
  });
});
