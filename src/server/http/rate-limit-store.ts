// Counters of attempts per key and time window, kept in PostgreSQL so every app server on one
// database counts together. One statement adds the hit and returns the count, so concurrent
// requests never read the same number. Also the store behind @fastify/rate-limit.
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RawSql } from '../../db/connect.ts';

// Expired counters are deleted now and then by whichever server counts next.
const SWEEP_EVERY = 500;
let sinceSweep = 0;

export type Hits = { hits: number; ttlMs: number };

/** Adds one hit to `key`, opening a window of `windowMs` when none is open. */
export async function countHit(raw: RawSql, key: string, windowMs: number): Promise<Hits> {
  if (++sinceSweep >= SWEEP_EVERY) {
    sinceSweep = 0;
    await raw.query('DELETE FROM rate_limit_counter WHERE expires_at < clock_timestamp()');
  }
  const { rows } = await raw.query<{ hits: number; ttl_ms: number }>(
    `INSERT INTO rate_limit_counter AS c (key, hits, expires_at)
     VALUES ($1, 1, clock_timestamp() + $2::double precision * interval '1 millisecond')
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN c.expires_at <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
       expires_at = CASE WHEN c.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE c.expires_at END
     RETURNING hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (expires_at - clock_timestamp())) * 1000))::int AS ttl_ms`,
    [key.slice(0, 200), windowMs],
  );
  const row = rows[0];
  if (!row) throw new Error('rate limit counter returned no row');
  return { hits: Number(row.hits), ttlMs: Number(row.ttl_ms) };
}

/** Takes back one hit of `key`: an attempt counted before it was checked, that succeeded. */
export async function releaseHit(raw: RawSql, key: string): Promise<void> {
  await raw.query('UPDATE rate_limit_counter SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [key.slice(0, 200)]);
}

/** The @fastify/rate-limit store (its custom store interface) over the same counters. */
export function postgresRateLimitStore(raw: RawSql): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, ms: number) {
      countHit(raw, key, ms).then(
        (h) => callback(null, { current: h.hits, ttl: h.ttlMs }),
        (e: Error) => callback(e),
      );
    }
    child() {
      return this;
    }
  };
}
