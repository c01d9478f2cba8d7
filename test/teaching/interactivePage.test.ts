import { describe, expect, it } from 'vitest';
import { TEACHING_PAGE_IDS, buildInteractivePage, parsePageData } from '../../src/teaching/index.js';
import { solihullStarts } from './solihullScenarios.js';

const HOSTILE = '</script><script>alert("x")</script><img src=x onerror=alert(1)> & \'quote\'';
// A stand-in for the bundle: the page must inline any script safely, including one that mentions </script>.
const BUNDLE = 'var s = "</script><!--"; console.log(s);';

function page(label = HOSTILE): string {
  const [first, second] = solihullStarts();
  if (first === undefined || second === undefined) throw new Error('scenarios missing');
  return buildInteractivePage({ bundle: BUNDLE, seed: 'seed <1>', scenarios: [{ ...first, label }, second] });
}

function scriptContents(html: string, id: string): string {
  const match = new RegExp(`<script[^>]*id="${id}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (match?.[1] === undefined) throw new Error(`no script #${id}`);
  return match[1];
}

describe('buildInteractivePage(input)', () => {
  it('escapes a hostile scenario label: no markup from it reaches the HTML, and the page data still reads it back exactly', () => {
    const html = page();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)');
    // Only the page's own five scripts open or close.
    expect(html.match(/<script/g)).toHaveLength(5);
    expect(html.match(/<\/script>/g)).toHaveLength(5);
    const data = parsePageData(JSON.parse(scriptContents(html, TEACHING_PAGE_IDS.data)));
    expect(data.starts.map((s) => s.label)).toEqual([HOSTILE, 'Solihull 2024']);
    expect(data.seed).toBe('seed <1>');
  });

  it('inlines the bundle so that it cannot end its script element early, under a policy that allows no fetch', () => {
    const html = page('Solihull 2022');
    expect(scriptContents(html, TEACHING_PAGE_IDS.bundle)).toBe('var s = "<\\/script><\\!--"; console.log(s);');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*worker-src blob:/);
    // The markup outside the inlined scripts loads nothing either.
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/<(link|img|iframe|script)\b[^>]*(src|href)=/);
  });

  it('tells the reader how to use the page and that it is a model, not a forecast', () => {
    const html = page('Solihull 2022');
    expect(html).toContain('This is a model, not a forecast');
    expect(html).toContain('How to use this page');
    expect(html).toContain('working days');
  });

  it('refuses no scenarios, an empty seed, and empty or repeated labels', () => {
    const [first] = solihullStarts();
    if (first === undefined) throw new Error('scenarios missing');
    expect(() => buildInteractivePage({ bundle: '', seed: 's', scenarios: [] })).toThrow(/scenarios must not be empty/);
    expect(() => buildInteractivePage({ bundle: '', seed: ' ', scenarios: [first] })).toThrow(/seed/);
    expect(() => buildInteractivePage({ bundle: '', seed: 's', scenarios: [{ ...first, label: ' ' }] })).toThrow(/label must not be empty/);
    expect(() => buildInteractivePage({ bundle: '', seed: 's', scenarios: [first, { ...first, label: `${first.label} ` }] })).toThrow(/used twice/);
  });
});
