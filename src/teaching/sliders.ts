import type { Scenario } from '../scenario/index.js';

/** The scenario settings a trainer can move on the teaching page. */
export type SliderId = 'posts' | 'turnover' | 'agencyCover' | 'caseloadCap' | 'linking';

/** One slider: its plain-language label and hint, its range in slider units, and how it reads and writes a scenario. */
export interface SliderDefinition {
  readonly id: SliderId;
  /** Short label, e.g. 'Social workers'. */
  readonly label: string;
  /** One or two sentences on what the setting means in the model. */
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The scenario's value in slider units (percent for shares), not rounded to the step. */
  read(scenario: Scenario): number;
  /** A copy of the scenario with this slider's value (slider units) written in; the input is not changed. */
  write(scenario: Scenario, value: number): Scenario;
  /** The value with its unit, e.g. '77 posts' or '25% a year'. */
  format(value: number): string;
}

/** Slider positions by slider id, in slider units. */
export type SliderPositions = Record<SliderId, number>;

const workforce = (s: Scenario, patch: Partial<Scenario['workforce']>): Scenario => ({ ...s, workforce: { ...s.workforce, ...patch } });

/** The sliders in display order. Shares are shown in percent. */
export const SLIDERS: readonly SliderDefinition[] = [
  {
    id: 'posts', label: 'Social workers', min: 30, max: 130, step: 1,
    hint: 'Funded posts for social workers who hold cases. Fewer posts means more children for each worker and a longer queue for allocation.',
    read: (s) => s.workforce.posts,
    write: (s, v) => workforce(s, { posts: v }),
    format: (v) => `${v} posts`,
  },
  {
    id: 'turnover', label: 'Staff turnover', min: 0, max: 60, step: 1,
    hint: 'Share of permanent social workers who leave in a year. A leaver’s children need a new worker, and the post stays empty until it is filled.',
    read: (s) => s.workforce.permanent.turnoverPerYear * 100,
    write: (s, v) => workforce(s, { permanent: { ...s.workforce.permanent, turnoverPerYear: v / 100 } }),
    format: (v) => `${v}% a year`,
  },
  {
    id: 'agencyCover', label: 'Agency cover of empty posts', min: 0, max: 100, step: 5,
    hint: 'Chance that an empty post is covered by an agency social worker while it is recruited to; it also sets how many empty posts have agency cover at the start. Agency cover keeps caseloads down, but agency workers move on after a few months, so children change worker more often.',
    read: (s) => s.workforce.agency.coverProbability * 100,
    // Agency workers fill this share of the posts that are not filled by permanent staff at the start.
    write: (s, v) => workforce(s, {
      agency: { ...s.workforce.agency, coverProbability: v / 100 },
      initialAgencyShare: (v / 100) * (1 - s.workforce.initialPermanentShare),
    }),
    format: (v) => `${v}% of empty posts`,
  },
  {
    id: 'caseloadCap', label: 'Caseload cap', min: 8, max: 30, step: 1,
    hint: 'Most children a social worker may hold at once. A low cap protects time for each child; when every worker is at the cap, new referrals wait unallocated.',
    read: (s) => s.workforce.caseloadCap,
    write: (s, v) => workforce(s, { caseloadCap: v }),
    format: (v) => `${v} children each`,
  },
  {
    id: 'linking', label: 'Linking of repeat contacts', min: 0, max: 100, step: 5,
    hint: 'Chance that screening finds earlier contacts about the same child and reads them together. Contacts judged one at a time can hide a pattern of worries (a missed chance).',
    read: (s) => s.screening.linking.probability * 100,
    write: (s, v) => ({ ...s, screening: { ...s.screening, linking: { ...s.screening.linking, probability: v / 100 } } }),
    format: (v) => `${v}% of repeat contacts`,
  },
];

/** A slider's position for a value: rounded to the nearest step and kept inside the slider's range. */
export function snapToSlider(slider: SliderDefinition, value: number): number {
  const snapped = slider.min + Math.round((value - slider.min) / slider.step) * slider.step;
  return Math.min(slider.max, Math.max(slider.min, snapped));
}

/** Where each slider sits for a scenario (values off the slider's steps or range are snapped to the nearest position). */
export function sliderPositions(scenario: Scenario): SliderPositions {
  return Object.fromEntries(SLIDERS.map((s) => [s.id, snapToSlider(s, s.read(scenario))])) as SliderPositions;
}

/**
 * The starting scenario with every moved slider written in. A slider still at the starting position
 * leaves the scenario's own value untouched, so sliders that were not moved change nothing, even
 * when the scenario's value lies between two slider steps.
 */
export function applySliders(start: Scenario, positions: SliderPositions): Scenario {
  const initial = sliderPositions(start);
  return SLIDERS.reduce((scenario, slider) => {
    const position = positions[slider.id];
    return position === initial[slider.id] ? scenario : slider.write(scenario, position);
  }, start);
}
