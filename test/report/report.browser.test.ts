import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, launchOfflineChromium, skipBrowserTests, watchPage } from '../support/offlineChromium.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/charts/index.js';
import { buildReport } from '../../src/report/index.js';
import { reportInput } from './reportFixture.js';

if (skipBrowserTests) console.warn(`report.browser.test: skipped, ${CHROMIUM} does not exist (install Debian's chromium to run it)`);

// With CHARTS_PREVIEW=1 the screenshots land beside the preview charts; otherwise in a fresh temp dir.
const outDir = process.env['CHARTS_PREVIEW'] === '1' ? '/tmp/charts-preview' : mkdtempSync(join(tmpdir(), 'frontdoor-report-'));

let browser: Browser | undefined;
let input: ReportInput;

beforeAll(async () => {
  if (skipBrowserTests) return;
  mkdirSync(outDir, { recursive: true });
  input = await reportInput();
  browser = await launchOfflineChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the browser checks', () => {
  it.skipIf(skipBrowserTests)('catch a page that fetches something or logs an error (so passing them means something)', async () => {
    if (browser === undefined) throw new Error('browser did not start');
    const file = join(outDir, 'leaky.html');
    writeFileSync(file, '<!DOCTYPE html><title>leaky</title><img src="http://example.invalid/x.png"><script>console.error("boom")</script>');
    const page = await browser.newPage();
    const { errors, requests } = watchPage(page);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.close();
    expect(requests).toContain('http://example.invalid/x.png');
    expect(errors).toContain('boom');
  });
});

describe.each([
  { variant: 'static', interactive: false },
  { variant: 'interactive', interactive: true },
])('the $variant report in Chromium', ({ variant, interactive }) => {
  it.skipIf(skipBrowserTests)('loads with no console errors, fetches nothing but itself, and shows every chart', async () => {
    if (browser === undefined) throw new Error('browser did not start');
    const file = join(outDir, `report-${variant}.html`);
    writeFileSync(file, buildReport(input, { interactive }));
    const url = pathToFileURL(file).href;

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const { errors, requests } = watchPage(page);

    await page.goto(url, { waitUntil: 'load' });
    if (interactive) {
      // vega-embed replaces each static fallback with a live view inside a .vega-embed container.
      await page.waitForFunction((n) => document.querySelectorAll('.chart.vega-embed svg.marks').length === n, input.charts.length, { timeout: 30_000 });
    }

    // Only the key charts show at first; a reader opens the other sections.
    const keyCount = input.charts.filter((c) => c.key === true).length;
    const shown = async () => page.evaluate(() => Array.from(document.querySelectorAll('.chart')).filter((el) => el.checkVisibility()).length);
    expect(await shown()).toBe(keyCount);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const charts = page.locator(interactive ? '.chart.vega-embed svg.marks' : '.chart > svg');
    expect(await charts.count()).toBe(input.charts.length);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }

    const screenshot = join(outDir, `report-${variant}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`report.browser.test: ${variant} report ${file}, screenshot ${screenshot}`);
    await page.close();

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });
});

describe('the report on a 1400 px wide screen', () => {
  it.skipIf(skipBrowserTests)('shows the story and all four key charts within the first two screens (1800 px)', async () => {
    if (browser === undefined) throw new Error('browser did not start');
    const file = join(outDir, 'report-1400.html');
    writeFileSync(file, buildReport(input));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const bottoms = await page.evaluate(() => Array.from(document.querySelectorAll('#story, .key-charts .chart')).map((el) => el.getBoundingClientRect().bottom + window.scrollY));
    await page.screenshot({ path: join(outDir, 'report-1400-first-screens.png'), clip: { x: 0, y: 0, width: 1400, height: 1800 }, fullPage: true });
    await page.close();
    expect(bottoms).toHaveLength(5);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(1800);
  });
});

describe('the report at 1280 and 700 px wide', () => {
  it.skipIf(skipBrowserTests)('draws the tall difference chart across the whole row at its own size, and never below 78% of it', async () => {
    if (browser === undefined) throw new Error('browser did not start');
    const file = join(outDir, 'report-widths.html');
    writeFileSync(file, buildReport(input));
    const scales: Record<number, { scale: number; pageWidth: number }> = {};
    for (const width of [1280, 700]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      scales[width] = await page.evaluate(() => {
        const svg = document.querySelector('#chart-difference svg');
        if (svg === null) throw new Error('no difference chart');
        return { scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')), pageWidth: document.documentElement.scrollWidth };
      });
      await page.close();
    }
    expect(scales[1280]?.scale).toBeCloseTo(1, 2);
    expect(scales[700]?.scale).toBeGreaterThanOrEqual(0.78);
    // The chart scrolls inside its own box; the page does not widen.
    expect(scales[700]?.pageWidth).toBeLessThanOrEqual(700);
  });
});
