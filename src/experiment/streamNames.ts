import { STREAM_NAMES as MODEL_STREAM_NAMES } from '../model/index.js';

/** The model's named random streams, one per source of variation, for run records (STRESS-DES 5.2). */
export const STREAM_NAMES: readonly string[] = MODEL_STREAM_NAMES;
