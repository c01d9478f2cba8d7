import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/cli/explainText.js';
import type { Story } from '../../src/cli/explainText.js';

const a: Story = {
  scenario: 'first',
  lines: [
    { date: '2022-04-04', weekday: 'Mon', text: 'Contact from the police.' },
    { date: '2022-04-06', weekday: 'Wed', text: 'Decision: referral to children’s social care for an assessment, which is a long sentence.' },
  ],
};
const b: Story = { scenario: 'second', lines: [{ date: '2022-04-04', weekday: 'Mon', text: 'Contact from the police.' }] };

describe('explainText', () => {
  it('one story: each line dated, long texts wrapped under the text column', () => {
    const lines = explainText([a], 50).trimEnd().split('\n');
    expect(lines[0]).toBe('Mon 2022-04-04  Contact from the police.');
    expect(lines[1]?.startsWith('Wed 2022-04-06  Decision:')).toBe(true);
    expect(lines.slice(2).every((l) => l.startsWith(' '.repeat(16)))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(50);
  });

  it('two stories: one row per date with both scenarios side by side', () => {
    const lines = explainText([a, b], 100).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s+first\s+second$/);
    const monday = lines.find((l) => l.startsWith('Mon 2022-04-04'));
    expect(monday?.match(/Contact from the police\./g)?.length).toBe(2);
    const wednesday = lines.find((l) => l.startsWith('Wed 2022-04-06'));
    expect(wednesday).toContain('Decision:');
  });

  it('three stories: consecutive blocks, each headed by its scenario', () => {
    const text = explainText([a, b, { ...b, scenario: 'third' }], 80);
    expect(text.indexOf('first')).toBeLessThan(text.indexOf('second'));
    expect(text.indexOf('second')).toBeLessThan(text.indexOf('third'));
    expect(text.split('\n').filter((l) => l.startsWith('Mon 2022-04-04')).length).toBe(3);
  });
});
