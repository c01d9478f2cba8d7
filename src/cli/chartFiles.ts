import { renderPng, renderSvg } from '../charts/index.js';
import type { ReportChart } from '../charts/index.js';
import type { ExperimentSummary } from '../experiment/index.js';
import { chartPlans } from '../results/index.js';
import type { OutputFile, ResultsInput } from '../results/index.js';
import { MESSAGES } from './messages.js';
import type { Narrator } from './narrator.js';

/**
 * Draws every chart as `charts/<id>.vl.json` (Vega-Lite with inline data), `.svg` and `.png`, and
 * returns those files with the charts for report.html. A chart that cannot be drawn is left out with
 * a warning: the data files are complete without it.
 */
export async function chartFiles(input: ResultsInput, summary: ExperimentSummary, narrator: Narrator): Promise<{ files: OutputFile[]; charts: ReportChart[] }> {
  const files: OutputFile[] = [];
  const drawn: ReportChart[] = [];
  for (const plan of chartPlans(input, summary)) {
    try {
      const spec = plan.spec();
      const svg = await renderSvg(spec);
      const png = renderPng(svg);
      files.push([`charts/${plan.id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`], [`charts/${plan.id}.svg`, svg], [`charts/${plan.id}.png`, png]);
      drawn.push({ id: plan.id, title: plan.title, caption: plan.caption, spec, svg, ...(plan.key === true ? { key: true } : {}) });
    } catch (error) {
      narrator.warn(MESSAGES.chartFailed(plan.id, error instanceof Error ? error.message : String(error)));
    }
  }
  return { files, charts: drawn };
}
