// Server messages in the user's language: the error handler calls these with the request's
// Accept-Language. English is the source; other languages come from a catalog (es.ts) of
// English → translation, with `{placeholders}` for data. Unknown messages stay English.
import { es } from './es.ts';

export type Language = 'en' | 'es';
export type MessageCatalog = {
  exact: Record<string, string>;
  patterns: [english: string, translated: string][];
  terms: Record<string, string>;
  fields: Record<string, string>;
};
export type ErrorBody = { code: string; message: string; fields?: Record<string, string>; [extra: string]: unknown };

const CATALOGS: Record<Exclude<Language, 'en'>, MessageCatalog> = { es };

/** The language an Accept-Language header prefers among those Hearth speaks (q-values honoured); English otherwise. */
export function requestLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((r) => r.lang === 'en' || r.lang === 'es');
  return first?.lang === 'es' ? 'es' : 'en';
}

type Compiled = { re: RegExp; names: string[]; translated: string; literal: number };
const compiled = new Map<MessageCatalog, Compiled[]>();

function compile(catalog: MessageCatalog): Compiled[] {
  let out = compiled.get(catalog);
  if (!out) {
    out = catalog.patterns.map(([english, translated]) => {
      const names: string[] = [];
      const source = english
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (name) {
            names.push(name);
            return '(.+?)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { re: new RegExp(`^${source}$`, 's'), names, translated, literal: english.replace(/\{\w+\}/g, '').length };
    });
    // The most specific pattern (most fixed text) wins over a general one that also matches.
    out.sort((a, b) => b.literal - a.literal);
    compiled.set(catalog, out);
  }
  return out;
}

/** One message in `lng`: exact entry, else the most specific matching pattern (its blanks looked up as terms), else unchanged. */
export function translateMessage(message: string, lng: Language): string {
  if (lng === 'en') return message;
  return findTranslation(message, lng)?.text ?? message;
}

/** The catalog's translation of `message`, and the blanks it kept as they were (not in `terms`); none when not in the catalog. */
export function findTranslation(
  message: string,
  lng: Exclude<Language, 'en'>,
): { text: string; kept: string[] } | undefined {
  const catalog = CATALOGS[lng];
  const exact = catalog.exact[message];
  if (exact) return { text: exact, kept: [] };
  // "Luis Vega: <message>": a person or record named before the message keeps its name (a term is translated).
  const colon = message.indexOf(': ');
  let named: { text: string; kept: string[] } | undefined;
  if (colon > 0) {
    const name = message.slice(0, colon);
    const rest = findTranslation(message.slice(colon + 2), lng);
    const term = catalog.terms[name];
    if (rest && term !== undefined) return { text: `${term}: ${rest.text}`, kept: rest.kept };
    if (rest) named = { text: `${name}: ${rest.text}`, kept: [name, ...rest.kept] };
  }
  for (const p of compile(catalog)) {
    const m = p.re.exec(message);
    if (!m) continue;
    const kept: string[] = [];
    const text = p.names.reduce((text, name, i) => {
      const value = m[i + 1] ?? '';
      const term = catalog.terms[value];
      if (term === undefined) kept.push(value);
      return text.replace(`{${name}}`, term ?? value);
    }, p.translated);
    if (!named || kept.length === 0) return { text, kept };
  }
  return named;
}

/** What a form calls the field at `path` (`members.0.Enrollment.EntryDate` → its last named part), in `lng`. */
export function fieldLabel(path: string, lng: Language): string {
  if (lng === 'en') return path;
  const name = path
    .split('.')
    .reverse()
    .find((p) => !/^\d+$/.test(p));
  return (name && CATALOGS[lng].fields[name]) ?? path;
}

/** An error body ({code, message, fields}) with its message and field messages in `lng`. */
export function localizeErrorBody(body: ErrorBody, lng: Language): ErrorBody {
  if (lng === 'en') return body;
  const fields = body.fields
    ? Object.fromEntries(Object.entries(body.fields).map(([k, v]) => [k, translateMessage(v, lng)]))
    : undefined;
  return { ...body, message: translateMessage(body.message, lng), ...(fields ? { fields } : {}) };
}

/** A schema (zod) issue as fastify-type-provider-zod reports it. */
export type SchemaIssue = { keyword: string; message?: string; params?: Record<string, unknown> };

// zod's own English messages start so; any other message was written by us and goes through the catalog.
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized key)/;

/** zod's "Too small: expected string to have >=1 characters" as a user reads it beside an empty field. */
function plainEnglish(keyword: string, p: Record<string, unknown>, english: string): string {
  if (keyword === 'too_small' && p.origin === 'string')
    return Number(p.minimum) <= 1 ? 'This is required' : `Enter at least ${String(p.minimum)} characters`;
  if (keyword === 'too_big' && p.origin === 'string') return `Enter at most ${String(p.maximum)} characters`;
  if (keyword === 'invalid_type' && /received undefined$/.test(english)) return 'This is required';
  return english;
}

/** A zod issue's message in `lng`: zod's generic messages rewritten plainly, ours through the catalog. */
export function schemaIssueMessage(issue: SchemaIssue, lng: Language): string {
  const english = issue.message ?? 'is not valid';
  if (!ZOD_DEFAULT.test(english)) return lng === 'en' ? english : translateMessage(english, lng);
  const p = issue.params ?? {};
  if (lng === 'en') return plainEnglish(issue.keyword, p, english);
  const n = (k: string) => String(p[k]);
  const origin = p.origin;
  switch (issue.keyword) {
    case 'invalid_type':
      if (/received undefined$/.test(english)) return 'Falta este dato';
      return `Valor no válido: se esperaba ${TYPE_WORDS[String(p.expected)] ?? String(p.expected)}`;
    case 'too_small':
      if (origin === 'string')
        return Number(p.minimum) <= 1 ? 'Falta este dato' : `Escriba al menos ${n('minimum')} caracteres`;
      if (origin === 'array' || origin === 'set') return `Elija al menos ${n('minimum')}`;
      return p.inclusive === false ? `Debe ser mayor que ${n('minimum')}` : `Debe ser como mínimo ${n('minimum')}`;
    case 'too_big':
      if (origin === 'string') return `Escriba como máximo ${n('maximum')} caracteres`;
      if (origin === 'array' || origin === 'set') return `Elija como máximo ${n('maximum')}`;
      return p.inclusive === false ? `Debe ser menor que ${n('maximum')}` : `Debe ser como máximo ${n('maximum')}`;
    case 'invalid_value':
      return Array.isArray(p.values) ? `Elija uno de: ${p.values.map(String).join(', ')}` : 'Valor no válido';
    case 'invalid_format':
      if (p.format === 'date') return 'Escriba una fecha válida (aaaa-mm-dd)';
      if (p.format === 'datetime') return 'Escriba una fecha y hora válidas';
      if (p.format === 'email') return 'Escriba un correo electrónico válido';
      return 'El formato no es válido';
    case 'unrecognized_keys':
      return `Campos no reconocidos: ${Array.isArray(p.keys) ? p.keys.join(', ') : ''}`;
    default:
      return 'El valor no es válido';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'sí o no',
  array: 'una lista',
  object: 'un objeto',
  date: 'una fecha',
};
