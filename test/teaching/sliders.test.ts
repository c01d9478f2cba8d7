import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLIDERS, applySliders, sliderPositions, snapToSlider } from '../../src/teaching/index.js';
import type { SliderDefinition, SliderPositions } from '../../src/teaching/index.js';
import { ScenarioSchema } from '../../src/scenario/index.js';
import { shippedScenario } from './solihullScenarios.js';

const s2022 = shippedScenario('solihull-2022.yaml');
const s2024 = shippedScenario('solihull-2024.yaml');

function slider(id: string): SliderDefinition {
  const found = SLIDERS.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no slider ${id}`);
  return found;
}

describe('sliderPositions(scenario)', () => {
  it('reads a scenario\'s settings in slider units (percent for shares)', () => {
    const written = {
      ...s2024,
      screening: { ...s2024.screening, linking: { ...s2024.screening.linking, probability: 0.2 } },
      workforce: {
        ...s2024.workforce, posts: 77, caseloadCap: 18,
        permanent: { ...s2024.workforce.permanent, turnoverPerYear: 0.25 },
        agency: { ...s2024.workforce.agency, coverProbability: 0.8 },
      },
    };
    expect(sliderPositions(written)).toEqual({ posts: 77, turnover: 25, agencyCover: 80, caseloadCap: 18, linking: 20 });
  });

  it('puts every slider of both shipped scenarios inside its range, so the starting point can be shown', () => {
    for (const scenario of [s2022, s2024]) {
      for (const s of SLIDERS) {
        expect(s.read(scenario)).toBeGreaterThanOrEqual(s.min);
        expect(s.read(scenario)).toBeLessThanOrEqual(s.max);
      }
    }
  });
});

describe('snapToSlider(slider, value)', () => {
  it('rounds to the nearest step and clamps to the range', () => {
    const linking = slider('linking');
    expect(snapToSlider(linking, 22.4)).toBe(20);
    expect(snapToSlider(linking, 23)).toBe(25);
    expect(snapToSlider(linking, 140)).toBe(100);
    expect(snapToSlider(linking, -3)).toBe(0);
  });
});

describe('applySliders(start, positions)', () => {
  it('gives back the starting scenario unchanged when no slider moved', () => {
    for (const scenario of [s2022, s2024]) expect(applySliders(scenario, sliderPositions(scenario))).toEqual(scenario);
  });

  it('keeps a value that lies between slider steps when that slider did not move', () => {
    const offStep = { ...s2024, screening: { ...s2024.screening, linking: { ...s2024.screening.linking, probability: 0.82 } } };
    const moved = applySliders(offStep, { ...sliderPositions(offStep), posts: 60 });
    expect(moved.screening.linking.probability).toBe(0.82);
    expect(moved.workforce.posts).toBe(60);
  });

  it('writes each moved slider to its scenario key without changing the input', () => {
    const before = structuredClone(s2022);
    // Agency cover stays at the starting position, so the agency settings must come back untouched.
    const moved = applySliders(s2022, { ...sliderPositions(s2022), posts: 90, turnover: 10, caseloadCap: 12, linking: 65 });
    expect(moved.workforce.posts).toBe(90);
    expect(moved.workforce.permanent.turnoverPerYear).toBeCloseTo(0.1, 12);
    expect(moved.workforce.caseloadCap).toBe(12);
    expect(moved.screening.linking.probability).toBeCloseTo(0.65, 12);
    expect(moved.workforce.agency).toEqual(s2022.workforce.agency);
    expect(s2022).toEqual(before);
  });

  it('moves agency cover of empty posts and the agency share at the start together: cover × the posts not filled by permanent staff', () => {
    const moved = applySliders(s2022, { ...sliderPositions(s2022), agencyCover: 40 });
    expect(moved.workforce.agency.coverProbability).toBeCloseTo(0.4, 12);
    // Solihull 2022 starts with 75% of posts filled by permanent staff (initialPermanentShare), so 40% of the other 25%.
    expect(moved.workforce.initialAgencyShare).toBeCloseTo(0.4 * (1 - 0.75), 12);
  });

  it('gives a valid scenario for any slider positions (fast-check, seeded)', () => {
    const position = (s: SliderDefinition) => fc.integer({ min: 0, max: Math.round((s.max - s.min) / s.step) }).map((k) => s.min + k * s.step);
    const positions = fc.record(Object.fromEntries(SLIDERS.map((s) => [s.id, position(s)])) as { [K in keyof SliderPositions]: fc.Arbitrary<number> });
    fc.assert(
      fc.property(fc.constantFrom(s2022, s2024), positions, (start, p) => {
        const result = ScenarioSchema.safeParse(applySliders(start, p));
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      { seed: 2024, numRuns: 200 },
    );
  });
});
