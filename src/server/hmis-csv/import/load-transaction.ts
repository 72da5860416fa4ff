// One transaction on one connection, for loading an import all or nothing: drizzle for the audit
// row, plain SQL, and COPY for bulk rows (COPY FROM STDIN on a server, a blob on PGlite).
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Db } from '../../../db/connect.ts';
import * as schema from '../../../db/schema/index.ts';

type Chunk = string | Uint8Array;

export type Loader = {
  tx: Db;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `COPY table (cols) FROM STDIN (FORMAT csv)` with the CSV text the chunks give. */
  copyIn(copySql: string, chunks: AsyncIterable<Chunk> | Iterable<Chunk>): Promise<void>;
};

const BLOB_BYTES = 16 * 1024 ** 2;

export async function withLoadTransaction<T>(database: Database, fn: (loader: Loader) => Promise<T>): Promise<T> {
  if (database.pool) return onServer(database.pool, fn);
  if (database.pglite) return database.pglite.transaction((t) => fn(pgliteLoader(t)));
  throw new Error('no database connection');
}

async function onServer<T>(pool: pg.Pool, fn: (loader: Loader) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn({
      tx: drizzlePg(client, { schema }) as unknown as Db,
      query: async (text, params) => (await client.query(text, params as unknown[])).rows,
      copyIn: async (copySql, chunks) => {
        const stream = client.query(copyFrom(copySql));
        const finished = new Promise<void>((resolve, reject) => {
          stream.on('finish', resolve);
          stream.on('error', reject);
        });
        for await (const chunk of chunks) {
          if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
        }
        stream.end();
        await finished;
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

function pgliteLoader(t: Transaction): Loader {
  return {
    tx: drizzlePglite(t as unknown as PGlite, { schema }) as unknown as Db,
    query: async (text, params) => (await t.query(text, params)).rows as never[],
    copyIn: async (copySql, chunks) => {
      const blobSql = copySql.replace('FROM STDIN', "FROM '/dev/blob'");
      let parts: Chunk[] = [];
      let size = 0;
      const flush = async () => {
        if (!parts.length) return;
        await t.query(blobSql, [], { blob: new Blob(parts as BlobPart[]) });
        parts = [];
        size = 0;
      };
      for await (const chunk of chunks) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= BLOB_BYTES) await flush();
      }
      await flush();
    },
  };
}
