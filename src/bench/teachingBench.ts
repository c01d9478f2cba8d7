import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from 'simple-statistics';
import { TEACHING_MEASURES, TEACHING_RUN } from '../teaching/index.js';
import { REPO_ROOT, replyFromChild } from './childReply.js';
import type { CliChildReply } from './cliChild.js';

/** Target for a re-run after a slider move, in seconds (issue 16). */
const TARGET_SECONDS = 0.4;

/** Debian's chromium, as the browser tests use it. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * The teaching page's re-run after a slider move, in headless Chromium: the page as `frontdoor
 * interactive` writes it, opened offline; after its first run, the social-workers slider is moved
 * `moves` times (two posts fewer each time, never a setting seen before) and each time the seconds from the move until the page
 * reports the new run drawn are taken (polled every animation frame), with the page's own measures of
 * the simulation and the drawing (TEACHING_MEASURES). Skipped, with the reason, when Chromium or
 * playwright-core is missing.
 */
export async function benchTeaching(moves: number): Promise<Record<string, unknown>> {
  const base = { benchmark: 'teaching-rerun', replications: TEACHING_RUN.replications, target: TARGET_SECONDS };
  if (!existsSync(CHROMIUM)) return { ...base, skipped: `${CHROMIUM} does not exist (install Debian's chromium)` };
  const playwright = await import('playwright-core').catch(() => undefined);
  if (playwright === undefined) return { ...base, skipped: 'playwright-core is not installed (a development dependency)' };
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-teaching-'));
  const file = join(scratch, 'interactive.html');
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const reply = await replyFromChild<CliChildReply>(join(REPO_ROOT, 'dist', 'bench', 'cliChild.js'), { args: ['interactive', '--out', file, '--quiet'], stderr: false });
    if (reply.exitCode !== 0) throw new Error(`frontdoor interactive failed with exit code ${reply.exitCode}`);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const drawn = (count: number) => page.waitForFunction((n) => {
      const status = document.getElementById('run-status');
      return status?.dataset['state'] === 'done' && Number(status.dataset['completed']) >= n;
    }, count, { timeout: 60_000, polling: 'raf' });
    await drawn(1);
    const start = Number(await page.locator('#slider-posts').inputValue());
    const seconds: number[] = [];
    const simulation: number[] = [];
    const drawing: number[] = [];
    for (let move = 0; move < moves; move++) {
      // A new value each time: the page keeps the runs of settings it has seen, so a return would not re-run.
      const value = start - 2 * (move + 1);
      const started = performance.now();
      await page.locator('#slider-posts').evaluate((input, v) => {
        const range = input as HTMLInputElement;
        range.value = String(v);
        range.dispatchEvent(new Event('input', { bubbles: true }));
        range.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
      await drawn(move + 2);
      seconds.push((performance.now() - started) / 1000);
      const [simulateMs, drawMs] = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? Number.NaN),
        [TEACHING_MEASURES.simulate, TEACHING_MEASURES.draw]);
      simulation.push((simulateMs ?? Number.NaN) / 1000);
      drawing.push((drawMs ?? Number.NaN) / 1000);
    }
    const typical = median(seconds);
    const rounded = (values: readonly number[]) => values.map((s) => Number(s.toFixed(3)));
    return {
      ...base,
      method: 'headless Chromium; seconds from moving the social-workers slider until the page reports the new run drawn, median over moves; simulation and drawing are the page\'s own measures of each move',
      loadAverage1m: loadavg()[0],
      moves: rounded(seconds),
      seconds: typical,
      met: typical < TARGET_SECONDS,
      simulationSeconds: median(simulation),
      drawingSeconds: median(drawing),
      simulationMoves: rounded(simulation),
      drawingMoves: rounded(drawing),
    };
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
