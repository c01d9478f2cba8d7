import type { ContactRecord, MilestoneDefinition, MilestoneId, ScenarioClock, TraceLine } from '../experiment/index.js';
import type { StoryLine } from './explainText.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The model's decision sentences ("Decision: …."), read back as the decision recorded on the contact. */
const DECISION_OF_WORDS: Record<string, ContactRecord['decision']> = {
  'no further action': 'noFurtherAction', 'early help': 'earlyHelp', 'a referral for assessment': 'referral',
  'a strategy discussion (suspected significant harm)': 'strategyDiscussion', 'added to the open case': 'openCase',
  'answered by an early-help family hub': 'divertedToEarlyHelp',
};

const SOURCE_WORDS: Record<string, string> = {
  police: 'the police', school: 'the school', health: 'health services', localAuthority: 'another council service',
  family: 'a family member', anonymous: 'an anonymous caller', other: 'another agency',
};

/** The story line that marks the end of the warm-up. */
export const MEASURED_PERIOD_BEGINS = '── The measured period begins: everything before this was warm-up. ──';

function days(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/** A wait after an event, in working days: "on the same working day as …" or "N working days after …". */
function after(n: number, what: string): string {
  return n === 0 ? `on the same working day as ${what}` : `${days(n)} after ${what}`;
}

/** What a wait of `n` working days means against a milestone's timescale: "within …" or "over …", or nothing without one. */
function against(n: number, milestone: MilestoneDefinition | undefined): string {
  const target = milestone?.targetWorkingDays;
  if (target === undefined) return '';
  return n <= target ? `, within the ${days(target)} timescale` : `, over the ${days(target)} timescale`;
}

/**
 * A child's trace as story lines, with every wait in working days against its timescale and each
 * front-door decision tied to the contact it decided (contacts numbered in order of arrival). The
 * contacts come from the same run as the trace; a trace sentence with no wait to tell keeps its words.
 * A line marks the start of the measured period when the story spans it.
 */
export function explainStory(trace: readonly TraceLine[], contacts: readonly ContactRecord[], clock: ScenarioClock, milestones: readonly MilestoneDefinition[]): StoryLine[] {
  const { calendar, window } = clock;
  const milestone = (id: MilestoneId) => milestones.find((m) => m.id === id);
  const wd = (from: number, to: number) => Math.max(0, Math.round(clock.workingDays(from, to)));
  const ordered = [...contacts].sort((a, b) => a.time - b.time);
  const numberOf = new Map(ordered.map((c, i) => [c, i + 1]));
  const claimed = new Set<ContactRecord>();
  const arrived: ContactRecord[] = [];
  const asked = new Set<ContactRecord>();
  let screening: ContactRecord | undefined;
  let referral: { time: number; route: 'assessment' | 'strategy' } | undefined;
  let strategyTime: number | undefined;
  let allocationTime: number | undefined;
  let leftTime: number | undefined;
  const describe = (c: ContactRecord) => `contact ${numberOf.get(c) ?? '?'} (${SOURCE_WORDS[c.source] ?? c.source}, ${calendar.dateOf(c.time)})`;
  const decidedAt = (t: number, decision?: ContactRecord['decision']) =>
    ordered.find((c) => !claimed.has(c) && c.decisionTime !== undefined && Math.abs(c.decisionTime - t) < 1e-9 && (decision === undefined || c.decision === decision));

  const lines = trace.map((line): string => {
    const { time, text } = line;
    const contact = /^Contact from /.exec(text);
    if (contact !== null) {
      const record = ordered.find((c) => !arrived.includes(c) && Math.abs(c.time - time) < 1e-9);
      if (record === undefined) return text;
      arrived.push(record);
      return text.replace(/^Contact from /, `Contact ${numberOf.get(record) ?? '?'}, from `);
    }
    if (/^More information sought/.test(text)) {
      const record = arrived.find((c) => !claimed.has(c) && !asked.has(c));
      if (record === undefined) return text;
      asked.add(record);
      return `More information sought on ${describe(record)} before a decision (a threshold visit or checks).`;
    }
    if (/^The screener links this to|earlier contact\(s\) about the child are not linked/.test(text)) {
      screening = decidedAt(time);
      const n = /(\d+) earlier/.exec(text)?.[1] ?? '';
      const plural = n === '1' ? 'contact' : 'contacts';
      if (screening === undefined) return text;
      return text.startsWith('The screener links')
        ? `Screening ${describe(screening)}: the screener links it to ${n} earlier ${plural} about the child.`
        : `Screening ${describe(screening)}: ${n} earlier ${plural} about the child not linked; the screener sees this one alone.`;
    }
    const decision = /^Decision: (.+)\.$/.exec(text);
    if (decision !== null) {
      const kind = DECISION_OF_WORDS[decision[1] ?? ''];
      const record = screening !== undefined && screening.decision === kind ? screening : decidedAt(time, kind);
      screening = undefined;
      if (kind === 'referral') referral = { time, route: 'assessment' };
      if (kind === 'strategyDiscussion') referral = { time, route: 'strategy' };
      if (kind === 'referral' || kind === 'strategyDiscussion') { strategyTime = undefined; allocationTime = undefined; }
      if (record === undefined) return text;
      claimed.add(record);
      if (kind === 'divertedToEarlyHelp') return `Decision on ${describe(record)}: ${decision[1] ?? ''}.`;
      const n = wd(record.time, time);
      return `Decision on ${describe(record)}: ${decision[1] ?? ''}; ${after(n, 'the contact')}${against(n, milestone('contactToDecision'))}.`;
    }
    if (/^Strategy discussion held/.test(text) && referral !== undefined) {
      strategyTime = time;
      return `${text.replace(/\.$/, '')} (${after(wd(referral.time, time), 'the decision')}).`;
    }
    const allocated = /^(Allocated to .+?, who[^.]*)\.$/.exec(text);
    if (allocated !== null && allocationTime === undefined && referral !== undefined) {
      allocationTime = time;
      const from = referral.route === 'strategy' && strategyTime !== undefined ? strategyTime : referral.time;
      return `${allocated[1] ?? text}: ${after(wd(from, time), referral.route === 'strategy' && strategyTime !== undefined ? 'the strategy discussion' : 'the referral')} (no statutory timescale).`;
    }
    if (/ leaves; the case goes back/.test(text)) leftTime = time;
    if (/^Reallocated to /.test(text) && leftTime !== undefined) {
      const n = wd(leftTime, time);
      leftTime = undefined;
      return `${text.replace(/\.$/, '')}; ${after(n, 'the last worker left')}.`;
    }
    if (/^The social worker sees the child/.test(text) && allocationTime !== undefined && referral !== undefined) {
      const n = wd(allocationTime, time);
      const id = referral.route === 'strategy' ? 'allocationToSeenProtection' : 'allocationToSeenNeed';
      return `The social worker sees the child, ${after(n, 'allocation')}${against(n, milestone(id))}.`;
    }
    if (/^Child and family assessment complete/.test(text) && referral !== undefined) {
      const n = wd(referral.time, time);
      return `Child and family assessment complete, ${after(n, 'the referral')}${against(n, milestone('referralToAssessment'))}.`;
    }
    if (/^Initial child protection conference held/.test(text) && strategyTime !== undefined) {
      const n = wd(strategyTime, time);
      return `${text.replace(/\.$/, '')}, ${after(n, 'the strategy discussion')}${against(n, milestone('strategyToConference'))}.`;
    }
    return text;
  });
  const at = (time: number, text: string): StoryLine => ({ date: calendar.dateOf(time), weekday: WEEKDAYS[calendar.weekday(time)] ?? '', text });
  const story = trace.map((line, i) => ({ time: line.time, line: at(line.time, lines[i] ?? line.text) }));
  const first = trace[0]?.time;
  const last = trace.at(-1)?.time;
  if (first !== undefined && last !== undefined && first < window.warmupEnd && last >= window.warmupEnd) {
    const index = story.findIndex((s) => s.time >= window.warmupEnd);
    story.splice(index, 0, { time: window.warmupEnd, line: at(window.warmupEnd, MEASURED_PERIOD_BEGINS) });
  }
  return story.map((s) => s.line);
}
