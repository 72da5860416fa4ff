// Values derived from the OpenAPI document's JSON schemas: a plausible value for a schema and
// the paths of every field in it, so the fuzz test can break one field at a time.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
  const?: unknown;
  pattern?: string;
  exclusiveMinimum?: boolean | number;
  $ref?: string;
};

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

const SMALL_INTS = [0, 1, 2, 3, 4, 5, 8, 9, 10, 99];

function variants(s: JsonSchema): JsonSchema[] {
  const list = s.anyOf ?? s.oneOf;
  if (!list) return [s];
  const nonNull = list.filter((v) => v.type !== 'null');
  return nonNull.length ? nonNull : list;
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

function plainString(r: Rand, s: JsonSchema): string {
  if (s.format === 'date') return `202${Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  if (s.format === 'date-time') return new Date(1_700_000_000_000 + Math.floor(r() * 1e10)).toISOString();
  if (s.format === 'email') return 'someone@example.org';
  if (s.format === 'uuid') return '3f1c2b7e-9a4d-4c1e-8f00-2b6d1e0a9c11';
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 12, Math.max(min, 12));
  const length = min + Math.floor(r() * (max - min + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += pick(r, 'abcdefghijklmnopqrstuvwxyz0123456789 -'.split(''));
  return out || (min > 0 ? 'x'.repeat(min) : '');
}

/** A value that fits the schema's shape (types, enums, lengths, ranges; not every pattern). */
export function sampleValue(r: Rand, schema: JsonSchema, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(r, schema.enum);
  if (schema.allOf?.[0]) return sampleValue(r, schema.allOf[0], depth);
  const s = pick(r, variants(schema));
  if (s !== schema) return sampleValue(r, s, depth);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(name) || (depth < 3 && r() < 0.5)) out[name] = sampleValue(r, prop, depth + 1);
      }
      // A record (free-form object): one entry, so its values reach the database too.
      if (!s.properties && s.additionalProperties !== false) {
        const values = typeof s.additionalProperties === 'object' ? s.additionalProperties : { type: 'string' };
        out.note = sampleValue(r, values, depth + 1);
      }
      return out;
    }
    case 'array': {
      const min = s.minItems ?? 0;
      const n = Math.min(min + Math.floor(r() * 2), s.maxItems ?? 3);
      return Array.from({ length: depth > 3 ? min : n }, () => sampleValue(r, s.items ?? {}, depth + 1));
    }
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? Number.MIN_SAFE_INTEGER;
      const hi = s.maximum ?? Number.MAX_SAFE_INTEGER;
      const fits = SMALL_INTS.filter((n) => n >= lo && n <= hi);
      return fits.length ? pick(r, fits) : lo;
    }
    case 'boolean':
      return r() < 0.5;
    case 'null':
      return null;
    default:
      return plainString(r, s);
  }
}

export type FieldPath = { path: (string | number)[]; schema: JsonSchema };

/** Every field the schema names (objects' properties, arrays' first item), depth-first. */
export function fieldPaths(schema: JsonSchema, prefix: (string | number)[] = [], depth = 0): FieldPath[] {
  if (depth > 5) return [];
  const s = variants(schema.allOf?.[0] ?? schema).find((v) => typeOf(v) === 'object' || typeOf(v) === 'array');
  const out: FieldPath[] = prefix.length ? [{ path: prefix, schema }] : [];
  if (!s) return out;
  if (typeOf(s) === 'array' && s.items) return [...out, ...fieldPaths(s.items, [...prefix, 0], depth + 1)];
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    out.push(...fieldPaths(prop, [...prefix, name], depth + 1));
  }
  return out;
}

/** Sets `value` at `path` inside `root`, creating objects and arrays on the way. */
export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const fresh: unknown = typeof head === 'number' ? [] : {};
  const container = (root && typeof root === 'object' ? root : fresh) as Record<string | number, unknown>;
  container[head] = setAt(container[head], rest, value);
  return container;
}

/** Removes the field at `path` (if present). */
export function deleteAt(root: unknown, path: (string | number)[]): void {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, unknown> | undefined;
  const last = path[path.length - 1];
  if (node && typeof node === 'object' && last !== undefined) delete node[last];
}

export const kindOf = (s: JsonSchema): string | undefined => {
  if (s.enum) return 'enum';
  const v = variants(s.allOf?.[0] ?? s)[0] ?? s;
  return typeOf(v);
};
