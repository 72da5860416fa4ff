// Where files live (client files, photos, report and export outputs). The local-directory store
// is the default; an S3-compatible store would implement the same interface.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Options } from './s3-file-storage.ts';

/** Where a store keeps its files, so another process can open the same store (the job process). */
export type StorageLocation = { kind: 'local'; root: string } | { kind: 's3'; options: S3Options };

export interface FileStorage {
  /** Unset for a store that cannot be reopened elsewhere: jobs then run in the server itself. */
  readonly location?: StorageLocation;
  /** Stores data under key (replacing any file there) and returns its size in bytes. */
  put(key: string, data: Buffer | Readable): Promise<{ size: number }>;
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export function localFileStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const p = resolve(join(base, key));
    // Keys are ours, but never let one escape the storage directory.
    if (!p.startsWith(`${base}/`)) throw new Error('invalid storage key');
    return p;
  };
  return {
    location: { kind: 'local', root: base },
    // Written beside its place and renamed into it once whole: a stream that fails midway leaves
    // no partial file (and never replaces a whole one).
    async put(key, data) {
      const p = pathOf(key);
      const partial = `${p}.partial-${randomBytes(6).toString('hex')}`;
      await mkdir(dirname(p), { recursive: true });
      // Opened before the copy: a write stream opens its file later, after a failure's clean-up.
      const handle = await open(partial, 'w');
      try {
        await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, handle.createWriteStream());
        await rename(partial, p);
      } catch (e) {
        await rm(partial, { force: true });
        throw e;
      }
      return { size: (await stat(p)).size };
    },
    async get(key) {
      const p = pathOf(key);
      await stat(p);
      return createReadStream(p);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async exists(key) {
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
