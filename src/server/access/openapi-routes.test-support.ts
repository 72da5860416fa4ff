// The routes of the OpenAPI document, the ID parameters each takes (path, query, body at any
// depth) and a request that passes its schema, so tests can walk every route generically.
import type { JsonSchema } from '../../../test/fuzz/schema-values.ts';
import type { Kind } from './walk-fixtures.test-support.ts';

// One JSON-schema shape for the fuzz test and the route walk.
export type { JsonSchema };

type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** What an ID-like parameter names: a record kind (walked), a set-up record, or not an ID. */
export type ParamClass =
  | { kind: Kind; slot?: 2 }
  | { setup: 'project' | 'organization' | 'user' | 'serviceType' | 'grant' | 'documentType' | 'casSetup' }
  | { value: 'stage' | 'date' | 'decision' };

// Every parameter name that carries an ID. A route with a name missing here fails the walk.
const BY_NAME: Record<string, ParamClass> = {
  personalId: { kind: 'client' },
  PersonalID: { kind: 'client' },
  personalIds: { kind: 'client' },
  personalIdA: { kind: 'client' },
  personalIdB: { kind: 'client', slot: 2 },
  survivorId: { kind: 'client' },
  mergedId: { kind: 'client', slot: 2 },
  clientId: { kind: 'client' },
  a: { kind: 'client' },
  b: { kind: 'client', slot: 2 },
  EnrollmentID: { kind: 'enrollment' },
  enrollmentId: { kind: 'enrollment' },
  // The audit trail's "record the action was on": walked with enrollments, whose rows name their client.
  entityId: { kind: 'enrollment' },
  serviceId: { kind: 'service' },
  caseNoteId: { kind: 'caseNote' },
  fileId: { kind: 'clientFile' },
  entryId: { kind: 'batchEntry' },
  mergeId: { kind: 'merge' },
  jobId: { kind: 'job' },
  // An APR browser run saved to Files on Server: its job.
  savedRunId: { kind: 'job' },
  documentId: { kind: 'clientDocument' },
  tieId: { kind: 'areaTie' },
  EventID: { kind: 'ceEvent' },
  // Set-up records (organizations, projects, users, the service catalog) are shared by design.
  projectId: { setup: 'project' },
  ProjectID: { setup: 'project' },
  projectIds: { setup: 'project' },
  organizationId: { setup: 'organization' },
  OrganizationID: { setup: 'organization' },
  organizationIds: { setup: 'organization' },
  userId: { setup: 'user' },
  caseManagerUserId: { setup: 'user' },
  ProjectCoCID: { setup: 'project' },
  FunderID: { setup: 'project' },
  GrantID: { setup: 'grant' },
  InventoryID: { setup: 'project' },
  HMISParticipationID: { setup: 'project' },
  CEParticipationID: { setup: 'project' },
  leadOrganizationId: { setup: 'organization' },
  // CAS set-up: areas, assessment tools and their questions.
  areaId: { setup: 'casSetup' },
  toolId: { setup: 'casSetup' },
  questionId: { setup: 'casSetup' },
  serviceTypeId: { setup: 'serviceType' },
  documentTypeId: { setup: 'documentType' },
  grantIds: { setup: 'grant' },
  // Path segments that are not IDs.
  stage: { value: 'stage' },
  date: { value: 'date' },
  decision: { value: 'decision' },
};

// `{id}` names the record of the collection before it (`ids` in a body: of the route's collection).
const BY_COLLECTION: Record<string, ParamClass> = {
  enrollments: { kind: 'enrollment' },
  'case-assignments': { kind: 'caseAssignment' },
  workflows: { kind: 'draft' },
  services: { kind: 'service' },
  'service-deletion-requests': { kind: 'deletionRequest' },
  batches: { kind: 'batch' },
  'case-notes': { kind: 'caseNote' },
  jobs: { kind: 'job' },
  'saved-report-settings': { kind: 'reportSetting' },
  files: { kind: 'storedFile' },
  'interested-others': { kind: 'interestedOther' },
  notifications: { kind: 'notification' },
  'report-schedules': { kind: 'reportSchedule' },
  // Data Explorer saved questions: private to their owner unless shared.
  questions: { kind: 'explorerQuestion' },
  'document-types': { setup: 'documentType' },
  // CAS: a household by its head's CAS enrollment; 4.20 events and referrals by their own IDs.
  households: { kind: 'enrollment' },
  events: { kind: 'ceEvent' },
  referrals: { kind: 'casReferral' },
  'reentry-requests': { kind: 'reentryRequest' },
  areas: { setup: 'casSetup' },
  'assessment-tools': { setup: 'casSetup' },
};

const looksLikeId = (name: string) => /(^ids?$|Id$|ID$|Ids$|IDs$)/.test(name) || name in BY_NAME;

export class UnknownParam extends Error {}

