// What every feature is given: the database, the settings and the file store. Its own module so
// features never import app.ts, which imports every feature.
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import type { FileStorage } from './storage/file-storage.ts';

export type Deps = { database: Database; config: Config; storage: FileStorage };
