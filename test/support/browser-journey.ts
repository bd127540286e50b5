import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loggedInPage, type Credentials, type LoggedInPageOptions } from './browser';
import { startServerProcess, type ServerProcess } from './server-process';

/** What a browser test file works with; filled in before its tests run, cleaned up after. */
export interface BrowserJourney {
  /** The server as `npm start` runs it, over a fresh data folder with the demo network. */
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** Uncaught errors of every page opened with `open` (and console errors where asked for). */
  readonly errors: string[];
  /** A fresh browser profile with the user logged in through the form. */
  open(user: Credentials, options?: Omit<LoggedInPageOptions, 'errors'>): Promise<Page>;
  /** Stops the server (as a crash or deploy would); `startServerAgain` brings it back on the same port and data. */
  stopServer(): Promise<void>;
  startServerAgain(): Promise<void>;
}

/** Registers the hooks that start and stop the server and Chromium around one test file. */
export function useBrowserJourney(): BrowserJourney {
  let dataDir = '';
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let port = '';
  const errors: string[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (used outside a test?)`);
    return value;
  };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-browser-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    port = new URL(server.url).port;
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  return {
    get server() {
      return started(server, 'The server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    errors,
    open: (user, options = {}) =>
      loggedInPage(started(browser, 'Chromium'), started(server, 'The server').url, user, { ...options, errors }),
    async stopServer() {
      await started(server, 'The server').stop();
    },
    async startServerAgain() {
      server = await startServerProcess({ DATA_DIR: dataDir, PORT: port });
    },
  };
}
