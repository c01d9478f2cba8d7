import { element } from './dom.js';
import type { TeachingAnimation } from './animationData.js';

/** Seconds of real time for the whole simulated month. */
const PLAY_SECONDS = 24;
const HEIGHT_PX = 250;
const DOT_PX = 6;
const COLOURS = { screening: '#7f7f7f', waiting: '#E69F00', caseload: '#0072B2' } as const;

type Zone = keyof typeof COLOURS;
interface Dot { x: number; y: number }

/** The zones across the canvas, as shares of its width: screening, waiting for a social worker, on a caseload. */
const ZONES: Record<Zone, { from: number; to: number; title: string }> = {
  screening: { from: 0.01, to: 0.24, title: 'Contacts being screened' },
  waiting: { from: 0.28, to: 0.52, title: 'Waiting for a social worker' },
  caseload: { from: 0.56, to: 0.99, title: 'On a social worker’s caseload' },
};

/** Where each entity is at simulated day t: a zone, or undefined when not at the front door (not yet come or gone). */
export function zoneAt(animation: TeachingAnimation, t: number): { contacts: (Zone | undefined)[]; cases: (Zone | undefined)[]; closedAtDoor: number; closed: number } {
  let closedAtDoor = 0;
  let closed = 0;
  const contacts = animation.contacts.map((c) => {
    if (c.a > t) return undefined;
    if (c.d === null || c.d > t) return 'screening' as const;
    if (c.r === 0) closedAtDoor += 1;
    return undefined;
  });
  const cases = animation.cases.map((c) => {
    if (c.q > t) return undefined;
    if (c.e !== null && c.e <= t) {
      if (c.e >= 0) closed += 1;
      return undefined;
    }
    return c.s === null || c.s > t ? ('waiting' as const) : ('caseload' as const);
  });
  return { contacts, cases, closedAtDoor, closed };
}

/** The animation of the front door: children as dots moving through screening, the queue for allocation and caseloads. */
export interface AnimationView {
  readonly root: HTMLElement;
  show(animation: TeachingAnimation, who: string): void;
}

/** Builds the animation panel: a canvas, a play button and a line of counts (also its text alternative). */
export function animationView(): AnimationView {
  const canvas = element('canvas', { id: 'door-canvas', height: String(HEIGHT_PX), role: 'img', 'aria-label': 'Animation of the front door' }) as HTMLCanvasElement;
  const play = element('button', { type: 'button', id: 'door-play', text: 'Play the month' });
  const counts = element('p', { id: 'door-counts', class: 'door-counts', 'aria-live': 'off' });
  const title = element('p', { class: 'door-title' });
  const root = element('figure', { class: 'door', id: 'door' }, [
    title, canvas, element('div', { class: 'door-bar' }, [play, counts]),
    element('figcaption', { text: 'Each dot is a contact being screened (grey), a referred child waiting for a social worker (orange), or a child on a caseload (blue). Run 0 of your settings, from the start of the measured period.' }),
  ]);
  let data: TeachingAnimation = { days: 0, contacts: [], cases: [] };
  let day = 0;
  let playing = false;
  let last = 0;
  let dots = new Map<string, Dot>();

  const draw = (): void => {
    const width = canvas.clientWidth > 0 ? canvas.clientWidth : 700;
    if (canvas.width !== width) canvas.width = width;
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    const state = zoneAt(data, day);
    const slots: Record<Zone, number> = { screening: 0, waiting: 0, caseload: 0 };
    const next = new Map<string, Dot>();
    ctx.clearRect(0, 0, width, HEIGHT_PX);
    ctx.font = '13px sans-serif';
    ctx.fillStyle = '#222222';
    for (const z of Object.values(ZONES)) {
      ctx.fillStyle = '#f2f4f6';
      ctx.fillRect(z.from * width, 22, (z.to - z.from) * width, HEIGHT_PX - 26);
      ctx.fillStyle = '#222222';
      ctx.fillText(z.title, z.from * width + 4, 15);
    }
    const place = (key: string, zone: Zone): void => {
      const z = ZONES[zone];
      const columns = Math.max(1, Math.floor(((z.to - z.from) * width - 8) / DOT_PX));
      const i = slots[zone]++;
      const target = { x: z.from * width + 6 + (i % columns) * DOT_PX, y: 30 + Math.floor(i / columns) * DOT_PX };
      if (target.y > HEIGHT_PX - 8) return;
      const from = dots.get(key) ?? { x: zone === 'screening' ? 0 : ZONES[zone].from * width, y: target.y };
      const dot = { x: from.x + (target.x - from.x) * 0.25, y: from.y + (target.y - from.y) * 0.25 };
      next.set(key, dot);
      ctx.fillStyle = COLOURS[zone];
      ctx.fillRect(dot.x - 2, dot.y - 2, 4, 4);
    };
    state.contacts.forEach((zone, i) => { if (zone !== undefined) place(`c${i}`, zone); });
    state.cases.forEach((zone, i) => { if (zone !== undefined) place(`j${i}`, zone); });
    dots = next;
    counts.textContent = `Day ${Math.floor(day)} of ${Math.round(data.days)}: ${slots.screening} contacts being screened, ${slots.waiting} children waiting for a social worker, ${slots.caseload} on caseloads; so far ${state.closedAtDoor} contacts closed at the front door and ${state.closed} cases closed.`;
  };

  const frame = (now: number): void => {
    if (!playing) return;
    const elapsed = last === 0 ? 0 : (now - last) / 1000;
    last = now;
    day = Math.min(data.days, day + (elapsed * data.days) / PLAY_SECONDS);
    draw();
    if (day >= data.days) {
      playing = false;
      play.textContent = 'Play the month again';
      return;
    }
    requestAnimationFrame(frame);
  };

  play.addEventListener('click', () => {
    if (playing) {
      playing = false;
      play.textContent = 'Play';
      return;
    }
    if (day >= data.days) day = 0;
    playing = true;
    last = 0;
    play.textContent = 'Pause';
    requestAnimationFrame(frame);
  });

  return {
    root,
    show(animation, who) {
      data = animation;
      day = 0;
      dots = new Map();
      playing = false;
      play.textContent = 'Play the month';
      title.textContent = `The front door over a simulated month: ${who}`;
      draw();
    },
  };
}
