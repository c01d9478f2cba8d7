// Child process for the model's schedule-only record: receives a scenario file over IPC, records one
// replication's calls to the engine, replays them `replays` times and replies with the events and
// CPU seconds of the replays. A process of its own, because recording wraps the engine's methods.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runReplication } from '../model/index.js';
import { loadScenario, ScenarioSchema } from '../scenario/index.js';
import { recordSchedule, replaySchedule } from './scheduleReplay.js';

/** What the parent sends. */
export interface ScheduleChildRequest {
  file: string;
  seed: string;
  replays: number;
}

/** What the child replies: the recorded replication's events, the replays' events (the same when faithful) and their CPU seconds in all. */
export interface ScheduleChildReply {
  recordedEvents: number;
  replayedEvents: number;
  replays: number;
  cpuSeconds: number;
}

const reader = {
  read: (path: string) => (existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined),
  resolve: (from: string, relative: string) => resolve(dirname(from), relative),
};

process.once('message', (request: ScheduleChildRequest) => {
  const loaded = loadScenario(request.file, ScenarioSchema, reader);
  if (!loaded.ok) throw new Error(`cannot load ${request.file}`);
  let recordedEvents = 0;
  const schedule = recordSchedule(() => {
    recordedEvents = runReplication(loaded.value, { seed: request.seed, replication: 0 }).events;
  });
  replaySchedule(schedule); // once untimed, so the replay is optimised
  let replayedEvents = 0;
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < request.replays; k++) replayedEvents = replaySchedule(schedule);
  const cpu = process.cpuUsage(cpu0);
  const reply: ScheduleChildReply = { recordedEvents, replayedEvents, replays: request.replays, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  process.send?.(reply, () => process.disconnect());
});
