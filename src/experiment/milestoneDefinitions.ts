import { MILESTONES } from '../model/index.js';
import type { MilestoneDefinition } from './types.js';

/** Every delay milestone as readers label it: label, timescale in working days (undefined when none) and its source. */
export function milestoneDefinitions(): MilestoneDefinition[] {
  return MILESTONES.map(({ id, label, targetWorkingDays, source }) => ({ id, label, targetWorkingDays, source }));
}
