/** Colours for a change resting on evidence or on an assumption (Okabe–Ito blue and vermilion), and for levels. */
export const BASIS_COLOURS = { evidence: '#0072B2', assumption: '#D55E00', level: '#8c8c8c' } as const;

/** Legend words for the basis of a group of changes. */
export const BASIS_LABELS = {
  evidence: 'Evidence (every change sourced)',
  assumption: 'Assumption (some change assumed)',
  level: 'Scenario level',
} as const;

/** The colour scale of the decomposition charts (levels grey, evidence blue, assumption vermilion). */
export function basisScale(withLevel: boolean): { domain: string[]; range: string[] } {
  const keys = withLevel ? (['level', 'evidence', 'assumption'] as const) : (['evidence', 'assumption'] as const);
  return { domain: keys.map((k) => BASIS_LABELS[k]), range: keys.map((k) => BASIS_COLOURS[k]) };
}
