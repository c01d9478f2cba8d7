import type { Config } from 'vega-lite';

/** The `$schema` every spec carries (Vega-Lite 6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Font of every chart; the PNG renderer loads the same family from `dejavu-fonts-ttf`, so SVG and PNG agree. */
export const FONT_FAMILY = 'DejaVu Sans';

/**
 * Scenario colours in run order: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
 * safe for the common colour-vision deficiencies; yellow is left out because it is unreadable on white.
 */
export const SCENARIO_PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];

/** Colours for series that are not scenarios (e.g. sweep factors): the same palette starting past the first two scenario colours. */
export const SERIES_PALETTE: readonly string[] = ['#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#0072B2', '#E69F00'];

/** Colours for verdicts on a change: improvement, deterioration, no clear change. */
export const VERDICT_COLOURS = { better: '#0072B2', worse: '#D55E00', unclear: '#7f7f7f' } as const;

/** Ink for rules and annotations (timescales, zero lines). */
export const ANNOTATION_COLOUR = '#333333';

/** Default plot width in pixels for single-panel charts (the axes and title add to it). */
export const PLOT_WIDTH = 560;
/** Default plot height in pixels for single-panel charts. */
export const PLOT_HEIGHT = 300;

/** Title text size in pixels. */
export const TITLE_FONT_PX = 15;
/** Subtitle text size in pixels. */
export const SUBTITLE_FONT_PX = 12;

/** The shared Vega-Lite config: font, sizes, legends below the plot so they never cover data. */
export const chartConfig: Config = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 12,
  title: { fontSize: TITLE_FONT_PX, fontWeight: 'bold', anchor: 'start', subtitleFontSize: SUBTITLE_FONT_PX, subtitleColor: '#444444', offset: 12 },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelColor: '#222222',
    titleColor: '#222222',
    gridColor: '#e4e4e4',
    labelLimit: 320,
  },
  legend: {
    orient: 'bottom',
    direction: 'horizontal',
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelLimit: 320,
    titleLimit: 320,
    symbolStrokeWidth: 3,
  },
  header: { labelFontSize: 12, titleFontSize: 12, labelFontWeight: 'bold' },
  view: { stroke: '#cccccc' },
};

/**
 * Colour scale that gives each scenario its palette colour by run order, so a scenario looks the same
 * in every chart. Throws on an empty list, duplicates, or more scenarios than the palette holds.
 */
export function scenarioColorScale(scenarios: readonly string[]): { domain: string[]; range: string[] } {
  if (scenarios.length === 0) throw new RangeError('scenarioColorScale: scenarios must not be empty');
  if (new Set(scenarios).size !== scenarios.length) {
    throw new RangeError(`scenarioColorScale: duplicate scenario names in ${JSON.stringify(scenarios)}`);
  }
  if (scenarios.length > SCENARIO_PALETTE.length) {
    throw new RangeError(`scenarioColorScale: ${scenarios.length} scenarios, but the palette has ${SCENARIO_PALETTE.length} colours`);
  }
  return { domain: [...scenarios], range: SCENARIO_PALETTE.slice(0, scenarios.length) };
}
