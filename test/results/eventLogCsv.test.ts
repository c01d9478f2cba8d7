import { describe, expect, it } from 'vitest';
import { eventLogCsv } from '../../src/results/eventLogCsv.js';
import type { ExperimentRaw } from '../../src/experiment/index.js';
import type { Journey } from '../../src/model/index.js';
import { newJourney } from '../../src/model/newRecords.js';
import { csvRecords } from '../support/csvParse.js';

const WINDOW = new Map([['s', { warmupEnd: 100, end: 400 }]]);

function journey(changes: Partial<Journey>): Journey {
  const start = newJourney({
    child: 7, episode: 0, risk: 'medium', assessedRisk: 'medium', source: 'police', route: 'assessment', firstContactTime: 110, contactTime: 110,
    referralTime: 110, outcome: 'open', rereferral: false, priorContacts: 0, unlinkedClosedPriorContacts: 0,
  });
  return { ...start, queuedTime: 110, ...changes };
}

function events(journeys: Journey[]): { event_type: string; event: string; time: string; resource_id: string }[] {
  const raw = { records: [{ scenario: 's', replication: 0, sample: { journeys } }] } as unknown as ExperimentRaw;
  return csvRecords(eventLogCsv(raw, WINDOW)) as { event_type: string; event: string; time: string; resource_id: string }[];
}

describe('eventLogCsv', () => {
  it('logs every social worker who held the case, with the wait between a handover and the next worker', () => {
    const rows = events([journey({
      allocationTime: 112, workerChanges: 2, workers: [4, 9, 4], workerStarts: [112, 150, 210], workerEnds: [140, 200, 260],
      closedTime: 260, outcome: 'closed', assessmentTime: 250, seenTime: 120,
    })]);
    expect(rows.map((r) => [r.event, r.time, r.resource_id])).toEqual([
      ['arrival', '10', ''],
      ['waiting_for_allocation', '10', ''],
      ['allocated', '12', '5'],
      ['handed_over', '40', '5'],
      ['waiting_for_reallocation', '40', ''],
      ['reallocated', '50', '10'],
      ['handed_over', '100', '10'],
      ['waiting_for_reallocation', '100', ''],
      ['reallocated', '110', '5'],
      ['case_closed', '160', '5'],
      ['depart', '160', ''],
    ]);
  });

  it('leaves out what happens after the horizon, so an open spell has no end event', () => {
    const rows = events([journey({ allocationTime: 300, workerChanges: 1, workers: [1, 2], workerStarts: [300, 420], workerEnds: [390] })]);
    expect(rows.map((r) => r.event)).toEqual(['arrival', 'waiting_for_allocation', 'allocated', 'handed_over', 'waiting_for_reallocation']);
  });

  it('skips journeys referred outside the measured window', () => {
    expect(events([journey({ referralTime: 50 })])).toEqual([]);
  });
});
