import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild, UnitEncoding } from './specTypes.js';
import type { JourneyEventKind, JourneyTimelineInput } from './journeyTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { journeyLanes } from './journeyLanes.js';
import { SUBTITLE_FONT_PX, TITLE_FONT_PX, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { wrapText } from './wrapText.js';

const PLOT_WIDTH_PX = 760;
const LANE_PX = 19;
const LABEL_FONT_PX = 10;
/** Estimated width of one label character at LABEL_FONT_PX in DejaVu Sans (measured labels average about 0.5 em; 0.56 leaves a margin). */
const CHAR_PX = 5.6;
/** Room for the point and the gap before its label, in pixels. */
const MARK_PX = 14;
const DAY_MS = 86_400_000;

/** Kinds of event grouped for the point's shape, in legend order. */
const GROUPS = ['Contact', 'Front-door decision', 'Social worker', 'Assessment and plan', 'Case closed'] as const;
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross'];
const GROUP_OF: Record<JourneyEventKind, (typeof GROUPS)[number]> = {
  notice: 'Contact', contact: 'Contact', information: 'Front-door decision', linked: 'Front-door decision',
  notLinked: 'Front-door decision', decision: 'Front-door decision', referral: 'Front-door decision', strategy: 'Front-door decision',
  heldOnDuty: 'Social worker', allocation: 'Social worker', workerChange: 'Social worker', workerLeaves: 'Social worker',
  transfer: 'Social worker', seen: 'Assessment and plan', enquiry: 'Assessment and plan', assessment: 'Assessment and plan',
  conference: 'Assessment and plan', plan: 'Assessment and plan', closure: 'Case closed', other: 'Front-door decision',
};

/** What the dashed line marks. */
const MEASURED_TEXT = 'The measured period begins; before it, the warm-up, not counted';

/** The lane that holds the waits for a social worker (a wait for the front door's own step goes in its lane). */
const WAIT_GROUP: (typeof GROUPS)[number] = 'Social worker';
/** Room left of each row that the lane names take (bold, right-aligned before the plot), in pixels. */
const LANE_NAME_PX = 130;
/**
 * Characters per subtitle line. Headless Vega estimates a text's width as 0.8 em a character (DejaVu
 * Sans averages about 0.55), and a line wider than the chart by that estimate widens the whole
 * picture with blank space on the right; lines are wrapped to the lane names and the plot.
 */
const SUBTITLE_CHARS = Math.floor((LANE_NAME_PX + PLOT_WIDTH_PX) / (0.8 * SUBTITLE_FONT_PX));
/** Characters per title line, likewise (long scenario names). */
const TITLE_CHARS = Math.floor((LANE_NAME_PX + PLOT_WIDTH_PX) / (0.8 * TITLE_FONT_PX));

function dayNumber(iso: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`journeyTimelineSpec: dates must be ISO YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return ms / DAY_MS;
}

function labelPx(label: string): number {
  return MARK_PX + label.length * CHAR_PX;
}

function names(scenarios: readonly string[]): string {
  if (scenarios.length <= 1) return scenarios.join('');
  return `${scenarios.slice(0, -1).join(', ')} and ${scenarios[scenarios.length - 1] ?? ''}`;
}

/** The time axis: from just before the first item to far enough after the last that every label fits. */
function timeDomain(items: readonly { start: number; end: number; px: number }[]): { t0: number; span: number } {
  const first = Math.min(...items.map((i) => i.start));
  const last = Math.max(...items.map((i) => i.end));
  const pad = Math.max(2, 0.02 * (last - first));
  const t0 = first - pad;
  // A label of w pixels starting at x fits when (x − t0) + w·span/W ≤ span, i.e. span ≥ (x − t0) / (1 − w/W).
  const span = Math.max(7, last - t0 + pad, ...items.map((i) => (i.start - t0) / Math.max(0.2, 1 - i.px / PLOT_WIDTH_PX)));
  return { t0, span };
}

/**
 * One child's journey as a timeline, one row per scenario (in run order, in the scenario's colour): a
 * point per event with a short label, and a translucent bar per wait (e.g. referral → allocation)
 * labelled with its length, so delays show as length. Each row has one lane per kind of event (contact,
 * front-door decision, social worker, assessment and plan, closure; a kind no row has is left out),
 * named at the left; labels that would overlap inside a lane take extra sub-rows.
 * Throws on a scenario missing from `scenarios`, a malformed date, or a journey with no events.
 */
export function journeyTimelineSpec(input: JourneyTimelineInput): TopLevelSpec {
  assertScenarios('journeyTimelineSpec', input.scenarios, [...input.events, ...input.waits].map((e) => e.scenario));
  if (input.events.length === 0) throw new RangeError('journeyTimelineSpec: events must not be empty');
  const raw = [
    ...input.waits.map((w) => ({ type: 'wait' as const, scenario: w.scenario, start: dayNumber(w.start), end: dayNumber(w.end), px: labelPx(w.label), w })),
    ...input.events.map((e) => ({ type: 'event' as const, scenario: e.scenario, start: dayNumber(e.date), end: dayNumber(e.date), px: labelPx(e.label), e })),
  ];
  const { t0, span } = timeDomain(raw);
  // Lanes of a kind no scenario has (a child never referred has no social worker) are left out.
  const groupOf = (r: (typeof raw)[number]) => (r.type === 'wait' ? (r.w.awaiting === 'frontDoor' ? 'Front-door decision' : WAIT_GROUP) : GROUP_OF[r.e.kind]);
  const groups = GROUPS.filter((g) => raw.some((r) => groupOf(r) === g));
  // The legend names the shapes drawn: a lane holding only a wait (a referral never allocated) has none.
  const drawn = GROUPS.filter((g) => raw.some((r) => r.type === 'event' && groupOf(r) === g));
  const shapes = drawn.map((g) => SHAPES[GROUPS.indexOf(g)] ?? 'circle');
  const dayPx = PLOT_WIDTH_PX / span;
  const values: Record<string, string | number>[] = [];
  const laneCounts = new Map<string, number>();
  for (const scenario of input.scenarios) {
    // One lane per kind of event (contacts, decisions, social worker, assessment and plan, closure), in
    // the same order in every row; inside a lane, labels that would overlap take extra sub-rows.
    // Sorted by start, waits before events on the same day: greedy sub-rows are then as few as possible.
    const items = raw.filter((r) => r.scenario === scenario).sort((a, b) => a.start - b.start || (a.type === b.type ? 0 : a.type === 'wait' ? -1 : 1));
    let offset = 0;
    for (const group of groups) {
      const inGroup = items.filter((r) => groupOf(r) === group);
      const lanes = journeyLanes(inGroup.map((r) => ({ start: r.start - 5 / dayPx, end: Math.max(r.end, r.start + r.px / dayPx) })), 4 / dayPx);
      const count = Math.max(1, ...lanes.map((l) => l + 1));
      values.push({ item: 'laneLabel', scenario, lane: offset, date: '', end: '', label: group, text: group, group });
      if (offset > 0) values.push({ item: 'laneRule', scenario, lane: offset - 0.5, date: '', end: '', label: '', text: '', group });
      inGroup.forEach((r, i) => {
        const lane = offset + (lanes[i] ?? 0);
        if (r.type === 'wait') values.push({ item: 'wait', scenario, lane, date: r.w.start, end: r.w.end, label: r.w.label, text: r.w.label, group: '' });
        else values.push({ item: 'event', scenario, lane, date: r.e.date, end: r.e.date, label: r.e.label, text: r.e.text, group: GROUP_OF[r.e.kind] });
      });
      offset += count;
    }
    laneCounts.set(scenario, offset);
    // The start of the measured period, where the journey crosses it: events before it fall in the warm-up.
    const from = input.measuredFrom?.find((m) => m.scenario === scenario)?.date;
    if (from !== undefined && dayNumber(from) > t0 && dayNumber(from) < t0 + span) {
      values.push({ item: 'measured', scenario, lane: 0, date: from, end: from, label: '', text: MEASURED_TEXT, group: '' });
    }
  }
  const marksMeasured = values.some((v) => v['item'] === 'measured');
  const colour = scenarioColorScale(input.scenarios);
  const color: UnitEncoding['color'] = { field: 'scenario', type: 'nominal', scale: colour, legend: null };
  const rows = input.scenarios.map((scenario, index) => {
    const lanes = laneCounts.get(scenario) ?? 1;
    const last = index === input.scenarios.length - 1;
    // The domain is set once per row (layers share the scale; repeating it, or setting it beside x2, makes Vega-Lite 6 warn of a conflict).
    const x: UnitEncoding['x'] = { field: 'date', type: 'temporal', scale: { type: 'utc' } };
    const xWithAxis: UnitEncoding['x'] = {
      ...x, title: last ? 'Date' : null,
      scale: { type: 'utc', domain: [Math.round(t0) * DAY_MS, Math.round(t0 + span) * DAY_MS] },
      axis: { format: '%d %b %Y', labelOverlap: true, tickCount: 8 },
    };
    const y: UnitEncoding['y'] = { field: 'lane', type: 'quantitative', axis: null, scale: { domain: [-0.6, lanes - 0.4], reverse: true, zero: false, nice: false } };
    const only = (item: string): NonNullable<LayerChild['transform']> => [{ filter: { field: 'scenario', equal: scenario } }, { filter: { field: 'item', equal: item } }];
    const text = { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, fontSize: LABEL_FONT_PX, color: '#222222' };
    // The measured period's start first, so the labels read over it.
    const layer: LayerChild[] = [
      ...(marksMeasured ? [{
        transform: only('measured'),
        mark: { type: 'rule' as const, color: '#555555', strokeWidth: 1.5, strokeDash: [5, 3] },
        encoding: { x, tooltip: [{ field: 'text', title: 'Run' }] },
      }] : []),
      { transform: only('wait'), mark: { type: 'rule', strokeWidth: 13, opacity: 0.3, strokeCap: 'butt' }, encoding: { x, x2: { field: 'end' }, y, color } },
      { transform: only('wait'), mark: { ...text, dx: 3, fontStyle: 'italic' }, encoding: { x, y, text: { field: 'label' } } },
      {
        transform: only('event'),
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          x: xWithAxis, y, color,
          shape: { field: 'group', type: 'nominal', title: 'Kind of event', scale: { domain: drawn, range: shapes } },
          tooltip: [{ field: 'date', title: 'Date', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' }, { field: 'text', title: 'What happened' }],
        },
      },
      { transform: only('event'), mark: { ...text, dx: 8 }, encoding: { x, y, text: { field: 'label' } } },
      { transform: only('laneLabel'), mark: { ...text, align: 'right', fontWeight: 'bold', color: '#555555' }, encoding: { x: { value: -8 }, y, text: { field: 'label' } } },
      { transform: only('laneRule'), mark: { type: 'rule', color: '#dddddd', strokeWidth: 1 }, encoding: { y } },
    ];
    return {
      title: { text: scenario, color: colour.range[index] ?? '#222222', fontSize: 13, anchor: 'start' as const, offset: 6 },
      width: PLOT_WIDTH_PX,
      height: lanes * LANE_PX,
      layer,
    };
  });
  const title = input.scenarios.length === 1 ? `Child ${input.child} in ${names(input.scenarios)}` : `Child ${input.child}: the same child in ${names(input.scenarios)}`;
  const subtitle = [
    'One lane per kind of event; points: the child\'s events as the model recorded them;',
    'bars: waits, in working days.',
    ...(input.scenarios.length > 1 ? ['The same seed, so the same child with the same needs in every scenario;', 'where the scenarios\' demand differs, the child comes to notice on another day.'] : []),
    ...(marksMeasured ? [`Dashed line: ${MEASURED_TEXT.charAt(0).toLowerCase()}${MEASURED_TEXT.slice(1)}.`] : []),
    ...(input.note === undefined ? [] : [input.note]),
  ].flatMap((line) => wrapText(line, SUBTITLE_CHARS));
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}: a timeline of events and waits, one row per scenario.`,
    title: { text: wrapText(title, TITLE_CHARS), subtitle },
    config: { ...chartConfig, legend: { ...chartConfig.legend, symbolStrokeWidth: 1, symbolFillColor: '#555555', symbolStrokeColor: '#555555' } },
    data: { values },
    vconcat: rows,
    spacing: 18,
    padding: 12,
    resolve: { scale: { x: 'independent', color: 'shared', shape: 'shared' } },
  };
}
