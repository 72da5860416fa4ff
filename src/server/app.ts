// Builds the Fastify application: plugins, error shape, session check, feature routes, web app.
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerSessionHook } from './auth/session-hook.ts';
import type { Deps } from './deps.ts';
import { features } from './features.ts';
import { registerBrowserProtections } from './http/browser-protections.ts';
import { AppError } from './http/errors.ts';
import { registerInputGuard } from './http/input-guard.ts';
import {
  type ErrorBody,
  fieldLabel,
  localizeErrorBody,
  requestLanguage,
  schemaIssueMessage,
  translateMessage,
} from './http/messages/localize.ts';
import { postgresRateLimitStore } from './http/rate-limit-store.ts';

export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: process.env.HEARTH_LOG === 'true' ? { level: 'info', redact: ['req.headers.cookie'] } : false,
    bodyLimit: deps.config.bodyLimitBytes,
    // Forwarded headers (client address, protocol, host) only from the proxies the setting names.
    trustProxy: deps.config.trustProxy.length ? deps.config.trustProxy : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await registerBrowserProtections(app, deps.config);
  await app.register(rateLimit, { global: false, store: postgresRateLimitStore(deps.database.raw) });
  // One file and a few short form fields per upload; more is refused (413) rather than read.
  await app.register(multipart, {
    limits: { fileSize: deps.config.uploadLimitBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hearth HMIS API',
        version: '0.1.0',
        description: 'HUD fields keep HUD names (FirstName, PersonalID).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.setErrorHandler((err, req, reply) => {
    // A refusal before the body was read: close the connection rather than read the rest of it.
    if (!req.raw.complete) reply.header('connection', 'close');
    // Messages answer in the language the request prefers (Accept-Language); unknown ones in English.
    const lng = requestLanguage(req.headers['accept-language']);
    const send = (status: number, body: ErrorBody) =>
      reply.status(status).send({ error: localizeErrorBody(body, lng) });
    if (err instanceof AppError) {
      if (err.status === 429 && typeof err.extra?.retryAfterSeconds === 'number')
        reply.header('retry-after', String(err.extra.retryAfterSeconds));
      return send(err.status, {
        code: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
        ...err.extra,
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Beside a field the message alone; the overall message names the field (its label, in Spanish).
      const fields: Record<string, string> = {};
      for (const issue of err.validation) {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(issue.params?.issue ?? '');
        fields[path || 'body'] ??= schemaIssueMessage(issue, lng);
      }
      const [first] = Object.entries(fields);
      const message = first ? `${fieldLabel(first[0], lng)}: ${first[1]}` : translateMessage('Invalid request', lng);
      return reply.status(400).send({ error: { code: 'validation_failed', message, fields } });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 413 || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      return send(413, { code: 'too_large', message: 'The request or file is larger than allowed' });
    }
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'bad_request', message: safeMessage(err) } });
    }
    if (isResponseSerializationError(err))
      req.log.error({ method: err.method, url: err.url }, 'response did not match schema');
    req.log.error({ err: { name: (err as Error).name, code: (err as { code?: string }).code } }, 'unhandled error');
    if (process.env.HEARTH_DEBUG_ERRORS === 'true') console.error(err);
    return send(500, { code: 'internal', message: 'Something went wrong on the server. Try again.' });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !webDist()) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No such route: ${req.method} ${req.url.split('?')[0]}` } });
    }
    // Client-side routes of the web app all load index.html.
    return reply.sendFile('index.html');
  });

  registerSessionHook(app, deps);
  registerInputGuard(app);
  for (const feature of features)
    await app.register(async (scope) => feature(scope.withTypeProvider<ZodTypeProvider>(), deps));

  const dist = webDist();
  if (dist) await app.register(fastifyStatic, { root: dist, wildcard: false });
  return app;
}

// Fastify's own 4xx messages (bad JSON, wrong content type) are safe; keep them short.
function safeMessage(err: unknown): string {
  const m = err instanceof Error ? err.message : 'Bad request';
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}

function webDist(): string | undefined {
  const dir = new URL('../../dist/web/', import.meta.url).pathname;
  return existsSync(`${dir}index.html`) ? dir : undefined;
}
