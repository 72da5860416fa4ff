// `npm test`: lint, type-check, the tests on the embedded PostgreSQL, the same tests again on the
// PostgreSQL server TEST_DATABASE_URL names (required under CI, which runs PostgreSQL 15), then the
// browser journeys (each server process runs its own embedded PostgreSQL, as `npm start` does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/** The server's major version, for the step's name (psql asks it; "?" when psql is missing). */
function serverVersion(url: string): string {
  const r = spawnSync('psql', [url, '-XAtc', 'SHOW server_version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.trim().split('.')[0] ?? '?') : '?';
}

const ci = process.env.CI === 'true';
const steps: { name: string; cmd: string[]; env?: Record<string, string> }[] = [
  { name: 'lint', cmd: ['npx', 'biome', 'check', '.'] },
  { name: 'type-check', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'tests on embedded PostgreSQL', cmd: ['npx', 'vitest', 'run'], env: { TEST_DATABASE_URL: '' } },
];
if (process.env.TEST_DATABASE_URL) {
  steps.push({
    name: `tests on PostgreSQL ${serverVersion(process.env.TEST_DATABASE_URL)} server`,
    cmd: ['npx', 'vitest', 'run', '--config', 'vitest.pg.config.ts'],
  });
} else if (ci) {
  console.error('CI needs TEST_DATABASE_URL pointing at PostgreSQL; refusing to skip the PostgreSQL run.');
  process.exit(1);
} else {
  console.warn('TEST_DATABASE_URL is not set: the PostgreSQL run is left out on this machine (CI always runs it).');
}
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium) || ci) {
  steps.push({ name: 'build web app', cmd: ['npx', 'vite', 'build', '--logLevel', 'warn'] });
  steps.push({
    name: 'browser journeys',
    cmd: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts'],
    env: { TEST_DATABASE_URL: '' },
  });
} else {
  console.warn(`No chromium at ${chromium}: browser journeys left out (apt-get install -y chromium).`);
}

// Each vitest run also writes a JSON summary, so the last line can count every test run.
mkdirSync('tmp', { recursive: true });
let passed = 0;
let failed = 0;
for (const [i, step] of steps.entries()) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  const summary = `tmp/test-summary-${i}.json`;
  rmSync(summary, { force: true });
  const cmd =
    step.cmd[1] === 'vitest'
      ? [...step.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${summary}`]
      : step.cmd;
  const r = spawnSync(cmd[0] ?? 'npx', cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (existsSync(summary)) {
    const s = JSON.parse(readFileSync(summary, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += s.numPassedTests;
    failed += s.numFailedTests;
  }
  console.log(
    `=== ${step.name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) {
    console.log(`Tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
