// HUD's SHA-256 hashing of personally identifying fields (Export HashStatus 4), as HUD's reference
// exporter does it. The same rule runs in SQL (hud_hash_name / hud_hash_ssn in migration 0401) for
// streamed exports; tests keep the two in step.
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Same-code consonants next to each other, or with one h/w between them, count once.
const NEIGHBOURS: [RegExp, string][] = [
  [/([bfpv])[hw]?[bfpv]/g, '$1'],
  [/([cgjkqsxz])[hw]?[cgjkqsxz]/g, '$1'],
  [/([dt])[hw]?[dt]/g, '$1'],
  [/l[hw]?l/g, 'l'],
  [/([mn])[hw]?[mn]/g, '$1'],
  [/r[hw]?r/g, 'r'],
];
const DIGITS: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};
for (const c of 'cgjkqsxz') DIGITS[c] = '2';

/**
 * The Soundex variant of HUD's reference exporter: the first character is kept as typed (so case
 * matters), characters other than a–z pass through, and the code is padded with 0 to 4 characters.
 */
export function hudSoundex(name: string): string {
  const chars = Array.from(name);
  const first = chars[0] ?? '';
  let s = name.toLowerCase();
  for (const [re, to] of NEIGHBOURS) s = s.replace(re, to);
  let rest = Array.from(s.replace(/[aeiouyhw]/g, ''));
  if (!/[aeiouyhw]/.test(first.toLowerCase())) rest = rest.slice(1);
  const code = first + rest.map((c) => DIGITS[c] ?? c).join('');
  return Array.from(code.padEnd(4, '0')).slice(0, 4).join('');
}

const blank = (v: string | null | undefined): v is null | undefined =>
  v === null || v === undefined || /^\s*$/u.test(v);

/** A first, middle or last name as HashStatus 4 writes it: hex SHA-256 of its Soundex code. */
export function hashName(name: string | null | undefined): string | null | undefined {
  return blank(name) ? name : sha256(hudSoundex(name));
}

/** An SSN as HashStatus 4 writes it: its last four characters, then the hex SHA-256 of it padded to 9 with x. */
export function hashSsn(ssn: string | null | undefined): string | null | undefined {
  if (blank(ssn)) return ssn;
  const padded = ssn.length >= 9 ? ssn : ssn.padStart(9, 'x');
  return padded.slice(-4) + sha256(padded);
}
