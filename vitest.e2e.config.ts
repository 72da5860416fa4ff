import { defineConfig } from 'vitest/config';

// Browser journeys: a real server process and Debian's chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page waits like Playwright's locators do (30 s), not vitest's 1 s: a loaded machine is slow.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
