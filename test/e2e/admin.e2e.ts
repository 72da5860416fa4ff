// HMIS admin set-up journeys. Each journey creates the records it needs (through the API, unless
// creating them is what it tests) and waits for each page it opens before typing into it: a
// click on a link renders the next page in a transition, and a field of the same name on the
// page being left (Projects has an "Organization" filter) would otherwise take the input.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let page: Page;
beforeAll(async () => {
  page = await journey.signedIn('admin');
});

let serial = 0;
/** A name no other journey uses, so journeys never see each other's records. */
const unique = (what: string) => `${what} ${Date.now().toString(36)}${(serial++).toString(36)}`;

async function call<T>(p: Page, method: 'get' | 'post', path: string, data?: unknown): Promise<T> {
  const res = await p.request[method](`${journey.url}${path}`, data === undefined ? {} : { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}
const createOrganization = async (p: Page, name: string) =>
  (
    await call<{ OrganizationID: string }>(p, 'post', '/api/admin/organizations', {
      OrganizationName: name,
      VictimServiceProvider: 0,
    })
  ).OrganizationID;
const createUser = async (
  p: Page,
  u: { username: string; organizationIds: string[]; roles?: string[]; password: string },
) =>
  (
    await call<{ id: string }>(p, 'post', '/api/admin/users', {
      username: u.username,
      firstName: 'Riley',
      lastName: 'Nguyen',
      email: `${u.username}@riverside.example`,
      roles: u.roles ?? [],
      organizationIds: u.organizationIds,
      initialPassword: u.password,
    })
  ).id;

const main = (p = page) => p.getByRole('main');
// Exactly this label, with or without the asterisk Mantine adds to required fields.
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);
const field = (label: string, p = page) => main(p).getByLabel(exactly(label));
const heading = (name: string, p = page) => main(p).getByRole('heading', { name, exact: true });

describe('HMIS admin sets up the CoC', () => {
  it('opens the Admin workspace and sees its pages', async () => {
    await page.goto(journey.url);
    await page.getByRole('tab', { name: 'Admin' }).click();
    await heading('Admin').waitFor();
    for (const name of ['Organizations', 'Projects', 'Users', 'Service types', 'Audit trail']) {
      await main()
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .waitFor();
    }
  });

  it('creates an organization', async () => {
    const name = unique('Riverside Housing Alliance');
    await page.goto(`${journey.url}/admin`);
    await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Organizations' }).click();
    await heading('Organizations').waitFor();
    await main().getByRole('button', { name: 'Add organization' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Organization name').fill(name);
    await dialog.getByLabel('Common name').fill('Riverside');
    await dialog.getByRole('button', { name: 'Save organization' }).click();
    await main().getByRole('cell', { name, exact: true }).waitFor();
    const { items } = await call<{ items: { OrganizationName: string }[] }>(page, 'get', '/api/admin/organizations');
    expect(items.map((o) => o.OrganizationName)).toContain(name);
  });

  it('creates a project with its CoC, a funder and inventory', async () => {
    const org = unique('Riverside Shelters');
    await createOrganization(page, org);
    const project = unique('Riverside Winter Shelter');
    await page.goto(`${journey.url}/admin/projects`);
    await heading('Projects').waitFor();
    await main().getByRole('link', { name: 'Add project' }).click();
    // The Projects list has its own "Organization" filter: type only once the new page is here.
    await heading('New project').waitFor();
    await field('Organization').selectOption({ label: org });
    await field('Project name').fill(project);
    await field('Operating start date').fill('2026-01-01');
    await field('Project type').selectOption({ label: 'Emergency Shelter - Entry Exit' });
    await field('Housing type').selectOption({ label: 'Site-based - single site' });

    await main().getByRole('button', { name: 'Add a CoC' }).click();
    const coc = main().getByRole('group', { name: 'CoC 1' });
    await coc.getByLabel('CoC code').selectOption('TX-600');
    await coc.getByLabel('Geocode').fill('489113');

    await main().getByRole('button', { name: 'Add a funder' }).click();
    const funder = main().getByRole('group', { name: 'Funder 1' });
    await funder
      .getByLabel('Funding source')
      .selectOption({ label: 'HUD: ESG - Emergency Shelter (operating and/or essential services)' });
    await funder.getByLabel('Grant ID').fill('ESG-RIVER-26');

    await main().getByRole('button', { name: 'Add inventory' }).click();
    const inventory = main().getByRole('group', { name: 'Inventory 1' });
    await inventory.getByLabel('Household type').selectOption({ label: 'Households without children' });
    await inventory.getByLabel('Availability').selectOption({ label: 'Year-round' });
    await inventory.getByLabel('Bed type').selectOption({ label: 'Facility-based' });
    await inventory.getByLabel(exactly('Units')).fill('30');
    await inventory.getByLabel('Total beds').fill('40');
    // The bed sub-counts must add up: the server says so beside the field.
    await main().getByRole('button', { name: 'Save project' }).click();
    await inventory.getByText('Total beds (40) must equal the dedicated and other beds added together (0)').waitFor();
    await inventory.getByLabel(exactly('Veteran beds')).fill('10');
    await inventory.getByLabel('Other beds').fill('30');
    await main().getByRole('button', { name: 'Save project' }).click();

    await page.waitForURL(/\/admin\/projects\/[0-9a-f]{32}$/);
    const projectId = page.url().split('/').pop();
    await heading(project).waitFor();
    const saved = await call<{ funders: { GrantID: string }[]; inventory: { BedInventory: number }[] }>(
      page,
      'get',
      `/api/admin/projects/${projectId}`,
    );
    expect(saved.funders.map((f) => f.GrantID)).toEqual(['ESG-RIVER-26']);
    expect(saved.inventory.map((i) => i.BedInventory)).toEqual([40]);
  });

  it('creates a user who works for a new organization', async () => {
    const org = unique('Riverside Outreach');
    await createOrganization(page, org);
    const username = `riley.${Date.now().toString(36)}`;
    await page.goto(`${journey.url}/admin/users`);
    await heading('Users').waitFor();
    await main().getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Username').fill(username);
    await dialog.getByLabel('First name').fill('Riley');
    await dialog.getByLabel('Last name').fill('Nguyen');
    await dialog.getByLabel('Email').fill('riley@riverside.example');
    await dialog.getByLabel('Organizations').click();
    await page.getByRole('listbox').getByRole('option', { name: org }).click();
    await dialog.getByLabel('Initial password').fill('riverside-initial-2026');
    await dialog.getByRole('button', { name: 'Save user' }).click();
    await main().getByRole('cell', { name: username, exact: true }).waitFor();
    const row = main().getByRole('row').filter({ hasText: username });
    await row.getByText('Must change password').waitFor();
    const { items } = await call<{ items: { id: string }[] }>(page, 'get', `/api/admin/users?search=${username}`);
    expect(items).toHaveLength(1);
  });

  it('finds each of an admin’s set-up actions in the audit trail', async () => {
    // A second HMIS admin of its own, so the trail filtered by user holds only this journey's actions.
    const org = await createOrganization(page, unique('Audit Org'));
    const username = `auditor.${Date.now().toString(36)}`;
    await createUser(page, { username, organizationIds: [org], roles: ['hmis_admin'], password: 'auditor-first-2026' });
    const auditor = await journey.newPage();
    await call(auditor, 'post', '/api/auth/login', { username, password: 'auditor-first-2026' });
    await call(auditor, 'post', '/api/auth/password', {
      currentPassword: 'auditor-first-2026',
      newPassword: 'auditor-chosen-2026',
    });
    const { OrganizationID } = await call<{ OrganizationID: string }>(auditor, 'post', '/api/admin/organizations', {
      OrganizationName: unique('Audited Org'),
      VictimServiceProvider: 0,
    });
    const { ProjectID } = await call<{ ProjectID: string }>(auditor, 'post', '/api/admin/projects', {
      OrganizationID,
      ProjectName: unique('Audited Project'),
      OperatingStartDate: '2026-01-01',
      ContinuumProject: 0,
      ProjectType: 6,
      ResidentialAffiliation: 0,
      cocs: [],
      funders: [],
      inventory: [],
      participations: [],
    });
    const { id: userId } = await call<{ id: string }>(auditor, 'post', '/api/admin/users', {
      username: `audited.${Date.now().toString(36)}`,
      firstName: 'Audited',
      lastName: 'User',
      email: 'audited@riverside.example',
      roles: [],
      organizationIds: [OrganizationID],
      initialPassword: 'audited-first-2026',
    });
    await auditor.context().close();

    await page.goto(`${journey.url}/admin/audit`);
    await heading('Audit trail').waitFor();
    await field('User').selectOption({ label: `Riley Nguyen (${username})` });
    for (const [action, record, details] of [
      ['Organization created', `organization ${OrganizationID}`, ['Victim service provider: No (0)']],
      [
        'Project created',
        `project ${ProjectID}`,
        [`Organization: ${OrganizationID}`, 'Project type: Services Only (6)'],
      ],
      ['User created', `user ${userId}`, ['Roles: —', `Organizations: ${OrganizationID}`]],
    ] as const) {
      await field('Action').selectOption({ label: action });
      // The list keeps showing the previous filter's rows until the new ones arrive: wait for them.
      await main()
        .getByRole('status')
        .filter({ hasText: /^1 entry$/ })
        .waitFor();
      const row = main().getByRole('row').filter({ hasText: record });
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(username);
      // Details read as labelled lines (one tense for every action), not JSON.
      await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe(action);
      // (stored as jsonb, so in the database's key order)
      const shown = await row.getByRole('cell').nth(7).locator('p').allTextContents();
      for (const line of details) expect(shown).toContain(line);
    }
  });

  it('sees a new user in the User Tracker and downloads it as CSV', async () => {
    const org = unique('Tracker Org');
    const organizationId = await createOrganization(page, org);
    const username = `tracked.${Date.now().toString(36)}`;
    const id = await createUser(page, { username, organizationIds: [organizationId], password: 'tracked-first-2026' });
    await page.goto(journey.url);
    await page.getByRole('tab', { name: 'Reports' }).click();
    await main()
      .getByRole('link', { name: /^User Tracker/ })
      .click();
    await heading('User Tracker').waitFor();
    await field('Organization').selectOption({ label: org });
    const table = main().getByRole('table', { name: 'User Tracker' });
    await table.getByRole('cell', { name: `Riley Nguyen (${username})` }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Active Status,User ID,Username');
    expect(csv).toContain(`Active,${id},${username},Riley Nguyen,${username}@riverside.example`);
  });

  it('a new user signs in and must choose their own password first', async () => {
    const org = unique('Riverside Housing');
    const organizationId = await createOrganization(page, org);
    const username = `newcomer.${Date.now().toString(36)}`;
    await createUser(page, { username, organizationIds: [organizationId], password: 'riverside-initial-2026' });
    const p = await journey.newPage();
    await p.goto(journey.url);
    await p.getByLabel('Username').fill(username);
    await p.locator('input[autocomplete="current-password"]').fill('riverside-initial-2026');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await p.getByLabel('Current password').fill('riverside-initial-2026');
    await p.getByLabel(exactly('New password')).fill('riverside-chosen-pass');
    await p.getByLabel('Confirm new password').fill('riverside-chosen-pass');
    await p.getByRole('button', { name: 'Change password' }).click();
    await p.getByRole('heading', { name: 'Welcome, Riley' }).waitFor();
    await p.getByText(`Working as ${org}.`).waitFor();
    expect(await p.getByRole('tab', { name: 'Admin' }).count()).toBe(0);
    await p.context().close();
  });
});
