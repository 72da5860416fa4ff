// Maps a CSV file's header onto the FY2026 spec (names compared case-insensitively, as HUD's own
// files spell a few columns differently), converting FY2024 files on the way in, and reads each row
// into the spec's column order with values checked by type, length and code list.
import { hudLists } from '../../../hud/lists.generated.ts';
import type { hudSpec } from '../../../hud/spec.generated.ts';
import { parseHudValue } from '../../../hud/validate/values.ts';
import type { Findings } from './findings.ts';

export type FileSpec = (typeof hudSpec)[number];
export type ColumnSpec = FileSpec['columns'][number];
export type CsvVersion = 'FY2026' | 'FY2024';

// FY2024 → FY2026 (src/hud/spec/fy2024-to-fy2026.md): columns renamed, retired and added.
const FY2024_RENAMED: Record<string, Record<string, string>> = { Client: { hispaniclatinaeo: 'HispanicLatinao' } };
const FY2024_RETIRED: Record<string, string[]> = {
  Client: [
    'Woman',
    'Man',
    'NonBinary',
    'CulturallySpecific',
    'Transgender',
    'Questioning',
    'DifferentIdentity',
    'GenderNone',
    'DifferentIdentityText',
  ],
  Enrollment: [
    'SexualOrientation',
    'SexualOrientationOther',
    'TranslationNeeded',
    'PreferredLanguage',
    'PreferredLanguageDifferent',
  ],
};
const FY2026_ADDED: Record<string, string[]> = { Client: ['Sex'], Enrollment: ['MentalHealthConsultation'] };

const listValues = new Map<string, Set<string>>(
  Object.values(hudLists).map((l) => [l.code as string, new Set(Object.keys(l.values))]),
);

// "List by RecordType: 141=P1.2; 142=R14.2" in the spec's notes: the list depends on another column.
type ListRule = { list?: Set<string>; listCode?: string; by?: { column: string; lists: Map<string, string> } };
function listRule(c: ColumnSpec): ListRule | undefined {
  if ('list' in c && c.type === 'integer') return { list: listValues.get(c.list), listCode: c.list };
  const notes = 'notes' in c ? c.notes : '';
  const m = /list by (\w+): ((?:[\d]+=[\w.]+;?\s*)+)/i.exec(notes);
  if (!m?.[1] || !m[2]) return undefined;
  const lists = new Map<string, string>();
  for (const pair of m[2].split(';')) {
    const [k, v] = pair.trim().split('=');
    if (k && v) lists.set(k, v);
  }
  return { by: { column: m[1], lists } };
}

export type Layout = {
  spec: FileSpec;
  /** For each spec column, its position in the CSV row, or -1 when FY2024 had no such column. */
  positions: number[];
  width: number;
  /** FY2024 columns with no FY2026 column: their values are not loaded. */
  retired: { name: string; index: number }[];
  rules: (ListRule | undefined)[];
  index: Map<string, number>;
};

/** Maps the header; reports missing, unknown and repeated columns (any of them stops the import). */
export function mapHeader(
  spec: FileSpec,
  header: string[],
  version: CsvVersion,
  findings: Findings,
): Layout | undefined {
  const file = `${spec.file}.csv`;
  const renamed = version === 'FY2024' ? (FY2024_RENAMED[spec.file] ?? {}) : {};
  const retired = version === 'FY2024' ? (FY2024_RETIRED[spec.file] ?? []) : [];
  const added = version === 'FY2024' ? (FY2026_ADDED[spec.file] ?? []) : [];
  const byName = new Map(spec.columns.map((c, i) => [c.name.toLowerCase(), i]));
  const positions = spec.columns.map(() => -1);
  const retiredAt: { name: string; index: number }[] = [];
  let ok = true;
  header.forEach((raw, index) => {
    const name = raw.trim();
    const key = name.toLowerCase();
    const target = byName.get(renamed[key]?.toLowerCase() ?? key);
    if (target !== undefined) {
      if (positions[target] !== -1) {
        findings.add('incorrect_columns', { file, line: 1, column: name, message: `Column ${name} appears twice.` });
        ok = false;
      }
      positions[target] = index;
    } else if (retired.some((r) => r.toLowerCase() === key)) {
      retiredAt.push({ name, index });
    } else {
      findings.add('incorrect_columns', {
        file,
        line: 1,
        column: name,
        message: `Column “${name}” is not a column of the ${version} ${file}. Remove it or check the export's format.`,
      });
      ok = false;
    }
  });
  spec.columns.forEach((c, i) => {
    if (positions[i] !== -1 || added.includes(c.name)) return;
    findings.add('incorrect_columns', {
      file,
      line: 1,
      column: c.name,
      message: `Column ${c.name} is missing from ${file}.`,
    });
    ok = false;
  });
  if (!ok) return undefined;
  return {
    spec,
    positions,
    width: header.length,
    retired: retiredAt,
    rules: spec.columns.map(listRule),
    index: new Map(spec.columns.map((c, i) => [c.name, i])),
  };
}

