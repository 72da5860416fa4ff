// Opens an uploaded HMIS CSV zip and streams each file's records. Guards against zip bombs: the
// total unpacked size and the packing ratio are limited, and bytes are counted as they unpack (a
// zip can declare sizes it does not keep).
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { BlobReader, configure, type Entry, type FileEntry, ZipReader } from '@zip.js/zip.js';
import { parse } from 'csv-parse';

configure({ useWebWorkers: false });

export type ZipLimits = {
  /** Most bytes all files may unpack to together. */
  maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio of a file larger than 1 MB. */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUnpackedBytes: 2 * 1024 ** 3, maxRatio: 200 };

/** A problem with the zip itself: the import cannot go on. */
export class ZipProblem extends Error {
  constructor(
    readonly checkId: 'not_zip' | 'zip_too_large' | 'unreadable_csv',
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export type ZipInput = {
  /** Entries by file name without folder and extension, lower-cased ('client' → Client.csv). */
  files: Map<string, FileEntry>;
  /** Names of CSV files found only inside a folder. */
  nested: string[];
  /** Other entries, not part of the HMIS CSV. */
  others: string[];
  unpackedBytes: number;
  close(): Promise<void>;
};

const isFile = (e: Entry): e is FileEntry => !e.directory;

export async function openZip(data: Blob, limits: ZipLimits): Promise<ZipInput> {
  const reader = new ZipReader(new BlobReader(data));
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch {
    await reader.close().catch(() => undefined);
    throw new ZipProblem('not_zip', 'The uploaded file is not a .zip file. Upload the HMIS CSV export as a zip.');
  }
  const files = new Map<string, FileEntry>();
  const nested: string[] = [];
  const others: string[] = [];
  let unpacked = 0;
  for (const e of entries.filter(isFile)) {
    unpacked += e.uncompressedSize;
    if (e.uncompressedSize > 1024 ** 2 && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new ZipProblem(
        'zip_too_large',
        `${e.filename} unpacks to ${Math.round(e.uncompressedSize / e.compressedSize)} times its packed size; Hearth accepts at most ${limits.maxRatio} times.`,
      );
    }
    const name = e.filename;
    const slash = name.lastIndexOf('/');
    const base = name.slice(slash + 1);
    if (!/\.csv$/i.test(base) || base.startsWith('.') || name.startsWith('__MACOSX/')) {
      others.push(name);
      continue;
    }
    const key = base.slice(0, -4).toLowerCase();
    if (slash >= 0) nested.push(name);
    else files.set(key, e);
  }
  if (unpacked > limits.maxUnpackedBytes) {
    throw new ZipProblem(
      'zip_too_large',
      `The zip unpacks to ${formatBytes(unpacked)}; Hearth accepts at most ${formatBytes(limits.maxUnpackedBytes)}.`,
    );
  }
  return { files, nested, others, unpackedBytes: unpacked, close: () => reader.close() };
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}

export type CsvRecord = { fields: string[]; line: number };

/**
 * The records of one CSV entry, header first. `onBytes` sees each unpacked chunk's size (for
 * progress); more bytes than the entry declared stop the read.
 */
export async function* readCsv(
  entry: FileEntry,
  fileName: string,
  onBytes: (n: number) => void,
): AsyncGenerator<CsvRecord> {
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.length;
      if (seen > entry.uncompressedSize) {
        controller.error(new ZipProblem('zip_too_large', `${fileName} unpacks to more bytes than the zip declares.`));
        return;
      }
      onBytes(chunk.length);
      controller.enqueue(chunk);
    },
  });
  const unpacking = entry.getData(counter.writable).catch((e: unknown) => e);
  const parser = Readable.fromWeb(counter.readable as NodeReadableStream<Uint8Array>).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: r.record, line: r.info.lines };
    }
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    const failed = await Promise.race([unpacking, new Promise((r) => setTimeout(() => r(undefined), 50))]);
    if (failed instanceof ZipProblem) throw failed;
    const line = (e as { lines?: number }).lines;
    const reason = e instanceof Error ? e.message.replace(/^Invalid Record Length: /, '') : 'unknown problem';
    throw new ZipProblem('unreadable_csv', `${fileName} cannot be read as CSV: ${reason}`, fileName, line);
  }
  const result = await unpacking;
  if (result instanceof Error) {
    throw result instanceof ZipProblem
      ? result
      : new ZipProblem('not_zip', `${fileName} cannot be unpacked from the zip: ${result.message}`, fileName);
  }
}
