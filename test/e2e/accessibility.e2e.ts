// WCAG 2.1 AA: axe-core on every route of src/web/routes.tsx (and the signed-out pages), as the
// HMIS admin who may open them all, plus each role's Home dashboard. Any serious or critical
// violation fails the test; the counts per route are printed.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adultEntryAnswers } from '../../src/server/enrollments/fixtures.test-support.ts';
import { setUpJourney } from './support/journey.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** An ID nothing has: the page's "not found" state is checked where no record is made for it. */
const NONE = 'NOT-A-RECORD';

const journey = setUpJourney();
const ids: Record<string, string> = {};

/** Every path the app routes, read from the workspaces' lists of screens that routes.tsx puts together. */
function routePaths(): string[] {
  const web = new URL('../../src/web/', import.meta.url);
  const routes = readFileSync(new URL('routes.tsx', web), 'utf8');
  const lists = [...routes.matchAll(/from '\.\/(routes\/[\w-]+-pages\.tsx)'/g)].map((m) => m[1] as string);
  if (lists.length < 4)
    throw new Error(`routes.tsx names ${lists.length} lists of screens; the test expects one per workspace`);
  const source = lists.map((f) => readFileSync(new URL(f, web), 'utf8')).join('\n');
  return [...new Set([...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1] as string))];
}

function fill(path: string): string {
  return path
    .replace(':personalId', ids.personalId ?? NONE)
    .replace(':projectId', 'PRJ-RRH')
    .replace(/^\/enrollments\/:id/, `/enrollments/${ids.enrollmentId ?? NONE}`)
    .replace(/^\/workflows\/:id/, `/workflows/${ids.workflowId ?? NONE}`)
    .replace(/^\/batches\/:id/, `/batches/${ids.batchId ?? NONE}`)
    .replace(/^\/reports\/files\/:id/, `/reports/files/${ids.jobId ?? NONE}`)
    .replace(/:id/, NONE);
}

type Finding = { path: string; critical: number; serious: number; other: number; detail: string[] };

/** `ready`: what must be on screen before axe looks (a workflow step drawn after its data loads). */
async function audit(page: Page, path: string, ready?: (p: Page) => Promise<void>): Promise<Finding> {
  await page.goto(journey.url + path);
  await page.waitForLoadState('networkidle');
  await ready?.(page);
  // Every page has one h1 (its title); a page without one is a finding too.
  const titled = await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  await page.waitForTimeout(300);
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const count = (impact: string) => r.violations.filter((v) => v.impact === impact).length;
  const h1s = await page.locator('h1').count();
  return {
    path,
    critical: count('critical'),
    serious: count('serious') + (titled && h1s === 1 ? 0 : 1),
    other: r.violations.length - count('critical') - count('serious'),
    detail: [
      ...(titled && h1s === 1 ? [] : [`page-has-one-h1 (serious): ${h1s} h1 elements`]),
      ...r.violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
        ),
    ],
  };
}

function report(found: Finding[]) {
  for (const f of found)
    console.log(`axe ${f.path}: critical ${f.critical}, serious ${f.serious}, minor/moderate ${f.other}`);
  return found.filter((f) => f.critical + f.serious > 0).map((f) => `${f.path}: ${f.detail.join('; ')}`);
}

beforeAll(async () => {
  const page = await journey.signedIn('admin');
  const api = page.request;
  const client = await api.post(`${journey.url}/api/clients`, {
    data: {
      FirstName: 'Ana',
      LastName: 'Reyes',
      NameDataQuality: 1,
      SSNDataQuality: 99,
      DOB: '1988-03-14',
      DOBDataQuality: 1,
      Sex: 0,
      HispanicLatinao: 1,
      VeteranStatus: 0,
      confirmedNotDuplicate: true,
    },
  });
  ids.personalId = (await client.json()).PersonalID;
  const entry = new Date(Date.now() - 30 * 86_400_000).toLocaleDateString('en-CA');
  const enrolled = await api.post(`${journey.url}/api/enrollments`, {
    data: {
      ProjectID: 'PRJ-RRH',
      EntryDate: entry,
      members: [{ PersonalID: ids.personalId, RelationshipToHoH: 1, assessment: adultEntryAnswers() }],
    },
  });
  const household = await enrolled.json();
  ids.enrollmentId = household.members?.[0]?.EnrollmentID;
  const draft = await api.post(`${journey.url}/api/workflows`, {
    data: { kind: 'intake', PersonalID: ids.personalId },
  });
  if (draft.ok()) ids.workflowId = (await draft.json()).id;
  const editEntry = await api.post(`${journey.url}/api/workflows`, {
    data: { kind: 'edit-entry', EnrollmentID: ids.enrollmentId },
  });
  if (editEntry.ok()) ids.editEntryId = (await editEntry.json()).id;
  await page.close();
}, 300_000);

describe('axe-core on every route', () => {
  it('finds no serious or critical violation on the signed-out pages', async () => {
    const page = await journey.newPage();
    const failures = report([await audit(page, '/'), await audit(page, '/recover')]);
    expect(failures).toEqual([]);
  });

  it('finds no serious or critical violation on any route of routes.tsx', async () => {
    const page = await journey.signedIn('admin');
    const paths = routePaths();
    expect(paths.length).toBeGreaterThanOrEqual(50);
    const found: Finding[] = [];
    for (const p of paths) found.push(await audit(page, fill(p)));
    const failures = report(found);
    console.log(`axe: ${found.length} routes checked, ${failures.length} with serious or critical violations`);
    expect(failures).toEqual([]);
  }, 900_000);

  it('finds none on Edit entry’s Family members step (a table of inputs)', async () => {
    const page = await journey.signedIn('admin');
    const found = await audit(page, `/workflows/${ids.editEntryId ?? NONE}`, (p) =>
      p.getByRole('table', { name: 'Household members' }).waitFor(),
    );
    expect(report([found])).toEqual([]);
    await page.close();
  });

  it('finds none on each role’s Home dashboard', async () => {
    const found: Finding[] = [];
    for (const user of ['casemanager', 'manager', 'dqo']) {
      const page = await journey.signedIn(user);
      found.push({ ...(await audit(page, '/')), path: `/ as ${user}` });
      await page.close();
    }
    expect(report(found)).toEqual([]);
  }, 300_000);
});
