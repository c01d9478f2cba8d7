import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/runCli.js';
import { cli, useScenarioFolder } from './fakeIo.js';

// Piped output with COLUMNS=80: help is laid out for an 80-column terminal.
const fixture = useScenarioFolder({ env: { COLUMNS: '80' } });

/** The lines of the help's Examples section. */
function examples(help: string): string[] {
  const start = help.split('\n').indexOf('Examples:');
  if (start < 0) return [];
  const rest = help.split('\n').slice(start + 1);
  const end = rest.indexOf('');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('--help examples', () => {
  it('at 80 columns, every example is a comment line and a whole command on the next line, written as it runs in a clone', async () => {
    for (const command of ['', ...COMMANDS]) {
      const res = await cli(fixture.io, ...(command === '' ? [] : [command]), '--help');
      const lines = examples(res.out);
      expect(lines.length, command).toBeGreaterThanOrEqual(2);
      lines.forEach((line, i) => {
        expect(line, `${command}: ${line}`).toMatch(i % 2 === 0 ? /^ {2}# \S/ : /^ {2}npx frontdoor \S/);
        expect([...line].length, `${command}: ${line}`).toBeLessThanOrEqual(80);
      });
    }
  });
});
