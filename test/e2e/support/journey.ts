// One browser journey file's set-up: a real Hearth server and chromium, started before the file's
// tests and closed after them, and pages signed in as demo users.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, signIn } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

type Options = {
  /** Server settings (environment variables) the file's journeys need; a function when they are known only once its own earlier set-up has run (a mail server's port). */
  env?: Record<string, string> | (() => Record<string, string>);
};

export type Journey = {
  readonly server: RunningServer;
  /** The server's address, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly browser: Browser;
  /** A page in a fresh browser context (its own cookies), not signed in. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A page in a fresh browser context, signed in as `username` (demo password unless given). */
  signedIn(username: string, options?: BrowserContextOptions & { password?: string }): Promise<Page>;
};

/** Registers the file's beforeAll / afterAll; call it at the top level of a journey file. */
export function setUpJourney(options: Options = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the journey's ${what} is used before it started (use it inside a test or hook)`);
    return value;
  };

  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    server = await startServer(env);
    browser = await launchBrowser();
    // The server itself waits up to 180 s for a first start on a loaded machine.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const journey: Journey = {
    get server() {
      return started(server, 'server');
    },
    get url() {
      return started(server, 'server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    async newPage(contextOptions) {
      return (await journey.browser.newContext(contextOptions)).newPage();
    },
    async signedIn(username, { password, ...contextOptions } = {}) {
      const page = await journey.newPage(contextOptions);
      await signIn(page, journey.url, username, password);
      return page;
    },
  };
  return journey;
}
