// The object file store against a real S3-compatible server started for the test.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../../test/support/s3-server.ts';
import type { FileStorage } from './file-storage.ts';
import { parseFileStore, s3FileStorage } from './s3-file-storage.ts';

let s3: TestS3;
let store: FileStorage;
beforeAll(async () => {
  s3 = await startTestS3();
  store = s3FileStorage(s3.options);
});
afterAll(() => s3.close());

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

describe('S3-compatible file store', () => {
  it('stores, reads back, reports and removes a file', async () => {
    const data = Buffer.from('client file contents');
    expect(await store.put('clients/C1/file.txt', data)).toEqual({ size: data.length });
    expect(await store.exists('clients/C1/file.txt')).toBe(true);
    expect((await read(await store.get('clients/C1/file.txt'))).toString()).toBe('client file contents');
    await store.remove('clients/C1/file.txt');
    expect(await store.exists('clients/C1/file.txt')).toBe(false);
    await expect(store.get('clients/C1/file.txt')).rejects.toThrow();
    // Removing what is gone is not an error (expiry and deletes may race).
    await store.remove('clients/C1/file.txt');
  });

  it('streams a large file of unknown length in parts and counts its size', async () => {
    const part = Buffer.alloc(1024 * 1024, 7);
    const chunks = Array.from({ length: 20 }, (_, i) => Buffer.concat([part, Buffer.from([i])]));
    const { size } = await store.put('jobs/J1/export.zip', Readable.from(chunks));
    expect(size).toBe(20 * (part.length + 1));
    const back = await read(await store.get('jobs/J1/export.zip'));
    expect(back.length).toBe(size);
    expect(back.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('replaces a file stored again under the same key', async () => {
    await store.put('photos/P1.jpg', Buffer.from('first'));
    await store.put('photos/P1.jpg', Buffer.from('second'));
    expect((await read(await store.get('photos/P1.jpg'))).toString()).toBe('second');
  });

  it('refuses keys that could leave the prefix', async () => {
    await expect(store.put('../outside', Buffer.from('x'))).rejects.toThrow('invalid storage key');
    await expect(store.get('a//b')).rejects.toThrow('invalid storage key');
  });

  it('reads HEARTH_FILE_STORE, and names the problem in a bad one', () => {
    expect(parseFileStore('s3://bucket/some/prefix/?endpoint=http%3A%2F%2F127.0.0.1%3A9000&region=eu-west-1')).toEqual({
      bucket: 'bucket',
      prefix: 'some/prefix',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
    });
    expect(parseFileStore('s3://bucket')).toMatchObject({ bucket: 'bucket', prefix: '' });
    expect(() => parseFileStore('/var/hearth/files')).toThrow('HEARTH_FILE_STORE must be an s3://bucket/prefix URL');
  });
});
