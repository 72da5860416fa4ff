// Helpers for the HMIS CSV tests: upload a zip, wait for a job, read an export zip back.
import { readFileSync } from 'node:fs';
import { BlobReader, BlobWriter, TextReader, TextWriter, ZipReader, ZipWriter } from '@zip.js/zip.js';
import { parse } from 'csv-parse/sync';
import type { TestApp } from '../../../test/support/test-app.ts';

export const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/hmis-csv/${name}`, import.meta.url));

export async function unzip(data: Uint8Array): Promise<Map<string, string>> {
  const reader = new ZipReader(new BlobReader(new Blob([data as Uint8Array<ArrayBuffer>])));
  const out = new Map<string, string>();
  for (const e of await reader.getEntries()) if (!e.directory) out.set(e.filename, await e.getData(new TextWriter()));
  await reader.close();
  return out;
}

export async function zipFiles(files: Map<string, string>): Promise<Buffer> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const [name, text] of files) await writer.add(name, new TextReader(text));
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

/** The rows of a CSV text as arrays, header first. */
export const csvRows = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

/** The rows of a CSV text as objects keyed by its header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = csvRows(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function multipart(name: string, data: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----hearthtest7MA4YWxkTrZu0gW';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/zip\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(t: TestApp, cookie: string, name: string, data: Buffer) {
  const body = multipart(name, data);
  return t.app.inject({
    method: 'POST',
    url: '/api/hmis-csv/imports',
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

export type JobBody = {
  id: string;
  status: string;
  progress: number;
  fileId?: string;
  error?: string;
  result: Record<string, unknown> | null;
};

export async function waitForJob(t: TestApp, cookie: string, jobId: string, timeoutMs = 120_000): Promise<JobBody> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.as(cookie).get(`/api/jobs/${jobId}`);
    const job = res.json() as JobBody;
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function download(t: TestApp, cookie: string, fileId: string): Promise<Buffer> {
  const res = await t.as(cookie).get(`/api/files/${fileId}/download`);
  if (res.statusCode !== 200) throw new Error(`download ${res.statusCode} ${res.body}`);
  return res.rawPayload;
}

/** The user's HMIS CSV export of every organization's records in the CoC, of any date, as the zip downloaded. */
export async function exportCoc(t: TestApp, cookie: string, cocCode = 'TX-600'): Promise<Buffer> {
  const res = await t.as(cookie).post('/api/hmis-csv/exports', {
    startDate: '2000-01-01',
    endDate: '2099-12-31',
    allOrganizations: true,
    cocCode,
  });
  if (res.statusCode !== 202) throw new Error(`export ${res.statusCode} ${res.body}`);
  const job = await waitForJob(t, cookie, res.json().jobId);
  if (job.status !== 'done') throw new Error(`export job ${job.status}: ${job.error}`);
  return download(t, cookie, job.fileId ?? '');
}
