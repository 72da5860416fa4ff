// One transaction on one connection, for loading an import all or nothing: drizzle for the audit
// row, plain SQL, and COPY FROM STDIN for bulk rows.
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
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

export async function withLoadTransaction<T>(database: Database, fn: (loader: Loader) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
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
