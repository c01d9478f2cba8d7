import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Debian's chromium, which .ci/run installs when missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Whether the browser tests skip: only when Chromium is missing outside CI. Under `CI=true` they run
 * and fail, so a CI run whose Chromium install failed cannot pass without them.
 */
export function browserTestsSkip(chromiumExists: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !chromiumExists && env['CI'] !== 'true';
}

/** Whether the browser tests skip in this run (see `browserTestsSkip`). */
export const skipBrowserTests = browserTestsSkip(hasChromium, process.env);

/**
 * Launches headless Chromium with network features off and every host name failing to resolve,
 * so a page under test can fetch nothing. playwright-core adds `--headless` itself. Throws, naming
 * the path and the fix, when Chromium is missing.
 */
export function launchOfflineChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} does not exist, and with CI=true the browser tests must run: install Debian's chromium (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
}

/** What a page did while under test: console errors and uncaught exceptions, and every URL it requested. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/** Starts recording a page's console errors, uncaught exceptions and requests (before it navigates). */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => watch.requests.push(request.url()));
  return watch;
}
