// Who has seen this record: a case manager creates and opens a client; an HMIS admin and the
// organization's program manager find that on the client dashboard and in the full access log,
// and print it as a PDF; the case manager is not shown the log.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpJourney } from './support/journey.ts';

const journey = setUpJourney();
let personalId = '';

async function signedIn(username: string): Promise<Page> {
  return journey.signedIn(username);
}

const main = (page: Page) => page.getByRole('main');
const section = (page: Page) => main(page).getByRole('region', { name: 'Who has seen this record' });

describe('A client’s access log', () => {
  it('is not shown to the case manager who opens the record', async () => {
    const cm = await signedIn('casemanager');
    // The client is created through the same API the Create client screen uses.
    personalId = await cm.evaluate(async () => {
      const res = await fetch('/api/clients', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          FirstName: 'Odalys',
          LastName: 'Accessview',
          NameDataQuality: 1,
          SSNDataQuality: 99,
          DOB: '1979-06-02',
          DOBDataQuality: 1,
          Sex: 0,
          White: 1,
          VeteranStatus: 0,
          confirmedNotDuplicate: true,
        }),
      });
      return (await res.json()).PersonalID as string;
    });
    expect(personalId).toMatch(/^\d+$/);
    await cm.goto(`${journey.url}/clients/${personalId}`);
    await main(cm).getByRole('heading', { name: 'Odalys Accessview' }).waitFor();
    await main(cm).getByRole('region', { name: 'Recent services' }).waitFor();
    expect(await section(cm).count()).toBe(0);
    expect(
      await cm.getByRole('navigation', { name: 'Client menu' }).getByText('Who has seen this record').count(),
    ).toBe(0);
  });

  it('shows an HMIS admin who created and opened the record, and prints it', async () => {
    const admin = await signedIn('admin');
    await admin.goto(`${journey.url}/clients/${personalId}`);
    const card = section(admin);
    await card.waitFor();
    // The latest entries: the admin opening the record just now is among them.
    await card.getByRole('row').filter({ hasText: 'Avery Admin' }).first().waitFor();
    await card.getByRole('link', { name: 'Full access log' }).click();
    await main(admin).getByRole('heading', { name: 'Who has seen this record' }).waitFor();
    const table = main(admin).getByRole('table', { name: 'Who has seen this record' });
    await table.getByRole('row').filter({ hasText: 'Read this access log' }).first().waitFor();
    const created = table.getByRole('row').filter({ hasText: 'Created the client record' });
    expect(await created.textContent()).toContain('Casey Manager');
    expect(await created.textContent()).toContain('Hearth Housing Partners');
    expect(
      await table
        .getByRole('row')
        .filter({ hasText: 'Casey Manager' })
        .filter({ hasText: 'Viewed: dashboard' })
        .count(),
    ).toBe(1);
    const pdfLink = main(admin).getByRole('link', { name: 'Print (PDF)' });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/clients/${personalId}/access-log.pdf`);
    const pdf = await admin.request.get(`${journey.url}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the organization’s program manager the log from the client menu', async () => {
    const manager = await signedIn('manager');
    await manager.goto(`${journey.url}/clients/${personalId}`);
    await section(manager).waitFor();
    await manager.getByRole('navigation', { name: 'Client menu' }).getByText('Who has seen this record').click();
    const table = main(manager).getByRole('table', { name: 'Who has seen this record' });
    await table.getByRole('row').filter({ hasText: 'Avery Admin' }).first().waitFor();
    expect(
      await main(manager)
        .getByText(/\d+ entries/)
        .textContent(),
    ).toMatch(/^\d+ entries$/);
  });
});
