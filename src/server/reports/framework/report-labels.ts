// A report's own text in the user's language: titles, column names, summary labels, the lines
// printed on files and the report's fixed cell values. Reports are written in English; each has a
// Spanish catalog in its folder (English → Spanish), given to the framework in catalog.ts, and
// the framework translates at its edges (screen answer, files), never inside a query. Data (names,
// project names) and HUD code labels stay as they are. See docs/i18n.md.
import { type Language, requestLanguage } from '../../http/messages/localize.ts';
import { FRAMEWORK_ES } from './labels.es.ts';

export type { Language };

export type ReportCatalog = {
  /** Fixed text: title, column names, summary labels, notes, words used inside lines. */
  labels?: Record<string, string>;
  /** Lines with data, `{name}` a blank ("Enrolled between {start} and {end}"); a blank's value is looked up in `labels`. */
  lines?: [english: string, spanish: string][];
  /** A column's own fixed values (by column key); a list cell is split by `separator` and each part translated. */
  values?: Record<string, { map: Record<string, string>; separator?: string }>;
  /** Summary group labels the report makes itself ("No project type"), not data. */
  groups?: Record<string, string>;
};

export type ReportText = {
  language: Language;
  /** Whether the catalogs have this text (a label, or a line a pattern matches): the completeness test asks. */
  has(text: string): boolean;
  label(text: string): string;
  line(text: string): string;
  value(columnKey: string, v: unknown): unknown;
  /** Whether this column's values are translated (not as the query wrote them). */
  translatesValues(columnKey: string): boolean;
  group(text: string): string;
};

const JOINED = ' · ';

type Compiled = { re: RegExp; names: string[]; spanish: string };
const compiledLines = new WeakMap<ReportCatalog, Compiled[]>();

function compile(catalog: ReportCatalog): Compiled[] {
  let out = compiledLines.get(catalog);
  if (!out) {
    out = (catalog.lines ?? []).map(([english, spanish]) => {
      const names: string[] = [];
      const source = english
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '(.*?)';
        })
        .join('');
      return { re: new RegExp(`^${source}$`, 's'), names, spanish };
    });
    compiledLines.set(catalog, out);
  }
  return out;
}

const ENGLISH: ReportText = {
  language: 'en',
  has: () => true,
  label: (t) => t,
  line: (t) => t,
  value: (_k, v) => v,
  translatesValues: () => false,
  group: (t) => t,
};

/** The text of a report (its own catalog, then the framework's shared one) in `language`. */
export function reportText(own: ReportCatalog | undefined, language: Language): ReportText {
  if (language === 'en') return ENGLISH;
  const catalogs = own ? [own, FRAMEWORK_ES] : [FRAMEWORK_ES];
  const one = (text: string): string => {
    for (const c of catalogs) {
      const found = c.labels?.[text];
      if (found) return found;
    }
    return text;
  };
  // "Project type · Destination": a heading of several groupings (the Data Explorer's).
  const label = (text: string): string => text.split(JOINED).map(one).join(JOINED);
  // A blank's value: a known label, or a list of them ("Veterans, Youth (18–24)"), else data kept as is.
  const blank = (v: string) => {
    const whole = label(v);
    if (whole !== v || !v.includes(', ')) return whole;
    return v
      .split(', ')
      .map((part) => label(part))
      .join(', ');
  };
  const knownLabel = (text: string) => text.split(JOINED).every((part) => catalogs.some((c) => c.labels?.[part]));
  // The framework's lines first: a report's "Run by {what}" must not swallow "Run by {name} on {when}.".
  const pattern = (text: string) => {
    for (const c of [...catalogs].reverse())
      for (const p of compile(c)) {
        const m = p.re.exec(text);
        if (m) return { p, m };
      }
    return undefined;
  };
  const line = (text: string): string => {
    if (knownLabel(text)) return label(text);
    const found = pattern(text);
    if (!found) return text;
    const { p, m } = found;
    return p.names.reduce((s, name, i) => s.replace(`{${name}}`, blank(m[i + 1] ?? '')), p.spanish);
  };
  const has = (text: string) => knownLabel(text) || pattern(text) !== undefined;
  const value = (key: string, v: unknown): unknown => {
    const spec = own?.values?.[key] ?? FRAMEWORK_ES.values?.[key];
    if (!spec || typeof v !== 'string') return v;
    if (!spec.separator) return spec.map[v] ?? v;
    return v
      .split(spec.separator)
      .map((part) => spec.map[part] ?? part)
      .join(spec.separator);
  };
  const group = (text: string) =>
    text
      .split(JOINED)
      .map((part) => own?.groups?.[part] ?? part)
      .join(JOINED);
  const translatesValues = (key: string) => Boolean(own?.values?.[key] ?? FRAMEWORK_ES.values?.[key]);
  return { language, has, label, line, value, translatesValues, group };
}

/** The language a report request asks for: `lang` in the querystring (a download link), else Accept-Language. */
export function reportLanguage(query: unknown, acceptLanguage: string | string[] | undefined): Language {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  if (lang === 'es' || lang === 'en') return lang;
  return requestLanguage(acceptLanguage);
}
