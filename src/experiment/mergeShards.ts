import type { ExperimentRaw, ReplicationRecord } from './types.js';

const MAX_LISTED = 5;

function listed(items: readonly string[]): string {
  const head = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${head} and ${items.length - MAX_LISTED} more` : head;
}

function checkSameDesign(first: ExperimentRaw, raw: ExperimentRaw, k: number): void {
  const where = `shard result ${k + 1}`;
  if (raw.schemaVersion !== first.schemaVersion) throw new Error(`mergeShards: ${where} has schemaVersion ${String(raw.schemaVersion)}, the first has ${first.schemaVersion}`);
  if (raw.seed !== first.seed) throw new Error(`mergeShards: ${where} has seed "${raw.seed}", the first has seed "${first.seed}"`);
  if (raw.replications !== first.replications) {
    throw new Error(`mergeShards: ${where} is for ${raw.replications} replications, the first for ${first.replications}`);
  }
  const names = (r: ExperimentRaw) => r.scenarios.map((s) => s.name).join(', ');
  if (raw.scenarios.length !== first.scenarios.length || raw.scenarios.some((s, i) => s.name !== first.scenarios[i]?.name)) {
    throw new Error(`mergeShards: ${where} has scenarios [${names(raw)}], the first has [${names(first)}]`);
  }
  raw.scenarios.forEach((s, i) => {
    const hash = first.scenarios[i]?.hash;
    if (s.hash !== hash) throw new Error(`mergeShards: scenario "${s.name}" has hash ${s.hash} in ${where} but ${String(hash)} in the first: the scenario changed between shards`);
  });
}

/**
 * Combines shard results into what one unsharded run with the same seed gives: records in canonical
 * order (scenario, then replication) and no `shard`. Throws an Error naming the mismatch when seeds,
 * replication counts, scenario names or hashes differ, or when a replication is duplicated or missing.
 */
export function mergeShards(raws: readonly ExperimentRaw[]): ExperimentRaw {
  const first = raws[0];
  if (first === undefined) throw new Error('mergeShards: no shard results to merge');
  raws.forEach((raw, k) => checkSameDesign(first, raw, k));
  const order = new Map(first.scenarios.map((s, i) => [s.name, i]));
  const byKey = new Map<string, ReplicationRecord>();
  const duplicates: string[] = [];
  raws.forEach((raw, k) => {
    for (const record of raw.records) {
      if (!order.has(record.scenario)) throw new Error(`mergeShards: shard result ${k + 1} has a record for unknown scenario "${record.scenario}"`);
      if (!Number.isSafeInteger(record.replication) || record.replication < 0 || record.replication >= first.replications) {
        throw new Error(`mergeShards: shard result ${k + 1} has replication ${record.replication} of "${record.scenario}", outside 0..${first.replications - 1}`);
      }
      const key = `${record.scenario}#${record.replication}`;
      if (byKey.has(key)) duplicates.push(`"${record.scenario}" replication ${record.replication}`);
      else byKey.set(key, record);
    }
  });
  if (duplicates.length > 0) throw new Error(`mergeShards: duplicate replications (a shard given twice, or overlapping shards): ${listed(duplicates)}`);
  const records: ReplicationRecord[] = [];
  const missing: string[] = [];
  for (const s of first.scenarios) {
    for (let r = 0; r < first.replications; r++) {
      const record = byKey.get(`${s.name}#${r}`);
      if (record === undefined) missing.push(`"${s.name}" replication ${r}`);
      else records.push(record);
    }
  }
  if (missing.length > 0) throw new Error(`mergeShards: missing replications (a shard not given?): ${listed(missing)}`);
  return {
    schemaVersion: 2,
    seed: first.seed,
    scenarios: first.scenarios.map((s) => ({ ...s, chain: [...s.chain] })),
    replications: first.replications,
    records,
  };
}
