import type { Db } from '../../../db/connect.ts';
import { type Deps, readDatabase } from '../../deps.ts';

/**
 * The handle reports read through: the read replica when Hearth has one (DATABASE_REPLICA_URL),
 * else the primary. Audit rows are always written to the primary.
 */
export const reportDb = (deps: Deps): Db => readDatabase(deps).db;
