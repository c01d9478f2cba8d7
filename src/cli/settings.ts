import type { Options } from 'yargs';
import { DEFAULT_REPLICATION_RULE, parseShard } from '../experiment/index.js';
import type { ReplicationRule } from '../experiment/index.js';
import { readOverride } from '../scenario/index.js';
import { UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { booleanFlag, integerFlag, numberFlag, stringFlag, stringList } from './flagValues.js';
import type { Args } from './flagValues.js';
import { MESSAGES } from './messages.js';
import { wrapForStream } from './terminalWidth.js';

/** What goes to stdout and how: `--format`, `--quiet`, colour (TTY, NO_COLOR, --no-color) and `--debug`. */
export interface OutputSettings {
  format: 'table' | 'json' | 'csv';
  quiet: boolean;
  /** Colour on stdout: only on a terminal, never under NO_COLOR or --no-color. */
  color: boolean;
  debug: boolean;
}

/** The experiment flags shared by run, compare and sweep, validated. */
export interface RunSettings {
  seed: string;
  seedFromClock: boolean;
  /** Replications per scenario; with `--replications auto`, the most the rule may run. */
  replications: number;
  /** `--replications auto`: the sequential rule that chooses the number of replications. */
  replicationRule: ReplicationRule | undefined;
  jobs: number;
  /** `--set` texts as given (sweep reads them as axes). */
  sets: string[];
  /** `horizon.years=` and `horizon.warmupDays=` from --years and --warmup, applied after --set. */
  horizonOverrides: string[];
  out: string | undefined;
  force: boolean;
  /** Draw charts and report.html. */
  charts: boolean;
  /** Inline vega and vega-embed in report.html for tooltips and zoom. */
  interactive: boolean;
  /** Write events.csv, the vidigi event log of the sample replications. */
  events: boolean;
  shard: { index: number; count: number } | undefined;
  /** The shard as the user wrote it, e.g. '2/4'. */
  shardText: string | undefined;
}

/** Default replications per scenario. */
export const DEFAULT_REPLICATIONS = 30;

/** Most replications accepted per scenario. */
export const MAX_REPLICATIONS = 100_000;

/** Most replications `--max-replications` accepts for `--replications auto`. */
export const MAX_AUTO_REPLICATIONS = 10_000;

const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, Options> = {
  format: { choices: ['table', 'json', 'csv'], default: 'table', describe: 'Data on stdout as a readable table, JSON or CSV (messages go to stderr)', global: true, requiresArg: true },
  quiet: { type: 'boolean', default: false, describe: 'Only errors on stderr: no progress or messages', global: true },
  color: { type: 'boolean', default: true, describe: 'Colour on a terminal (--no-color or NO_COLOR=1 turns it off)', global: true },
  debug: { type: 'boolean', default: false, describe: 'Show stack traces of internal errors', global: true },
};

/**
 * The experiment options of run, compare and sweep; the default of --jobs depends on the machine,
 * and `defaultOut` is the command's default --out folder as its --help shows it.
 */
export function experimentOptions(io: CliIo, defaultOut = 'output/<name>-<seed>/'): Record<'seed' | 'replications' | 'precision' | 'max-replications' | 'years' | 'warmup' | 'set' | 'jobs' | 'out' | 'force' | 'charts' | 'interactive' | 'events', Options> {
  return {
    seed: { type: 'string', requiresArg: true, describe: 'Seed of every random stream; printed and recorded (default: chosen from the clock and printed)' },
    replications: {
      default: DEFAULT_REPLICATIONS, requiresArg: true,
      describe: 'Replications per scenario: a whole number, or auto (run and compare) to add replications until every headline measure is precise enough (see --precision)',
    },
    precision: {
      requiresArg: true,
      describe: `With --replications auto: the largest 95% interval half-width accepted, relative to the mean, or to 10 when the mean is under 10 children, children a year, working days or percentage points (default ${DEFAULT_REPLICATION_RULE.precision}; ` +
        `at least ${DEFAULT_REPLICATION_RULE.minReplications} replications, look-ahead ${DEFAULT_REPLICATION_RULE.lookAhead})`,
    },
    'max-replications': {
      requiresArg: true,
      describe: `With --replications auto: stop here even if the precision is not reached (default ${DEFAULT_REPLICATION_RULE.maxReplications}, from ${DEFAULT_REPLICATION_RULE.minReplications} to ${MAX_AUTO_REPLICATIONS})`,
    },
    years: { requiresArg: true, describe: 'Measured years after warm-up (sets horizon.years)' },
    warmup: { requiresArg: true, describe: 'Warm-up days discarded before measuring (sets horizon.warmupDays)' },
    set: { type: 'string', requiresArg: true, describe: 'Change a scenario value: path=value, e.g. workforce.posts=80 (repeatable)' },
    jobs: { default: defaultJobs(io), requiresArg: true, describe: 'Worker threads; results are identical for any number' },
    out: { type: 'string', requiresArg: true, describe: `Output folder (default ${defaultOut})` },
    force: FORCE_OPTION,
    charts: CHARTS_OPTION,
    events: { type: 'boolean', default: false, describe: 'Also write events.csv: the sample replication as an event log for the vidigi animation package' },
    interactive: { type: 'boolean', default: false, describe: 'Make report.html interactive (tooltips and zoom; vega inlined, still offline, about 1 MB more)' },
  };
}

/** The --charts option: charts and report.html are drawn unless --no-charts. */
export const CHARTS_OPTION: Options = {
  type: 'boolean', default: true, describe: 'Draw charts/ and report.html (--no-charts skips them: faster, data files only)',
};

/** The --force option: replace an earlier run in the --out folder. */
export const FORCE_OPTION: Options = { type: 'boolean', default: false, describe: 'Replace an earlier run in the --out folder' };

/** The --shard option of run and sweep. */
export const SHARD_OPTION: Options = {
  type: 'string', requiresArg: true, describe: 'Run only part k of n (e.g. 2/4), for spreading a run over machines; combine with merge',
};

/** Default worker threads: min(available processors, 2). */
export function defaultJobs(io: CliIo): number {
  return Math.max(1, Math.min(io.availableParallelism, 2));
}

/** --jobs, at most the processors available (more threads add memory, not speed); a capped value is warned about on stderr. */
export function capJobs(jobs: number, io: CliIo): number {
  const cores = Math.max(1, io.availableParallelism);
  if (jobs <= cores) return jobs;
  io.stderr.write(`${wrapForStream(MESSAGES.jobsCapped(jobs, cores), io.stderr.columns)}\n`);
  return cores;
}

/** Reads --format, --quiet, --color and --debug, with the terminal and NO_COLOR deciding colour. */
export function readOutputSettings(args: Args, io: CliIo): OutputSettings {
  const format = stringFlag(args, 'format') ?? 'table';
  const noColorEnv = (io.env['NO_COLOR'] ?? '') !== '';
  return {
    format: format === 'json' || format === 'csv' ? format : 'table',
    quiet: booleanFlag(args, 'quiet'),
    color: io.stdout.isTTY && !noColorEnv && args['color'] !== false,
    debug: booleanFlag(args, 'debug'),
  };
}

/**
 * `--replications auto` with --precision and --max-replications read into the rule, or undefined
 * for a fixed count; --precision or --max-replications without auto, or auto where `allowAuto` is
 * false, is a UsageError.
 */
export function readReplicationRule(args: Args, allowAuto: boolean): ReplicationRule | undefined {
  const auto = stringFlag(args, 'replications')?.trim() === 'auto';
  if (auto && !allowAuto) throw new UsageError(MESSAGES.autoNotHere);
  const precision = numberFlag(args, 'precision', 'a share above 0 and below 1 (e.g. 0.05 for ±5%)', (x) => x > 0 && x < 1);
  const max = integerFlag(args, 'max-replications', DEFAULT_REPLICATION_RULE.minReplications, MAX_AUTO_REPLICATIONS);
  if (!auto) {
    if (precision !== undefined) throw new UsageError(MESSAGES.onlyWithAuto('precision'));
    if (max !== undefined) throw new UsageError(MESSAGES.onlyWithAuto('max-replications'));
    return undefined;
  }
  return { ...DEFAULT_REPLICATION_RULE, ...(precision === undefined ? {} : { precision }), ...(max === undefined ? {} : { maxReplications: max }) };
}

/**
 * Reads and checks the experiment flags; every bad value is a UsageError naming the flag and the
 * rule. `allowAuto` (run and compare) accepts `--replications auto`.
 */
export function readRunSettings(args: Args, io: CliIo, allowAuto = false): RunSettings {
  const seedText = stringFlag(args, 'seed');
  if (seedText !== undefined && !SEED_PATTERN.test(seedText)) throw new UsageError(MESSAGES.badSeed(seedText));
  const replicationRule = readReplicationRule(args, allowAuto);
  const replications = replicationRule?.maxReplications ?? integerFlag(args, 'replications', 1, MAX_REPLICATIONS) ?? DEFAULT_REPLICATIONS;
  const jobs = capJobs(integerFlag(args, 'jobs', 1, 256) ?? defaultJobs(io), io);
  const shardText = stringFlag(args, 'shard');
  let shard: RunSettings['shard'];
  if (shardText !== undefined && replicationRule !== undefined) throw new UsageError(MESSAGES.autoWithShard);
  if (shardText !== undefined) {
    try {
      shard = parseShard(shardText);
    } catch (error) {
      throw new UsageError(MESSAGES.badShard(error instanceof Error ? error.message : String(error)));
    }
  }
  return {
    seed: seedText ?? clockSeed(io),
    seedFromClock: seedText === undefined,
    replications,
    replicationRule,
    jobs,
    sets: readSets(args),
    horizonOverrides: readHorizonOverrides(args),
    out: stringFlag(args, 'out'),
    force: booleanFlag(args, 'force'),
    charts: args['charts'] !== false,
    interactive: booleanFlag(args, 'interactive'),
    events: booleanFlag(args, 'events'),
    shard,
    shardText: shard === undefined ? undefined : `${shard.index + 1}/${shard.count}`,
  };
}

/** The scenario changes of `settings`: the --set texts, then --years and --warmup. */
export function scenarioOverrides(settings: RunSettings): string[] {
  return [...settings.sets, ...settings.horizonOverrides];
}

/** The --set texts, each checked for the `path=value` form (a malformed one is a UsageError). */
export function readSets(args: Args): string[] {
  const sets = stringList(args, 'set');
  for (const text of sets) {
    const result = readOverride(text);
    if (!result.ok) throw new UsageError(MESSAGES.badSet(text, result.issue.message.replace(/ in ".*"$/, '')));
  }
  return sets;
}

/** `horizon.years=` and `horizon.warmupDays=` overrides from --years and --warmup (checked first). */
export function readHorizonOverrides(args: Args): string[] {
  const years = numberFlag(args, 'years', 'a number of years above 0 (e.g. 0.5)', (x) => x > 0);
  const warmup = numberFlag(args, 'warmup', 'a number of days, 0 or more (e.g. 365)', (x) => x >= 0);
  return [
    ...(years === undefined ? [] : [`horizon.years=${years}`]),
    ...(warmup === undefined ? [] : [`horizon.warmupDays=${warmup}`]),
  ];
}

/** A seed from the wall clock (milliseconds, last nine digits), for runs given no --seed. */
export function clockSeed(io: CliIo): string {
  return String(io.now().getTime() % 1_000_000_000);
}
