import type { UnitEncoding } from './specTypes.js';

/** A quantitative axis of a share from 0 to 100% (`field` holds fractions in [0, 1]). */
export function shareAxis(field: string, title: string): NonNullable<UnitEncoding['x']> & NonNullable<UnitEncoding['y']> {
  return { field, type: 'quantitative', title, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
}

/** Tooltip rows of shares, each a `[field, title]` shown as a percentage with one decimal. */
export function shareTooltip(rows: readonly (readonly [field: string, title: string])[]): { field: string; title: string; type: 'quantitative'; format: string }[] {
  return rows.map(([field, title]) => ({ field, title, type: 'quantitative', format: '.1%' }));
}

/** The title of a chart of mean shares with their 95% confidence intervals, `mark` naming how a mean is drawn (e.g. 'Dot'). */
export function meanShareTitle(text: string, mark: string): { text: string; subtitle: string[] } {
  return { text, subtitle: [`${mark}: mean share of children across replications.`, 'Line: 95% confidence interval.'] };
}
