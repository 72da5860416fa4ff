import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import type { Database } from '../../db/connect.ts';
import { encryptedFileStorage, keyringFor, parseFileKey } from './encrypted-file-storage.ts';
import { localFileStorage } from './file-storage.ts';

let database: Database;
let dir: string;
const plain = Buffer.from('Verification of disability: the diagnosis is confidential');
const read = async (s: ReturnType<typeof encryptedFileStorage>, key: string) => {
  const chunks: Buffer[] = [];
  for await (const c of await s.get(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'hearth-enc-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('encrypted file storage', () => {
  it('stores ciphertext and reads back the original', async () => {
    const inner = localFileStorage(dir);
    const store = encryptedFileStorage(inner, () => keyringFor(database, undefined));
    expect((await store.put('a/1', plain)).size).toBe(plain.length);
    const raw = readFileSync(join(dir, 'a/1'));
    expect(raw.includes(Buffer.from('diagnosis'))).toBe(false);
    expect((await read(store, 'a/1')).equals(plain)).toBe(true);
  });

  it('refuses a file that was changed on disk', async () => {
    const store = encryptedFileStorage(localFileStorage(dir), () => keyringFor(database, undefined));
    await store.put('a/2', plain);
    const raw = readFileSync(join(dir, 'a/2'));
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    writeFileSync(join(dir, 'a/2'), raw);
    await expect(read(store, 'a/2')).rejects.toThrow();
  });

  it('without HEARTH_FILE_KEY, every app server of one database gets the same generated key', async () => {
    // A second server: another Database object over the same tables.
    const [one, two] = await Promise.all([keyringFor(database, undefined), keyringFor({ ...database }, undefined)]);
    expect(one.current.key.equals(two.current.key)).toBe(true);
  });

  it('with HEARTH_FILE_KEY, new files use it and files under the database key stay readable', async () => {
    const envKey = randomBytes(32).toString('base64');
    const old = encryptedFileStorage(localFileStorage(dir), () => keyringFor(database, undefined));
    await old.put('a/3', plain);
    const ring = keyringFor({ ...database }, envKey);
    const store = encryptedFileStorage(localFileStorage(dir), () => ring);
    await store.put('a/4', plain);
    expect((await read(store, 'a/3')).equals(plain)).toBe(true);
    expect((await read(store, 'a/4')).equals(plain)).toBe(true);
    // A server without that key cannot read the new file, and says why.
    await expect(read(old, 'a/4')).rejects.toThrow('HEARTH_FILE_KEY');
    expect((await ring).current.key.equals(parseFileKey(envKey))).toBe(true);
  });

  it('accepts a key as base64 or hex, 32 bytes only', () => {
    const key = randomBytes(32);
    expect(parseFileKey(key.toString('hex')).equals(key)).toBe(true);
    expect(parseFileKey(key.toString('base64')).equals(key)).toBe(true);
    expect(() => parseFileKey('too-short')).toThrow('32 bytes');
  });
});
