import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ config: { lockoutAttempts: 3 } });
  admin = await t.login('admin');
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const cookieOf = (res: Awaited<ReturnType<typeof login>>) =>
  `hearth_session=${res.cookies.find((c) => c.name === 'hearth_session')?.value}`;

function newUser(overrides: Record<string, unknown> = {}) {
  return {
    username: 'pat.lee',
    firstName: 'Pat',
    lastName: 'Lee',
    email: 'pat.lee@example.org',
    phone: '(214) 555-0100',
    roles: ['program_manager'],
    organizationIds: ['ORG-ODO', 'ORG-CE'],
    initialPassword: 'correct horse battery',
    ...overrides,
  };
}

describe('user accounts', () => {
  it('creates a user with a HUD User record; the user must change the initial password first', async () => {
    const res = await t.as(admin).post('/api/admin/users', newUser());
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'pat.lee',
      phone: '2145550100',
      roles: ['case_manager', 'program_manager'],
      organizationIds: expect.arrayContaining(['ORG-ODO', 'ORG-CE']),
      active: true,
      mustChangePassword: true,
      version: 1,
    });
    const { rows } = await t.database.raw.query<{ user_first_name: string; user_email: string }>(
      'SELECT user_first_name, user_email FROM hmis_user WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ user_first_name: 'Pat', user_email: 'pat.lee@example.org' }]);

    const signIn = await login('pat.lee', 'correct horse battery');
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);
    const blocked = await t.as(cookieOf(signIn)).get('/api/projects');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const audit = (await t.as(admin).get(`/api/admin/audit?action=admin.user_created`)).json().items;
    expect(audit[0]).toMatchObject({ entityId: user.id, detail: { roles: ['program_manager'] } });
    expect(JSON.stringify(audit[0].detail)).not.toContain('Pat');
  });

  it('refuses a taken username, a weak password and unknown organizations with field messages', async () => {
    const res = await t
      .as(admin)
      .post(
        '/api/admin/users',
        newUser({ username: 'ADMIN', initialPassword: 'short', organizationIds: ['ORG-NOPE'] }),
      );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ initialPassword: 'Password must be at least 12 characters long' });
    const taken = await t.as(admin).post('/api/admin/users', newUser({ username: 'ADMIN' }));
    expect(taken.json().error.fields).toEqual({ username: 'This username is already taken' });
    const orgs = await t
      .as(admin)
      .post('/api/admin/users', newUser({ username: 'x.y', organizationIds: ['ORG-NOPE'] }));
    expect(orgs.json().error.fields.organizationIds).toContain('ORG-NOPE');
    const shape = await t
      .as(admin)
      .post('/api/admin/users', newUser({ username: 'a b', email: 'not-an-email', phone: '123', organizationIds: [] }));
    expect(Object.keys(shape.json().error.fields).sort()).toEqual(['email', 'organizationIds', 'phone', 'username']);
  });

  it('edits roles and organizations with optimistic locking, and keeps the HUD User record in step', async () => {
    const user = (await t.as(admin).post('/api/admin/users', newUser({ username: 'robin.edit' }))).json();
    const url = `/api/admin/users/${user.id}`;
    const edit = {
      firstName: 'Robin',
      lastName: 'Edited',
      email: 'robin@example.org',
      roles: ['data_quality_officer'],
      organizationIds: ['ORG-HHP'],
      version: 1,
    };
    const res = await t.as(admin).put(url, edit);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      roles: ['case_manager', 'data_quality_officer'],
      organizationIds: ['ORG-HHP'],
      phone: null,
      version: 2,
    });
    expect((await t.as(admin).put(url, { ...edit, lastName: 'Lost' })).statusCode).toBe(409);
    const { rows } = await t.database.raw.query<{ user_last_name: string }>(
      'SELECT user_last_name FROM hmis_user WHERE user_id = $1',
      [user.id],
    );
    expect(rows[0]?.user_last_name).toBe('Edited');
    const audit = (await t.as(admin).get('/api/admin/audit?action=admin.user_updated')).json().items;
    expect(audit[0].detail.changed).toEqual(['firstName', 'lastName', 'email', 'phone', 'roles', 'organizationIds']);
  });

  it('deactivation ends the user’s sessions and blocks sign-in; reactivation lets them back', async () => {
    const cm2 = await t.login('casemanager2');
    expect((await t.as(cm2).get('/api/auth/me')).statusCode).toBe(200);
    const before = (await t.as(admin).get('/api/admin/users/USR-CM2')).json();
    const res = await t.as(admin).post('/api/admin/users/USR-CM2/deactivate', { version: before.version });
    expect(res.statusCode).toBe(200);
    expect(
      (await t.as(admin).post('/api/admin/users/USR-CM2/deactivate', { version: before.version })).statusCode,
    ).toBe(409);
    expect(res.json().active).toBe(false);
    expect((await t.as(cm2).get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('casemanager2', DEMO_PASSWORD)).statusCode).toBe(401);
    expect(
      (await t.as(admin).post('/api/admin/users/USR-CM2/reactivate', { version: before.version })).statusCode,
    ).toBe(409);
    const back = await t.as(admin).post('/api/admin/users/USR-CM2/reactivate', { version: before.version + 1 });
    expect(back.json().active).toBe(true);
    expect((await login('casemanager2', DEMO_PASSWORD)).statusCode).toBe(200);
    const actions = (await t.as(admin).get('/api/admin/audit?userId=USR-ADMIN'))
      .json()
      .items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['admin.user_deactivated', 'admin.user_reactivated']));
  });

  it('a password reset unlocks the account, signs the user out and forces a new password', async () => {
    const dqo = await t.login('dqo');
    for (let i = 0; i < 3; i++) await login('dqo', 'wrong-password-here');
    expect((await login('dqo', DEMO_PASSWORD)).statusCode).toBe(423);
    const before = (await t.as(admin).get('/api/admin/users/USR-DQO')).json();
    expect(before.locked).toBe(true);
    const weak = await t.as(admin).post('/api/admin/users/USR-DQO/reset-password', {
      temporaryPassword: 'password1234',
      version: before.version,
    });
    expect(weak.json().error.fields.temporaryPassword).toMatch(/too common/);
    const res = await t.as(admin).post('/api/admin/users/USR-DQO/reset-password', {
      temporaryPassword: 'temporary-reset-2026',
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ locked: false, mustChangePassword: true });
    expect((await t.as(dqo).get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('dqo', DEMO_PASSWORD)).statusCode).toBe(401);
    const again = await t.as(admin).post('/api/admin/users/USR-DQO/reset-password', {
      temporaryPassword: 'another-reset-2026',
      version: before.version,
    });
    expect(again.statusCode).toBe(409);
    const temp = await login('dqo', 'temporary-reset-2026');
    expect(temp.json().user.mustChangePassword).toBe(true);
  });

  it('an admin cannot lock themselves out: no removing their own admin role, no self-deactivation', async () => {
    const me = (await t.as(admin).get('/api/admin/users/USR-ADMIN')).json();
    const demote = await t.as(admin).put('/api/admin/users/USR-ADMIN', {
      firstName: me.firstName,
      lastName: me.lastName,
      email: me.email,
      roles: [],
      organizationIds: me.organizationIds,
      version: me.version,
    });
    expect(demote.json().error.fields).toEqual({ roles: 'You cannot remove your own HMIS admin role' });
    const off = await t.as(admin).post('/api/admin/users/USR-ADMIN/deactivate', { version: me.version });
    expect(off.statusCode).toBe(400);
  });

  it('lists and filters users by organization, status and search text', async () => {
    const all = (await t.as(admin).get('/api/admin/users?organizationId=ORG-SH')).json().items;
    expect(all.map((u: { username: string }) => u.username)).toEqual(['admin']);
    const search = (await t.as(admin).get('/api/admin/users?search=rivera')).json().items;
    expect(search.map((u: { username: string }) => u.username)).toEqual(['casemanager2']);
    expect((await t.as(admin).get('/api/admin/users/USR-NOBODY')).statusCode).toBe(404);
  });

  it('is for HMIS admins only', async () => {
    const manager = await t.login('manager');
    const m = t.as(manager);
    expect((await m.get('/api/admin/users')).statusCode).toBe(403);
    expect((await m.get('/api/admin/users/USR-CM')).statusCode).toBe(403);
    expect((await m.post('/api/admin/users', newUser({ username: 'sneaky' }))).statusCode).toBe(403);
    expect((await m.put('/api/admin/users/USR-CM', {})).statusCode).toBe(403);
    expect((await m.post('/api/admin/users/USR-CM/deactivate', { version: 1 })).statusCode).toBe(403);
    expect((await m.post('/api/admin/users/USR-CM/reactivate', { version: 1 })).statusCode).toBe(403);
    expect((await m.post('/api/admin/users/USR-CM/reset-password', {})).statusCode).toBe(403);
  });
});

describe('two admins at once', () => {
  it('creating the same username twice at the same moment: one is created, the other told it is taken', async () => {
    const [a, b] = await Promise.all([
      t.as(admin).post('/api/admin/users', newUser({ username: 'twin.user' })),
      t.as(admin).post('/api/admin/users', newUser({ username: 'Twin.User' })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 400]);
    const refused = a.statusCode === 400 ? a : b;
    expect(refused.json().error.fields).toEqual({ username: 'This username is already taken' });
  });
});
