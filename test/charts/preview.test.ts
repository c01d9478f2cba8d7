import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderPng, renderSvg } from '../../src/report/index.js';
import { allSpecs } from './allSpecs.js';
import { reportInput } from '../report/reportFixture.js';

// Dev helper: `CHARTS_PREVIEW=1 npx vitest run test/charts/preview.test.ts test/report/report.browser.test.ts`
// writes every chart as SVG, PNG and .vl.json, the sample report (static and interactive) and its
// screenshots to /tmp/charts-preview/ for a look by eye. Skipped otherwise (no side effects).
const PREVIEW_DIR = '/tmp/charts-preview';
const enabled = process.env['CHARTS_PREVIEW'] === '1';

describe('chart preview', () => {
  it.skipIf(!enabled)('writes every chart as SVG, PNG and Vega-Lite JSON, and the sample report, to /tmp/charts-preview', async () => {
    mkdirSync(PREVIEW_DIR, { recursive: true });
    for (const { name, spec } of allSpecs()) {
      const svg = await renderSvg(spec);
      writeFileSync(join(PREVIEW_DIR, `${name}.svg`), svg);
      writeFileSync(join(PREVIEW_DIR, `${name}.png`), renderPng(svg));
      writeFileSync(join(PREVIEW_DIR, `${name}.vl.json`), JSON.stringify(spec, null, 2));
      expect(svg.startsWith('<svg')).toBe(true);
    }
    const input = await reportInput();
    writeFileSync(join(PREVIEW_DIR, 'report.html'), buildReport(input));
    writeFileSync(join(PREVIEW_DIR, 'report-interactive.html'), buildReport(input, { interactive: true }));
  });
});
