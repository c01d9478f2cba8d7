import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { GroupChoice, LabelledChange, LabelledGroup, MetricDecomposition, MetricId, Subset } from '../../experiment/index.js';
import {
  ExperimentAbortError, MAX_SHAPLEY_GROUPS, changeBasis, decompositionSubsets, fullSubset,
  HEADLINE_METRICS, METRIC_IDS, groupChanges, isMetricId, runDecomposition, summarizeDecomposition, variantFor,
} from '../../experiment/index.js';
import { labelOfValue, scenarioDifferences, ScenarioSchema, suggest } from '../../scenario/index.js';
import { shapleySpec, waterfallSpec } from '../../charts/index.js';
import { renderPng, renderSvg } from '../../report/index.js';
import { effectDecimals, metricDisplay, toCsv } from '../../results/index.js';
import { InputError, UsageError, stopError } from '../cliErrors.js';
import { watchForStop } from '../stopWatch.js';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import type { Args } from '../flagValues.js';
import { booleanFlag, stringList } from '../flagValues.js';
import { FEW_REPLICATIONS } from '../headlineTable.js';
import { loadScenarios } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { createNarrator } from '../narrator.js';
import { claimOutputFolder } from '../outputClaim.js';
import { checkOutputFolder, writeFolder } from '../outputFolder.js';
import { startProgress } from '../progressBar.js';
import { experimentOptions, readRunSettings, scenarioOverrides } from '../settings.js';
import { DECOMPOSE_REPLICATIONS, chartId, csvRows, readingFile, terminalText } from '../decomposeText.js';
import { terminalWidth } from '../terminalWidth.js';

function parseGroup(text: string): GroupChoice {
  const match = /^([A-Za-z0-9_-]+)=(.+)$/.exec(text);
  const paths = match?.[2]?.split(',').map((p) => p.trim()).filter((p) => p !== '') ?? [];
  if (match === null || paths.length === 0) {
    throw new UsageError(`--group "${text}": expected name=path1,path2 (e.g. --group staffing=workforce.posts,workforce.caseloadCap)`);
  }
  return { name: match[1] ?? '', paths };
}

function listFlag(args: Args, flag: string): string[] {
  return stringList(args, flag).flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
}

function readOrder(args: Args, groups: readonly LabelledGroup[]): number[] {
  const names = listFlag(args, 'order');
  if (names.length === 0) return groups.map((_, i) => i);
  const known = groups.map((g) => g.name);
  const order = names.map((name) => {
    const index = known.indexOf(name);
    if (index < 0) throw new UsageError(`--order: no group named "${name}"; the groups are ${known.join(', ')}`);
    return index;
  });
  if (new Set(order).size !== order.length || order.length !== groups.length) {
    throw new UsageError(`--order must name every group once, in the order to add them: ${known.join(',')}`);
  }
  return order;
}

function readMetrics(args: Args): MetricId[] {
  const ids = listFlag(args, 'metric');
  if (ids.length === 0) return [...HEADLINE_METRICS];
  return ids.map((id) => {
    if (isMetricId(id)) return id;
    const guess = suggest(id, METRIC_IDS);
    throw new UsageError(`--metric: unknown metric "${id}"${guess === undefined ? '.' : `; did you mean "${guess}"?`} The metrics are ${METRIC_IDS.join(', ')}`);
  });
}

function subsetWords(subset: Subset, groups: readonly LabelledGroup[]): string {
  const names = groups.filter((_, g) => (subset & (1 << g)) !== 0).map((g) => g.name);
  return names.length === 0 ? 'no group' : names.join(' + ');
}

