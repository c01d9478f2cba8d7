/** Largest edit distance at which a candidate is still offered as "did you mean". */
export const MAX_SUGGESTION_DISTANCE = 2;

/** Levenshtein edit distance between two strings (insertions, deletions, substitutions each cost 1). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower case without `_`, `-` or spaces, so `social_workers` and `socialWorkers` compare equal. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/[_\-\s]/g, '');
}

/**
 * The candidate the user most likely meant by `word`: one that matches ignoring case and
 * underscores/camelCase, else the closest within MAX_SUGGESTION_DISTANCE edits (and fewer edits
 * than its length); the first in `candidates` wins ties. Undefined when nothing is close.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((candidate) => candidate !== word);
  const target = normalise(word);
  const same = list.find((candidate) => normalise(candidate) === target);
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const candidate of list) {
    // The length difference is a lower bound on the distance; skip hopeless candidates cheaply.
    if (Math.abs(candidate.length - word.length) > MAX_SUGGESTION_DISTANCE && Math.abs(normalise(candidate).length - target.length) > MAX_SUGGESTION_DISTANCE) continue;
    const distance = Math.min(levenshtein(word, candidate), levenshtein(target, normalise(candidate)));
    if (distance < bestDistance && distance < candidate.length) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
