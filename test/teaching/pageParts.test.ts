import { describe, expect, it } from 'vitest';
import { zoneAt } from '../../src/teaching/animationView.js';
import { backlogPoints } from '../../src/teaching/backlogChartSpec.js';
import { settingsLogCsv } from '../../src/teaching/settingsLog.js';
import type { TeachingRuns } from '../../src/teaching/index.js';

const runs = {
  scalars: { unallocatedMean: [2, 4], 'referralToAssessment.withinTarget': [0.5, 0.7], missedChancesPerYear: [10, 12], workerChangesMean: [0.3, 0.4] },
  backlog: { weeks: [0, 1], runs: [[3, 8], [5, 2], [4, 6]] },
} as unknown as TeachingRuns;

describe('zoneAt(animation, day)', () => {
  it('puts a contact in screening until its decision and a referral in the queue until allocation, then on a caseload until closure', () => {
    const animation = {
      days: 28,
      contacts: [{ a: 1, d: 3, r: 0 as const }, { a: 2, d: null, r: 0 as const }],
      cases: [{ q: 3, s: 6, e: 10 }, { q: -40, s: -30, e: null }],
    };
    expect(zoneAt(animation, 2)).toEqual({ contacts: ['screening', 'screening'], cases: [undefined, 'caseload'], closedAtDoor: 0, closed: 0 });
    expect(zoneAt(animation, 4)).toEqual({ contacts: [undefined, 'screening'], cases: ['waiting', 'caseload'], closedAtDoor: 1, closed: 0 });
    expect(zoneAt(animation, 12)).toEqual({ contacts: [undefined, 'screening'], cases: [undefined, 'caseload'], closedAtDoor: 1, closed: 1 });
  });
});

describe('backlogPoints(who, runs)', () => {
  it('gives per week the middle run and the lowest and highest', () => {
    expect(backlogPoints('x', runs)).toEqual([
      { who: 'x', week: 0, median: 4, low: 3, high: 5 },
      { who: 'x', week: 1, median: 6, low: 2, high: 8 },
    ]);
  });
});

describe('settingsLogCsv(entries)', () => {
  it('writes one row per try with the slider values and the mean headline numbers (shares in %), quoting commas', () => {
    const csv = settingsLogCsv([{ start: 'a, b', runs: 2, positions: { posts: 70, turnover: 25, agencyCover: 75, caseloadCap: 18, linking: 20 }, results: runs }]);
    const [header, row] = csv.trim().split('\n');
    expect(header?.startsWith('try,starting point,runs,Social workers,')).toBe(true);
    expect(row).toBe('1,"a, b",2,70,25,75,18,20,3.0,60,11,0.35');
  });
});
