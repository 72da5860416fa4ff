// Every error a client sees has one shape: {error: {code, message, fields?}}.
// Use-cases throw AppError; anything else becomes a 500 with no detail leaked.
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fields?: FieldErrors) => new AppError(400, 'bad_request', message, fields);
export const validationFailed = (fields: FieldErrors) =>
  new AppError(400, 'validation_failed', Object.values(fields)[0] ?? 'Some fields are not valid', fields);
export const unauthorized = (message = 'Sign in to continue') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have permission to do this') => new AppError(403, 'forbidden', message);
/** `field`: the request field that named the record (an ID in a body), so the form can show it there. */
export const notFound = (what: string, field?: string) =>
  new AppError(404, 'not_found', `${what} was not found`, field ? { [field]: `${what} was not found` } : undefined);
export const conflict = (message: string, extra?: Record<string, unknown>) =>
  new AppError(409, 'conflict', message, undefined, extra);
/** Too many attempts: 429; the app sends the wait as Retry-After. */
export const tooManyAttempts = (message: string, retryAfterSeconds: number) =>
  new AppError(429, 'too_many_attempts', message, undefined, { retryAfterSeconds: Math.max(1, retryAfterSeconds) });
/** Someone else saved the record after it was read. */
export const staleVersion = (what: string) =>
  new AppError(
    409,
    'stale_version',
    `${what} was changed by someone else after you opened it. Reload to see their changes, then make yours again.`,
  );
