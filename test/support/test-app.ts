// The whole server in-process, on a fresh database with the demo CoC, for API tests.
// Requests go through Fastify's real routing, hooks and schemas via app.inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/connect.ts';
import { seedDemo } from '../../src/db/demo/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import type { FileStorage } from '../../src/server/storage/file-storage.ts';
import { localFileStorage } from '../../src/server/storage/file-storage.ts';
import { createTestDatabase } from './test-db.ts';

export const DEMO_PASSWORD = 'hearth-demo-2026';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  storage: FileStorage;
  /** Signs in and returns the Cookie header value for later requests. */
  login(username: string, password?: string): Promise<string>;
  /** A request as the signed-in user (cookie from login). */
  as(cookie: string): Requester;
  /**
   * Another app server of the same deployment: same database (or another pool on it) and files,
   * config changed as given. Ready to inject into; closed by close() if not before.
   */
  anotherServer(opts?: { config?: Partial<Config>; database?: Database }): Promise<FastifyInstance>;
  close(): Promise<void>;
};

type Body = InjectOptions['payload'];
type Res = Promise<LightMyRequestResponse>;
export type Requester = {
  get(url: string): Res;
  post(url: string, body?: Body): Res;
  put(url: string, body?: Body): Res;
  patch(url: string, body?: Body): Res;
  delete(url: string): Res;
};

export async function createTestApp(
  opts: {
    config?: Partial<Config>;
    demo?: boolean;
    dataDir?: string;
    /** Wraps the app's real file storage (tests that make a write fail midway). */
    wrapStorage?: (storage: FileStorage) => FileStorage;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    demo: false,
    dataDir: opts.dataDir ?? mkdtempSync(join(tmpdir(), 'hearth-test-')),
    // Tests sign in far more often than people do; the throttle's own tests set real limits.
    signInLimitPerAddress: 100_000,
    signInLimitPerUsername: 100_000,
    ...opts.config,
  });
  if (opts.demo !== false) await seedDemo(database, DEMO_PASSWORD);
  const storage = localFileStorage(config.dataDir);
  // A wrapped store cannot be reopened in the job process with its wrapper: jobs then run here.
  const wrapped = (s: FileStorage): FileStorage =>
    opts.wrapStorage ? { ...opts.wrapStorage(s), location: undefined } : s;
  const app = await buildApp({ database, config, storage: wrapped(storage) });
  const others: FastifyInstance[] = [];
  await app.ready();
  const as = (cookie: string): Requester => ({
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, body) => app.inject({ method: 'POST', url, headers: { cookie }, payload: body ?? {} }),
    put: (url, body) => app.inject({ method: 'PUT', url, headers: { cookie }, payload: body ?? {} }),
    patch: (url, body) => app.inject({ method: 'PATCH', url, headers: { cookie }, payload: body ?? {} }),
    delete: (url) => app.inject({ method: 'DELETE', url, headers: { cookie } }),
  });
  return {
    app,
    database,
    config,
    storage,
    as,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'hearth_session');
      if (!cookie) throw new Error('no session cookie');
      return `hearth_session=${cookie.value}`;
    },
    async anotherServer(more = {}) {
      const other = await buildApp({
        database: more.database ?? database,
        config: { ...config, ...more.config },
        storage: wrapped(storage),
      });
      others.push(other);
      other.addHook('onClose', async () => {
        others.splice(others.indexOf(other), 1);
      });
      await other.ready();
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await database.close();
      if (!opts.dataDir) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
