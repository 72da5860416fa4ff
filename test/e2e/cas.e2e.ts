// Coordinated Access journey: an access point completes a CAS & Diversion intake and finds the
// household on My CAS Active Cases; the program manager reassigns it; CAS staff refer it from
// the prioritization list to PSH; the provider's CAS contact is notified (pop-up and email),
// starts the intake from the referral, which records "Successful referral: client accepted";
// the case manager is notified of the result and verifies a disability verification in Document
// Check, which another organization cannot find and Client Files does not list; the HMIS CSV
// export carries the assessment and events, and importing it again changes nothing.
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile } from '../../src/server/document-check/test-files.ts';
import { csvRows, multipart, unzip } from '../../src/server/hmis-csv/test-support.ts';
import { type Received, startSmtp, waitFor } from '../support/smtp.ts';
import { signIn } from './support/browser.ts';
import { setUpJourney } from './support/journey.ts';

let smtp: SMTPServer;
const mail: Received[] = [];
// The mail server starts first: the Hearth server is told its port.
beforeAll(async () => {
  smtp = await startSmtp(mail);
});
afterAll(async () => {
  await new Promise<void>((r) => smtp?.close(() => r()));
});
const journey = setUpJourney({
  env: () => ({ HEARTH_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` }),
});
let hoh = '';
let casEnrollment = '';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d.toLocaleDateString('en-CA');
};
const start = day(-3);

const popup = (page: Page) => page.getByRole('dialog', { name: 'New notifications' });

const summaryLoaded = (page: Page) =>
  page.waitForResponse((r) => r.url().includes('/api/notifications/summary') && r.ok());

/**
 * The pop-up opens on every page load while there are new notifications: once the summary has
 * loaded, `notices` must be in it, and it is closed.
 */
async function closeNotifications(page: Page, loaded: Promise<unknown>, notices: string[] = []) {
  await loaded;
  await page.getByRole('button', { name: /^Notifications/ }).waitFor();
  for (const n of notices) await popup(page).getByText(n, { exact: true }).waitFor();
  if (await page.getByRole('button', { name: /^Notifications: \d+ new/ }).isVisible()) {
    await popup(page).waitFor();
    await page.keyboard.press('Escape');
    await popup(page).waitFor({ state: 'hidden' });
  }
}

async function as(username: string, notices: string[] = []): Promise<Page> {
  const page = await journey.newPage();
  page.on('dialog', (d) => d.accept());
  const loaded = summaryLoaded(page);
  await signIn(page, journey.url, username);
  await closeNotifications(page, loaded, notices);
  return page;
}

/** Opens a page of the app (a fresh load) with the notifications pop-up closed. */
async function visit(page: Page, path: string) {
  const loaded = summaryLoaded(page);
  await page.goto(`${journey.url}${path}`);
  await closeNotifications(page, loaded);
}

const currentStep = (page: Page) =>
  page.evaluate(() => {
    const all = [
      ...document.querySelectorAll(
        'nav[aria-label="Workflow steps"] [aria-current], nav[aria-label="Workflow steps"] button',
      ),
    ];
    const current = document.querySelector('nav[aria-label="Workflow steps"] [aria-current="step"]');
    return current ? all.indexOf(current) : -1;
  });

async function next(page: Page) {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Save & continue' }).click();
  await page.waitForFunction((b) => {
    const all = [
      ...document.querySelectorAll(
        'nav[aria-label="Workflow steps"] [aria-current], nav[aria-label="Workflow steps"] button',
      ),
    ];
    const current = document.querySelector('nav[aria-label="Workflow steps"] [aria-current="step"]');
    return current !== null && all.indexOf(current) !== b;
  }, before);
}

/** Answers the HUD questions a page shows the way an adult sleeping outside would. */
async function answerHudPage(page: Page) {
  const answers: [string, string][] = [
    ['Prior living situation', '116'],
    ['Length of stay in prior living situation', '4'],
    ['Times on the streets, in emergency shelter or a safe haven in the past three years', '1'],
    ['Total months homeless in the past three years', '106'],
    ['Physical disability', '0'],
    ['Developmental disability', '0'],
    ['Chronic health condition', '0'],
    ['HIV/AIDS', '0'],
    ['Mental health disorder', '0'],
    ['Substance use disorder', '0'],
    ['Disabling condition', '0'],
    ['Income from any source', '0'],
    ['Non-cash benefits from any source', '0'],
    ['Survivor of domestic violence', '0'],
  ];
  for (const [label, value] of answers) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.count()) && (await field.inputValue()) === '') await field.selectOption(value);
  }
  const started = page.getByLabel('Approximate date this episode of homelessness started');
  if ((await started.count()) && (await started.inputValue()) === '') await started.fill(day(-200));
  const insurance = page.getByLabel('Covered by health insurance', { exact: true });
  if ((await insurance.count()) && (await insurance.inputValue()) === '') {
    await insurance.selectOption('1');
    await page.getByLabel('Medicaid').check();
  }
}

async function throughHudPagesUntil(page: Page, heading: string) {
  for (let guard = 0; guard < 30; guard++) {
    if (await page.getByRole('heading', { name: heading, exact: true }).isVisible()) return;
    await answerHudPage(page);
    await next(page);
  }
  throw new Error(`never reached ${heading}`);
}

const rowOf = (page: Page, table: string, text: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: text });

describe('Coordinated Access', () => {
  it('on a fresh demo the CAS coordinator finds the assessed households on the Prioritization List, in its order', async () => {
    const page = await as('casadmin');
    await visit(page, `/cas/prioritization-list`);
    const api = await page.request.get(`${journey.url}/api/cas/prioritization-list`);
    expect(api.status()).toBe(200);
    const queue = (await api.json()) as {
      total: number;
      items: { rank: number; FirstName: string; LastName: string }[];
    };
    expect(queue.total).toBeGreaterThanOrEqual(5);
    await page.getByText(`Total: ${queue.total}`).waitFor();
    const rows = page.getByRole('table', { name: 'Prioritization list' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(queue.items.length);
    // The table shows the list's own ranking: the first row is rank 1, and so on.
    for (const [i, item] of queue.items.slice(0, 3).entries()) {
      expect(await rows.nth(i).locator('td').first().textContent()).toBe(String(item.rank));
      expect(await rows.nth(i).textContent()).toContain(`${item.FirstName} ${item.LastName}`);
    }
  });

  it('an access point completes a CAS & Diversion intake with area ties, an assessment and "placed on the queue"', async () => {
    const page = await as('accesspoint');
    const created = await page.request.post(`${journey.url}/api/clients`, {
      data: {
        FirstName: 'Marisol',
        LastName: 'Quintero',
        NameDataQuality: 1,
        SSNDataQuality: 99,
        DOB: '1979-04-02',
        DOBDataQuality: 1,
        Sex: 0,
        HispanicLatinao: 1,
        VeteranStatus: 0,
        confirmedNotDuplicate: true,
      },
    });
    expect(created.status()).toBe(201);
    hoh = (await created.json()).PersonalID;

    await visit(page, `/cas/intake`);
    await page.getByRole('heading', { name: 'CAS & Diversion intake' }).waitFor();
    await page.getByLabel('Find client', { exact: true }).fill('mar quin');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Choose Marisol Quintero' }).click();
    await page.getByText('Relationship to head of household: Self').waitFor();
    await next(page);
    await next(page);
    // Only the organization's CE access points are offered.
    const options = await page.getByLabel('Project', { exact: true }).locator('option').allTextContents();
    expect(options).toEqual(['Choose…', 'Coordinated Entry Access Point']);
    await page.getByLabel('Project', { exact: true }).selectOption('PRJ-CE');
    await page.getByLabel('Project start date', { exact: true }).fill(start);
    await next(page);
    await throughHudPagesUntil(page, 'Area ties');

    await page.getByRole('button', { name: 'Add an area tie' }).click();
    await page.getByLabel('Area 1', { exact: true }).selectOption({ label: 'East Dallas' });
    await page.getByLabel('How: area 1').selectOption('family');
    await page.getByLabel('Note: area 1').fill('Sister on Gaston Ave');
    await next(page);

    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByLabel('Assessment location').fill('Coordinated Entry Hub');
    await page.getByLabel('Assessment type').selectOption('3');
    for (const answer of [
      'Outside, in a vehicle or another place not meant for habitation',
      'More than a year',
      'Yes',
      'Three or more',
    ])
      await page.getByRole('radio', { name: answer, exact: true }).first().check();
    await page
      .getByRole('radiogroup', { name: /Are you fleeing/ })
      .getByRole('radio', { name: 'No' })
      .check();
    await page.getByRole('heading', { name: 'Total score: 9' }).waitFor();
    await page.getByText('High', { exact: true }).waitFor();
    await next(page);

    await page.getByRole('radio', { name: 'Placed on the queue (prioritization list)' }).check();
    await next(page);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await page.getByRole('heading', { name: 'CAS: Marisol Quintero' }).waitFor();
    await page.getByText('On the queue').waitFor();
    casEnrollment = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByText('CAS case manager: Alex Access').count()).toBe(1);

    await visit(page, `/cas/my-cases`);
    const row = rowOf(page, 'My CAS active cases', 'Marisol Quintero');
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(start);
    expect(text).toContain('9 (High)');
    expect(text).toContain('Placed on prioritization list');
    expect(text).toContain('East Dallas');
    // Filter on any column (the server filters, a moment after typing); the demo's own cases are filtered out first.
    await page.getByLabel('Filter Client', { exact: true }).fill('Quintero');
    await page.getByText('Total: 1').waitFor();
    await page.getByLabel('Filter Area ties').fill('irving');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByText('Total: 0').waitFor();
    await page.getByLabel('Filter Area ties').fill('east');
    await row.waitFor();
  });

  it('a program manager sees it on Agency CAS Active Cases and reassigns it', async () => {
    const page = await as('cemanager');
    await visit(page, `/cas/agency-cases`);
    const row = rowOf(page, 'Agency CAS active cases', 'Marisol Quintero');
    await row.waitFor();
    expect(await row.textContent()).toContain('Alex Access');
    await page.getByRole('button', { name: `Reassign ${hoh}` }).click();
    await page.getByLabel('New CAS case manager').selectOption({ label: 'Cameron Coordinator' });
    await page.getByRole('button', { name: 'Reassign', exact: true }).click();
    await page.getByText('CAS case manager reassigned').waitFor();
    await expect.poll(async () => row.textContent()).toContain('Cameron Coordinator');
  });

  it('CAS staff refer the household from the prioritization list to a PSH project', async () => {
    const page = await as('casadmin', ["Marisol Quintero's household was placed on the queue"]);
    await visit(page, `/cas/prioritization-list`);
    const row = rowOf(page, 'Prioritization list', 'Marisol Quintero');
    await row.waitFor();
    // The server narrows, ranks and counts the list: hers is an adult household tied to East Dallas.
    await page.getByLabel('Household type').selectOption({ label: 'Children only' });
    await page.getByText('Total: 0').waitFor();
    await page.getByLabel('Household type').selectOption({ label: 'All households' });
    await page.getByLabel('Area ties', { exact: true }).selectOption({ label: 'East Dallas' });
    await page.getByLabel('Filter Client', { exact: true }).fill('Quintero');
    await page.getByText('Total: 1').waitFor();
    await row.waitFor();
    await page.getByRole('button', { name: `Refer ${hoh}` }).click();
    await page.getByLabel('Housing project').selectOption('PRJ-PSH');
    await page.getByText('Recorded as: Referral to PSH project resource opening').waitFor();
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    await page.getByText(/Referral recorded/).waitFor();
    await expect
      .poll(async () => rowOf(page, 'Prioritization list', 'Marisol Quintero').textContent())
      .toMatch(/Referral to PSH project resource opening/);
  });

  it("the provider's CAS contact is notified, by pop-up and by an email without the client's name", async () => {
    await as('casemanager', ['New referral to Hearth Permanent Supportive Housing: Marisol Quintero']);
    const email = await waitFor(() => mail.find((m) => m.to.includes('casemanager@demo.hearth.invalid')), 60_000);
    expect(email.raw).toContain('CAS: new housing referral');
    expect(email.raw).toContain(hoh);
    expect(email.raw).not.toMatch(/Marisol|Quintero|1979/);
  });

  it("the provider's user starts the intake from the referral, which records the result", async () => {
    const page = await as('casemanager');
    await visit(page, `/cas/incoming-referrals`);
    const row = rowOf(page, 'Incoming housing referrals', 'Marisol Quintero');
    await row.waitFor();
    expect(await row.textContent()).toContain('Hearth Permanent Supportive Housing');
    await page.getByRole('button', { name: `Start HMIS Intake for ${hoh}` }).click();
    await page.getByRole('heading', { name: 'Intake from a referral' }).waitFor();
    await page.getByText('Relationship to head of household: Self').waitFor();
    await next(page);
    await next(page);
    await expect(page.getByLabel('Project', { exact: true }).inputValue()).resolves.toBe('PRJ-PSH');
    for (
      let guard = 0;
      guard < 30 && !(await page.getByRole('button', { name: 'Finish', exact: true }).isVisible());
      guard++
    ) {
      await answerHudPage(page);
      await next(page);
    }
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await page.getByRole('table', { name: 'Household members' }).waitFor();

    await visit(page, `/cas/incoming-referrals?result=1`);
    const done = rowOf(page, 'Incoming housing referrals', 'Marisol Quintero');
    await done.waitFor();
    const text = await done.textContent();
    expect(text).toContain('Successful referral: client accepted');
    expect(text).toContain('Enrolled');
  });

  it('the CAS case manager is notified of the result', async () => {
    await as('casadmin', [
      'Referral of Marisol Quintero to Hearth Permanent Supportive Housing: Successful referral: client accepted',
    ]);
  });

  it('the CAS case manager uploads and verifies a disability verification that another organization cannot find and Client Files does not list', async () => {
    const page = await as('casadmin');
    await visit(page, `/cas/my-cases`);
    const row = rowOf(page, 'My CAS active cases', 'Marisol Quintero');
    const counts = async () => (await row.getByRole('link', { name: /^\d+ of \d+$/ }).textContent()) ?? '';
    await row.waitFor();
    const [, required] = (await counts()).match(/^0 of (\d+)$/) ?? [];
    expect(Number(required)).toBeGreaterThan(0);
    await row.getByRole('link', { name: /^\d+ of \d+$/ }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Document Check' }).waitFor();
    await main.getByLabel('Document type').selectOption({ label: 'Disability verification' });
    await main.getByLabel('Status').selectOption({ label: 'Received' });
    await main.getByLabel('Expiry date').fill(day(300));
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'disability.pdf',
        mimeType: 'application/pdf',
        buffer: await pdfFile('Disability letter'),
      });
    await main.getByRole('button', { name: 'Save document' }).click();
    await main.getByRole('button', { name: 'Verify Disability verification' }).click();
    const doc = main.getByRole('row').filter({ hasText: 'Disability verification' });
    await doc.getByText(`${day(0)} by Cameron Coordinator`).waitFor();

    await visit(page, `/cas/my-cases`);
    await row.waitFor();
    expect(await counts()).toBe(`1 of ${required}`);
    // Document Check filters by the text it shows, and sorts (the server does both).
    await page.getByLabel('Filter Document Check').fill('0 of');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Filter Document Check').fill(`1 of ${required}`);
    await row.waitFor();
    await page.getByRole('button', { name: 'Document Check' }).click();
    await page.getByRole('columnheader', { name: 'Document Check ↑' }).waitFor();
    await row.waitFor();

    const list = await page.request.get(`${journey.url}/api/clients/${hoh}/documents`);
    const items = (await list.json()).items as { id: string; documentTypeName: string }[];
    const id = items.find((d) => d.documentTypeName === 'Disability verification')?.id;
    expect(id).toBeTruthy();
    const other = await as('casemanager2');
    const hidden = await other.request.get(`${journey.url}/api/clients/${hoh}/documents/${id}`);
    const missing = await other.request.get(`${journey.url}/api/clients/${hoh}/documents/no-such-document`);
    expect(hidden.status()).toBe(404);
    expect(await hidden.json()).toEqual(await missing.json());

    await visit(page, `/clients/${hoh}/files`);
    await main.getByText('No files').waitFor();
    await main.getByRole('alert').getByRole('link', { name: 'Document Check' }).waitFor();
  });

  it('the HMIS CSV export carries the assessment and events, and importing it again changes nothing', async () => {
    const page = await as('admin');
    const started = await page.request.post(`${journey.url}/api/hmis-csv/exports`, {
      data: { startDate: '2000-01-01', endDate: '2099-12-31', allOrganizations: true, cocCode: 'TX-600' },
    });
    expect(started.status()).toBe(202);
    const job = async (id: string) => {
      for (let i = 0; i < 600; i++) {
        const j = await (await page.request.get(`${journey.url}/api/jobs/${id}`)).json();
        if (j.status === 'done' || j.status === 'failed') return j;
        await page.waitForTimeout(100);
      }
      throw new Error('job did not finish');
    };
    const exported = await job((await started.json()).jobId);
    expect(exported.status).toBe('done');
    const zip = Buffer.from(
      await (await page.request.get(`${journey.url}/api/files/${exported.fileId}/download`)).body(),
    );
    const files = await unzip(zip);
    const rows = (name: string) => {
      const [header = [], ...data] = csvRows(files.get(`${name}.csv`) ?? '');
      return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
    };
    const assessment = rows('Assessment').find((r) => r.EnrollmentID === casEnrollment);
    expect(assessment).toMatchObject({
      PersonalID: hoh,
      AssessmentDate: start,
      AssessmentLevel: '2',
      PrioritizationStatus: '1',
    });
    expect(rows('AssessmentResults').filter((r) => r.AssessmentID === assessment?.AssessmentID)).toContainEqual(
      expect.objectContaining({ AssessmentResultType: 'Total score', AssessmentResult: '9' }),
    );
    expect(rows('AssessmentQuestions').filter((r) => r.AssessmentID === assessment?.AssessmentID)).toHaveLength(6);
    expect(rows('Event').find((r) => r.EnrollmentID === casEnrollment)).toMatchObject({
      Event: '14',
      LocationCrisisOrPHHousing: 'Hearth Permanent Supportive Housing',
      ReferralResult: '1',
    });

    const body = multipart('cas-round-trip.zip', zip);
    const imported = await page.request.post(`${journey.url}/api/hmis-csv/imports`, {
      headers: body.headers,
      data: body.payload,
    });
    expect(imported.status()).toBe(202);
    const result = await job((await imported.json()).jobId);
    expect(result.status).toBe('done');
    const changed = (result.result.files as { file: string; inserted: number; updated: number }[]).filter(
      (f) => f.file !== 'Export.csv' && f.inserted + f.updated > 0,
    );
    expect(changed).toEqual([]);
  });
});
