// What a background job's code sees, and how it reports success or a failure a user can act on.
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.ts';

export type SaveFileInput = {
  name: string;
  contentType: string;
  /** Client-level data: downloads are audited and the file is only for its owner and HMIS admins. */
  containsClientData: boolean;
  data: Buffer | Readable;
};

export type JobContext<P = Record<string, unknown>> = {
  jobId: string;
  ownerId: string;
  organizationId: string | null;
  parameters: P;
  deps: Deps;
  /** Aborted when Hearth shuts down; long jobs stop at the next chunk. */
  signal: AbortSignal;
  /** Records progress (0–100) for the Task List; cheap to call often. */
  progress(percent: number, note?: string): Promise<void>;
  /** Stores an output file under Files on Server and returns its id. */
  saveFile(input: SaveFileInput): Promise<string>;
};

export type JobOutcome = { result?: Record<string, unknown>; fileId?: string };

export type JobHandler<P = Record<string, unknown>> = (ctx: JobContext<P>) => Promise<JobOutcome | undefined>;

/** A job ended for a reason the user can act on: the message is shown as the job's error. */
export class JobFailure extends Error {
  constructor(
    message: string,
    readonly outcome: JobOutcome = {},
  ) {
    super(message);
  }
}
