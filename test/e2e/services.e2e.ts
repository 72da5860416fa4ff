import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientBody, daysAgo, intakeBody } from '../../src/server/services/test-fixtures.ts';
import { signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();

/** Creates clients through POST /api/clients as the page's user; returns their IDs. */
async function clients(page: Page, lastNames: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const LastName of lastNames) {
    const res = await page.request.post(`${journey.url}/api/clients`, {
      data: clientBody({ FirstName: 'Pat', LastName }),
    });
    if (res.status() !== 201) throw new Error(`client create failed: ${res.status()} ${await res.text()}`);
    ids.push((await res.json()).PersonalID);
  }
  return ids;
}

/** New clients enrolled through POST /api/enrollments (the page's user works as the project's organization). */
async function enrolled(page: Page, lastNames: string[], ProjectID: string, EntryDate = daysAgo(20)) {
  const ids = await clients(page, lastNames);
  for (const PersonalID of ids) {
    const res = await page.request.post(`${journey.url}/api/enrollments`, {
      data: intakeBody({ PersonalID, ProjectID, EntryDate }),
    });
    if (res.status() !== 201) throw new Error(`intake failed: ${res.status()} ${await res.text()}`);
  }
  return ids;
}

async function as(username: string): Promise<Page> {
  const page = await journey.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, journey.url, username);
  return page;
}

/** A field's label, with or without the required-field asterisk. */
const label = (text: string) => new RegExp(`^${text}( \\*)?$`);

const menu = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Workspace menu' }).getByRole('link', { name: label }).click();

