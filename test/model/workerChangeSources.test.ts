import { describe, expect, it } from 'vitest';
import { workerChangeRates } from '../../src/model/workerChangeSources.js';
import { newJourney } from '../../src/model/newRecords.js';
import type { Journey, ReplicationOutput, WorkerRecord } from '../../src/model/records.js';

function journey(spells: { worker: number; start: number; end?: number }[], times: Partial<Journey> = {}): Journey {
  const j = newJourney({
    child: 1, episode: 0, risk: 'medium', assessedRisk: 'medium', source: 'police', route: 'assessment',
    firstContactTime: 0, contactTime: 0, referralTime: 0, outcome: 'open', rereferral: false, priorContacts: 0, unlinkedClosedPriorContacts: 0,
  });
  Object.assign(j, times);
  j.allocationTime = spells[0]!.start;
  for (const s of spells) {
    j.workers.push(s.worker);
    j.workerStarts.push(s.start);
    if (s.end !== undefined) j.workerEnds.push(s.end);
  }
  j.workerChanges = spells.length - 1;
  return j;
}

function worker(id: number, kind: WorkerRecord['kind'], end?: number, reason?: WorkerRecord['reason']): WorkerRecord {
  const record: WorkerRecord = { id, label: `SW ${id}`, kind, post: id, start: 0 };
  if (end !== undefined) record.end = end;
  if (reason !== undefined) record.reason = reason;
  return record;
}

function output(journeys: Journey[], workers: WorkerRecord[]): ReplicationOutput {
  return { warmupEnd: 0, end: 365, journeys, workers } as unknown as ReplicationOutput;
}

describe('workerChangeRates', () => {
  it('names the source of each change and counts them per allocated child-year', () => {
    const workers = [
      worker(0, 'permanent', 100, 'left'),
      worker(1, 'agency', 150, 'assignment-ended'),
      worker(2, 'permanent'), // stays: its case moves at the plan's start, then on long-term absence
      worker(3, 'permanent'),
      worker(4, 'agency', 300, 'replaced'),
      worker(5, 'permanent'),
    ];
    const journeys = [
      // Open all year: its permanent worker leaves at day 100 (reallocated after a handover),
      // the agency worker's assignment ends at 150, then it transfers at plan start on day 200.
      journey([{ worker: 0, start: 0, end: 100 }, { worker: 1, start: 110, end: 150 }, { worker: 2, start: 160, end: 200 }, { worker: 3, start: 200 }],
        { assessmentTime: 200 }),
      // Open half a year: worker 2 goes on long-term absence on day 250 (it stays in post), then
      // agency worker 4 gives way to a permanent starter on day 300.
      journey([{ worker: 2, start: 182.5, end: 250 }, { worker: 4, start: 260, end: 300 }, { worker: 5, start: 310 }]),
    ];
    const rates = workerChangeRates(output(journeys, workers));
    // 365 + 182.5 child-days = 1.5 child-years.
    expect(rates.childYears).toBeCloseTo(1.5, 12);
    expect(rates.bySource.leaver).toBeCloseTo(1 / 1.5, 12);
    expect(rates.bySource.agencyEnd).toBeCloseTo(2 / 1.5, 12);
    expect(rates.bySource.transfer).toBeCloseTo(1 / 1.5, 12);
    expect(rates.bySource.absence).toBeCloseTo(1 / 1.5, 12);
    expect(rates.total).toBeCloseTo(5 / 1.5, 12);
  });

  it('counts only changes and child-days inside the window', () => {
    const workers = [worker(0, 'permanent', 50, 'left'), worker(1, 'permanent', 300, 'left'), worker(2, 'permanent')];
    const j = journey([{ worker: 0, start: 0, end: 50 }, { worker: 1, start: 60, end: 300 }, { worker: 2, start: 310 }], { closedTime: 330 });
    const out = { ...output([j], workers), warmupEnd: 100, end: 465 } as ReplicationOutput;
    const rates = workerChangeRates(out);
    // Open from day 100 (the window's start) to 330: 230 child-days; only the change on day 310 is inside.
    expect(rates.childYears).toBeCloseTo(230 / 365, 12);
    expect(rates.total).toBeCloseTo(1 / (230 / 365), 12);
    expect(rates.bySource.leaver).toBe(rates.total);
  });

  it('reports nothing when no allocated child was open in the window', () => {
    const rates = workerChangeRates(output([], []));
    expect(rates.childYears).toBe(0);
    expect(rates.total).toBe(0);
  });
});
