import type { ReplicationOutput } from './records.js';

/** One child counted as a missed chance: when the second contact closed unlinked came, and what followed. */
export interface MissedChanceChild {
  child: number;
  /** Simulated day of the second contact closed at the front door unlinked to what was there to link. */
  secondTime: number;
  /** 'referredLater' when a referral followed that contact within the run, else 'neverReferred'. */
  kind: 'neverReferred' | 'referredLater';
}

const CLOSED_AT_FRONT_DOOR = new Set(['noFurtherAction', 'earlyHelp', 'divertedToEarlyHelp']);

/**
 * Missed chances, per child: a child of medium or high (latent) risk with two or more contacts
 * closed at the front door without being linked to an earlier contact or history that was there
 * to link. A child counts when its second such contact falls in the window, as "referred later"
 * if a referral followed it within the run, else as "never referred". In order of that second contact.
 */
export function missedChanceChildren(out: ReplicationOutput, inWindow: (t: number) => boolean): MissedChanceChild[] {
  const count = new Map<number, number>();
  const second = new Map<number, number>();
  for (const c of out.contacts) {
    if (c.risk === 'low' || c.earlierInWindow <= 0 || c.linked || c.decision === undefined || !CLOSED_AT_FRONT_DOOR.has(c.decision)) continue;
    const n = (count.get(c.child) ?? 0) + 1;
    count.set(c.child, n);
    if (n === 2) second.set(c.child, c.time);
  }
  const lastReferral = new Map<number, number>();
  for (const j of out.journeys) lastReferral.set(j.child, Math.max(lastReferral.get(j.child) ?? -Infinity, j.referralTime));
  const children: MissedChanceChild[] = [];
  for (const [child, t] of second) {
    if (!inWindow(t)) continue;
    children.push({ child, secondTime: t, kind: (lastReferral.get(child) ?? -Infinity) > t ? 'referredLater' : 'neverReferred' });
  }
  return children;
}
