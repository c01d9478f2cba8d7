import { RNG_ALGORITHM, STREAM_SEED_SCHEME } from '../random/index.js';
import { CI_METHOD, QUANTILE_METHOD } from '../stats/index.js';

/** How an experiment was computed, as text for run records and report footnotes (STRESS-DES 1.2, 5.x). */
export const EXPERIMENT_METHOD: {
  ciMethod: string;
  quantileMethod: string;
  rngAlgorithm: string;
  streamScheme: string;
  replicationScheme: string;
  crn: string;
} = {
  ciMethod: CI_METHOD,
  quantileMethod: QUANTILE_METHOD,
  rngAlgorithm: RNG_ALGORITHM,
  streamScheme: STREAM_SEED_SCHEME,
  replicationScheme:
    'independent replications 0..n-1, each a full run from the scenario start date with its warm-up period discarded; ' +
    'a metric is computed per replication and summarised across replications (a shard k/n runs replications r with r mod n = k-1)',
  crn:
    'common random numbers: replication r of every scenario uses the same seed and replication index, and each source ' +
    'of variation draws from its own named stream, so scenarios see the same arrivals and differences are paired by replication',
};
