import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { NoYes } from '../../hud/codes.ts';

let t: TestApp;
let admin: string;
let caseManager: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  caseManager = await t.login('casemanager');
});
afterAll(() => t.close());

async function audit(query: string) {
  const res = await t.as(admin).get(`/api/admin/audit?${query}`);
  return res.json().items as { action: string; entityId: string | null; detail: Record<string, unknown> | null }[];
}

describe('organization set-up', () => {
  it('an HMIS admin creates an organization: it is stored as a HUD Organization row and audited', async () => {
    const res = await t.as(admin).post('/api/admin/organizations', {
      OrganizationName: '  Northside Family Services ',
      OrganizationCommonName: 'Northside',
      VictimServiceProvider: NoYes.No,
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      OrganizationName: 'Northside Family Services',
      OrganizationCommonName: 'Northside',
      VictimServiceProvider: NoYes.No,
      version: 1,
      projectCount: 0,
    });
    expect(org.DateCreated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const list = (await t.as(caseManager).get('/api/organizations')).json().items;
    expect(list).toContainEqual({
      OrganizationID: org.OrganizationID,
      OrganizationName: 'Northside Family Services',
      OrganizationCommonName: 'Northside',
      VictimServiceProvider: NoYes.No,
    });
    const rows = await audit('action=admin.organization_created');
    expect(rows[0]).toMatchObject({ entityId: org.OrganizationID });
  });

  it('edits with the version read, and refuses a stale version with 409', async () => {
    const created = (
      await t.as(admin).post('/api/admin/organizations', {
        OrganizationName: 'Eastside Shelter',
        VictimServiceProvider: NoYes.No,
      })
    ).json();
    const url = `/api/admin/organizations/${created.OrganizationID}`;
    const first = await t.as(admin).put(url, {
      OrganizationName: 'Eastside Shelter Collective',
      VictimServiceProvider: NoYes.Yes,
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ VictimServiceProvider: NoYes.Yes, version: 2 });
    const stale = await t.as(admin).put(url, { OrganizationName: 'Lost edit', VictimServiceProvider: 0, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect((await t.as(admin).get(url)).json().OrganizationName).toBe('Eastside Shelter Collective');
    const rows = await audit('action=admin.organization_updated');
    expect(rows[0]?.detail).toEqual({ changed: ['OrganizationName', 'VictimServiceProvider'] });
  });

  it('answers 400 for a bad edit or a delete without a version, and 404 for an unknown organization', async () => {
    const edit = await t
      .as(admin)
      .put('/api/admin/organizations/ORG-CE', { OrganizationName: 'x'.repeat(201), version: 1 });
    expect(edit.statusCode).toBe(400);
    expect(Object.keys(edit.json().error.fields).sort()).toEqual(['OrganizationName', 'VictimServiceProvider']);
    // The overall message names the field; the message shown beside the field does not repeat it.
    expect(edit.json().error.message).toMatch(/^(OrganizationName|VictimServiceProvider): \S/);
    expect(edit.json().error.fields.OrganizationName).not.toContain('OrganizationName');
    expect((await t.as(admin).delete('/api/admin/organizations/ORG-CE')).statusCode).toBe(400);
    const missing = await t.as(admin).put('/api/admin/organizations/ORG-NOPE', {
      OrganizationName: 'Nobody',
      VictimServiceProvider: 0,
      version: 1,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('names each bad field with 400', async () => {
    const res = await t.as(admin).post('/api/admin/organizations', { OrganizationName: ' ', VictimServiceProvider: 7 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['OrganizationName', 'VictimServiceProvider']);
    expect(res.json().error.fields.OrganizationName).toContain('organization name');
  });

  it('is for HMIS admins only: others get 403 even with a bad body', async () => {
    for (const user of ['casemanager', 'manager', 'dqo']) {
      const cookie = await t.login(user);
      expect((await t.as(cookie).get('/api/admin/organizations')).statusCode).toBe(403);
      expect((await t.as(cookie).get('/api/admin/organizations/ORG-HHP')).statusCode).toBe(403);
      expect((await t.as(cookie).post('/api/admin/organizations', {})).statusCode).toBe(403);
      expect((await t.as(cookie).put('/api/admin/organizations/ORG-HHP', {})).statusCode).toBe(403);
      expect((await t.as(cookie).delete('/api/admin/organizations/ORG-HHP?version=1')).statusCode).toBe(403);
    }
  });

  it('soft-deletes an organization without projects and takes it off its users', async () => {
    const org = (
      await t.as(admin).post('/api/admin/organizations', { OrganizationName: 'Short-lived', VictimServiceProvider: 0 })
    ).json();
    const user = await t.as(admin).post('/api/admin/users', {
      username: 'shortlived.worker',
      firstName: 'Sam',
      lastName: 'Worker',
      email: 'sam@example.org',
      roles: [],
      organizationIds: [org.OrganizationID, 'ORG-HHP'],
      initialPassword: 'a-long-initial-passphrase',
    });
    expect(user.statusCode).toBe(201);
    const url = `/api/admin/organizations/${org.OrganizationID}`;
    expect((await t.as(admin).delete(`${url}?version=2`)).statusCode).toBe(409);
    const res = await t.as(admin).delete(`${url}?version=1`);
    expect(res.statusCode).toBe(200);
    expect((await t.as(admin).get(url)).statusCode).toBe(404);
    const list = (await t.as(caseManager).get('/api/organizations')).json().items as { OrganizationID: string }[];
    expect(list.map((o) => o.OrganizationID)).not.toContain(org.OrganizationID);
    const { rows } = await t.database.raw.query<{ date_deleted: string | null }>(
      'SELECT date_deleted FROM organization WHERE organization_id = $1',
      [org.OrganizationID],
    );
    expect(rows[0]?.date_deleted).toBeTruthy();
    const after = (await t.as(admin).get(`/api/admin/users/${user.json().id}`)).json();
    expect(after.organizationIds).toEqual(['ORG-HHP']);
  });

  it('refuses to delete an organization that still runs projects', async () => {
    const res = await t.as(admin).delete('/api/admin/organizations/ORG-HHP?version=1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/still runs 4 projects/);
  });
});

describe('API documentation', () => {
  it('documents the set-up routes with their HUD field names', async () => {
    const res = await t.as(admin).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const path of [
      '/api/admin/organizations',
      '/api/admin/projects/{projectId}',
      '/api/admin/users/{userId}/reset-password',
      '/api/admin/service-types',
      '/api/projects',
      '/api/organizations',
      '/api/service-types',
      '/api/reports/user-tracker/download',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const body = doc.paths['/api/admin/projects'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(['ProjectName', 'OperatingStartDate', 'funders']),
    );
  });
});
