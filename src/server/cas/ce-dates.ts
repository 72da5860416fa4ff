// Dates of CE records (4.19 assessments, 4.20 events) fall within the CAS enrollment.
import type { FieldErrors } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';

export type CeStay = { EntryDate: string; ExitDate: string | null };

/** Adds a message under `field` when the date is outside the CAS enrollment or in the future. */
export function checkCeDate(errors: FieldErrors, field: string, date: string, stay: CeStay, what: string) {
  if (date < stay.EntryDate)
    errors[field] = `The ${what} cannot be before the CAS enrollment (project start ${stay.EntryDate})`;
  else if (stay.ExitDate && date > stay.ExitDate)
    errors[field] = `The ${what} cannot be after the CAS enrollment ended (exit ${stay.ExitDate})`;
  else if (date > hudToday()) errors[field] = `The ${what} cannot be in the future`;
}
