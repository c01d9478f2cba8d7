import type { Scenario } from '../scenario/index.js';
import type { SystemInfo } from './systemInfo.js';
import type { ToolInfo } from './toolInfo.js';

/** One STRESS-DES item as written into run.json and the report. */
export interface StressItemText {
  id: string;
  item: string;
  text: string;
}

/** What the STRESS-DES texts are written from. */
export interface StressInput {
  tool: ToolInfo;
  gitCommit: string | undefined;
  seed: string;
  replications: number;
  jobs: number;
  scenarios: readonly { name: string; resolved: Scenario }[];
  system: SystemInfo;
  durationSeconds: number;
  method: {
    rngAlgorithm: string;
    streamScheme: string;
    streamNames: readonly string[];
    perChildStreams: string;
    ciMethod: string;
    quantileMethod: string;
    eventOrdering: string;
    replicationScheme?: string;
    crn?: string;
  };
}

function perScenario(input: StressInput, text: (s: Scenario) => string): string {
  return input.scenarios.map((s) => `${s.name}: ${text(s.resolved)}`).join(' ');
}

function measuredYears(s: Scenario): string {
  return `${s.horizon.years} year${s.horizon.years === 1 ? '' : 's'}`;
}

/**
 * The STRESS-DES items the tool can fill in itself (4.1–4.3 experimentation, 5.1–5.4
 * implementation), in plain sentences built from the resolved scenarios, the run and the machine.
 */
export function stressItems(input: StressInput): StressItemText[] {
  const m = input.method;
  const gib = (input.system.memoryBytes / 2 ** 30).toFixed(1);
  return [
    {
      id: '4.1', item: 'Initialisation',
      text: 'Each replication starts with every post filled in the scenario\'s permanent/agency shares and each social worker ' +
        'holding its starting caseload, then runs a warm-up whose results are discarded. ' +
        perScenario(input, (s) => `warm-up ${s.horizon.warmupDays} days from ${s.startDate}; ` +
          `${Math.round(s.workforce.initialPermanentShare * 100)}% permanent and ${Math.round(s.workforce.initialAgencyShare * 100)}% agency at the start; ` +
          `${s.workforce.initialCasesPerWorker} open cases per worker.`),
    },
    {
      id: '4.2', item: 'Run length',
      text: `${input.replications} replications per scenario, each measured for the horizon after the warm-up. ` +
        perScenario(input, (s) => `${measuredYears(s)} measured after ${s.horizon.warmupDays} warm-up days.`),
    },
    {
      id: '4.3', item: 'Estimation approach',
      text: `Independent replications (${input.replications} per scenario, fixed by --replications), each summarised to one value per metric; ` +
        `across replications: ${m.ciMethod}; percentiles: ${m.quantileMethod}. ` +
        (m.crn === undefined ? '' : `Comparisons: ${m.crn}. `) +
        'Waits still open at the horizon are right-censored (Kaplan–Meier), not dropped.',
    },
    {
      id: '5.1', item: 'Software or programming language',
      text: `${input.tool.name} ${input.tool.version}${input.gitCommit === undefined ? '' : ` (git ${input.gitCommit.slice(0, 12)})`}, ` +
        `written in TypeScript and run on Node.js ${input.system.node}; own discrete-event kernel. Declared dependencies: ` +
        Object.entries(input.tool.dependencies).map(([name, range]) => `${name} ${range}`).join(', ') + '.',
    },
    {
      id: '5.2', item: 'Random sampling',
      text: `Generator: ${m.rngAlgorithm}. Streams: ${m.streamScheme}; named streams ${m.streamNames.join(', ')}; ` +
        `${m.perChildStreams}. Seed ${input.seed}.` + (m.replicationScheme === undefined ? '' : ` ${m.replicationScheme}.`),
    },
    {
      id: '5.3', item: 'Model execution',
      text: `Event scheduling: ${m.eventOrdering}. Replications ran on ${input.jobs} worker thread${input.jobs === 1 ? '' : 's'}; ` +
        'each replication depends only on (scenario, seed, replication index), so results do not depend on the number of threads.',
    },
    {
      id: '5.4', item: 'System specification',
      text: `${input.system.cpuModel}, ${input.system.cores} logical cores, ${gib} GiB memory, ${input.system.os} (${input.system.platform} ${input.system.arch}), ` +
        `Node.js ${input.system.node}; run time ${input.durationSeconds.toFixed(1)} s.`,
    },
  ];
}
