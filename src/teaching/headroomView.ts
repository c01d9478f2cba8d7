import { element } from './dom.js';
import { HEADROOM } from './headlines.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { runSummary } from './summarizeRuns.js';
import { YOUR_SETTINGS } from './teachingChartSpec.js';

function percent(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 100)}%` : '–';
}

function cell(values: readonly number[]): HTMLTableCellElement {
  const { mean, min, max } = runSummary(values);
  const spread = values.length > 1 && Number.isFinite(min) ? [element('br'), element('span', { class: 'range', text: `runs: ${percent(min)} to ${percent(max)}` })] : [];
  return element('td', { class: 'num', 'data-value': String(mean) }, [percent(mean), ...spread]);
}

/** The headroom table: how much of each capacity the starting point and the slider settings used (mean of the runs, with the spread). */
export function headroomTable(startName: string, start: TeachingRuns, yours: TeachingRuns): HTMLTableElement {
  return element('table', { class: 'headline headroom', id: 'headroom-table' }, [
    element('caption', { text: 'Headroom: how much of the capacity was used. Near 100%, any extra demand or a few leavers turn into a queue.' }),
    element('thead', {}, [element('tr', {}, [
      element('th', { scope: 'col', text: 'Capacity' }), element('th', { scope: 'col', class: 'num', text: startName }), element('th', { scope: 'col', class: 'num', text: YOUR_SETTINGS }),
    ])]),
    element('tbody', {}, HEADROOM.map((h) => element('tr', { 'data-metric': h.id }, [
      element('th', { scope: 'row', text: h.label }), cell(start.scalars[h.id]), cell(yours.scalars[h.id]),
    ]))),
  ]);
}
