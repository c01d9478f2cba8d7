// The interval fields chart inputs share. Each chart keeps its own field names, because they are the
// data fields its spec encodes and its tooltips show.

/**
 * A value across replications with the two ends of its interval, all numbers, under the field
 * names a chart's data uses: e.g. `WithInterval<'mean', 'ciLow', 'ciHigh'>` for a mean and its 95% CI.
 */
export type WithInterval<Value extends string, Low extends string, High extends string> = { readonly [K in Value | Low | High]: number };
