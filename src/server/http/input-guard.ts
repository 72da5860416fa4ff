// PostgreSQL text cannot hold the NUL character (\u0000): a request carrying one in a path
// parameter, query value or body field (or key) is refused here, once for every route, with a 400
// naming the field, before any use-case can pass it to the database.
import type { FastifyInstance } from 'fastify';
import { validationFailed } from './errors.ts';

const NUL = '\u0000';
export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';

/** The dotted path of the first string or key holding NUL, or undefined. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path || 'body' : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return at.replaceAll(NUL, '\\u0000');
    const found = findNul(item, at);
    if (found) return found;
  }
  return undefined;
}

/** Throws the 400 for the first NUL among these named inputs. */
export function refuseNul(inputs: Record<string, unknown>): void {
  for (const value of Object.values(inputs)) {
    const field = findNul(value);
    if (field) throw validationFailed({ [field]: `${field} ${NUL_MESSAGE}` });
  }
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    refuseNul({ params: req.params, query: req.query, body: req.body });
  });
}
