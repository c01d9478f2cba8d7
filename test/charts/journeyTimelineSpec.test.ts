import { describe, expect, it } from 'vitest';
import { compileChecked, journeyTimelineSpec } from '../../src/charts/index.js';
import { renderPng, renderSvg } from '../../src/report/index.js';
import type { JourneyEvent, JourneyTimelineInput } from '../../src/charts/index.js';
import { schemaErrors } from './vegaLiteSchema.js';

const A = 'solihull-2022';
const B = 'solihull-2024';

function ev(scenario: string, date: string, kind: JourneyEvent['kind'], label: string): JourneyEvent {
  return { scenario, date, kind, label, text: `${label}.` };
}

/** A child with three contacts, the third escalating, seen in two scenarios that part after the referral. */
function journeyInput(): JourneyTimelineInput {
  const front = (s: string): JourneyEvent[] => [
    ev(s, '2022-04-04', 'notice', 'Comes to notice'),
    ev(s, '2022-04-04', 'contact', 'Contact: family member'),
    ev(s, '2022-04-06', 'decision', 'Decision: no further action'),
    ev(s, '2022-05-10', 'contact', 'Contact: school'),
    ev(s, '2022-05-12', 'notLinked', '1 earlier not linked'),
    ev(s, '2022-05-12', 'decision', 'Decision: early help'),
    ev(s, '2022-06-20', 'contact', 'Contact: police'),
    ev(s, '2022-06-21', 'notLinked', '2 earlier not linked'),
    ev(s, '2022-06-21', 'referral', 'Decision: referral'),
  ];
  return {
    child: 7,
    scenarios: [A, B],
    events: [
      ...front(A),
      ev(A, '2022-08-15', 'allocation', 'Allocated: SW 014'),
      ev(A, '2022-08-30', 'seen', 'Child seen'),
      ev(A, '2022-10-03', 'assessment', 'Assessment complete'),
      ev(A, '2022-10-03', 'closure', 'Case closed: early help'),
      ...front(B),
      ev(B, '2022-06-28', 'allocation', 'Allocated: SW 003'),
      ev(B, '2022-07-01', 'seen', 'Child seen'),
      ev(B, '2022-07-25', 'workerLeaves', 'SW 003 leaves'),
      ev(B, '2022-08-04', 'workerChange', 'New social worker: SW 021'),
      ev(B, '2022-08-26', 'assessment', 'Assessment complete'),
      ev(B, '2022-08-26', 'plan', 'Child in need plan begins'),
    ],
    waits: [
      { scenario: A, start: '2022-06-21', end: '2022-08-15', label: 'Waiting for a social worker: 39 working days' },
      { scenario: B, start: '2022-06-21', end: '2022-06-28', label: 'Waiting for a social worker: 5 working days' },
      { scenario: B, start: '2022-07-25', end: '2022-08-04', label: 'Waiting for a new social worker: 8 working days' },
    ],
    note: 'An illustration of a pattern; it does not reproduce any real child\'s case.',
  };
}

