import { borrowKeyedStream, drawKey, keyedStream, keyedUniforms } from '../random/index.js';
import type { Rng } from '../random/index.js';
import { CONTACT_SOURCES } from '../scenario/contactSources.js';
import type { ContactSource } from '../scenario/contactSources.js';

/**
 * Every per-child random stream, in one place. A child's key is drawn once from the shared `needs`
 * stream; each of its draws then comes from a stream keyed by (child key, purpose), so every
 * scenario run with the same seed sees the same children with the same needs and the same draws,
 * whatever else differs (common random numbers). The purpose numbers below must never be reused.
 * Streams whose draws are all made at once are borrowed (borrowKeyedStream: the same numbers,
 * nothing allocated), so each must be used up before the next stream is asked for.
 */
export const PURPOSE = {
  needs: 1,
  /** Whether and when the child comes back after concern episode `concern` ends. */
  returns: (concern: number) => 2 + concern * 100_000,
  contact: (episode: number, index: number, k: number) => 1000 + episode * 100_000 + index * 16 + k,
  casework: (episode: number, k: number) => 50 + episode * 100_000 + k,
} as const;

/** Slots within a contact's purpose number. */
const CONTACT_SLOT = { draws: 0, effort: 1, information: 2, gap: 3, count: 4 } as const;

/** Draws a new child's key from the shared needs stream. */
export function newChildKey(needsStream: Rng): number {
  return drawKey(needsStream);
}

/** The child's own needs stream: latent risk, then the number of contacts (borrowed). */
export function needsStream(key: number): Rng {
  return borrowKeyedStream(key, PURPOSE.needs);
}

/** The stream for the number of contacts concern episode `concern` (> 0) brings (the first concern's comes from the needs stream; borrowed). */
export function concernStream(key: number, concern: number): Rng {
  return borrowKeyedStream(key, PURPOSE.contact(concern, 0, CONTACT_SLOT.count));
}

/** The stream for the gap before contact `index` (> 0) of concern episode `concern` (borrowed). */
export function contactGapStream(key: number, concern: number, index: number): Rng {
  return borrowKeyedStream(key, PURPOSE.contact(concern, index, CONTACT_SLOT.gap));
}

/** The stream deciding whether the child comes back after concern `concern` ends, and when (borrowed). */
export function returnStream(key: number, concern: number): Rng {
  return borrowKeyedStream(key, PURPOSE.returns(concern));
}

/** The draws that decide one contact, fixed per child so every scenario sees the same ones. */
export interface ContactDraws {
  source: ContactSource;
  uDecision: number;
  uLink: number;
  uInformation: number;
  uHoliday: number;
  uDiversion: number;
  /** Whether the screener's reading of risk is right, and the reading when it is not; the same after further information. */
  uTriage: number;
  uTriageLevel: number;
  uVisitTriage: number;
  uVisitLevel: number;
}

/** The uniforms behind contactDraws and a journey's draws, overwritten by each call. */
const uniforms = new Float64Array(10);

/** The draws of contactDraws, overwritten by each call (so nothing is allocated per contact). */
const drawsOfContact: ContactDraws = {
  source: 'other', uDecision: 0.5, uLink: 0.5, uInformation: 0.5, uHoliday: 0.5, uDiversion: 0.5,
  uTriage: 0.5, uTriageLevel: 0.5, uVisitTriage: 0.5, uVisitLevel: 0.5,
};

/**
 * The running sums of a source mix's shares, rescaled to sum 1, in CONTACT_SOURCES order: a
 * contact's source is the first whose sum exceeds its uniform. Worked out once per replication, so
 * that contactDraws reads an array instead of adding up the shares on every call.
 */
export function sourceThresholds(sourceMix: Readonly<Record<ContactSource, number>>): Float64Array {
  let total = 0;
  for (const s of CONTACT_SOURCES) total += sourceMix[s];
  const thresholds = new Float64Array(CONTACT_SOURCES.length);
  let acc = 0;
  CONTACT_SOURCES.forEach((s, i) => {
    acc += sourceMix[s] / total;
    thresholds[i] = acc;
  });
  return thresholds;
}

