// Text PostgreSQL cannot store: the NUL character (\u0000), refused by text columns, and a lone
// UTF-16 surrogate (half of a character), refused by jsonb. A request carrying either in a path
// parameter, query value or body field (or key) is refused here, once for every route, with a 400
// naming the field, before any use-case can pass it to the database.
import type { FastifyInstance } from 'fastify';
import { validationFailed } from './errors.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = 'nul' | 'surrogate';

function textProblem(s: string): Problem | undefined {
  if (s.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  return undefined;
}

// One template per message, so the Spanish catalog can match it.
function problemMessage(field: string, problem: Problem): string {
  return problem === 'nul'
    ? `${field} must not contain the NUL character (\\u0000)`
    : `${field} is not valid Unicode text`;
}

/** The dotted path of the first string or key that cannot be stored, and why. */
export function findUnstorableText(value: unknown, path = ''): { field: string; problem: Problem } | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path || 'body', problem } : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: JSON.stringify(at).slice(1, -1), problem: keyProblem };
    const found = findUnstorableText(item, at);
    if (found) return found;
  }
  return undefined;
}

/** Throws the 400 for the first unstorable text among these inputs. */
export function refuseUnstorableText(inputs: Record<string, unknown>): void {
  for (const value of Object.values(inputs)) {
    const found = findUnstorableText(value);
    if (found) throw validationFailed({ [found.field]: problemMessage(found.field, found.problem) });
  }
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    refuseUnstorableText({ params: req.params, query: req.query, body: req.body });
  });
}
