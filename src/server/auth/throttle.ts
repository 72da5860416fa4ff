// Throttles sign-in and account recovery per address (password spraying: many usernames from
// one place) and per username (many places guessing one account), with @fastify/rate-limit over
// the PostgreSQL counters every app server shares. Over the limit: 429 with Retry-After.
import { createHash } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { Config } from '../../config.ts';
import { tooManyAttempts } from '../http/errors.ts';

/** A username as one key: case and spaces do not make a new one, and the key holds no name. */
export const usernameKey = (username: string) =>
  createHash('sha256').update(username.trim().toLowerCase()).digest('hex').slice(0, 32);

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

async function check(limiter: Limiter, req: FastifyRequest) {
  const r = await limiter(req);
  if (!r.isAllowed && r.isExceeded) {
    throw tooManyAttempts(
      `Too many attempts. Try again in ${Math.ceil(r.ttlInSeconds / 60)} minute${r.ttlInSeconds > 60 ? 's' : ''}.`,
      r.ttlInSeconds,
    );
  }
}

/** The onRequest (per address) and preHandler (per username) hooks for one group of routes. */
export function throttle(
  app: FastifyInstance,
  config: Config,
  group: 'sign-in' | 'recovery',
): { onRequest: onRequestHookHandler; preHandler: preHandlerHookHandler } {
  const timeWindow = config.signInLimitMinutes * 60_000;
  const byAddress = app.createRateLimit({
    max: config.signInLimitPerAddress,
    timeWindow,
    keyGenerator: (req) => `${group}:address:${normalizeIP(req.ip)}`,
  });
  const byUsername = app.createRateLimit({
    max: config.signInLimitPerUsername,
    timeWindow,
    keyGenerator: (req) => `${group}:username:${usernameKey((req.body as { username: string }).username)}`,
  });
  return {
    onRequest: async (req) => check(byAddress, req),
    preHandler: async (req) => check(byUsername, req),
  };
}
