// `npm run bench:startup`: how long Hearth takes from launch to serving, the way `npm start`
// launches it (`node --import tsx src/main.ts` on the embedded database), with a fresh data
// directory (migrations + demo CoC) and with a warm one (everything already there).
// Prints the median of a few runs of each; `--build` also times the web build npm start does first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS || 3);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Milliseconds from spawn until the first API answer, and the server's own "started in" figure. */
async function startOnce(dataDir: string): Promise<{ wallMs: number; reportedMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      HEARTH_DEMO: 'true',
      HEARTH_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  try {
    const reportedMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${out}`)), 120_000);
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
      const check = setInterval(() => {
        const m = /started in (\d+) ms/.exec(out);
        if (m) {
          clearInterval(check);
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      }, 5);
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (!res.ok) throw new Error(`health answered ${res.status}`);
    return { wallMs: performance.now() - started, reportedMs };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function line(label: string, runs: { wallMs: number; reportedMs: number }[]) {
  console.log(
    `${label.padEnd(34)} median ${fmt(median(runs.map((r) => r.wallMs)))} to first API answer ` +
      `(server's own count ${fmt(median(runs.map((r) => r.reportedMs)))}; runs: ${runs.map((r) => fmt(r.wallMs)).join(', ')})`,
  );
}

if (process.argv.includes('--build')) {
  const t = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`${'web build (vite, part of npm start)'.padEnd(34)} ${fmt(performance.now() - t)}`);
}

const fresh: { wallMs: number; reportedMs: number }[] = [];
const warm: { wallMs: number; reportedMs: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  try {
    fresh.push(await startOnce(dir));
    warm.push(await startOnce(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`Hearth start-up on the embedded PostgreSQL, node ${process.version}, ${RUNS} runs each:`);
line('fresh data directory (migrate+seed)', fresh);
line('warm data directory', warm);
