// How SSN and date of birth are shown: in full only to roles allowed to see them, otherwise
// the last four SSN digits and the age (with the birth year).
import { hudToday } from '../http/ids.ts';

/** Age in whole years on `today` (yyyy-mm-dd), or null without a date of birth. */
export function ageOn(dob: string | null, today = hudToday()): number | null {
  if (!dob) return null;
  const [y, m, d] = dob.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (!y || !m || !d || !ty || !tm || !td) return null;
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** The last four characters when they are digits (unhashed, full or partial SSNs and HUD's hashed form). */
export function ssnLast4(ssn: string | null): string | null {
  if (!ssn) return null;
  const last4 = ssn.length === 68 ? ssn.slice(0, 4) : ssn.slice(-4);
  return /^\d{4}$/.test(last4) ? last4 : null;
}

export function ssnDisplay(ssn: string | null, full: boolean): string | null {
  if (!ssn) return null;
  if (full && /^[0-9x]{9}$/.test(ssn)) return `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`;
  const last4 = ssnLast4(ssn);
  return last4 ? `***-**-${last4}` : '***-**-****';
}

/** What the API returns as SSN: the stored value, or HUD's partial form with only the last four. */
export function ssnValue(ssn: string | null, full: boolean): string | null {
  if (!ssn || full) return ssn;
  const last4 = ssnLast4(ssn);
  return last4 ? `xxxxx${last4}` : 'xxxxxxxxx';
}

export function dobDisplay(dob: string | null, full: boolean): string | null {
  if (!dob) return null;
  const [y, m, d] = dob.split('-');
  return full ? `${m}/${d}/${y}` : `**/**/${y}`;
}
