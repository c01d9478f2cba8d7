import type { FaultKind } from './fsFaults.js';

/** A positive number to two significant figures, as words (0.013, 0.5, 12, 130). */
function significant(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(2))) : 'no interval';
}

/** For a folder given where a scenario file is wanted. */
const FOLDER_HINT = (folder: string): string => `\`npx frontdoor list --dir ${shellWord(folder)}\` lists the scenarios in it`;

/** The fix for a scenario file that is not there; every command that reads a scenario also takes a shipped scenario's name. */
const FILE_NOT_FOUND_HINT = 'check the path; `npx frontdoor list` shows the shipped scenarios, which you can also give by name';

/** What a command needs when it was given too few file names or words, with an example to copy. */
const MISSING_ARGUMENTS: Readonly<Record<string, string>> = {
  run: 'run needs a scenario (a file, or a name `npx frontdoor list` shows), e.g. `npx frontdoor run solihull-2022`',
  compare: 'compare needs two or more scenarios to compare (files, or names `npx frontdoor list` shows), the first being the baseline, ' +
    'e.g. `npx frontdoor compare solihull-2022 solihull-2024`',
  sweep: 'sweep needs a scenario to vary, e.g. `npx frontdoor sweep solihull-2022 --set workforce.posts=70..90:5`',
  headroom: 'headroom needs a scenario (a file, or a name `npx frontdoor list` shows), e.g. `npx frontdoor headroom solihull-2024`',
  decompose: 'decompose needs two scenarios, the one to start from and the one to reach, e.g. `npx frontdoor decompose solihull-2022 solihull-2024`',
  validate: 'validate needs one or more scenario files or names, e.g. `npx frontdoor validate scenarios/*.yaml`',
  show: 'show needs a scenario (a file, or a name `npx frontdoor list` shows), e.g. `npx frontdoor show solihull-2024`',
  explain: 'explain needs one or more scenarios (files, or names `npx frontdoor list` shows), e.g. `npx frontdoor explain solihull-2022 --child 12`',
  merge: 'merge needs the --out folders of the shards to combine, e.g. `npx frontdoor merge shard1 shard2 --out combined`',
};

/**
 * A path as one shell word, to paste into a command: as it is when it holds only characters no shell
 * treats specially (and does not start with '=', which zsh expands), otherwise in single quotes (a
 * quote inside written '\''); a relative path starting with '-' gets './' so it is not an option.
 */
export function shellWord(path: string): string {
  const safe = path.startsWith('-') ? `./${path}` : path;
  return /^[\w@%+:,./-][\w@%+=:,./-]*$/.test(safe) ? safe : `'${safe.replaceAll("'", "'\\''")}'`;
}

/** Up to ten file names, then how many more. */
function someFiles(files: readonly string[]): string {
  return `${files.slice(0, 10).join(', ')}${files.length > 10 ? `, and ${files.length - 10} more` : ''}`;
}

