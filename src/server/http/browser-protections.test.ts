// What the browser is told: security headers, no caching of API answers, Secure cookies and HSTS
// over HTTPS, and state-changing requests from another origin refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';
import { createClients } from '../services/test-fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  // The in-process requests come from 127.0.0.1, named here as the proxy.
  t = await createTestApp({ config: { trustProxy: ['127.0.0.1'] } });
});
afterAll(() => t.close());

const login = (headers: Record<string, string>, remoteAddress = '127.0.0.1', app = t.app) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'casemanager', password: DEMO_PASSWORD },
    headers,
    remoteAddress,
  });
const sessionCookie = (res: Awaited<ReturnType<typeof login>>) => res.cookies.find((c) => c.name === 'hearth_session');

describe('security headers', () => {
  it('are on every API answer, and client data is never cached', async () => {
    const cm = await t.login('casemanager');
    const [client] = await createClients(t, cm, [{}]);
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await t.as(cm).get(`/api/clients/${client}`),
      await t.as(cm).get('/api/no-such-route'),
    ]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe('cookies and HSTS over HTTPS', () => {
  it('marks the session cookie Secure and sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const https = await login({ 'x-forwarded-proto': 'https' });
    expect(https.statusCode).toBe(200);
    expect(sessionCookie(https)?.secure).toBe(true);
    expect(https.headers['strict-transport-security']).toMatch(/max-age=\d+/);

    const plain = await login({});
    expect(sessionCookie(plain)?.secure).toBeFalsy();
    // The same header from an address that is not the proxy is not believed.
    const spoofed = await login({ 'x-forwarded-proto': 'https' }, '192.0.2.9');
    expect(sessionCookie(spoofed)?.secure).toBeFalsy();
  });

  it('marks it Secure always when HEARTH_SECURE_COOKIES is set', async () => {
    const app = await t.anotherServer({ config: { secureCookies: true } });
    try {
      const res = await login({}, '127.0.0.1', app);
      expect(sessionCookie(res)?.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await app.close();
    }
  });
});

describe('requests from another origin', () => {
  const host = 'hearth.example.org';

  it('refuses a state-changing request whose Origin is another site', async () => {
    const evil = await login({ host, origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    const cm = await t.login('casemanager');
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/workflows/W-1',
      headers: { cookie: cm, host, origin: `https://${host}.evil.example` },
    });
    expect(del.statusCode).toBe(403);
    expect((await login({ host, origin: 'null' })).statusCode).toBe(403);
  });

  it('refuses one that the browser marks cross-site when it sends no Origin', async () => {
    expect((await login({ host, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await login({ host, 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
  });

  it('lets same-origin requests, reads and non-browser clients through', async () => {
    expect((await login({ host, origin: `https://${host}` })).statusCode).toBe(200);
    expect((await login({ host, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    expect((await login({})).statusCode).toBe(200);
    const read = await t.app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(read.statusCode).toBe(200);
  });
});
