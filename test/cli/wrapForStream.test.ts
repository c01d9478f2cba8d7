import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/cli/messages.js';
import { createNarrator } from '../../src/cli/narrator.js';
import { wrapForStream } from '../../src/cli/terminalWidth.js';
import { cli, fakeIo, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

/** A stderr that keeps what is written, `columns` wide on a terminal (undefined: not a terminal). */
function stream(columns: number | undefined) {
  let text = '';
  return { write: (t: string) => void (text += t), isTTY: columns !== undefined, columns, text: () => text };
}

const WARNING = 'warning: only 2 replications per scenario: with fewer than 5 the intervals are too wide and too rough to quote';

describe('messages on stderr', () => {
  it('are wrapped to a terminal, each line shorter than its width, with the words in order', () => {
    const err = stream(40);
    createNarrator(err, false).warn(WARNING);
    const lines = err.text().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length, line).toBeLessThan(40);
    expect(lines.join(' ')).toBe(WARNING);
  });

  it('stay one line each when stderr is not a terminal (logs, pipes), and a line that fits is untouched', () => {
    const err = stream(undefined);
    createNarrator(err, false).warn(WARNING);
    expect(err.text()).toBe(`${WARNING}\n`);
    expect(wrapForStream('short line', 80)).toBe('short line');
  });

  it('keep an indented line indented on the lines it wraps onto', () => {
    const wrapped = wrapForStream(`  scenarios/a.yaml:3:5  ${'word '.repeat(12).trim()}`, 30).split('\n');
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(line.startsWith('  ') && !line.startsWith('   ')).toBe(true);
  });

  it('never breaks or respaces a quoted path to paste, even on a narrow terminal', () => {
    const path = '/home/me/My Documents/front  door runs/report.html';
    const wrapped = wrapForStream(MESSAGES.openReport(path, 'darwin'), 40);
    expect(wrapped).toBe(`open\n'${path}'`);
    const busy = wrapForStream(MESSAGES.outBusy("Bob's  runs", "Bob's  runs.lock", 12), 60);
    expect(busy).toContain("'Bob'\\''s  runs.lock')");
  });

  it('an error on a terminal is wrapped to it (the fake terminal is 100 columns), with the same words as off a terminal', async () => {
    const args = ['run', 'scenarios/missing.yaml', '--seed', '1'];
    const onTerminal = await cli(fakeIo({ dir: fixture.dir, tty: true, env: { NO_COLOR: '1' } }), ...args);
    const piped = await cli(fakeIo({ dir: fixture.dir }), ...args);
    expect(onTerminal.code).toBe(piped.code);
    expect(piped.code).not.toBe(0);
    expect(piped.err.split('\n').some((line) => line.length >= 100)).toBe(true);
    const lines = onTerminal.err.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThan(100);
    expect(lines.length).toBeGreaterThan(piped.err.trimEnd().split('\n').length);
    expect(onTerminal.err.startsWith('error: ')).toBe(true);
    expect(onTerminal.err.split(/\s+/)).toEqual(piped.err.split(/\s+/));
  });

  it('validate on a terminal wraps each problem under its text; piped, one line per problem', async () => {
    mkdirSync(join(fixture.dir, 'v'), { recursive: true });
    writeFileSync(join(fixture.dir, 'v', 'bad.yaml'), 'workforce:\n  posts: 60\n    caseloadCap: 18\n');
    const onTerminal = await cli(fakeIo({ dir: fixture.dir, tty: true, env: { NO_COLOR: '1' } }), 'validate', 'v/bad.yaml');
    const piped = await cli(fakeIo({ dir: fixture.dir }), 'validate', 'v/bad.yaml');
    const problems = piped.out.split('\n').filter((line) => line.startsWith('✗ '));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((line) => line.length >= 100)).toBe(true);
    const lines = onTerminal.out.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThan(100);
    expect(lines.filter((line) => line.startsWith('✗ '))).toHaveLength(problems.length);
    expect(lines.filter((line) => !line.startsWith('✗ ') && !/^\d+ of \d+ file/.test(line)).every((line) => line.startsWith('  '))).toBe(true);
  });
});
