// What every feature is given: the database, the settings and the file store. Its own module so
// features never import app.ts, which imports every feature.
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import type { FileStorage } from './storage/file-storage.ts';

export type Deps = {
  database: Database;
  config: Config;
  storage: FileStorage;
  /** A read replica (DATABASE_REPLICA_URL), when there is one: use `readDatabase(deps)`. */
  replica?: Database;
};

/**
 * Where reports read: the replica when one is set, else the primary. Report queries (long reads
 * that change nothing) should use it; anything a user just wrote and expects to see, and every
 * write (audit rows included), stays on `deps.database`.
 */
export function readDatabase(deps: Deps): Database {
  return deps.replica ?? deps.database;
}