/** The class of a parameter, or UnknownParam telling which map to extend. */
export function classify(name: string, path: string): ParamClass | undefined {
  if (name === 'id' || name === 'ids') {
    const segments = path.split('/');
    // A body `id` on a route without `{id}` names a record of the route's last segment.
    const at = segments.indexOf('{id}');
    const collection = (name === 'id' ? segments[at < 0 ? segments.length - 1 : at - 1] : segments[2]) ?? '';
    const cls = BY_COLLECTION[collection];
    if (!cls)
      throw new UnknownParam(
        `${path}: ${name} of "${collection}" is not in BY_COLLECTION (src/server/access/openapi-routes.test-support.ts): add the record kind it names`,
      );
    return cls;
  }
  const found = BY_NAME[name];
  if (found) return found;
  if (looksLikeId(name))
    throw new UnknownParam(
      `${path}: parameter "${name}" looks like an ID but is not in BY_NAME (src/server/access/openapi-routes.test-support.ts): add the record kind it names`,
    );
  return undefined;
}

/** Where an ID sits in a request: a path or query parameter, or a property path in the body. */
export type Slot = { where: 'path' | 'query' | 'body'; name: string; path: string[]; cls: ParamClass; many?: boolean };

export type Route = {
  method: string;
  path: string;
  params: Parameter[];
  body: JsonSchema | undefined;
  multipart: boolean;
  slots: Slot[];
};

export function resolve(doc: OpenApi, s: JsonSchema): JsonSchema {
  if (!s.$ref) return s;
  const name = s.$ref.split('/').pop() ?? '';
  return doc.components?.schemas?.[name] ?? {};
}

function bodySlots(doc: OpenApi, s: JsonSchema, at: string[], path: string, out: Slot[]) {
  const schema = resolve(doc, s);
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    bodySlots(doc, alt, at, path, out);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const p = resolve(doc, prop);
    const cls = classify(name, path);
    if (cls && !('value' in cls)) out.push({ where: 'body', name, path: [...at, name], cls, many: p.type === 'array' });
    else if (p.items && !cls) bodySlots(doc, p.items, [...at, name, '0'], path, out);
    else if (p.properties || p.anyOf || p.oneOf) bodySlots(doc, p, [...at, name], path, out);
  }
}

/** Every route of the document with its ID slots. Throws UnknownParam for an unclassified ID. */
export function routesOf(doc: OpenApi): Route[] {
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
      const json = op.requestBody?.content?.['application/json']?.schema;
      const slots: Slot[] = [];
      for (const p of params) {
        const cls = classify(p.name, path);
        if (cls) slots.push({ where: p.in as 'path' | 'query', name: p.name, path: [p.name], cls });
      }
      if (json) bodySlots(doc, json, [], path, slots);
      routes.push({
        method: method.toUpperCase(),
        path,
        params,
        body: json,
        multipart: Boolean(op.requestBody?.content?.['multipart/form-data']),
        slots,
      });
    }
  }
  return routes;
}

/**
 * A value the schema accepts: the smallest object with every required property, plus the
 * properties on the `force` paths (so every ID slot of a body is present, arrays with one item).
 */
export function sample(doc: OpenApi, s: JsonSchema, today: string, force: string[][] = []): unknown {
  const schema = resolve(doc, s);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null);
  const alt = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((a) => resolve(doc, a).type !== 'null');
  if (alt) return sample(doc, alt, today, force);
  if (schema.allOf?.[0]) return sample(doc, schema.allOf[0], today, force);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      const o: Record<string, unknown> = {};
      const forced = new Set(force.map((f) => f[0] ?? ''));
      for (const [k, prop] of Object.entries(schema.properties ?? {})) {
        if (!schema.required?.includes(k) && !forced.has(k)) continue;
        const below = force.filter((f) => f[0] === k && f.length > 1).map((f) => f.slice(1));
        o[k] = sample(doc, prop, today, below);
      }
      return o;
    }
    case 'array': {
      const below = force.filter((f) => f[0] === '0' && f.length > 1).map((f) => f.slice(1));
      const n = Math.max(schema.minItems ?? 0, force.length ? 1 : 0);
      return Array.from({ length: n }, () => sample(doc, schema.items ?? {}, today, below));
    }
    case 'string':
      if (schema.format === 'date') return today;
      if (schema.format === 'date-time') return `${today}T12:00:00.000Z`;
      if (schema.format === 'email') return 'walk@test.invalid';
      if (schema.pattern === '^[A-Z]{2}-\\d{3}$') return 'TX-600';
      return 'walk'.padEnd(Math.max(schema.minLength ?? 1, 4), 'k');
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
      const v = schema.exclusiveMinimum === true ? min + 1 : Math.max(min, 1);
      return typeof schema.maximum === 'number' ? Math.min(v, schema.maximum) : v;
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Sets `value` at `path` inside `target`, creating objects and one-item arrays on the way. */
export function setAt(target: Record<string, unknown>, path: string[], value: unknown) {
  let cur: Record<string, unknown> | unknown[] = target;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    const next = path[i + 1];
    const container = cur as Record<string, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined || container[key] === null)
      container[key] = next !== undefined && /^\d+$/.test(next) ? [] : {};
    cur = container[key] as Record<string, unknown>;
  }
}