/** `frontdoor decompose <from> <to>`: which groups of changes carry the difference between two scenarios. */
export function decomposeCommand(ctx: CommandContext): CommandModule {
  const options = experimentOptions(ctx.io);
  return defineCommand(ctx.io, {
    command: 'decompose <from> <to>',
    describe: 'Split the difference between two scenarios into groups of changes: each alone, all but each, a cumulative path, and Shapley values',
    positionals: { from: 'The scenario changes are applied to', to: 'The scenario they lead to' },
    options: {
      seed: options.seed,
      replications: { ...options.replications, default: DECOMPOSE_REPLICATIONS, describe: 'Replications of every configuration (paired: the same indices everywhere)' },
      years: options.years,
      warmup: options.warmup,
      set: { ...options.set, describe: 'Change a value in both scenarios: path=value (repeatable)' },
      jobs: options.jobs,
      out: { ...options.out, describe: 'Output folder (default output/decompose-<from>-to-<to>-<seed>/)' },
      force: options.force,
      charts: {
        ...options.charts,
        describe: 'Draw a waterfall chart per metric (and with --shapley a Shapley chart) in charts/ as PNG, SVG and Vega-Lite, shown in decompose.md (--no-charts skips them: faster, data files only)',
      },
      group: { type: 'string', requiresArg: true, describe: 'A group of changes: name=path1,path2 (repeatable); changes no group covers form "other" (default: one group per top-level section)' },
      order: { type: 'string', requiresArg: true, describe: 'Order of the cumulative path: group names, comma-separated (default: the groups\' order)' },
      each: { type: 'boolean', default: false, describe: 'Also run each group alone on the first scenario and the second without each group (2 per group)' },
      shapley: { type: 'boolean', default: false, describe: `Run every subset of the groups (at most ${MAX_SHAPLEY_GROUPS}; includes --each) for Shapley values` },
      metric: { type: 'string', requiresArg: true, describe: 'Metric ids to decompose, comma-separated or repeated (default: the headline metrics)' },
    },
    examples: [
      ['$0 decompose solihull-2022 solihull-2024 --seed 1', 'one group per section, added in the order of the file'],
      ['$0 decompose solihull-2022 solihull-2024 --seed 1 --each', 'also each section alone on 2022, and 2024 without each section'],
      ['$0 decompose solihull-2022 solihull-2024 --shapley', 'Shapley values (every subset of at most 6 groups)'],
      ['$0 decompose a.yaml b.yaml --group posts=workforce.posts', 'your own groups (the rest form "other")'],
    ],
    handler: async (args, output) => {
      const { io } = ctx;
      const started = io.now();
      const settings = readRunSettings(args, io);
      const narrator = createNarrator(io.stderr, output.quiet);
      // 1. Load both scenarios and label their differences.
      const [from, to] = loadScenarios([String(args['from']), String(args['to'])], scenarioOverrides(settings), io);
      if (from === undefined || to === undefined) return;
      const changes: LabelledChange[] = scenarioDifferences(from.loaded.scenario, to.loaded.scenario).map((d) => {
        const fromLabel = labelOfValue(from.labels, d.path);
        const toLabel = labelOfValue(to.labels, d.path);
        const plain = (l: typeof fromLabel) => (l === undefined ? undefined : { kind: l.kind, note: l.note });
        return { ...d, fromLabel: plain(fromLabel), toLabel: plain(toLabel), basis: changeBasis(fromLabel, toLabel) };
      });
      // 2. Group them, and read the order, the design and the metrics.
      let groups: LabelledGroup[];
      try {
        groups = groupChanges(changes, stringList(args, 'group').map(parseGroup));
      } catch (error) {
        if (error instanceof RangeError) throw new UsageError(error.message);
        throw error;
      }
      const order = readOrder(args, groups);
      const shapley = booleanFlag(args, 'shapley');
      if (shapley && groups.length > MAX_SHAPLEY_GROUPS) {
        throw new UsageError(`--shapley runs every subset of the groups, so it takes at most ${MAX_SHAPLEY_GROUPS}; there are ${groups.length} (${groups.map((g) => g.name).join(', ')}): merge some with --group`);
      }
      const metricIds = readMetrics(args);
      // 3. Build every configuration and check each is a valid scenario.
      const subsets = decompositionSubsets(groups.length, order, { each: booleanFlag(args, 'each'), shapley });
      const problems: string[] = [];
      const variants = subsets.map((subset) => {
        const scenario = variantFor(from.loaded.scenario, groups, subset);
        const checked = ScenarioSchema.safeParse(scenario);
        if (!checked.success) {
          for (const issue of checked.error.issues.slice(0, 5)) {
            problems.push(`${from.loaded.file} with ${subsetWords(subset, groups)} from ${to.loaded.file}: ${issue.path.join('.')}: ${issue.message}`);
          }
        }
        return { subset, scenario };
      });
      if (problems.length > 0) {
        throw new InputError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the mixed configurations: put the values that must change together in one --group`, problems);
      }
      const full = variants.find((v) => v.subset === fullSubset(groups.length));
      if (full === undefined || scenarioDifferences(full.scenario, to.loaded.scenario).length > 0) {
        throw new Error(`decompose: applying every group to ${from.loaded.name} does not give ${to.loaded.name}`);
      }
      // 4. Claim the output folder (lock, stale leftovers removed, checked), then run every configuration under common random numbers.
      const outName = `decompose-${from.loaded.name}-to-${to.loaded.name}`;
      const shown = settings.out ?? `output/${outName}-${settings.seed}`;
      const outPath = resolve(io.cwd, shown);
      // The claim (the lock <out>.lock, as run, compare and merge take) keeps a second run from writing the same folder meanwhile.
      const claim = claimOutputFolder(io, outPath, settings.force, shown, (line) => narrator.say(line));
      try {
        narrator.say(settings.seedFromClock ? MESSAGES.seedChosen(settings.seed) : MESSAGES.seedGiven(settings.seed));
        const stop = watchForStop(io);
        narrator.say(`decomposing ${from.loaded.name} → ${to.loaded.name}: ${groups.length} groups (${groups.map((g) => g.name).join(', ')}), ` +
          `${subsets.length} configurations × ${settings.replications} replications on ${settings.jobs} thread${settings.jobs === 1 ? '' : 's'}…`);
        if (settings.replications < FEW_REPLICATIONS) narrator.warn(MESSAGES.fewReplications(settings.replications, FEW_REPLICATIONS, 'configuration', DECOMPOSE_REPLICATIONS));
        const plan = { from: from.loaded, groups, order, shapley, variants };
        const progress = startProgress(io.stderr, !output.quiet && output.format === 'table');
        let results: MetricDecomposition[];
        try {
          const raw = await runDecomposition(plan, {
            seed: settings.seed, replications: settings.replications, jobs: settings.jobs, signal: stop.signal,
            onProgress: (done, total) => progress.update(done, total),
          });
          results = summarizeDecomposition(plan, raw, metricIds);
        } catch (error) {
          if (error instanceof ExperimentAbortError) throw stopError(stop.stoppedBy(), error.completed, error.total);
          throw error;
        } finally {
          progress.stop();
          stop.release();
        }
        // 5. Lay out the files: data, reading, charts, run record.
        const orderNames = order.map((g) => groups[g]?.name ?? String(g));
        const files: [string, string | Uint8Array][] = [];
        const design = {
          from: { name: from.loaded.name, file: from.loaded.file, sha256: from.loaded.hash },
          to: { name: to.loaded.name, file: to.loaded.file, sha256: to.loaded.hash },
          seed: settings.seed, replications: settings.replications, order: orderNames, shapley,
          configurations: subsets.map((s) => subsetWords(s, groups)),
          groups: groups.map((g) => ({ name: g.name, basis: g.basis, evidenceChanges: g.evidenceChanges, changes: g.labelled })),
        };
        files.push(['decompose.json', `${JSON.stringify({ schemaVersion: 1, ...design, results }, null, 2)}\n`]);
        const csv = toCsv(['metric', 'group', 'basis', 'effect', 'mean', 'ciLow', 'ciHigh', 'n'], csvRows(results, groups));
        files.push(['decompose.csv', csv]);
        const charts: string[] = [];
        if (settings.charts) {
          for (const r of results) {
            const display = metricDisplay(r.metric);
            const decimals = effectDecimals(r);
            const scale = (v: number) => v * display.factor;
            const specs = [
              ['waterfall', waterfallSpec({
                metricLabel: r.metric.label, unit: display.unit, fromName: from.loaded.name, toName: to.loaded.name,
                fromLevel: scale(r.from?.mean ?? 0), toLevel: scale(r.to?.mean ?? 0), decimals,
                steps: order.map((g) => {
                  const step = r.groups[g]?.step;
                  return { name: groups[g]?.name ?? '', basis: groups[g]?.basis ?? 'assumption', mean: scale(step?.mean ?? 0), ciLow: scale(step?.ciLow ?? 0), ciHigh: scale(step?.ciHigh ?? 0) };
                }),
              })],
              ...(shapley ? [['shapley', shapleySpec({
                metricLabel: r.metric.label, unit: display.differenceUnit, fromName: from.loaded.name, toName: to.loaded.name,
                total: scale(r.total?.mean ?? 0), decimals,
                bars: r.groups.map((g) => ({
                  name: g.name, basis: groups[g.group]?.basis ?? 'assumption',
                  mean: scale(g.shapley?.mean ?? 0), ciLow: scale(g.shapley?.ciLow ?? 0), ciHigh: scale(g.shapley?.ciHigh ?? 0),
                })),
              })] as const] : []),
            ] as const;
            for (const [kind, spec] of specs) {
              const id = `${kind}-${chartId(r.metric.id)}`;
              try {
                const svg = await renderSvg(spec);
                files.push([`charts/${id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`], [`charts/${id}.svg`, svg], [`charts/${id}.png`, renderPng(svg)]);
                charts.push(id);
              } catch (error) {
                narrator.warn(MESSAGES.chartFailed(id, error instanceof Error ? error.message : String(error)));
              }
            }
          }
        }
        files.push(['decompose.md', readingFile(results, groups, from.loaded.name, to.loaded.name, orderNames, settings.seed, settings.replications, charts)]);
        const finished = io.now();
        // run.json records the tool and every file written (itself included), as run's does, so --force can tell this folder is frontdoor's.
        files.push(['run.json', `${JSON.stringify({
          schemaVersion: 1, command: 'decompose', argv: ctx.argv, tool: ctx.tool, files: [...files.map(([name]) => name), 'run.json'], ...design,
          method: 'Common random numbers: every configuration runs replications 0…n−1 with the same seed; each effect is computed per replication and summarized with a 95% Student-t interval (paired).',
          started: started.toISOString(), finished: finished.toISOString(), durationSeconds: (finished.getTime() - started.getTime()) / 1000,
        }, null, 2)}\n`]);
        writeFolder(io, outPath, files, {
          signal: stop.signal, stoppedBy: stop.stoppedBy, shown, beforeCommit: () => checkOutputFolder(io, outPath, settings.force, shown),
        });
        narrator.say(MESSAGES.wrote(shown));
        // 6. The answer on stdout.
        if (output.format === 'json') io.stdout.write(`${JSON.stringify({ ...design, results }, null, 2)}\n`);
        else if (output.format === 'csv') io.stdout.write(csv);
        else io.stdout.write(terminalText(results, groups, { order: orderNames, replications: settings.replications, seed: settings.seed, shown }, terminalWidth(io)));
      } finally {
        claim.release();
      }
    },
  });
}