// Characters HUD does not permit in strings: control characters, and the replacement character
// that stands for bytes that were not UTF-8.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const IMPERMISSIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

export type RowContext = { file: string; line: number; hashed: boolean; findings: Findings };

/** One row as spec-ordered values (null = empty), or undefined when it cannot be loaded. */
export function readRow(layout: Layout, fields: string[], ctx: RowContext): (string | null)[] | undefined {
  const { spec } = layout;
  const { file, line, findings } = ctx;
  if (fields.length !== layout.width) {
    findings.add('column_count', {
      file,
      line,
      message: `Line ${line} has ${fields.length} values; the header has ${layout.width} columns.`,
    });
    return undefined;
  }
  const recordId = fields[layout.positions[0] ?? 0] ?? null;
  const values: (string | null)[] = [];
  let loadable = true;
  spec.columns.forEach((c, i) => {
    const pos = layout.positions[i] ?? -1;
    const raw = pos < 0 ? '' : (fields[pos] ?? '');
    const parsed = parseHudValue(c.type, raw);
    const at = { file, line, column: c.name, recordId, value: raw };
    if (!parsed.ok) {
      findings.add(parsed.problem === 'date' ? 'incorrect_date_format' : 'incorrect_data_type', {
        ...at,
        message: `${c.name}: ${parsed.reason}.`,
      });
      loadable = false;
      values.push(null);
      return;
    }
    if (parsed.nonstandard) {
      findings.add('nonstandard_date_format', { ...at, message: `${c.name} is ${parsed.nonstandard}.` });
    }
    const v = parsed.value;
    values.push(v);
    if (v === null) {
      if (!c.nullable && !(c.name === 'ExportID' && spec.file !== 'Export')) {
        findings.add('nulls_not_allowed', { ...at, message: `${c.name} is required and is empty.` });
        loadable = false;
      }
      return;
    }
    if (c.type === 'string') {
      const max = maxLength(spec.file, c, ctx.hashed);
      if (v.length > max) {
        findings.add('too_long', {
          ...at,
          message: `${c.name} has ${v.length} characters; at most ${max} are allowed.`,
        });
        loadable = false;
      }
      if (IMPERMISSIBLE.test(v)) {
        findings.add('impermissible_characters', {
          ...at,
          message: `${c.name} contains a control character or bytes that are not UTF-8 text.`,
        });
      }
    }
  });
  if (!loadable) return undefined;
  checkLists(layout, values, ctx, recordId);
  return values;
}

// Hashed exports (HashStatus 4) carry 64-character name hashes and a 68-character SSN hash.
const HASHED: Record<string, number> = { FirstName: 64, MiddleName: 64, LastName: 64, NameSuffix: 64, SSN: 68 };
function maxLength(file: string, c: ColumnSpec, hashed: boolean): number {
  const max = 'maxLength' in c ? c.maxLength : Number.POSITIVE_INFINITY;
  const h = file === 'Client' && hashed ? HASHED[c.name] : undefined;
  return h ? Math.max(max, h) : max;
}

function checkLists(layout: Layout, values: (string | null)[], ctx: RowContext, recordId: string | null) {
  layout.rules.forEach((rule, i) => {
    const v = values[i];
    if (!rule || v === null || v === undefined) return;
    let code = rule.listCode;
    let list = rule.list;
    if (rule.by) {
      const other = values[layout.index.get(rule.by.column) ?? -1];
      code = other ? rule.by.lists.get(other) : undefined;
      list = code ? listValues.get(code) : undefined;
    }
    if (!list || list.has(v)) return;
    const c = layout.spec.columns[i];
    ctx.findings.add('invalid_value', {
      file: ctx.file,
      line: ctx.line,
      column: c?.name,
      recordId,
      value: v,
      message: `${c?.name} ${v} is not on HUD list ${code}.`,
    });
  });
}
