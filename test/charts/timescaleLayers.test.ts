import { describe, expect, it } from 'vitest';
import { delayCurveSpec, delayHistogramSpec, timescaleLabel } from '../../src/charts/index.js';
import { renderSvg } from '../../src/report/index.js';
import { CHILD_SEEN, delayCurveInput, delayHistogramInput } from './fixtures.js';

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('timescaleLabel(timescale)', () => {
  it('names statutory timescales and local standards, with who they apply to and singular days', () => {
    expect(timescaleLabel({ workingDays: 45, kind: 'statutory' })).toBe('Statutory timescale: 45 working days');
    expect(timescaleLabel({ workingDays: 1, kind: 'local', appliesTo: 'child protection' })).toBe('Local standard (child protection): 1 working day');
  });
});

describe('timescale rules', () => {
  // Each label is drawn twice (a white halo, then the text); a datum mark in a layer with data would
  // otherwise be repeated once per data row.
  it('draws each timescale label once per plot, not once per data row', async () => {
    const svg = await renderSvg(delayCurveSpec(delayCurveInput()));
    expect(count(svg, '>Statutory timescale: 45 working days<')).toBe(2);
  });

  it('draws the label once in each scenario panel of a histogram', async () => {
    const svg = await renderSvg(delayHistogramSpec(delayHistogramInput()));
    expect(count(svg, '>Statutory timescale: 45 working days<')).toBe(4);
  });

  it('draws one dashed rule per timescale and none without a timescale', async () => {
    const two = await renderSvg(delayCurveSpec(delayCurveInput(CHILD_SEEN)));
    const none = await renderSvg(delayCurveSpec(delayCurveInput({ id: 'referral-to-allocation', label: 'Referral → allocation', timescales: [] })));
    expect(count(two, 'stroke-dasharray="6,4"')).toBe(2);
    expect(count(none, 'stroke-dasharray="6,4"')).toBe(0);
  });
});
