import { z } from 'zod';

/** A small strict schema shaped like a scenario, used to exercise the generic loader. */
export const TestSchema = z
  .object({
    name: z.string(),
    horizonDays: z.number().int().positive(),
    workforce: z
      .object({
        socialWorkers: z.number().int().min(0),
        agencyShare: z.number().min(0).max(1),
        maxCaseload: z.number().positive().optional(),
      })
      .strict(),
    screening: z
      .object({
        mode: z.enum(['manual', 'triage']),
        durationHours: z.object({ mean: z.number().positive() }).strict(),
      })
      .strict(),
    teams: z.array(z.object({ name: z.string(), size: z.number().int() }).strict()).optional(),
  })
  .strict();

/** A complete, valid base scenario; line numbers are referred to in the tests. */
export const BASE_YAML = [
  '# base scenario', //   1
  'name: base', //        2
  'horizonDays: 730', //  3
  'workforce:', //        4
  '  socialWorkers: 30', // 5
  '  agencyShare: 0.2', //  6
  'screening:', //        7
  '  mode: manual', //    8
  '  durationHours:', //  9
  '    mean: 0.5', //     10
  '',
].join('\n');
