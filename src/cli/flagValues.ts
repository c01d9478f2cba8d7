import { UsageError } from './cliErrors.js';
import { MESSAGES } from './messages.js';

/** Parsed command-line arguments as yargs hands them over: narrowed flag by flag. */
export type Args = Readonly<Record<string, unknown>>;

/** A flag's single value, or undefined when absent; a flag given twice is a UsageError. */
export function single(args: Args, flag: string): unknown {
  const value = args[flag];
  if (Array.isArray(value)) {
    if (value.length > 1) throw new UsageError(MESSAGES.repeatedFlag(flag));
    return value[0];
  }
  return value;
}

/** A flag's text value, or undefined when absent. */
export function stringFlag(args: Args, flag: string): string | undefined {
  const value = single(args, flag);
  return value === undefined ? undefined : String(value);
}

/** Every value of a repeatable text flag, in the order given. */
export function stringList(args: Args, flag: string): string[] {
  const value = args[flag];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** A boolean flag (false when absent). */
export function booleanFlag(args: Args, flag: string): boolean {
  return single(args, flag) === true;
}

/** A whole-number flag within [min, max], or undefined when absent; anything else is a UsageError. */
export function integerFlag(args: Args, flag: string, min: number, max: number): number | undefined {
  const value = single(args, flag);
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) throw new UsageError(MESSAGES.badInteger(flag, value, min, max));
  return number;
}

/**
 * A number flag passing `test` (described by `rule`, e.g. 'a number of years above 0'), or undefined
 * when absent; anything else is a UsageError.
 */
export function numberFlag(args: Args, flag: string, rule: string, test: (x: number) => boolean): number | undefined {
  const value = single(args, flag);
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || !test(number)) throw new UsageError(MESSAGES.badNumber(flag, value, rule));
  return number;
}
