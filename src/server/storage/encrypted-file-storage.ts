// Files encrypted at rest (AES-256-GCM) on top of any FileStorage (local directory or S3-compatible).
// Each stored file is self-describing: magic, the id of the key that encrypted it, IV, auth tag,
// then the ciphertext. Reading verifies the tag before a byte is returned, so a changed or
// truncated file fails instead of producing garbage. Files are small (an upload limit applies),
// so they are encrypted and decrypted whole in memory.
//
// The key (docs/decisions.md, "Document Check files encrypted at rest"): HEARTH_FILE_KEY when set
// (the same on every app server); otherwise one generated once and kept in the database, so two
// app servers share it with no set-up. Files name their key, so files written under the database
// key stay readable after HEARTH_FILE_KEY is introduced.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/connect.ts';
import { appSecretTable } from '../../db/schema/index.ts';
import type { FileStorage } from './file-storage.ts';

const MAGIC = Buffer.from('HEARTHE1');
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = MAGIC.length + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;
const DB_KEY_NAME = 'file_key';

export type FileKey = { id: Buffer; key: Buffer };
export type Keyring = { current: FileKey; find(id: Buffer): FileKey | undefined };

const keyOf = (key: Buffer): FileKey => ({
  id: createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES),
  key,
});

/** A 32-byte key written as base64 (44 characters) or hex (64). */
export function parseFileKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32)
    throw new Error('HEARTH_FILE_KEY must be 32 bytes, written as base64 (44 characters) or hex (64 characters)');
  return key;
}

async function databaseKey(database: Database, create: boolean): Promise<Buffer | undefined> {
  const { db } = database;
  const read = async () =>
    (
      await db.select({ value: appSecretTable.value }).from(appSecretTable).where(eq(appSecretTable.name, DB_KEY_NAME))
    )[0]?.value;
  let value = await read();
  if (!value && create) {
    // Two servers starting together: one insert wins, both read the winner.
    await db
      .insert(appSecretTable)
      .values({ name: DB_KEY_NAME, value: randomBytes(32).toString('base64') })
      .onConflictDoNothing();
    value = await read();
  }
  return value ? Buffer.from(value, 'base64') : undefined;
}

const keyrings = new WeakMap<Database, Promise<Keyring>>();

/** The keys of this database: HEARTH_FILE_KEY (when set) for new files, and the database key. */
export function keyringFor(database: Database, fileKey: string | undefined): Promise<Keyring> {
  let ring = keyrings.get(database);
  if (!ring) {
    ring = (async () => {
      const env = fileKey ? keyOf(parseFileKey(fileKey)) : undefined;
      const stored = await databaseKey(database, !env);
      const keys = [env, stored ? keyOf(stored) : undefined].filter((k): k is FileKey => Boolean(k));
      const current = keys[0];
      if (!current) throw new Error('no file encryption key');
      return { current, find: (id) => keys.find((k) => k.id.equals(id)) };
    })();
    ring.catch(() => keyrings.delete(database));
    keyrings.set(database, ring);
  }
  return ring;
}

export function encrypt(data: Buffer, key: FileKey): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([MAGIC, key.id, iv, cipher.getAuthTag(), body]);
}

export function decrypt(stored: Buffer, ring: Keyring): Buffer {
  if (stored.length < HEADER || !stored.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error('not an encrypted Hearth file');
  const ivAt = MAGIC.length + KEY_ID_BYTES;
  const tagAt = ivAt + IV_BYTES;
  const id = stored.subarray(MAGIC.length, ivAt);
  const iv = stored.subarray(ivAt, tagAt);
  const tag = stored.subarray(tagAt, HEADER);
  const key = ring.find(id);
  if (!key) throw new Error('the file was encrypted with a key this server does not have (HEARTH_FILE_KEY changed?)');
  const decipher = createDecipheriv('aes-256-gcm', key.key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(HEADER)), decipher.final()]);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** `inner` with every file encrypted on put and decrypted (and verified) on get. */
export function encryptedFileStorage(inner: FileStorage, keyring: () => Promise<Keyring>): FileStorage {
  return {
    async put(key, data) {
      const plain = Buffer.isBuffer(data) ? data : await readAll(data);
      await inner.put(key, encrypt(plain, (await keyring()).current));
      return { size: plain.length };
    },
    async get(key) {
      const stored = await readAll(await inner.get(key));
      return Readable.from([decrypt(stored, await keyring())]);
    },
    remove: (key) => inner.remove(key),
    exists: (key) => inner.exists(key),
  };
}
