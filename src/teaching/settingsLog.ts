import { element } from './dom.js';
import { HEADLINES, formatHeadline } from './headlines.js';
import type { HeadlineId } from './headlines.js';
import { SLIDERS } from './sliders.js';
import type { SliderPositions } from './sliders.js';
import { runSummary } from './summarizeRuns.js';
import type { TeachingRuns } from './runTeachingJob.js';

/** One setting tried on the page: the starting point, the runs, the slider positions and the mean headline numbers. */
export interface LogEntry {
  readonly start: string;
  readonly runs: number;
  readonly positions: SliderPositions;
  readonly results: TeachingRuns;
}

/** Short column names for the log, which has many columns. */
const SHORT: Record<HeadlineId, string> = {
  unallocatedMean: 'Waiting for a social worker', 'referralToAssessment.withinTarget': 'Assessments within 45 working days',
  missedChancesPerYear: 'Missed chances a year', workerChangesMean: 'Changes of worker',
};

function quoteCsv(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The log as CSV: one row per setting tried, slider values in slider units, headline numbers as shown (shares in %). */
export function settingsLogCsv(entries: readonly LogEntry[]): string {
  const header = ['try', 'starting point', 'runs', ...SLIDERS.map((s) => s.label), ...HEADLINES.map((h) => h.label)];
  const rows = entries.map((e, i) => [
    String(i + 1), e.start, String(e.runs), ...SLIDERS.map((s) => String(e.positions[s.id])),
    ...HEADLINES.map((h) => {
      const { mean } = runSummary(e.results.scalars[h.id]);
      return Number.isFinite(mean) ? (h.share ? (mean * 100).toFixed(h.decimals) : mean.toFixed(h.decimals)) : '';
    }),
  ]);
  return `${[header, ...rows].map((r) => r.map(quoteCsv).join(',')).join('\n')}\n`;
}

/** The log of settings tried: a table that grows with each run, and a link that downloads it as CSV. */
export interface SettingsLogView {
  readonly root: HTMLElement;
  add(entry: LogEntry): void;
}

/** Builds the log panel (empty until the first run finishes). */
export function settingsLogView(): SettingsLogView {
  const entries: LogEntry[] = [];
  const body = element('tbody');
  const download = element('a', { id: 'log-download', class: 'button', download: 'frontdoor-settings-tried.csv', href: '#', text: 'Download the log as CSV' });
  const root = element('section', { class: 'log', id: 'settings-log', 'aria-labelledby': 'log-title' }, [
    element('h2', { id: 'log-title', text: 'Settings tried' }),
    // Its own scroll box: with many sliders the log is wider than a 1024-pixel projector, and the page must not scroll sideways.
    element('div', { class: 'log-scroll' }, [element('table', { class: 'log-table' }, [
      element('thead', {}, [element('tr', {}, [
        element('th', { scope: 'col', text: '#' }), element('th', { scope: 'col', text: 'Starting point' }), element('th', { scope: 'col', class: 'num', text: 'Runs' }),
        ...SLIDERS.map((s) => element('th', { scope: 'col', class: 'num', text: s.label })),
        ...HEADLINES.map((h) => element('th', { scope: 'col', class: 'num', title: h.label, text: SHORT[h.id] ?? h.label })),
      ])]),
      body,
    ])]),
    download,
  ]);
  return {
    root,
    add(entry) {
      entries.push(entry);
      body.append(element('tr', {}, [
        element('td', { text: String(entries.length) }), element('td', { text: entry.start }), element('td', { class: 'num', text: String(entry.runs) }),
        ...SLIDERS.map((s) => element('td', { class: 'num', text: s.format(entry.positions[s.id]) })),
        ...HEADLINES.map((h) => element('td', { class: 'num', text: formatHeadline(h, runSummary(entry.results.scalars[h.id]).mean) })),
      ]));
      download.setAttribute('href', `data:text/csv;charset=utf-8,${encodeURIComponent(settingsLogCsv(entries))}`);
    },
  };
}
