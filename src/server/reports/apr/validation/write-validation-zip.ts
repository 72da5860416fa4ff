// The validation file: the client-level rows behind the report, as a zip. AES-256 encrypted with
// the user's password (zip.js writes WinZip AES, which 7-Zip, Windows 11 and macOS tools open),
// or plain when the user accepted responsibility for an unencrypted file.
// It is streamed: each CSV is written a slice of the universe at a time into its zip entry (zip.js
// compresses and encrypts as the lines come), and the zip's bytes go to `save` as they are made,
// so memory stays flat however many clients and lines there are (a 100,000-enrollment CoC writes
// a few million lines).
import { PassThrough, type Readable, Writable } from 'node:stream';
import { ZipWriter } from '@zip.js/zip.js';
import type { AprRun } from '../run-apr.ts';
import { tableById } from '../tables/index.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { ANNUAL_DETAIL_HEADER, annualDetailRow } from './annual-detail.ts';
import { CELL_DETAIL_HEADER, cellDetailText } from './cell-detail.ts';
import { clientDetailHeader, clientDetailRow } from './client-detail.ts';
import { csvRecord } from './csv-record.ts';

/** Universe rows per slice: one slice's lines are held at a time (a few hundred KB of text). */
export const SLICE_ROWS = 1000;
/**
 * Characters per piece of text handed to the zip. Below V8's large-object size (128 KB) the
 * pieces, their bytes and zip.js's chunks die young in the new space; a slice's text in one piece
 * (up to several MB for a table) went to the old space and piled up there until a full collection,
 * 60–70 MB of the validation file's peak at 100,000 enrollments.
 */
export const PIECE_CHARS = 32 * 1024;

/** The names of the files inside, for a run of `reportType` (APR_2026_Annual_Detail.csv, …). */
export const validationNames = (reportType: string) => ({
  annual: `${reportType}_2026_Annual_Detail.csv`,
  clients: `${reportType}_2026_Client_Detail.csv`,
  table: (id: string) => `${reportType}_2026_Tables/${id}.csv`,
});

/** The CSV text of `toFields` applied to each row, a slice of rows at a time. */
function* recordsText(
  rows: readonly UniverseRow[],
  sliceRows: number,
  pieceChars: number,
  toFields: (u: UniverseRow) => string[],
): Generator<string> {
  for (let at = 0; at < rows.length; at += sliceRows) {
    let text = '';
    for (let i = at; i < Math.min(at + sliceRows, rows.length); i++) {
      text += csvRecord(toFields(rows[i] as UniverseRow));
      if (text.length >= pieceChars) {
        yield text;
        text = '';
      }
    }
    if (text) yield text;
  }
}

/** A CSV file's bytes, made a slice at a time only as the zip entry reads them. */
function csvStream(header: string[], text: Iterable<string>): ReadableStream<Uint8Array> {
  const chunks = (function* () {
    yield Buffer.from(csvRecord(header));
    for (const t of text) yield Buffer.from(t);
  })();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

export type ValidationZipOptions = {
  progress?: (done: number, of: number) => Promise<void>;
  /** Universe rows per slice (tests use small slices to cross many slice boundaries). */
  sliceRows?: number;
  /** Characters per piece of text (tests use tiny pieces to cross many piece boundaries). */
  pieceChars?: number;
};

/** Streams the zip to `save` and resolves with what `save` returned once the zip is complete. */
export async function writeValidationZip<T>(
  run: AprRun,
  password: string | null,
  save: (zip: Readable) => Promise<T>,
  { progress = async () => undefined, sliceRows = SLICE_ROWS, pieceChars = PIECE_CHARS }: ValidationZipOptions = {},
): Promise<T> {
  const names = validationNames(run.params.reportType);
  const rows = run.universe.rows;
  const bytes = new PassThrough({ highWaterMark: 4 * PIECE_CHARS });
  const writer = new ZipWriter(
    Writable.toWeb(bytes),
    password ? { password, encryptionStrength: 3, zipCrypto: false } : {},
  );
  const producing = (async () => {
    await writer.add(
      names.annual,
      csvStream(ANNUAL_DETAIL_HEADER, recordsText(rows, sliceRows, pieceChars, annualDetailRow)),
    );
    const header = clientDetailHeader(rows);
    await writer.add(
      names.clients,
      csvStream(
        header,
        recordsText(rows, sliceRows, pieceChars, (u) => clientDetailRow(u, header)),
      ),
    );
    let done = 0;
    for (const t of run.tables) {
      const def = tableById(t.id);
      if (def) {
        await writer.add(
          names.table(t.id),
          csvStream(CELL_DETAIL_HEADER, cellDetailText(def, rows, run.info, sliceRows, pieceChars)),
        );
      }
      await progress(++done, run.tables.length);
    }
    await writer.close();
  })().catch((e: unknown) => {
    // The reader of the zip fails too, rather than waiting for bytes that never come.
    bytes.destroy(e instanceof Error ? e : new Error(String(e)));
    throw e;
  });
  // And the writer stops, rather than waiting for a reader that is gone, when saving fails.
  const saving = save(bytes).catch((e: unknown) => {
    bytes.destroy(e instanceof Error ? e : new Error(String(e)));
    throw e;
  });
  const [saved] = await Promise.all([saving, producing]);
  return saved;
}
