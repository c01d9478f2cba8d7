import { modelCalendar, replicationMetrics, runReplication, runWindow } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { measureAllocation } from './allocation.js';
import type { ScheduleChildReply } from './scheduleReplayChild.js';

/** The model must reach this share of the hand-inlined M/M/c loop's events per CPU second in the same bench run. */
export const MODEL_TARGET_RATIO = 0.2;

/** The model must allocate less than this per replication of a Solihull scenario, garbage included (megabytes, 10^6 bytes). */
export const MODEL_TARGET_ALLOCATED_MB = 40;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times whole replications of a scenario (warm-up plus measured years) in-process, after one
 * untimed replication so the code is optimised, and reports the model's events per second and what
 * each replication allocates (garbage included; see measureAllocation).
 * CPU time is reported beside wall time, which other processes on a shared machine inflate.
 */
export function benchModel(name: string, scenario: Scenario, replications = 5): Record<string, unknown> {
  runReplication(scenario, { seed: 'bench-model-warmup', replication: 0 });
  let events = 0;
  let metricsSeconds = 0;
  const allocatedMb: number[] = [];
  const collections: number[] = [];
  const collectionMs: number[] = [];
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < replications; r++) {
    const measured = measureAllocation(() => runReplication(scenario, { seed: 'bench-model', replication: r }));
    events += measured.result.events;
    allocatedMb.push(measured.allocatedBytes / 1e6);
    collections.push(measured.collections);
    collectionMs.push(measured.collectionMilliseconds);
    const m0 = performance.now();
    replicationMetrics(measured.result, modelCalendar(scenario));
    metricsSeconds += (performance.now() - m0) / 1000;
  }
  const wallSeconds = (performance.now() - wall0) / 1000 - metricsSeconds;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 - metricsSeconds;
  const { warmupEnd, end } = runWindow(scenario);
  return {
    benchmark: `model-${name}`,
    replications,
    simulatedDaysPerReplication: end,
    warmupDays: warmupEnd,
    events,
    seconds: wallSeconds,
    cpuSeconds,
    eventsPerSecond: events / wallSeconds,
    eventsPerCpuSecond: events / cpuSeconds,
    secondsPerReplication: wallSeconds / replications,
    // The target: a 3-year run after warm-up "well under a second" (this includes the warm-up year).
    cpuSecondsPerReplication: cpuSeconds / replications,
    metricsSecondsPerReplication: metricsSeconds / replications,
    allocatedMegabytesPerReplication: median(allocatedMb),
    allocatedMegabytesRuns: allocatedMb.map((mb) => Number(mb.toFixed(1))),
    collectionsPerReplication: median(collections),
    collectionWallMillisecondsPerReplication: median(collectionMs),
  };
}

/**
 * The model's targets read from its record and the hand-inlined M/M/c loop's ('mmc-limit') of the
 * same bench run: events per CPU second as a share of the loop's (MODEL_TARGET_RATIO), and
 * megabytes allocated per replication (MODEL_TARGET_ALLOCATED_MB). With `scheduleOnly` (the
 * replay of the model's engine calls, scheduleReplay.ts), also the engine's own share on the
 * model's events: the ratio the model would reach if its handlers cost nothing.
 */
export function modelTargets(model: Record<string, unknown>, limit: Record<string, unknown>, scheduleOnly?: ScheduleChildReply): Record<string, unknown> {
  const modelRate = model.eventsPerCpuSecond as number;
  const limitRate = limit.eventsPerCpuSecond as number;
  const ratio = modelRate / limitRate;
  const scheduleRate = scheduleOnly === undefined ? undefined : (scheduleOnly.replayedEvents * scheduleOnly.replays) / scheduleOnly.cpuSeconds;
  const allocated = model.allocatedMegabytesPerReplication as number;
  return {
    benchmark: `${String(model.benchmark)}/mmc-limit`,
    ratio,
    ratioBasis: 'model events per CPU second / mmc-limit events per CPU second (median of its repetitions), same bench run',
    target: MODEL_TARGET_RATIO,
    met: ratio >= MODEL_TARGET_RATIO,
    modelEventsPerCpuSecond: modelRate,
    limitEventsPerCpuSecond: limitRate,
    // The engine alone on this model's recorded calls (handlers that do nothing else): the most the ratio could be.
    scheduleOnlyEventsPerCpuSecond: scheduleRate ?? null,
    scheduleOnlyRatio: scheduleRate === undefined ? null : scheduleRate / limitRate,
    scheduleOnlyFaithful: scheduleOnly === undefined ? null : scheduleOnly.replayedEvents === scheduleOnly.recordedEvents,
    allocatedMegabytesPerReplication: allocated,
    allocationTarget: MODEL_TARGET_ALLOCATED_MB,
    allocationMet: allocated < MODEL_TARGET_ALLOCATED_MB,
  };
}
