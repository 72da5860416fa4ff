import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';
import { newPasswordProblem } from './password.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { lockoutAttempts: 5, lockoutMinutes: 15, recoveryAttemptsPerHour: 3 } });
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

async function auditActions(cookie: string, query: string) {
  const res = await t.as(cookie).get(`/api/admin/audit?${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { action: string }[]).map((i) => i.action);
}

describe('sign-in', () => {
  it('signs in with a demo account and returns the user with roles and organizations', async () => {
    const res = await login('casemanager', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      username: 'casemanager',
      roles: ['case_manager'],
      currentOrganizationId: 'ORG-HHP',
    });
    const cookie = res.cookies.find((c) => c.name === 'hearth_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('gives the same message for a wrong password and an unknown username', async () => {
    const wrong = await login('dqo', 'not the right password');
    const unknown = await login('nobody-here', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('answers 401 JSON on protected routes without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('locks the account after five failures: even the right password gets 423, and the lockout is audited', async () => {
    for (let i = 0; i < 4; i++) expect((await login('manager', 'wrong-password-123')).statusCode).toBe(401);
    const fifth = await login('manager', 'wrong-password-123');
    expect(fifth.statusCode).toBe(423);
    const right = await login('manager', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
    const admin = await t.login('admin');
    expect(await auditActions(admin, 'userId=USR-MANAGER')).toEqual(
      expect.arrayContaining(['auth.lockout', 'auth.login_refused_locked', 'auth.login_failed']),
    );
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('casemanager2');
    expect((await t.as(cookie).get('/api/auth/me')).statusCode).toBe(200);
    expect((await t.as(cookie).post('/api/auth/logout')).statusCode).toBe(200);
    expect((await t.as(cookie).get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('organizations', () => {
  it('switches the current organization only to one the user may work as', async () => {
    const cookie = await t.login('dqo');
    const ok = await t.as(cookie).put('/api/auth/organization', { organizationId: 'ORG-ODO' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().currentOrganizationId).toBe('ORG-ODO');
    const no = await t.as(cookie).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    expect(no.statusCode).toBe(403);
  });

  it('keeps the audit trail for HMIS admins only', async () => {
    const cookie = await t.login('casemanager');
    expect((await t.as(cookie).get('/api/admin/audit')).statusCode).toBe(403);
  });
});

describe('passwords and recovery', () => {
  it('refuses short, username-containing and common passwords with the field named', async () => {
    const cookie = await t.login('dqo');
    for (const newPassword of ['short', 'my-dqo-password-is-long', 'password123456']) {
      const res = await t.as(cookie).post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.newPassword).toBeTruthy();
    }
  });

  it('recovers an account with the case-sensitive answer and is rate limited', async () => {
    const cookie = await t.login('casemanager');
    const set = await t.as(cookie).put('/api/auth/security-question', {
      currentPassword: DEMO_PASSWORD,
      question: 'Who was your favorite teacher?',
      answer: 'Ms Jones',
    });
    expect(set.statusCode).toBe(200);
    const q = await t.app.inject({
      method: 'POST',
      url: '/api/auth/recovery/question',
      payload: { username: 'casemanager' },
    });
    expect(q.json().question).toBe('Who was your favorite teacher?');
    const reset = (answer: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/recovery/reset',
        payload: { username: 'casemanager', answer, newPassword: 'Blue-Kettle-Morning-42' },
      });
    expect((await reset('ms jones')).statusCode).toBe(400);
    expect((await reset('Ms Jones')).statusCode).toBe(200);
    expect((await login('casemanager', 'Blue-Kettle-Morning-42')).statusCode).toBe(200);
    expect((await login('casemanager', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await reset('wrong 1')).statusCode).toBe(400);
    expect((await reset('wrong 2')).statusCode).toBe(400);
    // Three failed answers within the hour (with the first 'ms jones'): the account stops accepting attempts.
    expect((await reset('Ms Jones')).statusCode).toBe(429);
  });
});

describe('what recovery tells about usernames', () => {
  const question = (username: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/recovery/question', payload: { username } });
  const reset = (username: string, answer: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/recovery/reset',
      payload: { username, answer, newPassword: 'Green-Ladder-Evening-17' },
    });

  it('answers an unknown username like a known one: a plausible question that stays the same', async () => {
    const unknown = await question('no-such-user-anywhere');
    const noQuestionSet = await question('dqo');
    for (const res of [unknown, noQuestionSet]) {
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json())).toEqual(['question']);
      expect(res.json().question).toMatch(/^[A-Z].{10,}\?$/);
    }
    expect((await question('NO-SUCH-USER-ANYWHERE ')).json()).toEqual(unknown.json());
    const many = new Set(
      await Promise.all(
        ['a', 'b', 'c', 'd', 'e', 'f'].map(async (u) => (await question(`nobody-${u}`)).json().question),
      ),
    );
    expect(many.size).toBeGreaterThan(1);
  });

  it('refuses an answer for an unknown username exactly as a wrong answer for a known one', async () => {
    const cookie = await t.login('casemanager2');
    await t.as(cookie).put('/api/auth/security-question', {
      currentPassword: DEMO_PASSWORD,
      question: 'What was your first bicycle?',
      answer: 'Red Schwinn',
    });
    const known = await reset('casemanager2', 'Blue Schwinn');
    const unknown = await reset('nobody-at-all', 'Blue Schwinn');
    expect(known.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual(known.json());
  });
});

describe('new passwords outside demo mode', () => {
  it('refuses the demo password, the username and the organization name, naming the field', async () => {
    const cookie = await t.login('casemanager2');
    const cases = [
      ['hearth-demo-2026', /demo password/],
      ['casemanager2-is-my-name', /username/],
      ['OpenDoorOutreach!2026', /organization/],
    ] as const;
    for (const [newPassword, reason] of cases) {
      const res = await t.as(cookie).post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.newPassword).toMatch(reason);
    }
  });

  it('allows the demo password in demo mode, where every account uses it', async () => {
    const deps = { database: t.database, storage: t.storage };
    const user = { username: 'casemanager2', organizationIds: ['ORG-ODO'] };
    expect(await newPasswordProblem({ ...deps, config: { ...t.config, demo: true } }, user, DEMO_PASSWORD)).toBeNull();
    expect(await newPasswordProblem({ ...deps, config: t.config }, user, DEMO_PASSWORD)).toMatch(/demo password/);
  });
});

describe('errors', () => {
  it('answers bad input with a 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(Object.keys(res.json().error.fields)).toContain('password');
  });

  it('answers unknown routes with 404 JSON and oversized bodies with 413', async () => {
    const cookie = await t.login('admin');
    const missing = await t.as(cookie).get('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('too_large');
  });
});

describe('idle sessions', () => {
  it('ends a session after the idle time, and status polling does not keep it alive', async () => {
    const short = await createTestApp({ config: { sessionIdleMinutes: 0.02 } });
    try {
      const cookie = await short.login('admin');
      expect((await short.as(cookie).get('/api/auth/session-status')).statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 800));
      expect((await short.as(cookie).get('/api/auth/session-status')).statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 800));
      const res = await short.as(cookie).get('/api/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('session_ended');
    } finally {
      await short.close();
    }
  });
});
