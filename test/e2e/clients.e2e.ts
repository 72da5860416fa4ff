// Clients journeys: a case manager finds, creates (past a duplicate warning), edits (through a
// stale-version conflict), adds a photo, a file and an interested other; an admin merges two
// clients and undoes it.
import { chromium, type Locator, type Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();

const signedIn = (username: string) => journey.signedIn(username, { acceptDownloads: true });

const main = (page: Page) => page.getByRole('main');
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);
const field = (page: Page, label: string) => main(page).getByLabel(exactly(label));
/** The message shown beside a field (Mantine links it with aria-describedby). */
async function errorBeside(input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => input.page().locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}
const idFromUrl = (page: Page) => new URL(page.url()).pathname.split('/')[2] ?? '';

async function fillClient(page: Page, first: string, last: string) {
  await field(page, 'First name').fill(first);
  await field(page, 'Last name').fill(last);
  await field(page, 'Name data quality').selectOption({ label: 'Full name reported' });
  await field(page, 'SSN').fill('');
  await field(page, 'SSN data quality').selectOption({ label: 'Data not collected' });
  await field(page, 'Date of birth').fill('1984-03-14');
  await field(page, 'DOB data quality').selectOption({ label: 'Full DOB reported' });
  await field(page, 'Sex').selectOption({ label: 'Female' });
  await main(page).getByRole('checkbox', { name: 'White' }).check();
  await field(page, 'Veteran status').selectOption({ label: 'No' });
}

const ids: { first?: string; second?: string } = {};
let cm: Page;

