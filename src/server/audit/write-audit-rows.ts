// Writes audit rows. Inside a transaction they go in with it (the change and its audit row commit
// or roll back together). Outside one (reads), the rows of requests running at the same moment are
// written together: while one INSERT is in flight, the next requests' rows queue and go in the
// following one. Each caller still waits until its rows are committed, so no response leaves before
// its audit rows exist; under load that is one statement and one commit for many requests instead
// of one each (an audit INSERT was the most frequent statement Hearth ran).
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlOnce } from '../../db/prepared.ts';

export type AuditRow = {
  userId: string | null;
  username: string | null;
  organizationId: string | null;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  /** JSON text, or null. */
  detail: string | null;
};

/** Most rows one statement carries. */
const CHUNK = 1000;
const p = (name: string) => sql.placeholder(name);

// One statement text whatever the number of rows (the rows as arrays), so it is prepared once.
const insertRows = sqlOnce(sql`INSERT INTO audit_event
    (user_id, username, organization_id, ip, action, entity_type, entity_id, client_id, detail)
  SELECT r.user_id, r.username, r.organization_id, r.ip, r.action, r.entity_type, r.entity_id, r.client_id,
    r.detail::jsonb
  FROM unnest(${p('userId')}::varchar[], ${p('username')}::varchar[], ${p('organizationId')}::varchar[],
    ${p('ip')}::varchar[], ${p('action')}::varchar[], ${p('entityType')}::varchar[], ${p('entityId')}::varchar[],
    ${p('clientId')}::varchar[], ${p('detail')}::text[])
    WITH ORDINALITY AS r(user_id, username, organization_id, ip, action, entity_type, entity_id, client_id, detail, n)
  ORDER BY r.n`);

async function insert(db: DbOrTx, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await insertRows(db, {
      userId: chunk.map((r) => r.userId),
      username: chunk.map((r) => r.username),
      organizationId: chunk.map((r) => r.organizationId),
      ip: chunk.map((r) => r.ip),
      action: chunk.map((r) => r.action),
      entityType: chunk.map((r) => r.entityType),
      entityId: chunk.map((r) => r.entityId),
      clientId: chunk.map((r) => r.clientId),
      detail: chunk.map((r) => r.detail),
    });
  }
}

type Waiting = { rows: readonly AuditRow[]; done: () => void; failed: (e: unknown) => void };

/** The rows waiting for the next INSERT on one database, and whether one is in flight. */
class AuditQueue {
  private waiting: Waiting[] = [];
  private flushing = false;
  constructor(private readonly db: DbOrTx) {}

  write(rows: readonly AuditRow[]): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ rows, done, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length) {
        const batch = this.takeBatch();
        try {
          await insert(
            this.db,
            batch.flatMap((w) => w.rows),
          );
          for (const w of batch) w.done();
        } catch {
          // One caller's bad row must not fail the others: each writes its own again.
          await Promise.all(batch.map((w) => insert(this.db, w.rows).then(w.done, w.failed)));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Waiting callers up to CHUNK rows (always at least one caller). */
  private takeBatch(): Waiting[] {
    let rows = 0;
    let n = 0;
    while (n < this.waiting.length) {
      const size = (this.waiting[n] as Waiting).rows.length;
      if (n > 0 && rows + size > CHUNK) break;
      rows += size;
      n++;
    }
    return this.waiting.splice(0, n);
  }
}

const queues = new WeakMap<DbOrTx, AuditQueue>();

/** Writes the rows, in order; resolves once they are committed (or are part of the caller's transaction). */
export function writeAuditRows(db: DbOrTx, rows: readonly AuditRow[]): Promise<void> {
  if (!rows.length) return Promise.resolve();
  if (db instanceof PgTransaction) return insert(db, rows);
  let queue = queues.get(db);
  if (!queue) {
    queue = new AuditQueue(db);
    queues.set(db, queue);
  }
  return queue.write(rows);
}
