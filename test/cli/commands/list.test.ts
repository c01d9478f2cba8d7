import { describe, expect, it } from 'vitest';
import { listText } from '../../../src/cli/commands/list.js';
import type { CatalogueEntry } from '../../../src/cli/scenarioCatalogue.js';

const long = 'Solihull 2022 with a recruitment drive: a vacant permanent post is filled in about 60 working days (three months) instead of about 340, so vacancies last a quarter as long.';
const entries: CatalogueEntry[] = [
  { name: 'base', file: 'scenarios/base.yaml', description: 'Shared parameters.', isBase: true },
  { name: 'teaching-recruitment-drive', file: 'scenarios/teaching/recruitment-drive.yaml', description: long, isBase: false },
];
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

describe('listText', () => {
  it('wraps descriptions at word boundaries within the width, keeping every word', () => {
    for (const width of [60, 80, 120, 200]) {
      const text = listText(entries, width);
      for (const line of text.split('\n')) expect([...line].length, `${width}: ${line}`).toBeLessThanOrEqual(width);
      for (const word of words(long)) expect(text, `${width}: ${word}`).toMatch(new RegExp(`(^|\\s)${word.replace(/[()]/g, '\\$&')}(\\s|$)`));
      expect(text).not.toContain('…');
    }
  });

  it('is a table with the description in its own column when that column gets 40 characters, else a block per scenario', () => {
    const wide = listText(entries, 140);
    expect(wide).toMatch(/^Scenario +File +Description$/m);
    expect(wide).toMatch(/^teaching-recruitment-drive {2}scenarios\/teaching\/recruitment-drive\.yaml {2}Solihull 2022/m);
    // A continuation line starts under the description column.
    expect(wide).toMatch(/^ {71}\S/m);
    const narrow = listText(entries, 80);
    expect(narrow).toMatch(/^teaching-recruitment-drive {2}scenarios\/teaching\/recruitment-drive\.yaml\n {2}Solihull 2022 with/m);
    expect(narrow).toMatch(/^base {2}scenarios\/base\.yaml\n {2}\(base: extended by other scenarios\) Shared parameters\./m);
  });

  it('ends by saying how to run a scenario by its name', () => {
    expect(listText(entries, 80)).toMatch(/npx frontdoor run solihull-2022/);
  });
});
