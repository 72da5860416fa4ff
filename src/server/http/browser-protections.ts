// What the browser is told and what it may ask: security headers (@fastify/helmet), no caching of
// API answers (they carry client data), HSTS when Hearth is served over HTTPS, and a refusal of
// state-changing requests from another origin (a second defence beside the SameSite cookie).
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { forbidden } from './errors.ts';

/** True when the session cookie must be Secure: HTTPS (seen directly or via a trusted proxy), or the setting. */
export const servedSecurely = (req: FastifyRequest, config: Config) => config.secureCookies || req.protocol === 'https';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Why a state-changing request looks cross-origin, or undefined when it does not. */
export function crossOriginReason(req: FastifyRequest): string | undefined {
  if (!STATE_CHANGING.has(req.method)) return undefined;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    // The scheme is not compared: behind a proxy that ends TLS, Hearth itself may see http.
    return host && host === req.host.toLowerCase() ? undefined : 'origin';
  }
  // Browsers that send no Origin still say where the request came from.
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return undefined;
  return 'sec-fetch-site';
}

export async function registerBrowserProtections(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its theme variables into <style> elements and positions popovers with
        // style attributes; scripts stay self-only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sent below only when the request came over HTTPS (or cookies are set Secure).
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onRequest', async (req) => {
    if (crossOriginReason(req)) throw forbidden('Requests from another site are refused');
  });

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (servedSecurely(req, config)) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
