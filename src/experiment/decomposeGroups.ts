import { suggest } from '../scenario/index.js';
import type { DecompositionGroup } from './decomposeVariants.js';

/** Where a value's label says it comes from: a source (evidence) or a modelling choice (assumption). */
export interface ValueLabel {
  kind: 'evidence' | 'assumption';
  note: string;
}

/** One value that differs between the two scenarios, with the label of each side (undefined: none written). */
export interface LabelledChange {
  path: string;
  from: unknown;
  to: unknown;
  fromLabel: ValueLabel | undefined;
  toLabel: ValueLabel | undefined;
  /** Evidence only when both values are labelled evidence: a difference is no better founded than its weaker end. */
  basis: 'evidence' | 'assumption';
}

/** A named group of changes with its basis: evidence when every change in it rests on evidence. */
export interface LabelledGroup extends DecompositionGroup {
  basis: 'evidence' | 'assumption';
  /** How many of its changes rest on evidence. */
  evidenceChanges: number;
  labelled: LabelledChange[];
}

/** A `--group name=path1,path2` choice: the changes at or below each path go to the group. */
export interface GroupChoice {
  name: string;
  paths: string[];
}

/** The basis of a difference from the labels of its two values. */
export function changeBasis(fromLabel: ValueLabel | undefined, toLabel: ValueLabel | undefined): 'evidence' | 'assumption' {
  return fromLabel?.kind === 'evidence' && toLabel?.kind === 'evidence' ? 'evidence' : 'assumption';
}

function covers(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

function group(name: string, changes: LabelledChange[]): LabelledGroup {
  const evidenceChanges = changes.filter((c) => c.basis === 'evidence').length;
  return {
    name,
    changes: changes.map((c) => ({ path: c.path, value: c.to })),
    basis: evidenceChanges === changes.length ? 'evidence' : 'assumption',
    evidenceChanges,
    labelled: changes,
  };
}

/**
 * Groups the changes: by top-level section (in the order sections first differ) without `choices`;
 * otherwise one group per choice, in the order given, and the changes no choice covers in a last group
 * named `other`. Throws RangeError, naming the fix, for a choice matching no change, a change matched
 * by two choices, a repeated or reserved name, or no changes at all.
 */
export function groupChanges(changes: readonly LabelledChange[], choices: readonly GroupChoice[] = []): LabelledGroup[] {
  if (changes.length === 0) throw new RangeError('the two scenarios do not differ: there is nothing to decompose');
  if (choices.length === 0) {
    const sections = new Map<string, LabelledChange[]>();
    for (const change of changes) {
      const section = change.path.split('.')[0] ?? change.path;
      sections.set(section, [...(sections.get(section) ?? []), change]);
    }
    return [...sections].map(([name, list]) => group(name, list));
  }
  const names = new Set<string>();
  for (const choice of choices) {
    if (names.has(choice.name)) throw new RangeError(`group "${choice.name}" is named twice: give each --group its own name`);
    if (choice.name === 'other') throw new RangeError('"other" is reserved for the changes no --group covers: choose another name');
    names.add(choice.name);
  }
  const owner = new Map<string, string>();
  const groups = choices.map((choice) => {
    const list = changes.filter((c) => choice.paths.some((p) => covers(p, c.path)));
    for (const p of choice.paths) {
      if (!changes.some((c) => covers(p, c.path))) {
        // A path or any section above one: what a --group can name.
        const names = new Set(changes.flatMap((c) => c.path.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
        const guess = suggest(p, names);
        throw new RangeError(`--group ${choice.name}: "${p}" matches no value that differs${guess === undefined ? '.' : `; did you mean "${guess}"?`} The differing values are: ${changes.map((c) => c.path).join(', ')}`);
      }
    }
    for (const c of list) {
      const other = owner.get(c.path);
      if (other !== undefined) throw new RangeError(`${c.path} is in both --group ${other} and --group ${choice.name}: put it in one`);
      owner.set(c.path, choice.name);
    }
    return group(choice.name, list);
  });
  const rest = changes.filter((c) => !owner.has(c.path));
  return rest.length > 0 ? [...groups, group('other', rest)] : groups;
}