describe('Case manager works a client record', () => {
  it('searches by 3+3 letters, finds nobody, and creates the client from the search', async () => {
    cm = await signedIn('casemanager');
    await cm.getByRole('tab', { name: 'Clients' }).click();
    const box = field(cm, 'Search clients');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('Zep Qui');
    await box.press('Enter');
    await main(cm).getByText('No records found').waitFor();
    await main(cm).getByRole('button', { name: 'Create client' }).click();
    await cm.getByRole('heading', { name: 'Create client' }).waitFor();
    // The typed letters come along as first and last name.
    expect(await field(cm, 'First name').inputValue()).toBe('Zep');
    expect(await field(cm, 'Last name').inputValue()).toBe('Qui');
    await fillClient(cm, 'Zephyrine', 'Quillfeather');
    await main(cm).getByRole('button', { name: 'Save client' }).click();
    await main(cm).getByRole('heading', { name: 'Zephyrine Quillfeather' }).waitFor();
    ids.first = idFromUrl(cm);
    expect(ids.first).toMatch(/\S/);
    await main(cm).getByText(`Client ID: ${ids.first}`).waitFor();
  });

  it('pages through many matches of one name part', async () => {
    await cm.goto(`${journey.url}/clients?q=a`);
    const results = main(cm).getByRole('table', { name: 'Search results' });
    await results.waitFor();
    const firstOnPage1 = await results.getByRole('link').first().textContent();
    await main(cm).getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(() => new URL(cm.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => results.getByRole('link').first().textContent()).not.toBe(firstOnPage1);
  });

  it('shows a field error beside the field the server refused', async () => {
    await cm.goto(`${journey.url}/clients/new`);
    await fillClient(cm, 'Zephyrine', 'Quillfeather');
    await field(cm, 'SSN').fill('123');
    await field(cm, 'SSN data quality').selectOption({ label: 'Full SSN reported' });
    await main(cm).getByRole('button', { name: 'Save client' }).click();
    expect(await errorBeside(field(cm, 'SSN'))).toMatch(/SSN/);
    expect(await errorBeside(field(cm, 'SSN'))).toMatch(/9 digits/);
  });

  it('warns about a likely duplicate and creates the client once told none of them is this person', async () => {
    await cm.goto(`${journey.url}/clients/new`);
    await fillClient(cm, 'Zephyrina', 'Quillfeather');
    await main(cm).getByRole('button', { name: 'Save client' }).click();
    await main(cm).getByRole('heading', { name: 'Possible duplicate' }).waitFor();
    const candidate = main(cm).getByLabel(`Candidate ${ids.first}`);
    await candidate.getByRole('heading', { name: 'Zephyrine Quillfeather' }).waitFor();
    await candidate.getByText('date of birth', { exact: true }).waitFor();
    await main(cm).getByLabel('Entered data').getByText('Zephyrina Quillfeather').waitFor();
    await main(cm).getByRole('button', { name: 'None of these is this person' }).click();
    await main(cm).getByRole('heading', { name: 'Zephyrina Quillfeather' }).waitFor();
    ids.second = idFromUrl(cm);
    expect(ids.second).not.toBe(ids.first);

    await cm.goto(`${journey.url}/clients?q=${encodeURIComponent('Zep Qui')}`);
    const results = main(cm).getByRole('table', { name: 'Search results' });
    await results.getByRole('link', { name: 'Zephyrine Quillfeather' }).waitFor();
    await results.getByRole('link', { name: 'Zephyrina Quillfeather' }).waitFor();
  });

  it('opens the existing client instead of creating a second record when the case manager picks a candidate', async () => {
    await cm.goto(`${journey.url}/clients/new`);
    await fillClient(cm, 'Zephyrine', 'Quillfeather');
    await main(cm).getByRole('button', { name: 'Save client' }).click();
    const candidate = main(cm).getByLabel(`Candidate ${ids.first}`);
    await candidate.getByRole('button', { name: 'Use this client' }).click();
    await main(cm).getByRole('heading', { name: 'Zephyrine Quillfeather' }).waitFor();
    expect(idFromUrl(cm)).toBe(ids.first);

    await cm.goto(`${journey.url}/clients?q=${encodeURIComponent('Zep Qui')}`);
    const results = main(cm).getByRole('table', { name: 'Search results' });
    await results.getByRole('link', { name: 'Zephyrina Quillfeather' }).waitFor();
    expect(await results.getByRole('link', { name: /Quillfeather$/ }).count()).toBe(2);
  });

  it('keeps the other editor from silently overwriting a change (stale version), then saves after Reload', async () => {
    const other = await signedIn('casemanager2');
    await cm.goto(`${journey.url}/clients/${ids.first}/edit`);
    await other.goto(`${journey.url}/clients/${ids.first}/edit`);
    await field(cm, 'Middle name').waitFor();
    await field(other, 'Middle name').fill('Araminta');
    await main(other).getByRole('button', { name: 'Save changes' }).click();
    await main(other).getByRole('heading', { name: 'Zephyrine Araminta Quillfeather' }).waitFor();

    await field(cm, 'Suffix').fill('Jr');
    await main(cm).getByRole('button', { name: 'Save changes' }).click();
    const conflict = main(cm).getByRole('alert').filter({ hasText: 'Someone else changed this client' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => field(cm, 'Middle name').inputValue()).toBe('Araminta');
    await field(cm, 'Suffix').fill('Jr');
    await main(cm).getByRole('button', { name: 'Save changes' }).click();
    await main(cm).getByRole('heading', { name: 'Zephyrine Araminta Quillfeather Jr' }).waitFor();
  });

  it('uploads a photo that then shows on the dashboard', async () => {
    const png = await sharp({ create: { width: 24, height: 24, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    await cm.goto(`${journey.url}/clients/${ids.first}/photo`);
    await main(cm).getByText('No photo yet.').waitFor();
    await main(cm).locator('input[type=file]').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: png });
    await main(cm).getByRole('button', { name: 'Upload photo' }).click();
    await main(cm).getByText('Photo saved.').waitFor();
    const img = main(cm).getByRole('img', { name: 'Client photo' }).last();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const photo = await cm.request.get(`${journey.url}/api/clients/${ids.first}/photo`);
    expect(photo.headers()['content-type']).toBe('image/jpeg');
  });

  it('takes a photo with the device camera, retakes it and uses it', async () => {
    // A second browser whose camera is Chromium's built-in test pattern.
    const camBrowser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    });
    try {
      const page = await (await camBrowser.newContext({ permissions: ['camera'] })).newPage();
      await signIn(page, journey.url, 'casemanager', DEMO_PASSWORD);
      await page.goto(`${journey.url}/clients/${ids.first}/photo`);
      const before = await page.request.get(`${journey.url}/api/clients/${ids.first}`);
      const { photoVersion } = (await before.json()) as { photoVersion: string };
      await main(page).getByRole('button', { name: 'Take a photo' }).click();
      await main(page).getByRole('button', { name: 'Capture' }).click();
      await main(page).getByRole('img', { name: 'Captured image' }).waitFor();
      await main(page).getByRole('button', { name: 'Retake' }).click();
      await main(page).getByRole('button', { name: 'Capture' }).click();
      await main(page).getByRole('button', { name: 'Use this image' }).click();
      await main(page).getByText('Photo saved.').waitFor();
      const after = await page.request.get(`${journey.url}/api/clients/${ids.first}`);
      const now = (await after.json()) as { photoVersion: string; hasPhoto: boolean };
      expect(now.hasPhoto).toBe(true);
      expect(now.photoVersion).not.toBe(photoVersion);
    } finally {
      await camBrowser.close();
    }
  });

  it('downloads the photo, then removes it', async () => {
    await cm.goto(`${journey.url}/clients/${ids.first}/photo`);
    const [download] = await Promise.all([
      cm.waitForEvent('download'),
      main(cm).getByRole('link', { name: 'Download photo' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`client-${ids.first}-photo.jpg`);
    await main(cm).getByRole('button', { name: 'Remove photo' }).click();
    const ask = cm.getByRole('dialog', { name: 'Remove the photo?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'hidden' });
    // Cancelled: the photo is still there.
    expect(await main(cm).getByRole('link', { name: 'Download photo' }).count()).toBe(1);
    await main(cm).getByRole('button', { name: 'Remove photo' }).click();
    await ask.getByRole('button', { name: 'Remove photo' }).click();
    await main(cm).getByText('No photo yet.').waitFor();
  });

  it('uploads a file whose name defaults to the file name, downloads it, and deletes it after confirming', async () => {
    await cm.goto(`${journey.url}/clients/${ids.first}/files`);
    await main(cm).getByText('Not for CAS or medical documents').waitFor();
    const content = 'Benefits award letter for a Hearth journey';
    await main(cm)
      .locator('input[type=file]')
      .setInputFiles({ name: 'award-letter.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
    expect(await field(cm, 'Document name').inputValue()).toBe('award-letter.txt');
    await field(cm, 'Category').selectOption('Income');
    await main(cm).getByRole('button', { name: 'Upload file' }).click();
    const table = main(cm).getByRole('table', { name: 'Client files' });
    await table.getByRole('cell', { name: 'award-letter.txt', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Income', exact: true }).waitFor();

    const [download] = await Promise.all([
      cm.waitForEvent('download'),
      table.getByRole('link', { name: 'Download award-letter.txt' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(content);

    await field(cm, 'Filter by category').selectOption('Legal');
    await main(cm).getByText('No files').waitFor();
    await field(cm, 'Filter by category').selectOption('Income');
    await main(cm).getByText('Grid', { exact: true }).click();
    await main(cm).getByRole('link', { name: 'Download award-letter.txt' }).waitFor();
    await expect.poll(() => table.count()).toBe(0);
    await main(cm).getByText('List', { exact: true }).click();
    await table.getByRole('button', { name: 'Delete award-letter.txt' }).click();
    await cm.getByRole('dialog').getByRole('button', { name: 'Delete file' }).click();
    await main(cm).getByText('No files').waitFor();
  });

  it('adds and edits an interested other, shown on the dashboard', async () => {
    await cm.goto(`${journey.url}/clients/${ids.first}/interested-others`);
    await main(cm).getByRole('button', { name: 'Add interested other' }).click();
    const dialog = cm.getByRole('dialog');
    await dialog.getByLabel('Type').selectOption('Friend');
    await dialog.getByLabel('Name').fill('Ottoline Brackenridge');
    await dialog.getByLabel('Phone').fill('555-0101');
    await dialog.getByRole('button', { name: 'Save interested other' }).click();
    const table = main(cm).getByRole('table', { name: 'Interested others' });
    await table.getByRole('cell', { name: 'Ottoline Brackenridge', exact: true }).waitFor();
    await table.getByRole('button', { name: 'Edit Ottoline Brackenridge' }).click();
    await cm.getByRole('dialog').getByLabel('Relationship to client').fill('Neighbour');
    await cm.getByRole('dialog').getByRole('button', { name: 'Save interested other' }).click();
    await table.getByRole('cell', { name: 'Neighbour', exact: true }).waitFor();

    await main(cm).getByRole('button', { name: 'Add interested other' }).click();
    await cm.getByRole('dialog').getByLabel('Type').selectOption('Landlord');
    await cm.getByRole('dialog').getByLabel('Name').fill('Bartholomew Inchcape');
    await cm.getByRole('dialog').getByLabel('Email').fill('not-an-email');
    await cm.getByRole('dialog').getByRole('button', { name: 'Save interested other' }).click();
    expect(await errorBeside(cm.getByRole('dialog').getByLabel('Email'))).toContain(
      'Enter an email address like name@example.org',
    );
    await cm.getByRole('dialog').getByLabel('Email').fill('bart@example.org');
    await cm.getByRole('dialog').getByRole('button', { name: 'Save interested other' }).click();
    await table.getByRole('button', { name: 'Remove Bartholomew Inchcape' }).click();
    await cm.getByRole('dialog', { name: 'Remove interested other' }).getByRole('button', { name: 'Remove' }).click();
    await table.getByRole('cell', { name: 'Bartholomew Inchcape', exact: true }).waitFor({ state: 'detached' });

    await cm.getByRole('navigation', { name: 'Client menu' }).getByRole('link', { name: 'Dashboard' }).click();
    await main(cm).getByLabel('Interested others').getByText('Ottoline Brackenridge (Friend)').waitFor();
    const card = await cm.request.get(`${journey.url}/api/clients/${ids.first}/id-card.pdf`);
    expect(card.headers()['content-type']).toBe('application/pdf');
  });
  it('opens a client by scanning its ID into Find Client and flags it as a duplicate of another', async () => {
    await cm.getByRole('tab', { name: 'Clients' }).click();
    const box = field(cm, 'Search clients');
    await box.fill(ids.second ?? '');
    await box.press('Enter');
    await main(cm).getByRole('heading', { name: 'Zephyrina Quillfeather' }).waitFor();
    expect(idFromUrl(cm)).toBe(ids.second);
    await main(cm).getByRole('button', { name: 'Flag as duplicate' }).click();
    const dialog = cm.getByRole('dialog', { name: 'Flag as duplicate' });
    await dialog.getByLabel('Other client ID').fill(ids.first ?? '');
    await dialog.getByRole('button', { name: 'Flag', exact: true }).click();
    await dialog.getByText('Flagged as duplicate.').waitFor();
  });
});

describe('HMIS admin merges two records of one person', () => {
  it('compares side by side, keeps the name of the merged record, then undoes the merge', async () => {
    const admin = await signedIn('admin');
    await admin.getByRole('tab', { name: 'Admin' }).click();
    await admin
      .getByRole('navigation', { name: 'Workspace menu' })
      .getByRole('link', { name: 'Merge clients' })
      .click();
    await field(admin, 'Surviving client ID').fill(ids.first ?? '');
    await field(admin, 'Client ID to merge into it').fill(ids.second ?? '');
    await main(admin).getByRole('button', { name: 'Compare' }).click();
    const compare = main(admin).getByRole('table', { name: 'Compare clients' });
    await compare.getByText('Zephyrina Quillfeather').waitFor();
    await compare.getByRole('radio', { name: 'Name from merged client' }).check();
    await main(admin).getByRole('button', { name: 'Merge', exact: true }).click();
    await main(admin).getByText(`Merged client ${ids.second} into ${ids.first}.`).waitFor();

    await admin.goto(`${journey.url}/clients/${ids.first}`);
    await main(admin).getByRole('heading', { name: 'Zephyrina Quillfeather' }).waitFor();
    const gone = await admin.request.get(`${journey.url}/api/clients/${ids.second}`);
    expect(gone.status()).toBe(404);

    await admin.goto(`${journey.url}/admin/clients/merge`);
    const merges = main(admin).getByRole('table', { name: 'Recent merges' });
    await merges
      .getByRole('row', { name: new RegExp(`${ids.second} into ${ids.first}`) })
      .getByRole('button', { name: 'Undo merge' })
      .click();
    await main(admin).getByText(`Merge undone: client ${ids.second} is back.`).waitFor();
    await admin.goto(`${journey.url}/clients/${ids.second}`);
    await main(admin).getByRole('heading', { name: 'Zephyrina Quillfeather' }).waitFor();
    await admin.goto(`${journey.url}/clients/${ids.first}`);
    await main(admin).getByRole('heading', { name: 'Zephyrine Araminta Quillfeather Jr' }).waitFor();
  });
});
