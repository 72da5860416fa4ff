// Runs an import's check phase on its own worker thread: parsing and checking every row is
// seconds of CPU, which on the thread that serves requests would hold up every user meanwhile.
// The database lookups the checks need are answered here, on the job's own connections.
import { Worker } from 'node:worker_threads';
import type { CheckResult } from './check-files.ts';
import type { ToParent, ToWorker, WorkerInput } from './check-worker.ts';

export type CheckInWorker = {
  data: Blob;
  stagingDir: string;
  limits?: WorkerInput['limits'];
  lookup: (target: string, ids: string[]) => Promise<string[]>;
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
};

export async function checkInWorker(opts: CheckInWorker): Promise<CheckResult> {
  opts.signal?.throwIfAborted();
  const data = await opts.data.arrayBuffer();
  const input: WorkerInput = { data, stagingDir: opts.stagingDir, limits: opts.limits };
  const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), {
    workerData: input,
    transferList: [data],
    execArgv: [],
  });
  let abort: (() => void) | undefined;
  try {
    return await new Promise<CheckResult>((resolve, reject) => {
      abort = () => reject(opts.signal?.reason);
      opts.signal?.addEventListener('abort', abort, { once: true });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The import's check thread stopped (exit code ${code}).`)));
      worker.on('message', (m: ToParent) => {
        if (m.type === 'progress') opts.onProgress(m.percent);
        else if (m.type === 'lookup') {
          opts
            .lookup(m.target, m.ids)
            .then((ids) => worker.postMessage({ type: 'found', id: m.id, ids } satisfies ToWorker), reject);
        } else if (m.type === 'done') resolve(m.result);
        else {
          const e = new Error(m.message);
          if (m.stack) e.stack = m.stack;
          reject(e);
        }
      });
    });
  } finally {
    if (abort) opts.signal?.removeEventListener('abort', abort);
    await worker.terminate();
  }
}
