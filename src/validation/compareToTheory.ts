import { summarizeReplications, tQuantile } from '../stats/index.js';

/** One line of the verification table: a simulated measure with its plain 95% CI, the theory, and the verdict. */
export interface VerificationRow {
  model: string;
  measure: string;
  /** Mean of the per-replication values. */
  simulated: number;
  /** Plain 95% Student-t interval across replications (reported; the verdict uses the wider interval below). */
  ciLow: number;
  ciHigh: number;
  theory: number;
  /** True when theory lies inside the Bonferroni-adjusted interval (see PASS_RULE). */
  pass: boolean;
  note?: string;
}

/** Chance, when every formula and the engine are right, that a verification run has at least one failing row. */
export const FAMILY_WISE_ERROR = 0.01;

/** The pass rule in words, for reports and the table footer. */
export const PASS_RULE =
  'a row passes when the theory value lies inside the Student-t interval across replications at confidence ' +
  `1 − ${FAMILY_WISE_ERROR}/k, where k is the number of rows (Bonferroni), so the chance that any row of a ` +
  `correct model fails is at most ${FAMILY_WISE_ERROR * 100}%; the CI column is the plain 95% interval`;

/** Per-row confidence level of the pass rule for a table of `familySize` rows: 1 − FAMILY_WISE_ERROR / k. */
export function perRowConfidence(familySize: number): number {
  if (!Number.isSafeInteger(familySize) || familySize < 1) {
    throw new RangeError(`perRowConfidence: familySize must be an integer >= 1, got ${String(familySize)}`);
  }
  return 1 - FAMILY_WISE_ERROR / familySize;
}

function show(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/**
 * Judges per-replication `values` of one measure against its theory value under PASS_RULE, for a
 * table of `familySize` rows. Needs at least 2 finite values (RangeError otherwise). The note says
 * when theory is outside the plain 95% CI, giving the adjusted interval that decided.
 */
export function compareToTheory(
  model: string,
  measure: string,
  values: readonly number[],
  theory: number,
  familySize: number,
): VerificationRow {
  const summary = summarizeReplications(values);
  if (summary === undefined || !summary.ciAvailable) {
    throw new RangeError(`compareToTheory: values must hold at least 2 replications, got ${values.length}`);
  }
  const confidence = perRowConfidence(familySize);
  const halfWidth = (tQuantile(1 - (1 - confidence) / 2, summary.n - 1) * summary.sd) / Math.sqrt(summary.n);
  const low = summary.mean - halfWidth;
  const high = summary.mean + halfWidth;
  const pass = theory >= low && theory <= high;
  const row: VerificationRow = {
    model,
    measure,
    simulated: summary.mean,
    ciLow: summary.ciLow,
    ciHigh: summary.ciHigh,
    theory,
    pass,
  };
  if (theory < summary.ciLow || theory > summary.ciHigh) {
    const level = `${show(confidence * 100)}%`;
    row.note = `outside the 95% CI; ${pass ? 'inside' : 'outside'} the ${level} interval [${show(low)}, ${show(high)}]`;
  }
  return row;
}