/** Names as a list in words: 'a, b and c' (or 'or'). */
function inWords(names: readonly string[], last: 'and' | 'or'): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1) ?? ''}`;
}

/** The way out of a failed write, following the fault: free space, make the place writable, or clear the path; or another --out. */
function faultFix(kind: FaultKind | undefined, what: 'file' | 'folder'): string {
  const other = `choose another ${what} with --out`;
  if (kind === 'space') return `free some space or ${other}`;
  if (kind === 'permission') return `make that place writable (check its permissions, or that the disk is not mounted read-only) or ${other}`;
  if (kind === 'path') return `move away the file that is in the way of the path or ${other}`;
  return other;
}

/** The command that opens a file in its usual application, by platform (xdg-open on Linux and the other Unixes; Windows: see openReport). */
const OPEN_COMMAND: Partial<Record<NodeJS.Platform, string>> = { darwin: 'open' };

/**
 * Every message the command line shows a user, in one place so wording stays consistent: each
 * error names the file or flag, the place, and the fix. Data goes to stdout; these go to stderr
 * unless a command's answer is itself a message (validate, list).
 */
export const MESSAGES = {
  // Usage (exit 2).
  chooseCommand: (commands: readonly string[]) => `choose a command: ${inWords(commands, 'or')} (\`npx frontdoor --help\` lists them)`,
  helpHint: (command: string | undefined) =>
    command === undefined
      ? 'run `npx frontdoor --help` for the commands, options and examples'
      : `run \`npx frontdoor ${command} --help\` for the options and examples`,
  missingArguments: (command: string) => `${MISSING_ARGUMENTS[command] ?? `${command} needs more arguments`}; nothing was run`,
  unknownOption: (name: string, suggestion: string | undefined) =>
    `unknown option --${name}${suggestion === undefined ? '' : `. Did you mean --${suggestion}?`}`,
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `unknown command "${name}"${suggestion === undefined ? '' : `. Did you mean ${suggestion}?`}`,
  unexpectedArgument: (name: string) => `unexpected argument "${name}": this command takes no more file names or words here`,
  repeatedFlag: (flag: string) => `--${flag} was given more than once: give it once`,
  badInteger: (flag: string, value: unknown, min: number, max: number) =>
    `--${flag} must be a whole number from ${min} to ${max}, got "${String(value)}"`,
  badNumber: (flag: string, value: unknown, rule: string) => `--${flag} must be ${rule}, got "${String(value)}"`,
  badSeed: (value: string) =>
    `--seed must be 1 to 64 letters, digits, '.', '_' or '-' (it becomes part of the output folder name), got "${value}"`,
  badShard: (detail: string) => `--shard: ${detail}`,
  autoNotHere: '--replications auto works with run and compare; give a whole number here (e.g. --replications 30)',
  onlyWithAuto: (flag: string) => `--${flag} applies only with --replications auto; add --replications auto or drop --${flag}`,
  autoWithShard: '--replications auto cannot be split into shards (the rule needs every replication); give a whole number with --shard',
  badSet: (text: string, detail: string) => `--set "${text}": ${detail}`,
  sweepNeedsSet: 'sweep needs at least one --set path=values, e.g. --set workforce.posts=70..90:5 or --set workforce.caseloadCap=15,18,20',
  sweepNeedsValues: (fixed: readonly string[]) =>
    `sweep needs a --set with two or more values to vary, but ${fixed.map((f) => `--set ${f}`).join(', ')} ${fixed.length === 1 ? 'gives one value' : 'give one value each'} (kept the same at every point). ` +
    'Give a list or a range, e.g. --set workforce.posts=70..90:5 or --set workforce.caseloadCap=15,18,20',
  duplicateScenarioName: (name: string, files: readonly string[]) =>
    `two of the scenarios (${files.join(', ')}) are both named "${name}": results are kept by name, so give one a different \`name:\` in its file`,
  outIsFile: (path: string) => `--out ${shellWord(path)} is a file, not a folder: choose a folder path`,
  outIsFolder: (path: string, example: string) =>
    `--out ${shellWord(path)} is a folder, not a file: this command writes one file, so give a file path, e.g. --out ${shellWord(example)}`,
  outEndsWithSeparator: (path: string, example: string) =>
    `--out ${shellWord(path)} ends with a path separator, so it names a folder: this command writes one file, so give a file name inside it, e.g. --out ${shellWord(example)}`,
  outParentIsFile: (path: string, file: string) =>
    `--out ${shellWord(path)} cannot be written: ${shellWord(file)} is a file, not a folder, so nothing can be put inside it. Choose another --out path, or move ${shellWord(file)} away; nothing was run`,
  outFileNotOurs: (path: string, what: string) =>
    `--out ${shellWord(path)} is a file that frontdoor did not write (it is not ${what}): --force replaces only what frontdoor wrote; choose another --out file, or move that file away`,
  outNotARun: (path: string) =>
    `--out ${shellWord(path)} holds other files and no run.json: choose a new or empty folder (frontdoor only replaces folders it wrote itself)`,
  outHoldsRun: (path: string) =>
    `--out ${shellWord(path)} already holds an earlier run (it has run.json): choose a new folder with --out, or add --force to replace that run`,
  outNotOurs: (path: string) =>
    `--out ${shellWord(path)} has a run.json that frontdoor did not write (it lacks frontdoor's record of the tool and its files): choose a new or empty folder (frontdoor only replaces folders it wrote itself)`,
  outFromEarlierVersion: (path: string) =>
    `--out ${shellWord(path)} was written by an earlier version of frontdoor, which did not record its files in run.json, so frontdoor cannot tell its files from yours and will not replace it, even with --force: ` +
    'remove or rename that folder by hand, or choose another folder with --out',
  outForeignFiles: (path: string, files: readonly string[]) =>
    `--out ${shellWord(path)} holds ${files.length} file${files.length === 1 ? '' : 's'} that the earlier run did not write (not listed in its run.json): ` +
    `${someFiles(files)}. --force replaces only what frontdoor wrote: move those files out of the folder, or choose a new folder with --out`,
  outBusy: (path: string, lock: string, pid: number | undefined) =>
    `another frontdoor run${pid === undefined ? '' : ` (process ${pid})`} is writing to --out ${shellWord(path)} right now: wait for it to finish or choose another folder with --out ` +
    `(if no frontdoor run is going on, delete ${shellWord(lock)})`,
  outIsMountPoint: (path: string, inside: string) =>
    `--out ${shellWord(path)} is a mount point: a finished folder is renamed into place, which a mount point cannot take. Give a folder inside it, e.g. --out ${shellWord(inside)}; nothing was run`,
  outNotWritable: (path: string, where: string, reason: string) =>
    `--out ${shellWord(path)} cannot be written: ${reason} at ${shellWord(where)}. Choose a folder you can write to with --out; nothing was run`,
  staleLock: (lock: string, pid: number) => `removed ${shellWord(lock)}, a lock left by frontdoor process ${pid}, which is no longer running`,
  staleLockTemp: (file: string, pid: number) => `removed ${shellWord(file)}, a lock that frontdoor process ${pid} was making when it stopped`,
  stalePartial: (folder: string, pid: number) => `removed ${shellWord(folder)}, an unfinished output folder left by frontdoor process ${pid}, which is no longer running`,
  restoredRun: (folder: string, path: string, pid: number) =>
    `restored the earlier run at ${shellWord(path)} from ${shellWord(folder)}, where frontdoor process ${pid} had moved it before it stopped`,
  jobsCapped: (asked: number, cores: number) =>
    `warning: --jobs ${asked} is more than the ${cores} processor${cores === 1 ? '' : 's'} this machine offers; using ${cores} (more threads only use more memory)`,
  flagNeedsValue: (flag: string) => `--${flag} needs a value after it, e.g. --${flag} <value>; nothing was run`,
  unknownCommandList: (name: string, commands: readonly string[]) =>
    `unknown command "${name}": the commands are ${inWords(commands, 'and')}`,

  // Invalid input (exit 3).
  invalidSetValues: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the values given on the command line (--set, --years, --warmup); nothing was run or written. Fix each (\`npx frontdoor show <scenario>\` lists the keys and their values):`,
  invalidScenarios: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the scenario files; nothing was run or written. Fix each at the place shown:`,
  extendsShippedHint: (name: string, path: string) => `${name} is a shipped scenario; extends takes a path relative to this file: extends: ${path}`,
  fileUnreadable: (file: string, reason: string, permission: boolean) =>
    `${shellWord(file)}: cannot be read: ${reason}${permission ? '; check its permissions (ls -l), or copy it somewhere you can read' : ''}`,
  fileNotFound: (file: string) => `${shellWord(file)}: file not found (${FILE_NOT_FOUND_HINT})`,
  fileNotFoundHint: FILE_NOT_FOUND_HINT,
  folderHint: (folder: string) => FOLDER_HINT(folder),
  fileIsFolder: (folder: string) => `${shellWord(folder)}: is a folder, not a scenario file: name a .yaml, .yml or .json file in it (${FOLDER_HINT(folder)})`,
  ambiguousScenario: (name: string, files: readonly string[]) =>
    `"${name}" names ${files.length} scenarios (${files.join(', ')}): give the file you mean`,
  unknownScenario: (name: string, near: readonly string[]) =>
    `"${name}" is neither a file nor the name of a shipped scenario` +
    (near.length === 0 ? '' : `. Did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`}?`) +
    ' (`npx frontdoor list` shows the names)',
  mergeNoRaw: (dir: string) =>
    `${shellWord(dir)}: no raw.json here. merge combines the --out folders of sharded runs (npx frontdoor run <scenario> --shard k/n --out <dir>)`,
  mergeOldShard: (file: string) =>
    `${shellWord(file)}: raw results of an earlier version of frontdoor (schemaVersion 1), which reported a measure with nothing to measure as 0 where this version reports no data; run that shard again with this version, then merge`,
  mergeBadFile: (file: string, detail: string) => `${shellWord(file)}: ${detail}; it was not written by this version of frontdoor, or it was edited`,
  mergeMismatch: (detail: string) => `the shards do not belong to one experiment: ${detail}. Merge only shards run with the same scenarios, --seed, --replications and options`,

  runTooLarge: (scenario: string, needGb: string, contactsPerYear: number, years: number, limitGb: string) =>
    `scenario "${scenario}" is too large to run here: one replication needs about ${needGb} GB (about ${Math.round(contactsPerYear).toLocaleString('en-GB')} contacts a year over ${Number(years.toFixed(2))} simulated years, about 2 KB each), ` +
    `more than the ${limitGb} GB one thread may use on this machine. Shorten the run (--years), or lower demand.childrenPerYear or demand.contactsPerChild; nothing was run`,
  jobsReducedForMemory: (asked: number, jobs: number, needGb: string, totalGb: string) =>
    `warning: ${asked} threads of about ${needGb} GB each would not fit in this machine's ${totalGb} GB; using ${jobs}`,

  // Interrupted (exit 130) and internal errors (exit 1).
  interrupted: (completed: number, total: number) =>
    `interrupted: ${completed} of ${total} replications had completed; nothing was written`,
  interruptedPlain: 'interrupted; nothing was written',
  terminated: (completed: number, total: number) =>
    `terminated (SIGTERM): ${completed} of ${total} replications had completed; nothing was written`,
  terminatedPlain: 'terminated (SIGTERM); nothing was written',
  writeFailed: (folder: string, file: string, reason: string, kind: FaultKind | undefined) =>
    `could not write ${shellWord(file)} in ${shellWord(folder)}: ${reason}. Nothing of this run was kept; ${faultFix(kind, 'folder')}, then run again`,
  fileWriteFailed: (file: string, reason: string, kind: FaultKind | undefined) =>
    `could not write ${shellWord(file)}: ${reason}. Nothing was written (a file already there is unchanged); ${faultFix(kind, 'file')}, then run again`,
  internalError: (message: string) =>
    `internal error: ${message}\nThis is a bug in frontdoor. Please report it with the command you ran (add --debug to see where it happened).`,

  // Narration (stderr).
  seedChosen: (seed: string) => `seed ${seed} (chosen from the clock; add --seed ${seed} to repeat this run)`,
  seedGiven: (seed: string) => `seed ${seed}`,
  runningAuto: (precision: number, min: number, max: number, scenarios: readonly string[], jobs: number) =>
    `running ${scenarios.join(', ')} until every headline measure's 95% interval is within ±${precision * 100}% of its mean ` +
    `(or of 10 for a mean under 10 children, children a year, working days or percentage points; ${min} to ${max} replications) on ${jobs} thread${jobs === 1 ? '' : 's'}…`,
  autoDecided: (met: boolean, replications: number, precision: number, widest?: { scenario: string; metric: string; halfWidth: number; allowedHalfWidth: number }) =>
    met ? `the precision was reached (every headline measure within ±${precision * 100}% of its mean, or of 10 where the mean is under 10): ${replications} replications kept`
      : `the precision of ±${precision * 100}% was not reached by the maximum: ${replications} replications kept` +
        (widest === undefined ? ' (the widest interval is in run.json)'
          : `; furthest from it is ${widest.metric} in ${widest.scenario}, ±${significant(widest.halfWidth)} against ±${significant(widest.allowedHalfWidth)} allowed (run.json has every interval)`),
  running: (replications: number, scenarios: readonly string[], jobs: number) =>
    `running ${replications} replication${replications === 1 ? '' : 's'} of ${scenarios.join(', ')} on ${jobs} thread${jobs === 1 ? '' : 's'}…`,
  runningShard: (indices: number, replications: number, shard: string) =>
    `shard ${shard}: ${indices} of the ${replications} replications`,
  replicationWarning: (scenario: string, first: number, count: number, of: number, text: string) =>
    `warning: ${scenario}, ${count === 1 ? `replication ${first}` : `${count} of ${of} replications (e.g. replication ${first})`}: ${text}`,
  nearCapacity: (scenario: string, queue: string, count: number, of: number, by: string) =>
    `warning: ${scenario}: near capacity: the ${queue} crept up in ${count} of ${of} replications${by === '' ? '' : ` (${by})`}. ` +
    'More replications or a longer run would tell whether it settles; read the details below.',
  overwhelmed: (scenario: string, queue: string, count: number, of: number, by: string) =>
    `warning: ${scenario}: the front door is overwhelmed: demand outruns capacity at the ${queue} in ${count} of ${of} replications${by === '' ? '' : ` (${by})`}. ` +
    'Waits measured past that queue describe only the work that got through; read the details below.',
  notAvailableNote:
    'n/a: no replication gave a value: for a percentile, fewer than that share reached the milestone before the run ended (an overwhelmed queue, or too short a run); for a share, nobody reached the step.',
  fewerReplicationsNote: (replications: number, gaps: readonly string[]) =>
    `Not every one of the ${replications} replications had something to measure; these figures use only those that did: ${gaps.join('; ')}.`,
  wrote: (path: string) => `results written to ${shellWord(path)}`,
  // cmd.exe reads neither single quotes nor a first double-quoted word as a path: start takes a title first.
  openReport: (path: string, platform: NodeJS.Platform) => (platform === 'win32' ? `start "" "${path}"` : `${OPEN_COMMAND[platform] ?? 'xdg-open'} ${shellWord(path)}`),
  shardWritten: (shard: string, path: string) =>
    `shard ${shard} written to ${shellWord(path)}. When every shard is done: npx frontdoor merge <shard folders…> --out <folder>`,
  reportFailed: (detail: string) => `warning: report.html was not written (${detail}); the data files and charts are complete`,
  runaway: (detail: string) => `${detail}. The run was stopped by the guard against runaway runs: the scenario drives far more events than the model needs (look for very large demand, near-zero durations or a very long horizon), so nothing was written. Check the values with \`npx frontdoor show <scenario>\`, or shorten the run with --years`,
  outFileExists: (file: string) => `${shellWord(file)} already exists: choose another --out file, or add --force to replace it`,
  interactiveWritten: (file: string) => `wrote ${shellWord(file)}: open it in a browser (it works offline)`,
  chartFailed: (id: string, detail: string) => `warning: chart ${id} was not drawn (${detail}); the data files are complete`,
  progressFormat: 'replications [{bar}] {value}/{total} | {percentage}% | ETA {eta_formatted}',

  // Notes under the tables.
  headlineTitle: (scenarios: readonly string[], replications: number, detail: 'standard' | 'changes' | 'compact') =>
    `${scenarios.join(' vs ')}: mean of ${replications} replication${replications === 1 ? '' : 's'}` +
    (detail === 'standard' ? ' (95% CI)' : detail === 'changes' ? ', change (95% CI)' : ''),
  headlineNote: (replications: number, seed: string, paired: boolean) =>
    `${replications} replication${replications === 1 ? '' : 's'} per scenario, seed ${seed}.` +
    (paired ? ' Changes are paired (the same seeds for every scenario): better or worse where the 95% CI of the change excludes 0.' : ''),
  sweepOverviewNote: (columns: number) => `Means across replications. Widen the terminal to ${columns} columns to see each with its 95% CI, or read sweep.csv or report.html.`,
  headlineCiNote: 'Intervals are 95% CIs across replications: Student-t, cut at 0 for counts, days and rates (none can be negative), and for percentages on the logit scale so that they stay within 0–100.',
  headlineChangesNote: 'Widen the terminal to 120 columns to see the 95% CI of each mean, or read summary.csv or report.html.',
  headlineCompactNote: 'Widen the terminal to 120 columns to see the 95% CIs, or read summary.csv or report.html.',
  fewReplications: (replications: number, least: number, per = 'scenario', usual = 30) =>
    `warning: only ${replications} replication${replications === 1 ? '' : 's'} per ${per}: with fewer than ${least} the intervals are too wide and too rough to quote; use --replications ${usual} (the default) or more.`,
  fewHeadroomReplications: (replications: number, least: number, usual: number) =>
    `warning: only ${replications} replication${replications === 1 ? '' : 's'} per configuration: with fewer than ${least} each verdict (settles or runs away) rests on too few replications to quote the limits found; use --replications ${usual} (the default) or more.`,
  sweepNote: (replications: number, seed: string) =>
    `${replications} replications per point, seed ${seed}, the same seeds at every point (common random numbers).`,

  // validate.
  fileValid: (file: string, name: string) => `${shellWord(file)}: valid (scenario "${name}")`,
  validateSummary: (bad: number, total: number) =>
    bad === 0 ? `all ${total} file${total === 1 ? '' : 's'} valid` : `${bad} of ${total} file${total === 1 ? '' : 's'} ha${bad === 1 ? 's' : 've'} problems`,

  // list.
  noScenarios: (dir: string) => `no scenario files with a \`name\` under ${shellWord(dir)}`,
  baseMark: '(base: extended by other scenarios)',
  listHint: 'Run one by its name or its file, e.g. `npx frontdoor run solihull-2022`; `npx frontdoor show <scenario>` prints every value with its source.',
  listDirHint: (file: string) => `Run one by its file (names find only the shipped scenarios), e.g. \`npx frontdoor run ${shellWord(file)}\`; \`npx frontdoor show <file>\` prints every value with its source.`,
  listDirNotFolder: (dir: string, exists: boolean) =>
    `--dir ${shellWord(dir)} ${exists ? 'is a file, not a folder' : 'does not exist'}: give the folder that holds your scenario files`,
  noDescription: '(no description)',

  // explain.
  childNotSeen: (child: number, scenario: string) =>
    `child ${child} did not come to notice in ${scenario} before the end of the run: choose a smaller --child (children are numbered from 0 in order of arrival)`,
  explainTitle: (child: number, seed: string) => `Child ${child}, replication 0, seed ${seed}`,
  missedChancePicked: (child: number, scenario: string, kind: 'neverReferred' | 'referredLater', others: readonly { scenario: string; kind: 'neverReferred' | 'referredLater' | undefined }[]) => {
    const ending = (k: 'neverReferred' | 'referredLater') => (k === 'neverReferred' ? 'never referred' : 'referred later');
    const elsewhere = others.map((o) => (o.kind === undefined ? `in ${o.scenario}, no missed chance` : `in ${o.scenario}, also a missed chance (${ending(o.kind)})`));
    return `Child ${child} picked: in the measured period of replication 0 of ${scenario}, a missed chance (${ending(kind)}): at medium or high latent risk, with two or more contacts closed unlinked while an earlier contact was there to link${elsewhere.length > 0 ? `; ${elsewhere.join('; ')}` : ''}.`;
  },
  sameChildNote: 'The same seed, so the same child with the same needs in every scenario; where the scenarios\' demand differs, the child comes to notice on another day.',
  firstReferredPicked: (child: number, scenario: string, warmup: boolean) =>
    `Child ${child} picked: the first child referred in the measured period${warmup ? ' (after the warm-up)' : ''} of replication 0 of ${scenario}; --child N tells another, --missed-chance a missed chance.`,
  noReferral: (scenario: string, seed: string) =>
    `no child was referred in the measured period of replication 0 of ${scenario} (seed ${seed}): try more --years, or pick a child with --child`,
  missedChanceCaveat: "An illustration of a pattern the national review described; it does not reproduce any real child's case.",
  noMissedChance: (scenario: string, seed: string) =>
    `no child in the measured period of replication 0 of ${scenario} (seed ${seed}) was a missed chance (medium or high latent risk, two or more contacts closed unlinked while an earlier contact was there to link): try another --seed or more --years, or pick a child with --child`,
  explainOutNotOurs: (path: string) =>
    `--out ${shellWord(path)} holds other files and no story.txt: choose a new or empty folder (frontdoor only replaces folders it wrote itself)`,
  explainOutIsRun: (path: string) =>
    `--out ${shellWord(path)} holds a frontdoor run (its run.json), not a story: choose a new or empty folder for the story`,
  explainStoryNotOurs: (path: string) =>
    `--out ${shellWord(path)} has a story.txt that explain did not write (it does not start with explain's title line, "Child <n>, replication 0, seed <s>"): ` +
    'choose a new or empty folder with --out (frontdoor only replaces folders it wrote itself, even with --force)',
  explainOutExists: (path: string) =>
    `--out ${shellWord(path)} already holds an earlier story (it has story.txt): choose a new folder with --out, or add --force to replace it`,
  explainForeignFiles: (path: string, files: readonly string[]) =>
    `--out ${shellWord(path)} holds ${files.length} file${files.length === 1 ? '' : 's'} that explain did not write (it writes only story.txt and timeline.vl.json, .svg and .png): ` +
    `${someFiles(files)}. --force replaces only what frontdoor wrote: move those files out of the folder, or choose a new folder with --out`,
  explainWrote: (path: string) => `story and timeline written to ${shellWord(path)}`,

  // verify.
  verifyFailed: (failed: number, total: number) =>
    `${failed} of ${total} verification rows fail the joint test (Holm–Bonferroni, family-wise α = 0.05): the engine or the model disagrees with theory`,
  verifyBiased: (model: string, above: number, below: number) =>
    `possible systematic bias: the rows of ${model} lean to one side of theory together (${above} above, ${below} below); see the bias check under the table`,
  notAReduction: (count: number) =>
    `${count} ${count === 1 ? 'value' : 'values'} in scenarios/validation/ no longer give the textbook queues verify checks against theory; restore the shipped values (in a clone: git checkout scenarios/validation/):`,
} as const;
