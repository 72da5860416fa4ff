import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await signIn(page, server.url, 'admin');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ORG = 'Riverside Housing Alliance';
const PROJECT = 'Riverside Winter Shelter';
const INITIAL = 'riverside-initial-2026';
const ids: { org?: string; project?: string; user?: string } = {};

async function api<T>(path: string): Promise<T> {
  const res = await page.request.get(`${server.url}${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}
const main = () => page.getByRole('main');
// Exactly this label, with or without the asterisk Mantine adds to required fields.
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);
const field = (label: string) => main().getByLabel(exactly(label));

describe('HMIS admin sets up the CoC', () => {
  it('opens the Admin workspace and sees its pages', async () => {
    await page.getByRole('tab', { name: 'Admin' }).click();
    await main().getByRole('heading', { name: 'Admin' }).waitFor();
    for (const name of ['Organizations', 'Projects', 'Users', 'Service types', 'Audit trail']) {
      await main()
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .waitFor();
    }
  });

  it('creates an organization', async () => {
    await page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: 'Organizations' }).click();
    await main().getByRole('button', { name: 'Add organization' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Organization name').fill(ORG);
    await dialog.getByLabel('Common name').fill('Riverside');
    await dialog.getByRole('button', { name: 'Save organization' }).click();
    await main().getByRole('cell', { name: ORG, exact: true }).waitFor();
    const { items } = await api<{ items: { OrganizationID: string; OrganizationName: string }[] }>(
      '/api/admin/organizations',
    );
    ids.org = items.find((o) => o.OrganizationName === ORG)?.OrganizationID;
    expect(ids.org).toBeTruthy();
  });

  it('creates a project with its CoC, a funder and inventory', async () => {
    await page.goto(`${server.url}/admin/projects`);
    await main().getByRole('link', { name: 'Add project' }).click();
    await field('Organization').selectOption({ label: ORG });
    await field('Project name').fill(PROJECT);
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
    ids.project = page.url().split('/').pop();
    await main().getByRole('heading', { name: PROJECT }).waitFor();
    const saved = await api<{ funders: { GrantID: string }[]; inventory: { BedInventory: number }[] }>(
      `/api/admin/projects/${ids.project}`,
    );
    expect(saved.funders.map((f) => f.GrantID)).toEqual(['ESG-RIVER-26']);
    expect(saved.inventory.map((i) => i.BedInventory)).toEqual([40]);
  });

  it('creates a user who works for the new organization', async () => {
    await page.goto(`${server.url}/admin/users`);
    await main().getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Username').fill('riley.new');
    await dialog.getByLabel('First name').fill('Riley');
    await dialog.getByLabel('Last name').fill('Nguyen');
    await dialog.getByLabel('Email').fill('riley@riverside.example');
    await dialog.getByLabel('Organizations').click();
    await page.getByRole('listbox').getByRole('option', { name: ORG }).click();
    await dialog.getByLabel('Initial password').fill(INITIAL);
    await dialog.getByRole('button', { name: 'Save user' }).click();
    await main().getByRole('cell', { name: 'riley.new', exact: true }).waitFor();
    const row = main().getByRole('row').filter({ hasText: 'riley.new' });
    await row.getByText('Must change password').waitFor();
    const { items } = await api<{ items: { id: string }[] }>('/api/admin/users?search=riley.new');
    ids.user = items[0]?.id;
    expect(ids.user).toBeTruthy();
  });

  it('finds each of those actions in the audit trail', async () => {
    await page.goto(`${server.url}/admin/audit`);
    const expected = [
      ['Organization created (admin)', `organization ${ids.org}`],
      ['Project created (admin)', `project ${ids.project}`],
      ['User created (admin)', `user ${ids.user}`],
    ];
    for (const [action, record] of expected) {
      await field('Action').selectOption({ label: action as string });
      const row = main()
        .getByRole('row')
        .filter({ hasText: record as string });
      await row.waitFor();
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('admin');
      await expect(main().getByRole('status').textContent()).resolves.toBe('1 entry');
    }
  });

  it('sees the new user in the User Tracker and downloads it as CSV', async () => {
    await page.getByRole('tab', { name: 'Reports' }).click();
    await main()
      .getByRole('link', { name: /^User Tracker/ })
      .click();
    await field('Organization').selectOption({ label: ORG });
    const table = main().getByRole('table', { name: 'User Tracker' });
    await table.getByRole('cell', { name: 'Riley Nguyen (riley.new)' }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Active Status,User ID,Username');
    expect(csv).toContain(`Active,${ids.user},riley.new,Riley Nguyen,riley@riverside.example`);
  });

  it('the new user signs in and must choose their own password first', async () => {
    const p = await (await browser.newContext()).newPage();
    await p.goto(server.url);
    await p.getByLabel('Username').fill('riley.new');
    await p.locator('input[autocomplete="current-password"]').fill(INITIAL);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await p.getByLabel('Current password').fill(INITIAL);
    await p.getByLabel(exactly('New password')).fill('riverside-chosen-pass');
    await p.getByLabel('Confirm new password').fill('riverside-chosen-pass');
    await p.getByRole('button', { name: 'Change password' }).click();
    await p.getByRole('heading', { name: 'Welcome, Riley' }).waitFor();
    await p.getByText(`Working as ${ORG}.`).waitFor();
    expect(await p.getByRole('tab', { name: 'Admin' }).count()).toBe(0);
    await p.context().close();
  });
});
