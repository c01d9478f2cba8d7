import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MESSAGES, shellWord } from '../../src/cli/messages.js';

/** What a POSIX shell makes of `word`: the argument it passes on, read back by printf. */
function throughShell(word: string): string {
  const result = spawnSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('shellWord', () => {
  it('leaves a plain path as it is', () => {
    expect(shellWord('output/solihull-2022-vs-solihull-2024-2022/report.html')).toBe('output/solihull-2022-vs-solihull-2024-2022/report.html');
  });

  it('gives a word the shell passes on as the same single path, whatever it holds', () => {
    for (const path of ['my runs/report.html', "Bob's runs/report.html", 'a$HOME/b', 'x;rm y', '~/out', 'a=~/b', '=out', 'hi!there', 'tab\there', '*.lock', 'two  spaces', 'back\\slash']) {
      const word = shellWord(path);
      expect(word, path).not.toBe(path);
      expect(throughShell(word), path).toBe(path);
    }
  });

  it('keeps a relative path starting with - from being read as an option', () => {
    expect(shellWord('-out/report.html')).toBe('./-out/report.html');
    expect(throughShell(shellWord('-n x'))).toBe('./-n x');
  });

  it('is used where a message gives a path: the report to open, the lock to delete, the folder written', () => {
    expect(MESSAGES.openReport('my runs/report.html', 'darwin')).toBe("open 'my runs/report.html'");
    // The verb is the platform's own: open on macOS, xdg-open on Linux.
    expect(MESSAGES.openReport('out/report.html', 'linux')).toBe('xdg-open out/report.html');
    // cmd.exe: a window title first, then the path in double quotes (Windows paths cannot hold one).
    expect(MESSAGES.openReport('output\\my runs\\report.html', 'win32')).toBe('start "" "output\\my runs\\report.html"');
    expect(MESSAGES.outBusy('my runs', 'my runs.lock', 12)).toContain("delete 'my runs.lock')");
    // And wherever a message names a path, so that it reads as one name and can be copied.
    expect(MESSAGES.wrote('my runs/a')).toBe("results written to 'my runs/a'");
    expect(MESSAGES.outHoldsRun('my runs/a')).toMatch(/^--out 'my runs\/a' already holds an earlier run/);
    expect(MESSAGES.wrote('output/a-1')).toBe('results written to output/a-1');
  });
});
