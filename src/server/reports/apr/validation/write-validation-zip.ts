// The validation file: the client-level rows behind the report, as a zip. AES-256 encrypted with
// the user's password (zip.js writes WinZip AES, which 7-Zip, Windows 11 and macOS tools open),
// or plain when the user accepted responsibility for an unencrypted file.
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { stringify } from 'csv-stringify/sync';
import type { AprRun } from '../run-apr.ts';
import { tableById } from '../tables/index.ts';
import { ANNUAL_DETAIL_HEADER, annualDetailRows } from './annual-detail.ts';
import { CELL_DETAIL_HEADER, cellDetailRows } from './cell-detail.ts';
import { clientDetailRows } from './client-detail.ts';

const csv = (rows: string[][]) => stringify(rows, { record_delimiter: '\r\n' });

/** The names of the files inside, for a run of `reportType` (APR_2026_Annual_Detail.csv, …). */
export const validationNames = (reportType: string) => ({
  annual: `${reportType}_2026_Annual_Detail.csv`,
  clients: `${reportType}_2026_Client_Detail.csv`,
  table: (id: string) => `${reportType}_2026_Tables/${id}.csv`,
});

export async function writeValidationZip(
  run: AprRun,
  password: string | null,
  progress: (done: number, of: number) => Promise<void> = async () => undefined,
): Promise<Buffer> {
  const names = validationNames(run.params.reportType);
  const writer = new ZipWriter(
    new BlobWriter('application/zip'),
    password ? { password, encryptionStrength: 3, zipCrypto: false } : {},
  );
  const rows = run.universe.rows;
  await writer.add(names.annual, new TextReader(csv([ANNUAL_DETAIL_HEADER, ...annualDetailRows(rows)])));
  await writer.add(names.clients, new TextReader(csv(clientDetailRows(rows))));
  let done = 0;
  for (const t of run.tables) {
    const def = tableById(t.id);
    if (def) {
      const lines = cellDetailRows(def, rows, run.info);
      await writer.add(names.table(t.id), new TextReader(csv([CELL_DETAIL_HEADER, ...lines])));
    }
    await progress(++done, run.tables.length);
  }
  return Buffer.from(await (await writer.close()).arrayBuffer());
}
