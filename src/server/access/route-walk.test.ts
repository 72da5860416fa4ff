// Walks every route of the OpenAPI document that takes an ID (path, query or body), as every role
// working as its own organization, another organization and a victim-service provider, with the
// IDs of records that user must not reach, and checks each answer is exactly the answer for an
// ID that does not exist. Routes added later are walked too: an ID parameter this walk does not
// know fails it with a message saying where to add it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { newId } from '../http/ids.ts';
import { type OpenApi, type Route, routesOf } from './openapi-routes.test-support.ts';
import { type Context, keyOf, send, shapeOf, unreached } from './route-walk.test-support.ts';
import {
  type Boundary,
  buildAccessPoints,
  buildOrgFamily,
  buildPrivateOnShared,
  buildSharedClient,
  type Family,
  mayReach,
  ownRecords,
  WALK_ORGS,
  WALK_ROLES,
  type Walker,
  walkUser,
  workAs,
} from './walk-fixtures.test-support.ts';

let t: TestApp;
let doc: OpenApi;
let orgFamilies: Family[];
let families: Family[];
const walkers: Walker[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  doc = (await t.as(admin).get('/api/openapi.json')).json();
  await buildAccessPoints(t, admin);
  orgFamilies = [];
  for (const org of Object.values(WALK_ORGS)) orgFamilies.push(await buildOrgFamily(t, admin, org));
  const shared = await buildSharedClient(t, admin);
  families = [...orgFamilies];
  for (const org of Object.values(WALK_ORGS)) families.push(await buildPrivateOnShared(t, admin, org, shared));
  for (const role of WALK_ROLES) {
    const u = await walkUser(t, admin, role, Object.values(WALK_ORGS));
    for (const [boundary, org] of Object.entries(WALK_ORGS))
      walkers.push({ role, ...u, boundary: boundary as Boundary, org });
  }
}, 900_000);
afterAll(() => t?.close());

const label = (r: Route) => `${r.method} ${r.path}`;

describe('one visibility rule on every route', () => {
  it('knows every ID parameter of every route in the OpenAPI document', () => {
    expect(() => routesOf(doc)).not.toThrow();
  });

  it('answers a record the user may not reach exactly like one that does not exist', async () => {
    const routes = routesOf(doc).filter((r) => r.slots.some((s) => 'kind' in s.cls));
    const leaks: string[] = [];
    const notReached = new Set<string>();
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const w of walkers) {
      await workAs(t, w.cookie, w.org);
      const home = orgFamilies.find(
        (f) => f.scopes.client && 'org' in f.scopes.client && f.scopes.client.org === w.org,
      );
      if (!home) throw new Error(`no family for ${w.org}`);
      const own = await ownRecords(t, w, home);
      const started = Date.now();
      const before = requests;
      for (const route of routes) {
        const walked = route.slots.filter((s) => 'kind' in s.cls);
        for (const slot of walked) {
          const key = keyOf(slot);
          if (!key || !('kind' in slot.cls)) continue;
          const kind = slot.cls.kind;
          for (const f of families) {
            const hiddenId = f.ids[key];
            if (!hiddenId || mayReach(f.scopes[kind], w)) continue;
            // The hidden record among its own family, and (routes taking several IDs) among the walker's own records.
            const bases: Context[] = walked.length > 1 ? [f.ids, own.ids] : [f.ids];
            for (const base of bases) {
              const missing = newId();
              const hidden = await send(t, doc, route, { ...base, [key]: hiddenId }, w);
              const absent = await send(t, doc, route, { ...base, [key]: missing }, w);
              requests += 2;
              statuses.set(absent.statusCode, (statuses.get(absent.statusCode) ?? 0) + 1);
              const where = `${label(route)} ${slot.where}:${slot.name} as ${w.role} working as ${w.boundary} (${f.name})`;
              if (hidden.statusCode >= 500 || absent.statusCode >= 500)
                leaks.push(`${where}: server error ${hidden.statusCode}/${absent.statusCode}`);
              else if (shapeOf(hidden, hiddenId) !== shapeOf(absent, missing))
                leaks.push(
                  `${where}: hidden answered ${hidden.statusCode} ${hidden.body.slice(0, 160)}, nonexistent ${absent.statusCode} ${absent.body.slice(0, 160)}`,
                );
              else if (route.method !== 'GET' && hidden.statusCode < 300)
                leaks.push(`${where}: a write accepted the hidden ID (${hidden.statusCode})`);
              else if (unreached(absent, slot))
                notReached.add(`${label(route)} ${slot.name}: ${absent.body.slice(0, 200)}`);
            }
          }
        }
      }
      if (process.env.WALK_PROGRESS)
        console.log(
          `${w.role} as ${w.boundary}: ${requests - before} requests, ${Date.now() - started} ms, ${leaks.length} leaks so far`,
        );
    }
    const boundaries = Object.keys(WALK_ORGS).length;
    console.log(
      `Route walk: ${routes.length} routes with IDs × ${WALK_ROLES.length} roles × ${boundaries} boundaries = ` +
        `${routes.length * WALK_ROLES.length * boundaries} walks, ${requests} requests, ${leaks.length} leaks; ` +
        `answers: ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')}`,
    );
    for (const l of leaks) console.log(`LEAK ${l}`);
    for (const n of notReached) console.log(`NOT REACHED ${n}`);
    expect(leaks).toEqual([]);
    expect([...notReached]).toEqual([]);
  }, 1_800_000);

  it('never shows a hidden record’s names or titles in any list', async () => {
    const lists = routesOf(doc).filter(
      (r) => r.method === 'GET' && r.slots.every((s) => s.where !== 'path' || 'kind' in s.cls || 'setup' in s.cls),
    );
    const leaks: string[] = [];
    let requests = 0;
    for (const w of walkers) {
      await workAs(t, w.cookie, w.org);
      const reachable = (f: Family) => mayReach(f.scopes.caseNote, w);
      const home = orgFamilies.find((f) => reachable(f));
      const shared = families.find((f) => !orgFamilies.includes(f) && reachable(f));
      if (!home || !shared) throw new Error(`no families for ${w.org}`);
      const own = await ownRecords(t, w, home);
      const hidden = families.filter((f) => !reachable(f)).flatMap((f) => f.markers);
      for (const route of lists) {
        for (const ctx of [own.ids, shared.ids]) {
          const res = await send(t, doc, route, ctx, w);
          requests++;
          const seen = hidden.filter((m) => res.body.includes(m));
          if (seen.length)
            leaks.push(`${label(route)} as ${w.role} working as ${w.boundary}: shows ${seen.join(', ')}`);
        }
      }
    }
    console.log(
      `List scan: ${lists.length} GET routes × ${walkers.length} role/boundaries, ${requests} requests, ${leaks.length} leaks`,
    );
    for (const l of leaks) console.log(`LEAK ${l}`);
    expect(leaks).toEqual([]);
  }, 1_800_000);
});
