import type { LayerChild } from './specTypes.js';
import type { Timescale } from './delayTypes.js';
import { ANNOTATION_COLOUR } from './theme.js';

/** Text drawn beside a timescale rule, e.g. 'Statutory timescale: 45 working days'. */
export function timescaleLabel(timescale: Timescale): string {
  const days = `${timescale.workingDays} working ${timescale.workingDays === 1 ? 'day' : 'days'}`;
  const kind = timescale.kind === 'statutory' ? 'Statutory timescale' : 'Local standard';
  const who = timescale.appliesTo === undefined ? '' : ` (${timescale.appliesTo})`;
  return `${kind}${who}: ${days}`;
}

/**
 * Layers drawing each timescale as a dashed vertical rule on a working-days x axis, labelled at the
 * top of the plot; labels are stacked so two nearby timescales stay readable, and a label sits left
 * of its rule when the rule is in the right half of the axis (`xMaxWorkingDays`). In a faceted chart,
 * pass the facet fields as `facetFields` so each panel gets its rule once. Empty input gives [].
 */
export function timescaleLayers(timescales: readonly Timescale[], xMaxWorkingDays: number, facetFields: readonly string[] = []): LayerChild[] {
  // Collapse the chart's rows to one per panel: a datum-only mark is otherwise drawn once per row.
  const transform = [{ aggregate: [{ op: 'count' as const, as: 'rows' }], groupby: [...facetFields] }];
  return timescales.flatMap((timescale, index): LayerChild[] => {
    const x = { datum: timescale.workingDays, type: 'quantitative' } as const;
    const rightHalf = timescale.workingDays > xMaxWorkingDays / 2;
    const text = {
      type: 'text',
      text: timescaleLabel(timescale),
      align: rightHalf ? 'right' : 'left',
      baseline: 'top',
      dx: rightHalf ? -5 : 5,
      dy: 4 + index * 16,
      fontSize: 11,
    } as const;
    return [
      { transform, mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { x } },
      // A white halo first, so the label stays legible where it crosses a line or band.
      { transform, mark: { ...text, color: 'white', stroke: 'white', strokeWidth: 4, strokeJoin: 'round' }, encoding: { x, y: { value: 0 } } },
      { transform, mark: { ...text, color: ANNOTATION_COLOUR }, encoding: { x, y: { value: 0 } } },
    ];
  });
}
