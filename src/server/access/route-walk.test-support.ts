// Sends one request to a route of the OpenAPI document with its ID slots filled from a context
// (a family of related records), and compares a hidden record's answer with a nonexistent one's.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/support/test-app.ts';
import { demoAssessment } from '../cas/cas.test-support.ts';
import { hudToday, newId } from '../http/ids.ts';
import { type OpenApi, type Route, type Slot, sample, setAt } from './openapi-routes.test-support.ts';
import {
  accessPointOf,
  ENTRY_STAGE,
  type Family,
  projectOf,
  WALK_QUESTION,
  type Walker,
} from './walk-fixtures.test-support.ts';

export type Context = Family['ids'];

/** The context key a slot reads: its record kind, or client2 for the second client of a pair. */
export const keyOf = (slot: Slot): keyof Context | undefined =>
  'kind' in slot.cls ? (slot.cls.slot === 2 ? 'client2' : slot.cls.kind) : undefined;

function slotValue(slot: Slot, ctx: Context, w: Walker, route: Route): string | undefined {
  const key = keyOf(slot);
  if (key) return ctx[key];
  const c = slot.cls;
  if ('setup' in c) {
    // A CAS intake takes a CE access point of the organization worked as; other CAS routes the demo's.
    if (c.setup === 'project' && route.path === '/api/cas/intakes') return accessPointOf(w.org) ?? 'PRJ-CE';
    if (c.setup === 'project') return route.path.startsWith('/api/cas/') ? 'PRJ-CE' : projectOf(w.org);
    if (c.setup === 'organization') return w.org;
    if (c.setup === 'user') return w.userId;
    if (c.setup === 'serviceType') return 'SVC-002';
    if (c.setup === 'documentType') return 'DOC-DISABILITY';
    return undefined;
  }
  if ('value' in c) {
    if (c.value === 'stage') return ENTRY_STAGE;
    if (c.value === 'date') return ctx.entryDate ?? hudToday();
    return 'decline';
  }
  return undefined;
}

export function send(t: TestApp, doc: OpenApi, route: Route, ctx: Context, w: Walker): Promise<LightMyRequestResponse> {
  const today = hudToday();
  const bySlot = new Map(route.slots.filter((s) => s.where !== 'body').map((s) => [s.name, s]));
  const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = bySlot.get(name);
    const p = route.params.find((x) => x.name === name);
    const v = slot ? slotValue(slot, ctx, w, route) : p ? String(sample(doc, p.schema, today)) : '';
    // A record kind the walk builds none of: an ID that does not exist, so the other IDs are walked.
    return encodeURIComponent(v ?? newId());
  });
  const query = new URLSearchParams();
  for (const p of route.params.filter((x) => x.in === 'query')) {
    const slot = bySlot.get(p.name);
    // Walked IDs always; set-up and other parameters only when the route requires them.
    const walked = slot && 'kind' in slot.cls;
    if (!walked && !p.required) continue;
    const v = slot ? slotValue(slot, ctx, w, route) : sample(doc, p.schema, today);
    if (v !== undefined && v !== null) query.set(p.name, String(v));
  }
  let payload: Record<string, unknown> | undefined;
  if (route.body) {
    const bodySlots = route.slots.filter((s) => s.where === 'body');
    const walked = bodySlots.filter((s) => 'kind' in s.cls);
    payload = sample(
      doc,
      route.body,
      today,
      walked.map((s) => s.path),
    ) as Record<string, unknown>;
    for (const s of bodySlots) {
      const present = s.path.reduce<unknown>(
        (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
        payload,
      );
      if (present === undefined && !('kind' in s.cls)) continue;
      const v = slotValue(s, ctx, w, route);
      if (v === undefined) continue;
      setAt(payload, s.path, s.many ? [v] : v);
    }
    // A CAS intake checks its assessment against the CoC's questions before the client: give it
    // a valid one, dated the intake's own project start, so the walk reaches the client's ID.
    if (route.path === '/api/cas/intakes') {
      const start = typeof payload.EntryDate === 'string' ? payload.EntryDate : today;
      setAt(payload, ['cas', 'assessment'], demoAssessment(start));
    }
    // A saved question's update checks what it asks before looking the question up.
    if (route.path.startsWith('/api/data-explorer/questions')) setAt(payload, ['question'], WALK_QUESTION);
  }
  const qs = query.toString();
  return t.app.inject({
    method: route.method as 'GET',
    url: qs ? `${url}?${qs}` : url,
    headers: { cookie: w.cookie },
    ...(payload ? { payload } : {}),
  });
}

/** Status and body with the walked ID replaced, so two answers can be compared. */
export const shapeOf = (res: LightMyRequestResponse, walkedId: string) =>
  `${res.statusCode} ${res.body.replaceAll(walkedId, '<ID>')}`;

/** The schema refused the request (or something before the lookup did), without naming the slot. */
export function unreached(res: LightMyRequestResponse, slot: Slot): boolean {
  if (res.statusCode !== 400 && res.statusCode !== 415 && res.statusCode !== 406) return false;
  return !res.body.includes(slot.name);
}
