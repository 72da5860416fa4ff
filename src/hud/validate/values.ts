// Reads one HMIS CSV value by its spec type. HUD writes dates as yyyy-mm-dd and timestamps as
// yyyy-mm-dd hh:mm:ss; real exports also carry a few other forms. A form is accepted only when it
// can be read without guessing (`nonstandard` says so, for the report); anything else is refused
// with a reason. US month-first dates (mm/dd/yyyy, mm-dd-yyyy) are the forms US HMIS software and
// spreadsheets write; a two-digit year or a day-first date is refused.

export type HudValueType = 'string' | 'integer' | 'decimal' | 'date' | 'datetime';

export type ParsedValue =
  | { ok: true; value: string | null; nonstandard?: string }
  | { ok: false; problem: 'type' | 'date'; reason: string };

const INT_MAX = 2_147_483_647;
const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
// Alternate forms: yyyy-mm-dd or yyyy/mm/dd, optional T or space, hh:mm[:ss[.fff]].
const YMD_ANY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
// US month-first: m/d/yyyy or mm-dd-yyyy, optional time with optional AM/PM.
const MDY_ANY =
  /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp][Mm]))?)?$/;

type Parts = { y: number; m: number; d: number; hh: number; mi: number; ss: number; hasTime: boolean };

function readDateParts(raw: string): Parts | undefined {
  let m = YMD_ANY.exec(raw);
  if (m) {
    return {
      y: +(m[1] ?? 0),
      m: +(m[2] ?? 0),
      d: +(m[3] ?? 0),
      hh: +(m[4] ?? 0),
      mi: +(m[5] ?? 0),
      ss: +(m[6] ?? 0),
      hasTime: m[4] !== undefined,
    };
  }
  m = MDY_ANY.exec(raw);
  if (m) {
    let hh = +(m[5] ?? 0);
    const ampm = m[8]?.toLowerCase();
    if (ampm && (hh < 1 || hh > 12)) return undefined;
    if (ampm === 'pm' && hh < 12) hh += 12;
    if (ampm === 'am' && hh === 12) hh = 0;
    return {
      y: +(m[4] ?? 0),
      m: +(m[1] ?? 0),
      d: +(m[3] ?? 0),
      hh,
      mi: +(m[6] ?? 0),
      ss: +(m[7] ?? 0),
      hasTime: m[5] !== undefined,
    };
  }
  return undefined;
}

const validTime = (p: Parts) => p.hh <= 23 && p.mi <= 59 && p.ss <= 59;

function parseDate(raw: string): ParsedValue {
  const iso = ISO_DATE.exec(raw);
  if (iso && isRealDate(+(iso[1] ?? 0), +(iso[2] ?? 0), +(iso[3] ?? 0))) return { ok: true, value: raw };
  const p = readDateParts(raw);
  if (!p || !isRealDate(p.y, p.m, p.d) || !validTime(p)) {
    return { ok: false, problem: 'date', reason: `“${raw}” is not a date HUD's format allows (yyyy-mm-dd)` };
  }
  const value = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return { ok: true, value, nonstandard: `written “${raw}”, read as ${value}` };
}

function parseDateTime(raw: string): ParsedValue {
  const iso = ISO_DATETIME.exec(raw);
  if (
    iso &&
    isRealDate(+(iso[1] ?? 0), +(iso[2] ?? 0), +(iso[3] ?? 0)) &&
    +(iso[4] ?? 0) <= 23 &&
    +(iso[5] ?? 0) <= 59 &&
    +(iso[6] ?? 0) <= 59
  ) {
    return { ok: true, value: raw };
  }
  const p = readDateParts(raw);
  if (!p || !isRealDate(p.y, p.m, p.d) || !validTime(p)) {
    return {
      ok: false,
      problem: 'date',
      reason: `“${raw}” is not a date and time HUD's format allows (yyyy-mm-dd hh:mm:ss)`,
    };
  }
  const value = `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.hh)}:${pad(p.mi)}:${pad(p.ss)}`;
  return { ok: true, value, nonstandard: `written “${raw}”, read as ${value}` };
}

/** Reads a raw CSV field as the spec type. Empty means no value (null). */
export function parseHudValue(type: HudValueType, raw: string): ParsedValue {
  if (raw === '') return { ok: true, value: null };
  if (type === 'string') return { ok: true, value: raw };
  const v = raw.trim();
  if (v === '') return { ok: true, value: null };
  switch (type) {
    case 'integer': {
      if (!/^[+-]?\d{1,10}$/.test(v) || Math.abs(Number(v)) > INT_MAX) {
        return { ok: false, problem: 'type', reason: `“${raw}” is not a whole number` };
      }
      return { ok: true, value: String(Number(v)) };
    }
    case 'decimal': {
      if (!/^[+-]?(\d{1,12}(\.\d{0,2})?|\.\d{1,2})$/.test(v)) {
        return { ok: false, problem: 'type', reason: `“${raw}” is not an amount in dollars and cents` };
      }
      return { ok: true, value: v };
    }
    case 'date':
      return parseDate(v);
    case 'datetime':
      return parseDateTime(v);
  }
}
