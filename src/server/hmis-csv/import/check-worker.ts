// Worker thread entry of an import's check phase (check-files.ts). Messages to the parent:
// progress, a lookup of identifiers in the database (answered on the port with the same id),
// then the result or the error, after which the parent ends the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckInput, checkFiles } from './check-files.ts';

export type ToParent =
  | { type: 'progress'; percent: number }
  | { type: 'lookup'; id: number; target: string; ids: string[] }
  | { type: 'done'; result: Awaited<ReturnType<typeof checkFiles>> }
  | { type: 'failed'; message: string; stack?: string };
export type ToWorker = { type: 'found'; id: number; ids: string[] };
export type WorkerInput = Omit<CheckInput, 'data'> & { data: ArrayBuffer };

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread');
const send = (m: ToParent) => port.postMessage(m);

const waiting = new Map<number, (ids: string[]) => void>();
port.on('message', (m: ToWorker) => waiting.get(m.id)?.(m.ids));
let next = 0;
let lastPercent = -1;

const input = workerData as WorkerInput;
try {
  const result = await checkFiles(
    { ...input, data: new Blob([input.data]) },
    {
      lookup: (target, ids) =>
        new Promise((resolve) => {
          const id = next++;
          waiting.set(id, (found) => {
            waiting.delete(id);
            resolve(found);
          });
          send({ type: 'lookup', id, target, ids });
        }),
      // Whole percents are enough for a progress bar, and spare the parent a message per chunk.
      onProgress: (percent) => {
        const whole = Math.floor(percent);
        if (whole === lastPercent) return;
        lastPercent = whole;
        send({ type: 'progress', percent: whole });
      },
    },
  );
  send({ type: 'done', result });
} catch (e) {
  send({ type: 'failed', message: e instanceof Error ? e.message : String(e), stack: (e as Error)?.stack });
}
