// Reads what a case manager typed into Find Client: name parts ("mar qui", "Quiñones, Maria",
// "maria de la cruz"), a date of birth, a full SSN or its last 4, or a client ID (typed or scanned).
import { isRealDate } from './validate-client.ts';

export type SearchKind = 'id' | 'ssn' | 'ssn4' | 'dob' | 'name' | 'empty';

export type ParsedSearch = {
  kind: SearchKind;
  /** Tokens that could be a PersonalID, tried as exact IDs. */
  ids: string[];
  ssn?: string;
  ssnLast4?: string;
  dob?: string;
  /** Name readings as [first, last]; a single word is [word, null]. */
  names: [string, string | null][];
};

const pad = (n: string) => n.padStart(2, '0');

/** A date of birth as people type it: mm/dd/yyyy, m-d-yyyy, yyyy-mm-dd or mmddyyyy. */
export function parseDate(token: string): string | undefined {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(token);
  if (m?.[1] && m[2] && m[3]) {
    const d = `${m[3]}-${pad(m[1])}-${pad(m[2])}`;
    return isRealDate(d) ? d : undefined;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token);
  if (m?.[1] && m[2] && m[3]) {
    const d = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    return isRealDate(d) ? d : undefined;
  }
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(token);
  if (m?.[1] && m[2] && m[3] && Number(m[3]) >= 1900) {
    const d = `${m[3]}-${m[1]}-${m[2]}`;
    return isRealDate(d) ? d : undefined;
  }
  return undefined;
}

export function parseSearch(text: string): ParsedSearch {
  const out: ParsedSearch = { kind: 'empty', ids: [], names: [] };
  const trimmed = text.trim();
  if (!trimmed) return out;
  // "Last, First" puts the last name first.
  const comma = trimmed.indexOf(',');
  const parts = comma >= 0 ? [trimmed.slice(0, comma), trimmed.slice(comma + 1)] : [trimmed];
  const words: string[] = [];
  let wordsBeforeComma = 0;
  for (const [i, part] of parts.entries()) {
    for (const token of part.split(/\s+/).filter(Boolean)) {
      const date = parseDate(token);
      if (date) out.dob = date;
      if (/^\d{3}-\d{2}-\d{4}$/.test(token) || /^\d{9}$/.test(token)) out.ssn = token.replace(/-/g, '');
      else if (/^\d{4}$/.test(token)) out.ssnLast4 = token;
      if (/\d/.test(token)) {
        // Anything with a digit may be a client ID (new IDs are numbers; imported ones vary).
        if (!token.includes('/') && token.length <= 32) out.ids.push(token);
        continue;
      }
      // Punctuation alone ("-", "&") is not a name.
      if (/\p{L}/u.test(token)) words.push(token);
    }
    if (i === 0 && parts.length > 1) wordsBeforeComma = words.length;
  }
  if (words.length === 1) out.names.push([words[0] as string, null]);
  else if (words.length >= 2) {
    if (wordsBeforeComma > 0 && wordsBeforeComma < words.length) {
      const last = words.slice(0, wordsBeforeComma).join(' ');
      out.names.push([words[wordsBeforeComma] as string, last]);
    } else {
      const first = words[0] as string;
      out.names.push([first, words.slice(1).join(' ')]);
      // "maria elena garcia": the last word alone may be the last name too.
      if (words.length > 2) out.names.push([first, words[words.length - 1] as string]);
    }
  }
  out.kind = out.names.length
    ? 'name'
    : out.ssn
      ? 'ssn'
      : out.dob
        ? 'dob'
        : out.ssnLast4
          ? 'ssn4'
          : out.ids.length
            ? 'id'
            : 'empty';
  return out;
}
