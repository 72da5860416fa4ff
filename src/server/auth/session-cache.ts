// Sessions this process has checked, kept in memory so most requests skip the session query.
// Correct only while it hears every change: PostgreSQL tells each process on channel hearth_auth
// (migration 0930) when a session ends or a user's roles, organizations or status change, and the
// cache forgets that user. While that connection is down nothing is kept or served, and an entry
// is used for at most `ttlMs` whatever happens.
import pg from 'pg';

const CHANNEL = 'hearth_auth';
const RETRY_MS = 1000;

type Entry<T> = { session: T; storedAt: number };

export class SessionCache<T extends { userId: string }> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly byUser = new Map<string, Set<string>>();
  /** Bumped by every change heard: a read begun before it must not be stored. */
  private changes = 0;
  private client: pg.Client | undefined;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Starts listening (retrying every second until it can); serves nothing until then. */
  async start(): Promise<void> {
    if (this.closed || this.client) return;
    // Named, so an administrator sees what the connection is (pg_stat_activity).
    const client = new pg.Client({ ...this.connection, application_name: 'hearth auth listener' });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.stopServing();
      client.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => void this.start(), RETRY_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL) return;
      if (!n.payload || n.payload === '*') this.forgetAll();
      else this.forgetUser(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.client !== client) return;
      // Whatever changed while nobody listened is unknown: start empty.
      this.forgetAll();
      this.listening = true;
    } catch {
      lost();
    }
  }

  /** The stamp to pass to `put` for a session read from the database now. */
  stamp(): number {
    return this.changes;
  }

  get(id: string, now = Date.now()): T | undefined {
    if (!this.listening) return undefined;
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (now - e.storedAt > this.ttlMs) {
      this.forget(id);
      return undefined;
    }
    return e.session;
  }

  /** Keeps a session read since `stamp`, unless a change was heard meanwhile. */
  put(id: string, session: T, stamp: number, now = Date.now()): void {
    if (!this.listening || stamp !== this.changes) return;
    this.forget(id);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    this.entries.set(id, { session, storedAt: now });
    let ids = this.byUser.get(session.userId);
    if (!ids) {
      ids = new Set();
      this.byUser.set(session.userId, ids);
    }
    ids.add(id);
  }

  /** Replaces a kept session's fields this process just wrote (its activity time). */
  update(id: string, change: Partial<T>): void {
    const e = this.entries.get(id);
    if (e) e.session = { ...e.session, ...change };
  }

  forget(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    const ids = this.byUser.get(e.session.userId);
    ids?.delete(id);
    if (ids && !ids.size) this.byUser.delete(e.session.userId);
  }

  forgetUser(userId: string): void {
    this.changes++;
    for (const id of this.byUser.get(userId) ?? []) this.entries.delete(id);
    this.byUser.delete(userId);
  }

  forgetAll(): void {
    this.changes++;
    this.entries.clear();
    this.byUser.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.stopServing();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private stopServing(): void {
    this.listening = false;
    this.forgetAll();
  }
}
