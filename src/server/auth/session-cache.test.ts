// Sessions kept in memory (session-cache.ts) never outlive a change: on the server that made it at
// once, on every other server as soon as PostgreSQL's notice arrives, and not at all while a server
// cannot hear those notices.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { hashToken } from './session-hook.ts';

let t: TestApp;
let other: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp();
  other = await t.anotherServer();
});
afterAll(() => t.close());

const get = (app: FastifyInstance, cookie: string, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => r.statusCode);
const onBoth = (cookie: string, url: string) => Promise.all([get(t.app, cookie, url), get(other, cookie, url)]);
const sql = (text: string, params: unknown[]) => t.database.raw.query(text, params);
// Another server learns of a change by PostgreSQL's notice, a few milliseconds after the commit.
const soon = { timeout: 2000, interval: 20 };
const listeners = async () =>
  (
    await sql(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      ['hearth auth listener'],
    )
  ).rows[0] as { n: number };

describe('sessions kept in memory', () => {
  it('refuses a user deactivated in the database on their next request, on either server', async () => {
    const cookie = await t.login('casemanager2');
    expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([200, 200]);
    await sql(`UPDATE app_user SET active = false WHERE username = $1`, ['casemanager2']);
    await vi.waitFor(async () => expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([401, 401]), soon);
    await sql(`UPDATE app_user SET active = true WHERE username = $1`, ['casemanager2']);
    await vi.waitFor(async () => expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([200, 200]), soon);
  });

  it('takes a role away on the next request, on either server', async () => {
    const cookie = await t.login('admin');
    expect(await onBoth(cookie, '/api/admin/users')).toEqual([200, 200]);
    await sql(`UPDATE app_user SET roles = '{}' WHERE username = $1`, ['admin']);
    try {
      await vi.waitFor(async () => expect(await onBoth(cookie, '/api/admin/users')).toEqual([403, 403]), soon);
    } finally {
      await sql(`UPDATE app_user SET roles = '{hmis_admin}' WHERE username = $1`, ['admin']);
    }
  });

  it('answers 401 on every server once the session ended anywhere', async () => {
    const cookie = await t.login('casemanager');
    expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([200, 200]);
    await sql(`UPDATE session SET ended_at = now(), ended_reason = 'admin' WHERE id = $1`, [
      hashToken(cookie.split('=')[1] as string),
    ]);
    await vi.waitFor(async () => expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([401, 401]), soon);
  });

  it('shows a user’s own change on their very next request: switching organization, signing out', async () => {
    const cookie = await t.login('casemanager');
    await sql(`INSERT INTO user_organization (user_id, organization_id) VALUES ('USR-CM', 'ORG-ODO')`, []);
    const projects = async () =>
      (
        (await t.as(cookie).get('/api/services/projects')).json() as { items: { organizationName?: string }[] }
      ).items.map((p) => JSON.stringify(p));
    const before = await projects();
    // The new organization is learnt by notice; then the switch and what follows are immediate.
    await vi.waitFor(
      async () =>
        expect((await t.as(cookie).put('/api/auth/organization', { organizationId: 'ORG-ODO' })).statusCode).toBe(200),
      soon,
    );
    const after = await projects();
    expect(after).not.toEqual(before);
    expect((await t.as(cookie).put('/api/auth/organization', { organizationId: 'ORG-HHP' })).statusCode).toBe(200);
    expect(await projects()).toEqual(before);
    expect((await t.as(cookie).post('/api/auth/logout')).statusCode).toBe(200);
    expect(await get(t.app, cookie, '/api/case-assignments/mine')).toBe(401);
    await sql(`DELETE FROM user_organization WHERE user_id = 'USR-CM' AND organization_id = 'ORG-ODO'`, []);
  });

  it('refuses a user an administrator deactivated through the same server on their very next request', async () => {
    const [admin, cookie] = await Promise.all([t.login('admin'), t.login('casemanager2')]);
    expect(await get(t.app, cookie, '/api/case-assignments/mine')).toBe(200);
    const { version } = (await t.as(admin).get('/api/admin/users/USR-CM2')).json() as { version: number };
    expect((await t.as(admin).post('/api/admin/users/USR-CM2/deactivate', { version })).statusCode).toBe(200);
    expect(await get(t.app, cookie, '/api/case-assignments/mine')).toBe(401);
    const again = (await t.as(admin).get('/api/admin/users/USR-CM2')).json() as { version: number };
    expect((await t.as(admin).post('/api/admin/users/USR-CM2/reactivate', { version: again.version })).statusCode).toBe(
      200,
    );
  });

  it('serves nothing from memory while it cannot hear changes, and listens again', async () => {
    const cookie = await t.login('casemanager2');
    expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([200, 200]);
    expect((await listeners()).n).toBe(2);
    await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
      'hearth auth listener',
    ]);
    // Both servers see their connection drop at once; they try again after a second.
    await new Promise((r) => setTimeout(r, 200));
    await sql(`UPDATE app_user SET active = false WHERE username = $1`, ['casemanager2']);
    expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([401, 401]);
    await sql(`UPDATE app_user SET active = true WHERE username = $1`, ['casemanager2']);
    await vi.waitFor(async () => expect((await listeners()).n).toBe(2), { timeout: 5000, interval: 50 });
    expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([200, 200]);
    await sql(`UPDATE app_user SET active = false WHERE username = $1`, ['casemanager2']);
    await vi.waitFor(async () => expect(await onBoth(cookie, '/api/case-assignments/mine')).toEqual([401, 401]), soon);
    await sql(`UPDATE app_user SET active = true WHERE username = $1`, ['casemanager2']);
  });
});
