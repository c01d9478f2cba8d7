import { studentTUpperTail, summarizeReplications } from '../stats/index.js';
import { holmBonferroni } from './holmBonferroni.js';

/** A simulated measure against its theory value, before the joint test: its 95% CI and the p-value of its own test. */
export interface TheoryComparison {
  model: string;
  measure: string;
  /** Mean of the per-replication values. */
  simulated: number;
  /** Plain 95% Student-t interval across replications (for reading; the verdict is the joint test's). */
  ciLow: number;
  ciHigh: number;
  theory: number;
  replications: number;
  /** Two-sided p-value of the one-sample Student-t test that the replications' mean equals theory. */
  pValue: number;
  note?: string;
}

/** One line of the verification table: the comparison and its verdict under the joint test (JOINT_TEST_RULE). */
export interface VerificationRow extends TheoryComparison {
  /** The Holm level the row's p-value was held to. */
  holmLevel: number;
  /** False when the joint test rejects this row's theory value. */
  pass: boolean;
}

/** Family-wise error of the joint test: the chance that a correct engine and model fail any row. */
export const FAMILY_WISE_ERROR = 0.05;

/** The joint pass rule in words, for the table footer and the README. */
export const JOINT_TEST_RULE =
  'each row\'s p is a two-sided Student-t test of the replications\' mean against theory; the rows are one ' +
  `family judged by Holm–Bonferroni at family-wise α = ${FAMILY_WISE_ERROR}: sorted by p, the i-th smallest of m ` +
  'fails while it and every smaller p are at most α/(m − i + 1). The run passes when no row fails, so a correct ' +
  `engine and model fail with chance at most ${FAMILY_WISE_ERROR * 100}%`;

/**
 * Compares per-replication `values` of one measure with its theory value: mean, plain 95% t-interval
 * and the p-value of the two-sided one-sample t-test (with no spread between replications, p is 1
 * when the mean equals theory and 0 otherwise). Needs at least 2 finite values (RangeError otherwise).
 */
export function compareToTheory(model: string, measure: string, values: readonly number[], theory: number): TheoryComparison {
  const summary = summarizeReplications(values);
  if (summary === undefined || !summary.ciAvailable) {
    throw new RangeError(`compareToTheory: values must hold at least 2 replications, got ${values.length}`);
  }
  const standardError = summary.sd / Math.sqrt(summary.n);
  const pValue = standardError > 0
    ? Math.min(1, 2 * studentTUpperTail(Math.abs(summary.mean - theory) / standardError, summary.n - 1))
    : summary.mean === theory ? 1 : 0;
  return {
    model, measure, simulated: summary.mean, ciLow: summary.ciLow, ciHigh: summary.ciHigh, theory, replications: summary.n, pValue,
  };
}

/** Judges every comparison as one family under JOINT_TEST_RULE (Holm–Bonferroni at FAMILY_WISE_ERROR), keeping their order. */
export function jointTest(comparisons: readonly TheoryComparison[]): VerificationRow[] {
  const decisions = holmBonferroni(comparisons.map((c) => c.pValue), FAMILY_WISE_ERROR);
  return comparisons.map((c, i) => {
    const decision = decisions[i] ?? { level: FAMILY_WISE_ERROR, rejected: false };
    return { ...c, holmLevel: decision.level, pass: !decision.rejected };
  });
}
