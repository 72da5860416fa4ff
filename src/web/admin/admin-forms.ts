// Form helpers of the admin screens.
import { fieldErrors } from '../lib/forms.ts';

/**
 * The server's field messages, without the "path: " prefix schema errors carry, so the message
 * reads well beside its field. `_form` holds the overall message.
 */
export function adminFieldErrors(e: unknown): Record<string, string> {
  const errors = fieldErrors(e);
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k, v.startsWith(`${k}: `) ? v.slice(k.length + 2) : v]),
  );
}

/** Blank text becomes null: the API's optional fields take null, not "". */
export function blankToNull<T extends Record<string, unknown>>(o: T): { [K in keyof T]: T[K] | null } {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === '' ? null : v])) as {
    [K in keyof T]: T[K] | null;
  };
}

/** The errors under one prefix (`funders.0.`), with the prefix taken off. */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

/** A date-time from the API in the browser's local time, short. */
export function localDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
