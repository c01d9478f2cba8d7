/** One axis of a sweep: a scenario key path and the values it takes, in order. */
export interface SweepAxis {
  path: string;
  values: (number | string | boolean)[];
}

/** Most values one axis may have, so a typo such as `0..100000:1` fails fast instead of queuing a huge run. */
export const MAX_SWEEP_VALUES = 1000;

// The same number syntax the scenario loader's --set accepts, so `path=value` reads back as a number.
const NUMBER = '-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';
const JSON_NUMBER = new RegExp(`^${NUMBER}$`);
const RANGE = new RegExp(`^(${NUMBER})\\.\\.(${NUMBER})(?::(${NUMBER}))?$`);
// Range points are rounded to 12 significant digits so 0.1 steps give 0.3, not 0.30000000000000004.
const tidy = (x: number) => Number(x.toPrecision(12));

function rangeValues(text: string, from: number, to: number, step: number): number[] {
  if (!(step > 0)) throw new RangeError(`sweep range "${text}": the step must be > 0, got ${step}`);
  if (to < from) throw new RangeError(`sweep range "${text}": the end ${to} is below the start ${from}`);
  const steps = Math.floor((to - from) / step + 1e-9);
  if (steps + 1 > MAX_SWEEP_VALUES) {
    throw new RangeError(`sweep range "${text}" has ${steps + 1} values, more than the limit of ${MAX_SWEEP_VALUES}`);
  }
  return Array.from({ length: steps + 1 }, (_, i) => tidy(from + i * step));
}

function listValue(text: string, item: string): number | string | boolean {
  if (item === '') throw new RangeError(`sweep values "${text}" have an empty item`);
  if (item === 'true' || item === 'false') return item === 'true';
  if (JSON_NUMBER.test(item)) return Number(item);
  if (item === 'null' || /^[[{"]/.test(item)) {
    throw new RangeError(`sweep value "${item}" is not supported: use numbers, true/false or plain words`);
  }
  return item;
}

/**
 * Reads one `--set` sweep axis: `path=from..to:step` (inclusive, step default 1), a comma list
 * `path=20,25,30`, or a single value; numeric items become numbers, true/false booleans, other
 * words strings. Throws RangeError on a malformed path or value, duplicates, or over 1000 values.
 */
export function parseSweepSet(text: string): SweepAxis {
  const equals = text.indexOf('=');
  if (equals < 0) throw new RangeError(`sweep axis "${text}" must be path=values, e.g. workforce.posts=70..90:5`);
  const path = text.slice(0, equals).trim();
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(path)) {
    throw new RangeError(`sweep axis "${text}": "${path}" is not a key path like workforce.posts`);
  }
  const spec = text.slice(equals + 1).trim();
  const range = RANGE.exec(spec);
  let values: (number | string | boolean)[];
  if (range !== null) {
    values = rangeValues(spec, Number(range[1]), Number(range[2]), range[3] === undefined ? 1 : Number(range[3]));
  } else {
    if (spec.includes('..')) throw new RangeError(`sweep range "${spec}" must be from..to or from..to:step with numbers, e.g. 70..90:5`);
    const items = spec.split(',').map((item) => item.trim());
    if (items.length > MAX_SWEEP_VALUES) throw new RangeError(`sweep values "${spec}" are ${items.length}, more than the limit of ${MAX_SWEEP_VALUES}`);
    values = items.map((item) => listValue(spec, item));
  }
  const seen = new Set<string>();
  for (const v of values) {
    const key = `${typeof v}:${String(v)}`;
    if (seen.has(key)) throw new RangeError(`sweep axis "${text}" lists ${String(v)} twice`);
    seen.add(key);
  }
  return { path, values };
}
