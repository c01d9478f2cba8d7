import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Debian's chromium, which .ci/run installs when missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Launches headless Chromium with network features off and every host name failing to resolve,
 * so a page under test can fetch nothing. playwright-core adds `--headless` itself.
 */
export function launchOfflineChromium(): Promise<Browser> {
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
