import { sampleWords } from './runRecord.js';

/** What the README.md in an output folder says, given which files were written. */
export interface OutputReadmeInput {
  title: string;
  seed: string;
  replications: number;
  sampleReplications: number;
  files: readonly string[];
  shard?: string;
}

const DESCRIPTIONS: Record<string, string> = {
  'summary.json': 'every metric per scenario (mean, 95% CI, percentiles), delay curves, fan-chart bands, staffing, and the paired differences; with schemaVersion, tool and seed',
  'summary.csv': 'one row per scenario and metric (mean, ciLow, ciHigh, p05, p95, n), then one row per paired difference with scenario "b − a"',
  'sweep.csv': 'one row per sweep point and metric, with a column per swept key path',
  'events.csv': 'with --events: the sample replications as an event log in the schema of the vidigi animation package (entity_id, pathway, event_type, event, time in days after warm-up, resource_id, run)',
  'journeys.csv': 'one row per referral episode of the sample replications (see below): dates and working days from referral of each event, outcome, changes of social worker',
  'timeseries.csv': 'weekly snapshots of every replication from the end of warm-up: children waiting, held on duty, staffing, leavers, mean caseload',
  'raw.json': 'the raw per-replication results; `frontdoor merge` combines these from shards',
  'run.json': 'how the run was made: tool version and git commit, command line, seed, scenario files with sha256 and extends chains, methods, machine, timing, STRESS-DES items',
  'report.html': 'a self-contained report (opens offline): the story and four key charts first; the headline table, how settled each scenario is, every other chart (with a flow diagram of one run), parameters and run record open on demand',
  'charts/': 'each chart as a Vega-Lite spec (.vl.json, with its data inline), SVG and PNG',
};

/** The README.md of an output folder: what each file holds and how detailed files were sampled. */
export function outputReadme(input: OutputReadmeInput): string {
  const topLevel = [...new Set(input.files.map((f) => (f.includes('/') ? `${f.slice(0, f.indexOf('/'))}/` : f)))];
  const lines = [
    `# ${input.title}`,
    '',
    `Seed ${input.seed}, ${input.replications} replications per scenario${input.shard === undefined ? '' : `; this folder is shard ${input.shard} only`}.`,
    '',
    '## Files',
    '',
    ...topLevel.filter((f) => f !== 'README.md').map((f) => `- \`${f}\`: ${DESCRIPTIONS[f] ?? ''}`),
    '',
    '## Sampling',
    '',
    `\`journeys.csv\` holds ${sampleWords(input.sampleReplications)} of each scenario only (the replications kept in full), ` +
      'and only episodes referred after the warm-up and by the end of the run. Every other file uses every replication. ' +
      'Replications, children and episodes are numbered from 0, as in raw.json and in the stream seeds ' +
      '(`<seed>|<replication>|<stream>`).',
    '',
  ];
  return lines.join('\n');
}