describe('services journeys', () => {
  it('records one service on a client, shows it on the Services page and in Recent services', async () => {
    const page = await as('casemanager');
    const [id] = await enrolled(page, ['Alvarez'], 'PRJ-ES');
    await page.goto(`${journey.url}/clients/${id}`);
    const clientMenu = page.getByRole('navigation', { name: 'Client menu' });
    await clientMenu.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'Add New Service' }).click();
    const form = page.getByRole('form', { name: 'New service' });
    await form.getByLabel(label('Service')).selectOption({ label: 'Case Management Session' });
    await form.getByLabel('Service date').fill(daysAgo(1));
    await form.getByLabel('Units').fill('2');
    await form.getByLabel('Unit value').fill('12.50');
    await form.getByRole('button', { name: 'Save service' }).click();
    await page.getByText(`Recorded Case Management Session on ${daysAgo(1)}.`).waitFor();
    const row = page.getByRole('table', { name: 'Services' }).getByRole('row').nth(1);
    await expect(row.textContent()).resolves.toContain('Case Management Session');
    await expect(row.textContent()).resolves.toContain('$25.00');

    await page.getByRole('button', { name: 'Add New Service' }).click();
    await form.getByLabel(label('Service')).selectOption({ label: 'Meal' });
    await form.getByLabel('Service date').fill(daysAgo(40));
    await form.getByRole('button', { name: 'Save service' }).click();
    await form.getByText('outside the enrollment').waitFor();

    await clientMenu.getByRole('link', { name: 'Dashboard' }).click();
    const recent = page.getByRole('region', { name: 'Recent services' });
    await recent.getByText(`${daysAgo(1)} · Case Management Session`).waitFor();
    await page.context().close();
  });

  it('offers only the services the enrollment’s project records, and clears one no longer offered', async () => {
    const page = await as('casemanager');
    const [id = ''] = await clients(page, ['Nguyen']);
    for (const ProjectID of ['PRJ-RRH', 'PRJ-PSH']) {
      const res = await page.request.post(`${journey.url}/api/enrollments`, {
        data: intakeBody({ PersonalID: id, ProjectID, EntryDate: daysAgo(20) }),
      });
      expect(res.status()).toBe(201);
    }
    await page.goto(`${journey.url}/clients/${id}/services`);
    await page.getByRole('button', { name: 'Add New Service' }).click();
    const form = page.getByRole('form', { name: 'New service' });
    const service = form.getByLabel(label('Service'));
    const offered = () => service.locator('option').allTextContents();
    await form
      .getByLabel(label('Enrollment'))
      .selectOption({ label: `Hearth Permanent Supportive Housing (${daysAgo(20)} – open)` });
    await expect.poll(offered).toContain('Moving On: Housing Referral');
    await service.selectOption({ label: 'Moving On: Housing Referral' });

    // Rapid re-housing (CoC): no Moving On, Bed Night or PATH; the Moving On chosen is cleared.
    await form
      .getByLabel(label('Enrollment'))
      .selectOption({ label: `Hearth Rapid Re-Housing (${daysAgo(20)} – open)` });
    await expect.poll(offered).toContain('Case Management Session');
    const rrh = await offered();
    expect(rrh).not.toContain('Moving On: Housing Referral');
    for (const hud of ['Bed Night', 'PATH Re-engagement', 'PATH Case Management', 'SSVF Case Management'])
      expect(rrh).not.toContain(hud);
    await expect.poll(() => service.inputValue()).toBe('');
    await page.context().close();

    // A night-by-night shelter enrollment offers Bed Night; Quick Services follows the project.
    const shelter = await as('casemanager2');
    const [guest = ''] = await enrolled(shelter, ['Nightly'], 'PRJ-NBN');
    await shelter.goto(`${journey.url}/clients/${guest}/services`);
    await shelter.getByRole('button', { name: 'Add New Service' }).click();
    const shelterForm = shelter.getByRole('form', { name: 'New service' });
    await expect
      .poll(() => shelterForm.getByLabel(label('Service')).locator('option').allTextContents())
      .toContain('Bed Night');
    await shelter.goto(`${journey.url}/quick-services`);
    await shelter.getByLabel('Project').selectOption({ label: 'Open Door Night Shelter' });
    const quick = shelter.getByLabel(label('Service'));
    await expect.poll(() => quick.locator('option').allTextContents()).toContain('Bed Night');
    await quick.selectOption({ label: 'Bed Night' });
    await shelter.getByLabel('Project').selectOption({ label: 'Open Door Street Outreach' });
    await expect.poll(() => quick.locator('option').allTextContents()).not.toContain('Bed Night');
    await expect.poll(() => quick.inputValue()).toBe('');
    await shelter.context().close();
  });

  it('records Quick Services for five clients in one save', async () => {
    const page = await as('casemanager2');
    const five = await enrolled(page, ['Tester A', 'Tester B', 'Tester C', 'Tester D', 'Tester E'], 'PRJ-NBN');
    const [notEnrolled = ''] = await clients(page, ['Walk-in']);
    await menu(page, 'Quick Services – Multiple Clients');
    await page.getByLabel('Project').selectOption({ label: 'Open Door Night Shelter' });
    await page.getByLabel(label('Service')).selectOption({ label: 'Bed Night' });
    await page.getByLabel('Service date').fill(daysAgo(1));
    await expect(page.getByText('If you do not see a client here').isVisible()).resolves.toBe(true);
    const table = page.getByRole('table', { name: 'Enrolled clients' });
    await table.getByText(five[4] ?? '').waitFor();
    await expect(table.getByText(notEnrolled).count()).resolves.toBe(0);
    for (const id of five) await table.getByRole('checkbox', { name: new RegExp(`\\(${id}\\)`) }).check();
    await page.getByRole('button', { name: 'Save for 5 clients' }).click();
    await page.getByText('Recorded Bed Night for 5 clients.').waitFor();
    // The five now have the night (the demo's own guests may have had theirs already).
    const marked = table.getByRole('row').filter({ hasText: 'Already has this service' });
    await expect.poll(() => marked.filter({ hasText: /Tester [A-E]/ }).count()).toBe(5);
    await page.context().close();
  });

  it('posts a scanned batch once, flagging the not-enrolled and duplicate scans, even when posted twice', async () => {
    const page = await as('casemanager2');
    const [first = '', second = ''] = await enrolled(page, ['Batch A', 'Batch B'], 'PRJ-NBN');
    const [walkIn = ''] = await clients(page, ['Batch Walk-in']);
    await menu(page, 'Batches');
    await page.getByRole('button', { name: 'Add New Batch' }).click();
    await page.getByLabel('Batch name').fill('Sunday supper');
    await page.getByLabel('Project').selectOption({ label: 'Open Door Night Shelter' });
    await page.getByLabel(label('Service')).selectOption({ label: 'Meal' });
    await page.getByLabel('Service date').fill(daysAgo(2));
    await page.getByRole('button', { name: 'Save batch' }).click();
    await page.getByRole('heading', { name: 'Sunday supper' }).waitFor();

    const scanner = page.getByLabel('Client ID');
    for (const id of [first, walkIn, first, second]) {
      // A scanner types the ID, then Enter.
      await scanner.pressSequentially(id);
      await scanner.press('Enter');
      await page.getByText(`Added ${id}:`).waitFor();
      // The scanner's next read must land in the same field.
      await expect(scanner.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    }
    await scanner.fill('9999999');
    await scanner.press('Enter');
    await page.getByText('No client has the ID 9999999').waitFor();
    const review = page.getByRole('table', { name: 'Batch Clients' });
    await expect(review.getByText('No open enrollment').count()).resolves.toBe(1);
    await expect(review.getByText('Duplicate').count()).resolves.toBe(1);
    // Each flag says why the entry will not be posted.
    await expect(
      review.getByText('Scanned earlier in this batch: only the first scan is posted').count(),
    ).resolves.toBe(1);
    await expect(review.getByText('Ready').count()).resolves.toBe(2);

    // A second tab holds the same batch when the first one posts.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Post Services' }).click();

    await page.getByRole('button', { name: 'Post Services' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Post Services' }).click();
    await page.getByText('Posted 2 services; 2 entries skipped.').waitFor();

    await other.getByRole('dialog').getByRole('button', { name: 'Post Services' }).dblclick();
    await other.getByText('This batch was already posted (2 services): nothing was recorded twice.').waitFor();

    const mine = await page.request.get(`${journey.url}/api/my-services?from=${daysAgo(2)}&to=${daysAgo(2)}`);
    const items = (await mine.json()).items as { PersonalID: string; serviceName: string }[];
    expect(
      items
        .filter((s) => s.serviceName === 'Meal')
        .map((s) => s.PersonalID)
        .sort(),
    ).toEqual([first, second].sort());
    await page.context().close();
  });

  it('finds services in My Services and deletes one after confirming', async () => {
    const page = await as('casemanager');
    const [id] = await enrolled(page, ['Mendez'], 'PRJ-TH');
    const res = await page.request.get(`${journey.url}/api/clients/${id}/service-enrollments`);
    const [enrollment] = (await res.json()).items;
    for (const type of ['SVC-003', 'SVC-004']) {
      const saved = await page.request.post(`${journey.url}/api/clients/${id}/services`, {
        data: { EnrollmentID: enrollment.EnrollmentID, serviceTypeId: type, DateProvided: daysAgo(0), units: 1 },
      });
      expect(saved.status()).toBe(201);
    }
    await menu(page, 'My Services');
    await page.getByLabel('Client ID').fill(id ?? '');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('2 services found').waitFor();
    await page.getByRole('button', { name: /^Delete Hygiene Kit/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete service record?' });
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('1 service found').waitFor();
    await expect(page.getByRole('table', { name: 'Services' }).getByText('Hygiene Kit').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps a read-only case note locked until its author unchecks Read Only', async () => {
    const page = await as('casemanager');
    const [id] = await enrolled(page, ['Okafor'], 'PRJ-PSH');
    await page.goto(`${journey.url}/clients/${id}`);
    await page.getByRole('navigation', { name: 'Client menu' }).getByRole('link', { name: 'Case Notes' }).click();
    await page.getByRole('button', { name: 'Add New Case Note' }).click();
    const form = page.getByRole('form', { name: 'New case note' });
    await form.getByLabel(label('Title')).fill('Lease signing');
    await form.getByLabel(label('Note')).fill('Client signed the lease today.');
    await form.getByLabel('Read Only', { exact: true }).check();
    await form.getByLabel('Default Enrollment').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add a service' }).click();
    await form.getByLabel(label('Service 1')).selectOption({ label: 'Case Management Session' });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Lease signing”.').waitFor();
    const notes = page.getByRole('table', { name: 'Case notes' });
    await notes.getByText('Read only').waitFor();
    const pdfLink = await page.getByRole('link', { name: 'Print Lease signing' }).getAttribute('href');
    const pdf = await page.request.get(`${journey.url}${pdfLink}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // Another user of the organization can read it but cannot unlock it.
    const manager = await as('manager');
    await manager.goto(`${journey.url}/clients/${id}/case-notes`);
    await manager.getByRole('button', { name: 'Open Lease signing' }).click();
    await expect(manager.getByLabel('Read Only', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(manager.getByText('Only its author (Casey Manager) or an HMIS admin').isVisible()).resolves.toBe(true);
    await manager.context().close();

    await page.getByRole('button', { name: 'Open Lease signing' }).click();
    const edit = page.getByRole('form', { name: 'Edit case note' });
    await expect(edit.getByLabel(label('Title')).isDisabled()).resolves.toBe(true);
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByText('This case note is read only and cannot be edited').waitFor();
    await edit.getByLabel('Read Only', { exact: true }).uncheck();
    await expect(edit.getByLabel(label('Title')).isDisabled()).resolves.toBe(false);
    await edit.getByLabel(label('Title')).fill('Lease signing (corrected)');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Lease signing (corrected)”.').waitFor();
    await notes.getByText('Lease signing (corrected)').waitFor();
    await expect(notes.getByText('Read only').count()).resolves.toBe(0);
    await page.context().close();
  });
});
