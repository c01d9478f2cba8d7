import { describe, expect, it } from 'vitest';
import { caseloadHeatmapSpec, differenceSpec, fanChartSpec, renderSvg, staffingSpec, sweepSpec, workerChangesSpec } from '../../src/charts/index.js';
import { caseloadHeatmapInput, differenceInput, fanChartInput, staffingInput, sweepInput, workerChangesInput } from './fixtures.js';

const dataValues = (spec: unknown): Record<string, unknown>[] => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe('caseloadHeatmapSpec(input)', () => {
  it('orders workers by the first period they hold a caseload', () => {
    const spec = caseloadHeatmapSpec(caseloadHeatmapInput());
    const y = (spec as { layer: { encoding: { y: { sort: string[] } } }[] }).layer[0]?.encoding.y.sort;
    // Fixture starts: 001, 002, 004, 007 in week 0 (input order), 003 week 3, 008 week 5, 006 week 10, 005 week 12.
    expect(y).toEqual(['SW 001', 'SW 002', 'SW 004', 'SW 007', 'SW 003 (agency)', 'SW 008', 'SW 006 (agency)', 'SW 005']);
  });

  it('leaves vacant periods out (blank) and ends each cell one period after it starts', () => {
    const input = caseloadHeatmapInput();
    const values = dataValues(caseloadHeatmapSpec(input));
    expect(values.length).toBe(input.cells.filter((c) => c.caseload !== null).length);
    expect(values[0]).toMatchObject({ start: '2022-01-03', end: '2022-01-10' });
  });

  it('colours caseloads above the cap apart and names the cap in the title and legend', async () => {
    const svg = await renderSvg(caseloadHeatmapSpec(caseloadHeatmapInput()));
    expect(svg).toContain('fill="#D55E00"');
    expect(svg).toContain('>Above the cap (more than 18)<');
    expect(svg).toContain('Cap: 18 children');
  });

  it('throws on a cap or period length that is not positive', () => {
    expect(() => caseloadHeatmapSpec({ ...caseloadHeatmapInput(), cap: 0 })).toThrow(/cap/);
    expect(() => caseloadHeatmapSpec({ ...caseloadHeatmapInput(), periodDays: 0 })).toThrow(/periodDays/);
  });
});

describe('differenceSpec(input)', () => {
  it('says in words whether each change is better, worse or unclear, with its interval', async () => {
    const svg = await renderSvg(differenceSpec(differenceInput()));
    expect(svg).toContain('>Better: +12.4 percentage points (95% CI +9.8 to +15.1)<');
    expect(svg).toContain('>No clear change: −1.2 children (95% CI −3.9 to +1.4)<');
    expect(svg).toContain('>Worse: +2.1 social workers (95% CI +0.8 to +3.3)<');
  });
});

describe('workerChangesSpec(input)', () => {
  it('shows 0, 1, 2, 3 and 4+ changes in that order as text categories', () => {
    const values = dataValues(workerChangesSpec(workerChangesInput()));
    expect([...new Set(values.map((v) => v['changes']))]).toEqual(['0', '1', '2', '3', '4+']);
  });
});

describe('sweepSpec(input)', () => {
  it('uses series colours that are not the first scenario colours', () => {
    const spec = JSON.stringify(sweepSpec(sweepInput()));
    expect(spec).toContain('#009E73');
    expect(spec).not.toContain('#0072B2');
  });

  it('draws a single line without a legend when points carry no series', async () => {
    const svg = await renderSvg(sweepSpec(sweepInput(false)));
    expect(svg).not.toContain('role-legend');
  });
});

describe('dated charts', () => {
  it('render the same whatever the machine time zone (dates are read and labelled in UTC)', async () => {
    const saved = process.env['TZ'];
    try {
      const svgs: string[] = [];
      for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
        process.env['TZ'] = zone;
        const specs = [fanChartSpec(fanChartInput()), caseloadHeatmapSpec(caseloadHeatmapInput()), staffingSpec(staffingInput())];
        let svg = '';
        for (const spec of specs) svg += await renderSvg(spec);
        svgs.push(svg);
      }
      expect(new Date(Date.UTC(2022, 0, 3)).getHours()).not.toBe(0); // the zone change took effect (Los Angeles)
      expect(svgs[1]).toBe(svgs[0]);
      expect(svgs[2]).toBe(svgs[0]);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
