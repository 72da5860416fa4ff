// Starts Hearth: opens the database (starting the embedded PostgreSQL unless DATABASE_URL names
// a server), migrates, creates the demo CoC on a fresh install, serves; stops it all on SIGINT/SIGTERM.
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { connect, connectPostgres } from './db/connect.ts';
import { loadDemoClients } from './db/demo/load-demo-clients.ts';
import { seedDemoActivity } from './db/demo/seed-activity.ts';
import { isEmpty, seedDemo } from './db/demo/seed-demo.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './server/app.ts';
import { localFileStorage } from './server/storage/file-storage.ts';
import { parseFileStore, s3FileStorage } from './server/storage/s3-file-storage.ts';

const started = Date.now();
const config = loadConfig();
const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(database);
let demoUsers: { username: string; roles: string[] }[] = [];
if (config.demo && (await isEmpty(database))) {
  demoUsers = await seedDemo(database, config.demoPassword);
  const loading = Date.now();
  const demo = await loadDemoClients(database);
  const recent = await seedDemoActivity(database);
  console.log(
    `Demo clients: ${demo.clients} clients, ${demo.enrollments} enrollments from HUD's Data Lab kit, ${recent.clients} clients of the last year (${Date.now() - loading} ms)`,
  );
}
const storage = config.fileStore
  ? s3FileStorage(parseFileStore(config.fileStore))
  : localFileStorage(join(config.dataDir, 'files'));
const replica = config.databaseReplicaUrl ? await connectPostgres(config.databaseReplicaUrl, 4) : undefined;
const app = await buildApp({ database, config, storage, replica });
await app.listen({ port: config.port, host: config.host });

const where =
  database.kind === 'embedded'
    ? `embedded PostgreSQL in ${join(config.dataDir, 'postgresql')}, socket ${database.connection.host}`
    : `PostgreSQL server${replica ? ', reports on its replica' : ''}`;
const files = config.fileStore ? 'files in the object store' : `files in ${join(config.dataDir, 'files')}`;
console.log(
  `Hearth is running at http://localhost:${config.port}  (${where}; ${files}; started in ${Date.now() - started} ms)`,
);
if (config.demo) {
  const list = demoUsers.length
    ? demoUsers
    : [
        { username: 'admin' },
        { username: 'manager' },
        { username: 'dqo' },
        { username: 'casemanager' },
        { username: 'casemanager2' },
      ];
  console.log(
    'Demo sign-ins (password: %s):',
    process.env.HEARTH_DEMO_PASSWORD ? '$HEARTH_DEMO_PASSWORD' : config.demoPassword,
  );
  for (const u of list) console.log(`  ${u.username}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await replica?.close();
    await database.close();
    process.exit(0);
  });
}
