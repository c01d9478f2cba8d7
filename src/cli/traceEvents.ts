import type { JourneyEventKind } from '../charts/index.js';

/** A trace sentence read as a kind of event with a short label for the timeline. */
export interface TraceEvent {
  kind: JourneyEventKind;
  label: string;
}

const SOURCE_LABELS: Record<string, string> = {
  'the police': 'police', 'the school': 'school', 'health services': 'health', 'another council service': 'council service',
  'a family member': 'family member', 'an anonymous caller': 'anonymous', 'another agency': 'other agency',
};

/** The label of a decision to hold a strategy discussion: what follows is a wait for the discussion, then for a social worker. */
export const STRATEGY_DECISION_LABEL = 'Decision: strategy discussion';

const DECISION_LABELS: Record<string, TraceEvent> = {
  'no further action': { kind: 'decision', label: 'Decision: no further action' },
  'early help': { kind: 'decision', label: 'Decision: early help' },
  'a referral for assessment': { kind: 'referral', label: 'Decision: referral' },
  'a strategy discussion (suspected significant harm)': { kind: 'referral', label: STRATEGY_DECISION_LABEL },
  'added to the open case': { kind: 'decision', label: 'Added to the open case' },
  'answered by an early-help family hub': { kind: 'decision', label: 'Early-help family hub' },
};

/** Sentences of src/model's trace (see its `trace(...)` calls), matched in order; the first match wins. */
const RULES: readonly { pattern: RegExp; event: (m: RegExpMatchArray) => TraceEvent }[] = [
  { pattern: /^Child \d+ comes to notice/, event: () => ({ kind: 'notice', label: 'Comes to notice' }) },
  { pattern: /^Child \d+, known from before, comes back/, event: () => ({ kind: 'notice', label: 'Known from before: new concern' }) },
  { pattern: /^The child comes to notice again/, event: () => ({ kind: 'notice', label: 'New concern' }) },
  { pattern: /^Contact from (.+)\.$/, event: (m) => ({ kind: 'contact', label: `Contact: ${SOURCE_LABELS[m[1] ?? ''] ?? m[1] ?? ''}` }) },
  { pattern: /^More information sought/, event: () => ({ kind: 'information', label: 'More information sought' }) },
  { pattern: /^The screener links this to (\d+) earlier/, event: (m) => ({ kind: 'linked', label: `Linked to ${m[1] ?? ''} earlier` }) },
  { pattern: /^(\d+) earlier contact\(s\) about the child are not linked/, event: (m) => ({ kind: 'notLinked', label: `${m[1] ?? ''} earlier not linked` }) },
  { pattern: /^Decision: (.+)\.$/, event: (m) => DECISION_LABELS[m[1] ?? ''] ?? { kind: 'decision', label: `Decision: ${m[1] ?? ''}` } },
  { pattern: /^The referral is closed with no further action/, event: () => ({ kind: 'closure', label: 'Referral closed: no further action' }) },
  { pattern: /^Strategy discussion held/, event: () => ({ kind: 'strategy', label: 'Strategy discussion' }) },
  { pattern: /^No social worker has room/, event: () => ({ kind: 'heldOnDuty', label: 'Held on duty' }) },
  { pattern: /^Allocated to (.+?), who/, event: (m) => ({ kind: 'allocation', label: `Allocated: ${m[1] ?? ''}` }) },
  { pattern: /^Stays with (.+?):/, event: (m) => ({ kind: 'allocation', label: `Stays with ${m[1] ?? ''}` }) },
  { pattern: /^Reallocated to (.+?) \(/, event: (m) => ({ kind: 'workerChange', label: `New social worker: ${m[1] ?? ''}` }) },
  { pattern: /^(.+?) leaves; the case goes back/, event: (m) => ({ kind: 'workerLeaves', label: `${m[1] ?? ''} leaves` }) },
  { pattern: /^The social worker sees the child/, event: () => ({ kind: 'seen', label: 'Child seen' }) },
  { pattern: /^Section 47 enquiry complete/, event: () => ({ kind: 'enquiry', label: 'Section 47 enquiry complete' }) },
  { pattern: /^No conference needed/, event: () => ({ kind: 'enquiry', label: 'No conference needed' }) },
  { pattern: /^Child and family assessment complete/, event: () => ({ kind: 'assessment', label: 'Assessment complete' }) },
  { pattern: /^Initial child protection conference held: a (.+)\.$/, event: (m) => ({ kind: 'conference', label: `Conference: ${m[1] ?? ''}` }) },
  { pattern: /^A child in need plan begins/, event: () => ({ kind: 'plan', label: 'Child in need plan begins' }) },
  { pattern: /^The case transfers/, event: () => ({ kind: 'transfer', label: 'Transfer to long-term team' }) },
  { pattern: /^Case closed \((.+)\)\.$/, event: (m) => ({ kind: 'closure', label: `Case closed: ${m[1] ?? ''}` }) },
];

/**
 * Reads one sentence of a child's trace as a timeline event. A sentence no rule knows is kind 'other',
 * labelled with its first words, so a new trace sentence still shows (tests check none is 'other').
 */
export function traceEvent(text: string): TraceEvent {
  for (const rule of RULES) {
    const match = text.match(rule.pattern);
    if (match !== null) return rule.event(match);
  }
  return { kind: 'other', label: text.length <= 30 ? text : `${text.slice(0, 29)}…` };
}
