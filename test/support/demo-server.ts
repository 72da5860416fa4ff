// A real Hearth process (test/e2e/support/server.ts) on a fresh test database seeded with the demo
// CoC, for tests of what only a whole process shows (workers, the job process).
import type { Database } from '../../src/db/connect.ts';
import { seedDemo } from '../../src/db/demo/seed-demo.ts';
import { type RunningServer, startServer } from '../e2e/support/server.ts';
import { createTestDatabase } from './test-db.ts';
import { databaseUrl } from './test-server.ts';

export const DEMO_SERVER_PASSWORD = 'hearth-demo-2026';

export async function startDemoServer(env: Record<string, string> = {}): Promise<{
  database: Database;
  server: RunningServer;
}> {
  const database = await createTestDatabase();
  await seedDemo(database, DEMO_SERVER_PASSWORD);
  const server = await startServer({ DATABASE_URL: databaseUrl(database.connection), HEARTH_DEMO: 'false', ...env });
  return { database, server };
}
