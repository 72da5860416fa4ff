// Starts Hearth: opens the database (starting the embedded PostgreSQL unless DATABASE_URL names
// a server), migrates, creates the demo CoC on a fresh install, serves; stops it all on SIGINT/SIGTERM.
// With HEARTH_WORKERS above 1 this process does all but serving, and its workers serve (src/cluster.ts).
import { join } from 'node:path';
import { forkWorkers, isWorker, reportListening, workerDatabase } from './cluster.ts';
import { type Config, loadConfig } from './config.ts';
import { connect, connectPostgres, type Database, poolSize } from './db/connect.ts';
import { loadDemoClients } from './db/demo/load-demo-clients.ts';
import { seedDemoActivity } from './db/demo/seed-activity.ts';
import { DEMO_USERS, isEmpty, seedDemo } from './db/demo/seed-demo.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './server/app.ts';
import { localFileStorage } from './server/storage/file-storage.ts';
import { parseFileStore, s3FileStorage } from './server/storage/s3-file-storage.ts';

const started = Date.now();
const config = loadConfig();

/** Builds the app on `database` and listens; what stops it. */
async function serve(config: Config, database: Database): Promise<() => Promise<void>> {
  const storage = config.fileStore
    ? s3FileStorage(parseFileStore(config.fileStore))
    : localFileStorage(join(config.dataDir, 'files'));
  const replica = config.databaseReplicaUrl ? await connectPostgres(config.databaseReplicaUrl, 4) : undefined;
  const app = await buildApp({ database, config, storage, replica });
  await app.listen({ port: config.port, host: config.host });
  return async () => {
    await app.close();
    await replica?.close();
  };
}

function onStop(stop: () => Promise<void>) {
  // Ctrl-C signals every process of the group, then the primary signals its workers again: the
  // second signal must not cut a worker's closing short.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await stop();
      process.exit(0);
    });
  }
}

if (isWorker()) {
  // The primary runs (or connects to) the database server: to a worker it is another server.
  const database = await connectPostgres(workerDatabase(), poolSize(), 'server');
  const stopApp = await serve(config, database);
  reportListening();
  onStop(async () => {
    await stopApp();
    await database.close();
  });
} else {
  const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database);
  if (config.demo && (await isEmpty(database))) {
    await seedDemo(database, config.demoPassword);
    const loading = Date.now();
    const demo = await loadDemoClients(database);
    const recent = await seedDemoActivity(database);
    console.log(
      `Demo clients: ${demo.clients} clients, ${demo.enrollments} enrollments from HUD's Data Lab kit, ${recent.clients} clients of the last year, ${recent.casQueue} households assessed at the CAS access point (${Date.now() - loading} ms)`,
    );
  }
  const stopServing =
    config.workers > 1 ? (await forkWorkers(config.workers, database.connection)).stop : await serve(config, database);
  onStop(async () => {
    await stopServing();
    await database.close();
  });

  const where =
    database.kind === 'embedded'
      ? `embedded PostgreSQL in ${join(config.dataDir, 'postgresql')}, socket ${database.connection.host}`
      : `PostgreSQL server${config.databaseReplicaUrl ? ', reports on its replica' : ''}`;
  const files = config.fileStore ? 'files in the object store' : `files in ${join(config.dataDir, 'files')}`;
  const workers = config.workers > 1 ? `; ${config.workers} workers` : '';
  console.log(
    `Hearth is running at http://localhost:${config.port}  (${where}; ${files}${workers}; started in ${Date.now() - started} ms)`,
  );
  if (config.demo) {
    console.log(
      'Demo sign-ins (password: %s):',
      process.env.HEARTH_DEMO_PASSWORD ? '$HEARTH_DEMO_PASSWORD' : config.demoPassword,
    );
    for (const u of DEMO_USERS) console.log(`  ${u.username}`);
  }
}
