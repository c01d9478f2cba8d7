import { isRecord } from './plainData.js';
import { DistributionSchema } from './schema.js';
import { suggest } from './suggest.js';

/** One way of writing a distribution: its type and the parameters it needs and may take. */
interface Variant {
  type: string;
  required: string[];
  optional: string[];
}

interface ShapedOption {
  shape: Record<string, { value?: unknown; safeParse: (input: unknown) => { success: boolean } }>;
}

const VARIANTS: readonly Variant[] = (DistributionSchema.options as readonly unknown[]).map((option) => {
  const { shape } = option as ShapedOption;
  const keys = Object.keys(shape).filter((key) => key !== 'type');
  const optional = keys.filter((key) => shape[key]?.safeParse(undefined).success === true);
  return { type: String(shape['type']?.value), required: keys.filter((key) => !optional.includes(key)), optional };
});

/** Every distribution type, in schema order, each once. */
export const DISTRIBUTION_TYPES: readonly string[] = [...new Set(VARIANTS.map((v) => v.type))];

const list = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;

const forms = (variants: readonly Variant[]): string =>
  variants.map((v) => list([...v.required, ...v.optional.map((k) => `optionally ${k}`)])).join(', or ');

/**
 * What is wrong with a value that matches no distribution, in words: a missing or unknown `type`
 * (with a did-you-mean and the list of types), or, for a known type, the missing parameters and
 * those that type does not take. Undefined when the value is not a mapping or the fault is in a
 * parameter's value (the per-branch message says that better).
 */
export function distributionProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return `expected a distribution, a mapping such as { type: exponential, mean: 2 }`;
  const type = value['type'];
  const types = `the types are ${list(DISTRIBUTION_TYPES)}`;
  if (type === undefined) return `the distribution has no "type": ${types}`;
  const variants = VARIANTS.filter((v) => v.type === type);
  if (variants.length === 0) {
    // A shortened name ("expo", "tri") is a guess too, beyond the near misspellings suggest finds.
    const prefixed = typeof type === 'string' && type.length >= 3 ? DISTRIBUTION_TYPES.find((t) => t.startsWith(type.toLowerCase())) : undefined;
    const guess = typeof type === 'string' ? (suggest(type, DISTRIBUTION_TYPES) ?? prefixed) : undefined;
    return `unknown distribution type ${JSON.stringify(type)}${guess === undefined ? '' : `. Did you mean ${guess}?`} (${types})`;
  }
  const given = Object.keys(value).filter((key) => key !== 'type');
  // The closest form of this type: fewest parameters missing, then fewest extra.
  const scored = variants.map((v) => ({
    v,
    missing: v.required.filter((key) => !given.includes(key)),
    extra: given.filter((key) => !v.required.includes(key) && !v.optional.includes(key)),
  })).sort((a, b) => a.missing.length - b.missing.length || a.extra.length - b.extra.length);
  const best = scored[0];
  if (best === undefined || (best.missing.length === 0 && best.extra.length === 0)) return undefined;
  const needs = `a ${String(type)} distribution takes ${forms(variants)}`;
  const parts = [
    ...(best.missing.length > 0 ? [`missing ${list(best.missing.map((k) => `"${k}"`))}`] : []),
    ...(best.extra.length > 0 ? [`${list(best.extra.map((k) => `"${k}"`))} ${best.extra.length === 1 ? 'is' : 'are'} not among its parameters`] : []),
  ];
  return `${parts.join('; ')}: ${needs}`;
}
