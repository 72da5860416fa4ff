// Sign-in and recovery under attack: concurrent bursts, password spraying from one address, one
// account guessed from many addresses, two app servers on one database, forwarded addresses.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';
import { loadConfig } from '../../config.ts';
import { auditEventTable } from '../../db/schema/index.ts';

const LIMIT = 5;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { lockoutAttempts: LIMIT, lockoutMinutes: 15, recoveryAttemptsPerHour: LIMIT } });
});
afterAll(() => t.close());

const login = (app: FastifyInstance, username: string, password: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

async function actions(userId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditEventTable.action })
    .from(auditEventTable)
    .where(eq(auditEventTable.entityId, userId));
  return rows.map((r) => r.action);
}
const count = (list: string[], action: string) => list.filter((a) => a === action).length;

describe('lockout under a burst', () => {
  it('evaluates at most the limit of 40 simultaneous wrong passwords, and the right one in the burst is refused', async () => {
    const burst = [
      ...Array.from({ length: 40 }, (_, i) => login(t.app, 'dqo', `wrong-password-${i}`)),
      login(t.app, 'dqo', DEMO_PASSWORD),
    ];
    const answers = await Promise.all(burst);
    const statuses = answers.map((a) => a.statusCode);
    const audit = await actions('USR-DQO');
    const evaluated = count(audit, 'auth.login_failed');
    console.log(
      `lockout burst: ${evaluated} of 40 wrong passwords evaluated (limit ${LIMIT}); right password answered ${statuses[40]}`,
    );
    expect(evaluated).toBe(LIMIT);
    expect(count(audit, 'auth.lockout')).toBe(1);
    expect(count(audit, 'auth.login')).toBe(0);
    expect(statuses[40]).toBe(423);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT - 1);
    expect(statuses.filter((s) => s === 423)).toHaveLength(41 - (LIMIT - 1));
    // Still locked afterwards, for the right password too.
    expect((await login(t.app, 'dqo', DEMO_PASSWORD)).statusCode).toBe(423);
  });

  it('locks an unknown username after the same number of failures, so a lockout does not reveal accounts', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(t.app, 'no-such-person', `wrong-password-${i}`)),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT - 1);
    expect(statuses.filter((s) => s === 423)).toHaveLength(12 - (LIMIT - 1));
    const locked = answers.find((a) => a.statusCode === 423);
    expect(locked?.json().error.code).toBe('account_locked');
  });
});

describe('recovery answers under a burst', () => {
  it('lets at most the hourly limit of 30 concurrent answers be checked', async () => {
    const cookie = await t.login('casemanager2');
    const set = await t.as(cookie).put('/api/auth/security-question', {
      currentPassword: DEMO_PASSWORD,
      question: 'What street did you grow up on?',
      answer: 'Maple Avenue',
    });
    expect(set.statusCode).toBe(200);
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/recovery/reset',
          payload: { username: 'casemanager2', answer: `Guess ${i}`, newPassword: 'Blue-Kettle-Morning-42' },
        }),
      ),
    );
    const checked = tries.filter((r) => r.statusCode === 400);
    const limited = tries.filter((r) => r.statusCode === 429);
    const audit = await actions('USR-CM2');
    console.log(`recovery burst: ${count(audit, 'auth.recovery_failed')} of 30 answers checked (limit ${LIMIT})`);
    expect(checked).toHaveLength(LIMIT);
    expect(limited).toHaveLength(30 - LIMIT);
    expect(count(audit, 'auth.recovery_failed')).toBe(LIMIT);
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
    // The right answer is refused too until the hour has passed.
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/recovery/reset',
      payload: { username: 'casemanager2', answer: 'Maple Avenue', newPassword: 'Blue-Kettle-Morning-42' },
    });
    expect(right.statusCode).toBe(429);
  });
});

describe('throttles', () => {
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await createTestApp({
      config: { signInLimitPerAddress: 30, signInLimitPerUsername: 10, signInLimitMinutes: 15 },
    });
  });
  afterAll(() => throttled.close());

  it('answers 429 with Retry-After when one address tries 40 usernames (password spraying)', async () => {
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await login(throttled.app, `user${i}`, 'Spring2026!', '203.0.113.7'));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const limited = answers[35];
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.json().error.code).toBe('too_many_attempts');
    // Another address is not held back by it.
    expect((await login(throttled.app, 'admin', DEMO_PASSWORD, '198.51.100.2')).statusCode).toBe(200);
  });

  it('answers 429 when one username is tried from many addresses, and counts recovery apart', async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await login(throttled.app, 'Manager ', `wrong-${i}-password`, `192.0.2.${i + 1}`)).statusCode);
    }
    // Locked after 5, throttled after 10 (case and spaces do not make another username).
    expect(statuses.slice(10)).toEqual([429, 429]);
    const question = await throttled.app.inject({
      method: 'POST',
      url: '/api/auth/recovery/question',
      payload: { username: 'manager' },
      remoteAddress: '192.0.2.99',
    });
    expect(question.statusCode).toBe(200);
  });

  it('holds across two app servers on one database', async () => {
    const second = await throttled.anotherServer();
    try {
      const servers = [throttled.app, second];
      const statuses = [];
      for (let i = 0; i < 32; i++) {
        const app = servers[i % 2] as FastifyInstance;
        statuses.push((await login(app, `spray${i}`, 'Winter2026!', '203.0.113.50')).statusCode);
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(30);
      expect(statuses.slice(30)).toEqual([429, 429]);
    } finally {
      await second.close();
    }
  });
});

describe('forwarded addresses', () => {
  const attemptFrom = async (app: TestApp, username: string, remoteAddress: string) => {
    await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'not-the-password-1' },
      remoteAddress,
      headers: { 'x-forwarded-for': '6.6.6.6' },
    });
    const [row] = await app.database.db
      .select({ ip: auditEventTable.ip })
      .from(auditEventTable)
      .where(eq(auditEventTable.username, username));
    return row?.ip;
  };

  it('ignores X-Forwarded-For by default: the audit trail keeps the real address', async () => {
    expect(await attemptFrom(t, 'forwarded-1', '10.0.0.5')).toBe('10.0.0.5');
  });

  it('believes X-Forwarded-For only from the proxy HEARTH_TRUST_PROXY names', async () => {
    const proxied = await createTestApp({ config: { trustProxy: ['10.0.0.0/24'] } });
    try {
      expect(await attemptFrom(proxied, 'forwarded-2', '10.0.0.5')).toBe('6.6.6.6');
      expect(await attemptFrom(proxied, 'forwarded-3', '192.0.2.1')).toBe('192.0.2.1');
    } finally {
      await proxied.close();
    }
  });

  it('refuses HEARTH_TRUST_PROXY=true: the setting must name the proxy', () => {
    process.env.HEARTH_TRUST_PROXY = 'true';
    try {
      expect(() => loadConfig()).toThrow(/must name the proxy/);
    } finally {
      delete process.env.HEARTH_TRUST_PROXY;
    }
  });
});
