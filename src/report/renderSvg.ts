import { View, parse, resetSVGDefIds } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileChecked } from '../charts/index.js';

// Vega numbers gradients and clip paths with module-level counters; renders are queued one at a time
// and the counters reset before each, so the same spec always gives the same SVG text.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a Vega-Lite spec to an SVG string headlessly (no DOM, no canvas; text widths are estimated).
 * Throws if the spec compiles with any warning (see `compileChecked`). The same spec gives identical SVG.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compileChecked(spec);
  const render = async (): Promise<string> => {
    resetSVGDefIds();
    const view = new View(parse(vegaSpec), { renderer: 'none' });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
  const result = queue.then(render, render);
  queue = result.catch(() => undefined);
  return result;
}