/**
 * Draws for contact `index` of the child's episode; the source is drawn against `thresholds`
 * (sourceThresholds of the scenario's mix). The same numbers on every call with the same
 * arguments, so each handler asks for them again rather than keeping them: the object returned is
 * shared and overwritten by the next call, so read what you need from it at once.
 */
export function contactDraws(key: number, episode: number, index: number, thresholds: Float64Array): Readonly<ContactDraws> {
  keyedUniforms(key, PURPOSE.contact(episode, index, CONTACT_SLOT.draws), uniforms, 10);
  const u = uniforms[0]!;
  let source: ContactSource = 'other';
  for (let i = 0; i < thresholds.length; i++) {
    if (u < thresholds[i]!) {
      source = CONTACT_SOURCES[i]!;
      break;
    }
  }
  const d = drawsOfContact;
  d.source = source;
  d.uDecision = uniforms[1]!;
  d.uLink = uniforms[2]!;
  d.uInformation = uniforms[3]!;
  d.uHoliday = uniforms[4]!;
  d.uDiversion = uniforms[5]!;
  d.uTriage = uniforms[6]!;
  d.uTriageLevel = uniforms[7]!;
  d.uVisitTriage = uniforms[8]!;
  d.uVisitLevel = uniforms[9]!;
  return d;
}

/** The stream for how long screening contact `index` of the child's episode takes (asked for when screening starts; borrowed). */
export function contactEffortStream(key: number, episode: number, index: number): Rng {
  return borrowKeyedStream(key, PURPOSE.contact(episode, index, CONTACT_SLOT.effort));
}

/** The stream for how long further information on that contact takes (asked for only when it is sought; borrowed). */
export function contactInformationStream(key: number, episode: number, index: number): Rng {
  return borrowKeyedStream(key, PURPOSE.contact(episode, index, CONTACT_SLOT.information));
}

/**
 * Per-journey draws, fixed per child and episode so each scenario sees the same ones. Each named
 * stream continues where the journey's last draw from it stopped, and is valid until the next
 * stream is asked for anywhere (it is borrowed, see borrowKeyedStream): draw from it at once.
 */
export interface JourneyDraws {
  readonly uNoFurtherAction: number;
  readonly uOutcome: number;
  readonly uConference: number;
  readonly uProtectionPlan: number;
  readonly uTransfer: number;
  readonly strategyRng: Rng;
  readonly effortRng: Rng;
  readonly seenRng: Rng;
  readonly planRng: Rng;
  readonly conferenceRng: Rng;
}

/** Slots within a journey's casework purpose number: the uniforms, then one stream per purpose. */
const CASEWORK_SLOT = { uniforms: 0, strategy: 1, effort: 2, seen: 3, plan: 4, conference: 5 } as const;

/** The journey and slot the stream handed out last draws for, and that stream (see KeyedJourneyDraws.stream). */
let countedJourney: KeyedJourneyDraws | undefined;
let countedSlot = 0;
let countedStream: Rng = borrowKeyedStream(0, 0);

/** The stream a journey hands out: the borrowed stream, each draw counted against its journey and slot. */
function countedNext(): number {
  countedJourney!.counted(countedSlot);
  return countedStream();
}

/**
 * A journey's draws: the five uniforms at once, and for each named stream only the number of draws
 * made from it so far (most journeys never need a conference or a plan). A stream asked for again
 * is the borrowed stream of its key and slot moved past those draws, so it continues exactly where
 * a stream kept since its first use would, with no generator kept per journey.
 */
class KeyedJourneyDraws implements JourneyDraws {
  readonly uNoFurtherAction: number;
  readonly uOutcome: number;
  readonly uConference: number;
  readonly uProtectionPlan: number;
  readonly uTransfer: number;
  private readonly key: number;
  private readonly episode: number;
  /** Draws made so far from each named stream. */
  private strategyDraws = 0;
  private effortDraws = 0;
  private seenDraws = 0;
  private planDraws = 0;
  private conferenceDraws = 0;

