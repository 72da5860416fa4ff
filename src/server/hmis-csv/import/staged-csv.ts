// The first pass writes each file's rows, already checked and in the spec's column order and
// formats, to a temporary CSV; the load copies those files into the database without reading
// and checking the upload a second time.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLUSH_CHARS = 1024 * 1024;
// Rows are read back in segments of about this size, each ending at a row's end (a quoted value
// may hold a newline, so a newline alone does not mark one).
const SEGMENT_BYTES = 8 * 1024 * 1024;

const csvField = (v: string | null) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`);

export class StagedFile {
  private buffer = '';
  private written = 0;
  private readonly out: WriteStream;
  /** Byte offsets where a segment ends. */
  readonly boundaries: number[] = [];

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  async row(values: (string | null)[]): Promise<void> {
    this.buffer += `${values.map(csvField).join(',')}\n`;
    if (this.buffer.length >= FLUSH_CHARS) await this.flush();
  }

  // The buffer always ends at a row's end.
  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!chunk) return;
    this.written += Buffer.byteLength(chunk);
    if (this.written - (this.boundaries.at(-1) ?? 0) >= SEGMENT_BYTES) this.boundaries.push(this.written);
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }

  async close(): Promise<number> {
    await this.flush();
    if (this.written > (this.boundaries.at(-1) ?? 0)) this.boundaries.push(this.written);
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
    return this.written;
  }
}

/** Where each staged file's segments end, by file name: all a reader needs besides the folder. */
export type StagedSegments = Map<string, number[]>;

export class StagingArea {
  private readonly files = new Map<string, { path: string; boundaries: number[] }>();

  private constructor(readonly dir: string) {}

  static async create(): Promise<StagingArea> {
    return new StagingArea(await mkdtemp(join(tmpdir(), 'hearth-import-')));
  }

  /** The area another thread created (and wrote): `segments` are what its `segments()` gave. */
  static open(dir: string, segments: StagedSegments = new Map()): StagingArea {
    const area = new StagingArea(dir);
    for (const [name, boundaries] of segments) area.files.set(name, { path: area.pathOf(name), boundaries });
    return area;
  }

  private pathOf(name: string): string {
    return join(this.dir, `${name}.csv`);
  }

  file(name: string): StagedFile {
    const f = new StagedFile(this.pathOf(name));
    this.files.set(name, f);
    return f;
  }

  segments(): StagedSegments {
    return new Map([...this.files].map(([name, f]) => [name, [...f.boundaries]]));
  }

  size(name: string): number {
    return this.files.get(name)?.boundaries.at(-1) ?? 0;
  }

  /** The staged rows of a file, in segments of whole rows (each may go to its own COPY). */
  async *chunks(name: string, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
    const f = this.files.get(name);
    let start = 0;
    for (const end of f?.boundaries ?? []) {
      const parts: Buffer[] = [];
      for await (const chunk of createReadStream(f?.path ?? '', { start, end: end - 1 }) as AsyncIterable<Buffer>) {
        parts.push(chunk);
      }
      const segment = Buffer.concat(parts);
      onBytes(segment.length);
      yield segment;
      start = end;
    }
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
