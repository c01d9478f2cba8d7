import { modelCalendar, replicationMetrics, runReplication, runWindow } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

/**
 * Times whole replications of a scenario (warm-up plus measured years) in-process, after one
 * untimed replication so the code is optimised, and reports the model's events per second.
 * CPU time is reported beside wall time, which other processes on a shared machine inflate.
 */
export function benchModel(name: string, scenario: Scenario, replications = 5): Record<string, unknown> {
  runReplication(scenario, { seed: 'bench-model-warmup', replication: 0 });
  let events = 0;
  let metricsSeconds = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < replications; r++) {
    const out = runReplication(scenario, { seed: 'bench-model', replication: r });
    events += out.events;
    const m0 = performance.now();
    replicationMetrics(out, modelCalendar(scenario));
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
  };
}
