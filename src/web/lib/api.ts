// The one way the web app talks to the server. Errors arrive as ApiError with the
// server's {code, message, fields} so forms can show the message beside the field.
import { currentLanguage, i18n } from '../i18n/i18n.ts';

export type ApiErrorBody = { code: string; message: string; fields?: Record<string, string>; [k: string]: unknown };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

type Listener = (e: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();
/** Called when any request answers 401 (session ended), so the shell can return to sign-in. */
export function onUnauthorized(fn: Listener): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const isForm = body instanceof FormData;
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    // The server answers its messages in the language the screens are in.
    headers: {
      'accept-language': currentLanguage(),
      ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = new ApiError(
      res.status,
      (data as { error?: ApiErrorBody })?.error ?? {
        code: 'http_error',
        message: i18n.t('Request failed ({{status}})', { ns: 'lib', status: res.status }),
      },
    );
    if (res.status === 401 && !url.startsWith('/api/auth/login')) for (const fn of unauthorizedListeners) fn(err);
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body ?? {}),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body ?? {}),
  delete: <T>(url: string) => request<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => request<T>('POST', url, form),
};

/** Builds a query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
