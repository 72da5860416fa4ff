// vitest globalSetup: one database server and one migrated template per run (test-server.ts).
import type { TestProject } from 'vitest/node';
import { startTestServer, type TestServer } from './test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testServer: TestServer;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('testServer', { connection: server.connection, template: server.template });
  return () => server.stop();
}
