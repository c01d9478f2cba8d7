import { element } from './dom.js';
import { HEADLINES, describeChange, formatHeadline } from './headlines.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { runSummary } from './summarizeRuns.js';
import { YOUR_SETTINGS } from './teachingChartSpec.js';

function valueCell(values: readonly number[], format: (value: number) => string): HTMLTableCellElement {
  const { mean, min, max } = runSummary(values);
  const range = values.length > 1 && Number.isFinite(min) ? [element('br'), element('span', { class: 'range', text: `runs: ${format(min)} to ${format(max)}` })] : [];
  return element('td', { class: 'num', 'data-value': String(mean) }, [format(mean), ...range]);
}

/**
 * The headline table: each number for the starting point and for the slider settings (mean of the
 * runs, with the lowest and highest run), and the change with its verdict in words, not colour alone.
 */
export function headlineView(startName: string, start: TeachingRuns, yours: TeachingRuns): HTMLTableElement {
  const runs = HEADLINES[0] === undefined ? 0 : start.scalars[HEADLINES[0].id].length;
  const rows = HEADLINES.map((h) => {
    const format = (value: number): string => formatHeadline(h, value);
    const change = describeChange(h, start.scalars[h.id], yours.scalars[h.id]);
    const arrow = change.text.startsWith('+') ? '▲ ' : change.text.startsWith('−') ? '▼ ' : '';
    return element('tr', { 'data-metric': h.id }, [
      element('th', { scope: 'row', text: h.label }),
      valueCell(start.scalars[h.id], format),
      valueCell(yours.scalars[h.id], format),
      element('td', { class: `change ${change.verdict}`, 'data-verdict': change.verdict, text: `${arrow}${change.text}` }),
    ]);
  });
  return element('table', { class: 'headline', id: 'headline-table' }, [
    element('caption', { text: `Mean of ${runs} simulated ${runs === 1 ? 'run' : 'runs'} for each setting, with the lowest and highest run in small print.` }),
    element('thead', {}, [element('tr', {}, [
      element('th', { scope: 'col', text: 'Measure' }),
      element('th', { scope: 'col', class: 'num', text: startName }),
      element('th', { scope: 'col', class: 'num', text: YOUR_SETTINGS }),
      element('th', { scope: 'col', text: 'Change' }),
    ])]),
    element('tbody', {}, rows),
  ]);
}
