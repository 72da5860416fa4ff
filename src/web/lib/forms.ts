import { i18n } from '../i18n/i18n.ts';
import { ApiError } from './api.ts';

/** The server's per-field messages, for Mantine's `error` props; `_form` holds the overall message. */
export function fieldErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiError) return { ...(e.body.fields ?? {}), _form: e.body.message };
  return { _form: e instanceof Error ? e.message : i18n.t('Something went wrong', { ns: 'lib' }) };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : i18n.t('Something went wrong', { ns: 'lib' });
}