  constructor(key: number, episode: number) {
    this.key = key;
    this.episode = episode;
    keyedUniforms(key, PURPOSE.casework(episode, CASEWORK_SLOT.uniforms), uniforms, 5);
    this.uNoFurtherAction = uniforms[0]!;
    this.uOutcome = uniforms[1]!;
    this.uConference = uniforms[2]!;
    this.uProtectionPlan = uniforms[3]!;
    this.uTransfer = uniforms[4]!;
  }

  private drawsFrom(slot: number): number {
    switch (slot) {
      case CASEWORK_SLOT.strategy: return this.strategyDraws;
      case CASEWORK_SLOT.effort: return this.effortDraws;
      case CASEWORK_SLOT.seen: return this.seenDraws;
      case CASEWORK_SLOT.plan: return this.planDraws;
      default: return this.conferenceDraws;
    }
  }

  /** Counts one draw from the stream of `slot`. */
  counted(slot: number): void {
    switch (slot) {
      case CASEWORK_SLOT.strategy: this.strategyDraws++; break;
      case CASEWORK_SLOT.effort: this.effortDraws++; break;
      case CASEWORK_SLOT.seen: this.seenDraws++; break;
      case CASEWORK_SLOT.plan: this.planDraws++; break;
      default: this.conferenceDraws++;
    }
  }

  private stream(slot: number): Rng {
    const rng = borrowKeyedStream(this.key, PURPOSE.casework(this.episode, slot));
    for (let i = this.drawsFrom(slot); i > 0; i--) rng();
    // The stream handed out counts its draws against this journey (one journey at a time, as borrowing allows).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    countedJourney = this;
    countedSlot = slot;
    countedStream = rng;
    return countedNext;
  }

  get strategyRng(): Rng { return this.stream(CASEWORK_SLOT.strategy); }
  get effortRng(): Rng { return this.stream(CASEWORK_SLOT.effort); }
  get seenRng(): Rng { return this.stream(CASEWORK_SLOT.seen); }
  get planRng(): Rng { return this.stream(CASEWORK_SLOT.plan); }
  get conferenceRng(): Rng { return this.stream(CASEWORK_SLOT.conference); }
}

/** The draws of episode `episode` of the child with this key. */
export function journeyDraws(key: number, episode: number): JourneyDraws {
  return new KeyedJourneyDraws(key, episode);
}

/**
 * Purpose numbers for a case-holding post's streams, keyed by the post's key. Post keys are drawn
 * in post order from the `posts` stream, so post k has the same key, and the same staffing draws,
 * in every scenario run with the same seed: staffing is paired across scenarios as children are.
 */
export const POST_PURPOSE = {
  /** Who holds the post at the start. */
  initial: 1,
  /** Remaining plan time of the starting caseload. */
  startingCases: 2,
  /** Whether a turnover shock takes the post's worker, and when. */
  shock: 3,
  /** Worker spell `spell` on the post: 0 turnover reviews, 1 agency assignments, 2 absence. */
  spell: (spell: number, k: number) => 1000 + spell * 16 + k,
  /** Vacancy episode `vacancy` of the post: time to fill, the agency-cover decision and cover delays. */
  vacancy: (vacancy: number) => 50_000_000 + vacancy,
} as const;

/** Slots within a worker spell's purpose number. */
export const SPELL_SLOT = { turnover: 0, assignment: 1, absence: 2 } as const;

/** A stream of one post, keyed by its key and a POST_PURPOSE number. */
export function postStream(postKey: number, purpose: number): Rng {
  return keyedStream(postKey, purpose);
}

/** postStream's numbers, borrowed (see borrowKeyedStream): for draws made at once. */
export function borrowPostStream(postKey: number, purpose: number): Rng {
  return borrowKeyedStream(postKey, purpose);
}

/** Draws the next post's or roster member's key from its stream. */
export function nextKey(stream: Rng): number {
  return drawKey(stream);
}

/** The daily presence stream of roster member k (a screener or a duty worker), keyed by its key. */
export function rosterStream(key: number): Rng {
  return keyedStream(key, 1);
}
