// What the server and its job process (job-process.ts) say to each other.
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import type { StorageLocation } from '../storage/file-storage.ts';
import type { JobOutcome } from './job-types.ts';

/** What the job process needs to open the app's database, replica and file store itself. */
export type JobProcessData = {
  config: Config;
  database: Pick<Database, 'connection' | 'kind'>;
  replica?: Database['connection'];
  storage: StorageLocation;
};

export type JobInProcess = {
  jobId: string;
  kind: string;
  /** The module that defines the kind (its import.meta.url): the job process imports it. */
  module: string;
  ownerId: string;
  organizationId: string | null;
  vspOrganizationId: string | null;
  parameters: Record<string, unknown>;
};

export type ToJobProcess =
  | { type: 'open'; data: JobProcessData }
  | ({ type: 'run' } & JobInProcess)
  | { type: 'abort'; jobId: string }
  | { type: 'close' };

export type FromJobProcess =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; percent: number; note?: string }
  | { type: 'done'; jobId: string; outcome: JobOutcome }
  | { type: 'failed'; jobId: string; message: string; stack?: string; failure?: { outcome: JobOutcome } };
