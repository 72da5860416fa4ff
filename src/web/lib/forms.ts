import { ApiError } from './api.ts';

/** The server's per-field messages, for Mantine's `error` props; `_form` holds the overall message. */
export function fieldErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiError) return { ...(e.body.fields ?? {}), _form: e.body.message };
  return { _form: e instanceof Error ? e.message : 'Something went wrong' };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : 'Something went wrong';
}
