import { renderPngAsync, renderSvg } from '../report/index.js';
import type { ReportChart } from '../charts/index.js';
import type { ExperimentSummary } from '../experiment/index.js';
import { chartPlans } from '../results/index.js';
import type { OutputFile, ResultsInput } from '../results/index.js';
import { MESSAGES } from './messages.js';
import type { Narrator } from './narrator.js';

/**
 * Draws every chart as `charts/<id>.vl.json` (Vega-Lite with inline data), `.svg` and `.png`, and
 * returns those files with the charts for report.html. Each PNG is rasterised on Node's thread pool
 * while this thread draws the next SVG (half the time on two cores; the same bytes). A chart that
 * cannot be drawn is left out with a warning: the data files are complete without it.
 */
export async function chartFiles(input: ResultsInput, summary: ExperimentSummary, narrator: Narrator): Promise<{ files: OutputFile[]; charts: ReportChart[] }> {
  const pending: { id: string; spec: object; chart: ReportChart; png: Promise<Uint8Array> }[] = [];
  const failed = (id: string, error: unknown) => narrator.warn(MESSAGES.chartFailed(id, error instanceof Error ? error.message : String(error)));
  for (const plan of chartPlans(input, summary)) {
    try {
      const spec = plan.spec();
      const svg = await renderSvg(spec);
      const png = renderPngAsync(svg);
      png.catch(() => undefined); // reported below, in plan order
      pending.push({ id: plan.id, spec, chart: { id: plan.id, title: plan.title, caption: plan.caption, spec, svg, ...(plan.key === true ? { key: true } : {}) }, png });
    } catch (error) {
      failed(plan.id, error);
    }
  }
  const files: OutputFile[] = [];
  const drawn: ReportChart[] = [];
  for (const { id, spec, chart, png } of pending) {
    try {
      const bytes = await png;
      files.push([`charts/${id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`], [`charts/${id}.svg`, chart.svg], [`charts/${id}.png`, bytes]);
      drawn.push(chart);
    } catch (error) {
      failed(id, error);
    }
  }
  return { files, charts: drawn };
}