describe('journeyTimelineSpec', () => {
  const spec = journeyTimelineSpec(journeyInput());

  it('validates against the Vega-Lite JSON schema', () => {
    expect(schemaErrors(spec)).toEqual([]);
  });

  it('compiles with no Vega-Lite warnings', () => {
    expect(() => compileChecked(spec)).not.toThrow();
  });

  it('renders to SVG with the plain-language title, both scenario names, event labels, wait labels and the axis title', async () => {
    const svg = await renderSvg(spec);
    for (const text of [
      'Child 7: the same child in solihull-2022 and solihull-2024', A, B, 'Contact: school', 'Contact: police', '2 earlier not linked',
      'Waiting for a social worker: 39 working days', 'New social worker: SW 021', 'Date', 'Kind of event',
      'An illustration of a pattern; it does not reproduce any real child\'s case.',
    ]) expect(svg).toContain(`>${text}<`);
  });

  it('gives each scenario its own row with as many lanes as its labels need, so no two labels in a row overlap', () => {
    const values = (spec.data as { values: { scenario: string; lane: number; date: string; label: string }[] }).values;
    for (const scenario of [A, B]) {
      const rows = values.filter((v) => v.scenario === scenario);
      expect(rows.length).toBeGreaterThan(0);
      // Same-day events cannot share a lane: their labels would be drawn on top of each other.
      const keys = rows.map((r) => `${r.date}|${r.lane}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('draws a single scenario with a title naming only it', async () => {
    const one = journeyInput();
    const svg = await renderSvg(journeyTimelineSpec({ ...one, scenarios: [A], events: one.events.filter((e) => e.scenario === A), waits: one.waits.filter((w) => w.scenario === A) }));
    expect(svg).toContain('>Child 7 in solihull-2022<');
    expect(svg).not.toContain(`>${B}<`);
  });

  it('wraps a long note instead of widening the picture with blank space on the right', async () => {
    const widthOf = async (note: string): Promise<number> => Number(/<svg[^>]* width="([\d.]+)"/.exec(await renderSvg(journeyTimelineSpec({ ...journeyInput(), note })))?.[1]);
    const short = await widthOf('An illustration.');
    // The note explain writes under a missed chance, 104 characters: on one line it made this picture 1,023 pixels wide, not 995.
    const long = await widthOf('An illustration of a pattern the national review described; it does not reproduce any real child\'s case.');
    expect(short).toBeGreaterThan(0);
    expect(long).toBe(short);
  });

  it('wraps a title made long by long scenario names instead of widening the picture', async () => {
    const renamed = (a: string, b: string): JourneyTimelineInput => {
      const input = journeyInput();
      const name = (s: string) => (s === A ? a : b);
      return { ...input, scenarios: [a, b], events: input.events.map((e) => ({ ...e, scenario: name(e.scenario) })), waits: input.waits.map((w) => ({ ...w, scenario: name(w.scenario) })) };
    };
    const widthOf = async (input: JourneyTimelineInput): Promise<number> => Number(/<svg[^>]* width="([\d.]+)"/.exec(await renderSvg(journeyTimelineSpec(input)))?.[1]);
    const long = 'a-scenario-with-a-long-descriptive-name-for-the-session';
    expect(await widthOf(renamed(`${long}-2022`, `${long}-2024`))).toBe(await widthOf(renamed('a', 'b')));
  });

  it('leaves out a kind of event no scenario has (a child never referred has no social-worker lane), in the lanes and the legend', () => {
    const input = journeyInput();
    const early = journeyTimelineSpec({ ...input, events: input.events.filter((e) => ['notice', 'contact', 'decision', 'notLinked'].includes(e.kind)), waits: [] });
    const values = (early as { data: { values: { item: string; label: string }[] } }).data.values;
    expect([...new Set(values.filter((v) => v.item === 'laneLabel').map((v) => v.label))]).toEqual(['Contact', 'Front-door decision']);
    expect(JSON.stringify(early)).toContain('"domain":["Contact","Front-door decision"],"range":["circle","square"]');
    // A referral never allocated: its wait keeps the social-worker lane, but no triangle is drawn, so the legend has none.
    const waiting = journeyTimelineSpec({ ...input, events: input.events.filter((e) => ['notice', 'contact', 'decision', 'notLinked', 'referral'].includes(e.kind)), waits: input.waits.slice(0, 1) });
    const waitingValues = (waiting as { data: { values: { item: string; label: string }[] } }).data.values;
    expect([...new Set(waitingValues.filter((v) => v.item === 'laneLabel').map((v) => v.label))]).toEqual(['Contact', 'Front-door decision', 'Social worker']);
    expect(JSON.stringify(waiting)).toContain('"domain":["Contact","Front-door decision"],"range":["circle","square"]');
    // The full journey keeps all five, in their order.
    const full = (spec as { data: { values: { item: string; label: string }[] } }).data.values;
    expect([...new Set(full.filter((v) => v.item === 'laneLabel').map((v) => v.label))]).toEqual(['Contact', 'Front-door decision', 'Social worker', 'Assessment and plan', 'Case closed']);
  });

  it('marks where the measured period begins in each row the journey crosses it, and says so in the subtitle; not where it lies outside', async () => {
    const input = { ...journeyInput(), measuredFrom: [{ scenario: A, date: '2022-07-01' }, { scenario: B, date: '2021-01-01' }] };
    const marked = journeyTimelineSpec(input);
    const values = (marked as { data: { values: { item: string; scenario: string; date: string }[] } }).data.values;
    // A's journey (April to October 2022) crosses 1 July; B's starts long after its warm-up ended.
    expect(values.filter((v) => v.item === 'measured').map((v) => [v.scenario, v.date])).toEqual([[A, '2022-07-01']]);
    expect(schemaErrors(marked)).toEqual([]);
    const svg = await renderSvg(marked);
    expect(svg).toContain('Dashed line: the measured period begins');
    expect(svg).toContain('stroke-dasharray="5,3"');
    // Without a crossing, neither the line nor its words.
    const unmarked = await renderSvg(journeyTimelineSpec({ ...input, measuredFrom: [{ scenario: A, date: '2021-01-01' }] }));
    expect(unmarked).not.toContain('Dashed line');
    expect(unmarked).not.toContain('stroke-dasharray="5,3"');
  });

  it('draws a wait for the front door\'s own step (a strategy discussion) in the front-door lane, not the social worker\'s', () => {
    const input = journeyInput();
    const waits = [{ scenario: A, start: '2022-06-21', end: '2022-08-15', label: 'Waiting for the strategy discussion: 39 working days', awaiting: 'frontDoor' as const }];
    const values = (journeyTimelineSpec({ ...input, waits }) as { data: { values: { item: string; scenario: string; lane: number; label: string; group: string }[] } }).data.values;
    const wait = values.find((v) => v.item === 'wait' && v.scenario === A);
    const labels = values.filter((v) => v.item === 'laneLabel' && v.scenario === A);
    const front = labels.find((l) => l.label === 'Front-door decision')?.lane ?? -1;
    const worker = labels.find((l) => l.label === 'Social worker')?.lane ?? -1;
    expect(front).toBeGreaterThanOrEqual(0);
    expect(wait?.lane).toBeGreaterThanOrEqual(front);
    expect(wait?.lane).toBeLessThan(worker);
  });

  it('throws on a scenario missing from the list, a malformed date, or no events', () => {
    const input = journeyInput();
    expect(() => journeyTimelineSpec({ ...input, scenarios: [A] })).toThrow(/solihull-2024/);
    expect(() => journeyTimelineSpec({ ...input, events: [ev(A, '4 April 2022', 'contact', 'x')] })).toThrow(/4 April 2022/);
    expect(() => journeyTimelineSpec({ ...input, events: [] })).toThrow(/events/);
  });

  it('rasterises to a PNG', async () => {
    const png = renderPng(await renderSvg(spec));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});
