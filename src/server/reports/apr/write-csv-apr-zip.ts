// The CSV-APR zip Sage takes: one CSV per question table, named by the table (`Q4a.csv`, …).
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import type { AprRun } from './run-apr.ts';
import { tableCsv } from './table/csv-table.ts';

export async function writeCsvAprZip(run: AprRun): Promise<Buffer> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const t of run.tables) await writer.add(`${t.id}.csv`, new TextReader(tableCsv(t)));
  return Buffer.from(await (await writer.close()).arrayBuffer());
}
