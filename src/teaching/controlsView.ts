import { element } from './dom.js';
import type { TeachingStart } from './pageContract.js';
import { SLIDERS, sliderPositions } from './sliders.js';
import type { SliderDefinition, SliderId, SliderPositions } from './sliders.js';

/** The settings panel: the starting-point menu, one slider per setting, and a reset button. */
export interface ControlsView {
  readonly root: HTMLElement;
  /** Index of the chosen starting configuration. */
  startIndex(): number;
  /** Where the sliders are now. */
  positions(): SliderPositions;
  /** How many runs (replications) each setting gets. */
  runs(): number;
  /** Moves every slider to the chosen start's values and shows those values as the starting point. */
  resetToStart(): void;
  /** Called when the trainer picks another starting point (after the sliders were reset). */
  onStartChange(handler: (change: SettingsChange) => void): void;
  /** Called when the trainer lets go of a slider, picks a number of runs or presses reset. */
  onSettingsChange(handler: (change: SettingsChange) => void): void;
}

/**
 * How a setting changed: 'key' when the trainer is using the keyboard (each press of an arrow key is a
 * change, and a burst of them may follow), 'final' when a slider was let go or a button pressed.
 */
export type SettingsChange = 'key' | 'final';

interface SliderParts {
  readonly slider: SliderDefinition;
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
  readonly start: HTMLElement;
}

function sliderField(slider: SliderDefinition): { field: HTMLElement; parts: SliderParts } {
  const id = `slider-${slider.id}`;
  const input = element('input', {
    type: 'range', id, name: slider.id, min: String(slider.min), max: String(slider.max), step: String(slider.step),
    'aria-describedby': `hint-${slider.id}`,
  });
  const output = element('output', { id: `value-${slider.id}`, for: id });
  const start = element('span', { class: 'start-value' });
  const field = element('div', { class: 'field slider' }, [
    element('div', { class: 'slider-head' }, [element('label', { for: id, text: slider.label }), output]),
    input,
    element('p', { class: 'hint', id: `hint-${slider.id}` }, [start, ' ', slider.hint]),
  ]);
  return { field, parts: { slider, input, output, start } };
}

/** Choices of runs per setting: more runs give steadier numbers and take longer. */
export const RUN_CHOICES = [3, 5, 10, 20] as const;

/** Builds the settings panel for the given starting configurations (labels are shown as text, never as HTML), with `runs` runs per setting at first. */
export function controlsView(starts: readonly TeachingStart[], runs: number): ControlsView {
  const select = element('select', { id: 'start-select' }, starts.map((s, i) => element('option', { value: String(i), text: s.label })));
  const choices = [...new Set([runs, ...RUN_CHOICES])].sort((a, b) => a - b);
  const runsSelect = element('select', { id: 'runs-select' }, choices.map((n) => element('option', { value: String(n), text: `${n} runs` })));
  runsSelect.value = String(runs);
  const fields = SLIDERS.map(sliderField);
  const parts = new Map<SliderId, SliderParts>(fields.map((f) => [f.parts.slider.id, f.parts]));
  const reset = element('button', { type: 'button', id: 'reset-sliders', text: 'Back to the starting point' });
  const root = element('section', { class: 'controls', 'aria-labelledby': 'controls-title' }, [
    element('h2', { id: 'controls-title', text: 'Settings' }),
    element('div', { class: 'field pair' }, [
      element('div', {}, [element('label', { for: 'start-select', text: 'Starting point' }), select]),
      element('div', {}, [element('label', { for: 'runs-select', text: 'Runs per setting' }), runsSelect]),
    ]),
    ...fields.map((f) => f.field),
    element('div', { class: 'field pair' }, [
      reset,
      element('label', { class: 'hints-toggle' }, [element('input', { type: 'checkbox', id: 'show-hints' }), ' Explain each setting']),
    ]),
  ]);

  const hints = root.querySelector('#show-hints');
  hints?.addEventListener('change', () => root.classList.toggle('with-hints', (hints as HTMLInputElement).checked));
  const startIndex = (): number => Number(select.value);
  let initial: SliderPositions = sliderPositions((starts[0] as TeachingStart).scenario);
  const show = (p: SliderParts): void => {
    const value = Number(p.input.value);
    p.output.textContent = p.slider.format(value);
    p.input.setAttribute('aria-valuetext', p.slider.format(value));
    p.input.closest('.field')?.classList.toggle('moved', value !== initial[p.slider.id]);
  };
  const resetToStart = (): void => {
    initial = sliderPositions((starts[startIndex()] as TeachingStart).scenario);
    for (const p of parts.values()) {
      p.input.value = String(initial[p.slider.id]);
      p.start.textContent = `Starting point: ${p.slider.format(initial[p.slider.id])}.`;
      show(p);
    }
  };
  for (const p of parts.values()) p.input.addEventListener('input', () => show(p));
  resetToStart();
  // A change made with the keyboard is one step of what may be a burst; a pointer on the panel means the
  // next change is a release. Changes set by assistive technology (no key, no pointer) count as releases.
  let byKey = false;
  root.addEventListener('keydown', () => { byKey = true; }, true);
  root.addEventListener('pointerdown', () => { byKey = false; }, true);
  const how = (): SettingsChange => (byKey ? 'key' : 'final');

  return {
    root,
    startIndex,
    runs: () => Number(runsSelect.value),
    positions: () => Object.fromEntries([...parts.values()].map((p) => [p.slider.id, Number(p.input.value)])) as SliderPositions,
    resetToStart,
    onStartChange(handler) {
      select.addEventListener('change', () => {
        resetToStart();
        handler(how());
      });
    },
    onSettingsChange(handler) {
      for (const p of parts.values()) p.input.addEventListener('change', () => handler(how()));
      runsSelect.addEventListener('change', () => handler(how()));
      reset.addEventListener('click', () => {
        resetToStart();
        handler('final');
      });
    },
  };
}
