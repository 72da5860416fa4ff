import type { Db } from '../../../db/connect.ts';
import type { Deps } from '../../deps.ts';

/**
 * The handle reports read through. Today the primary; when Hearth has a read replica
 * (DATABASE_REPLICA_URL) this is the one line that points reports at it. Audit rows are
 * always written to the primary.
 */
export const reportDb = (deps: Deps): Db => deps.database.db;
