// The local file store writes a file whole or not at all: a stream that fails midway leaves no
// partial file, and never spoils the whole file already stored under the key.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { localFileStorage } from './file-storage.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store() {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-storage-'));
  dirs.push(dir);
  return { dir, storage: localFileStorage(dir) };
}

/** 64 KB, then an error, as a producer that fails midway. */
const failingMidway = () =>
  Readable.from(
    (async function* () {
      yield Buffer.alloc(64 * 1024, 'a');
      throw new Error('the producer failed');
    })(),
  );

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

const text = async (s: Readable) => Buffer.concat(await s.toArray()).toString();

describe('local file storage', () => {
  it('leaves no partial file when the stream fails midway', async () => {
    const { dir, storage } = store();
    await expect(storage.put('files/A/report.zip', failingMidway())).rejects.toThrow('the producer failed');
    expect(files(dir)).toEqual([]);
    expect(await storage.exists('files/A/report.zip')).toBe(false);
  });

  it('keeps the whole file under a key when a later write to it fails', async () => {
    const { dir, storage } = store();
    expect(await storage.put('files/B/report.zip', Buffer.from('whole'))).toEqual({ size: 5 });
    await expect(storage.put('files/B/report.zip', failingMidway())).rejects.toThrow();
    expect(files(dir)).toEqual(['report.zip']);
    expect(await text(await storage.get('files/B/report.zip'))).toBe('whole');
  });

  it('stores a streamed file whole', async () => {
    const { storage } = store();
    const { size } = await storage.put('files/C/a.csv', Readable.from([Buffer.from('a,b\n'), Buffer.from('1,2\n')]));
    expect(size).toBe(8);
    expect(await text(await storage.get('files/C/a.csv'))).toBe('a,b\n1,2\n');
  });
});
