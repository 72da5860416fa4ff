// What the request thread and the job thread (job-thread.ts) say to each other.
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import type { StorageLocation } from '../storage/file-storage.ts';
import type { JobOutcome } from './job-types.ts';

/** What the job thread needs to open the app's database, replica and file store itself. */
export type JobThreadData = {
  config: Config;
  database: Pick<Database, 'connection' | 'kind'>;
  replica?: Database['connection'];
  storage: StorageLocation;
  /** The thread's nice value (Linux), set before it loads any module. */
  nice: number;
};

export type JobOnThread = {
  jobId: string;
  kind: string;
  /** The module that defines the kind (its import.meta.url): the thread imports it. */
  module: string;
  ownerId: string;
  organizationId: string | null;
  vspOrganizationId: string | null;
  parameters: Record<string, unknown>;
};

export type ToJobThread = ({ type: 'run' } & JobOnThread) | { type: 'abort'; jobId: string } | { type: 'close' };

export type FromJobThread =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; percent: number; note?: string }
  | { type: 'done'; jobId: string; outcome: JobOutcome }
  | { type: 'failed'; jobId: string; message: string; stack?: string; failure?: { outcome: JobOutcome } };
