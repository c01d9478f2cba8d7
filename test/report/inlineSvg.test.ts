import { describe, expect, it } from 'vitest';
import { escapeScript, inlineSvg, scriptJson } from '../../src/report/index.js';

const svg = (inner: string, attrs = ''): string => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;

describe('inlineSvg(svg, idPrefix)', () => {
  it('prefixes ids and the url(#…) and href="#…" references to them', () => {
    const out = inlineSvg(svg('<defs><clipPath id="clip1"/></defs><g clip-path="url(#clip1)"/><use href="#clip1"/>'), 'chart-a');
    expect(out).toContain('id="chart-a-clip1"');
    expect(out).toContain('clip-path="url(#chart-a-clip1)"');
    expect(out).toContain('href="#chart-a-clip1"');
    expect(out).not.toMatch(/[("#]clip1/);
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>')],
    ['an event handler', svg('<rect onload="alert(1)"/>')],
    ['an external link', svg('<image href="https://example.org/x.png"/>')],
    ['an external url()', svg('<rect fill="url(https://example.org/x)"/>')],
    ['a foreignObject', svg('<foreignObject><div/></foreignObject>')],
    ['single-quoted attributes', svg("<rect onclick='x'/>")],
    ['text that is not one svg element', '<div>hi</div>'],
  ])('refuses %s', (_, bad) => {
    expect(() => inlineSvg(bad, 'chart-a')).toThrow(/chart-a/);
  });

  it('does not mistake escaped text that looks like markup for markup', () => {
    const text = svg('<text aria-label="scenario onload=&quot;x&quot; src=y">&lt;script&gt; children\'s</text>');
    expect(() => inlineSvg(text, 'chart-a')).not.toThrow();
  });
});

describe('escapeScript(js) and scriptJson(value)', () => {
  it('stops inlined code from closing its script element or opening an HTML comment', () => {
    const out = escapeScript('var a = "</script><script>alert(1)</SCRIPT>"; var b = "<!--";');
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
  });

  it('escapes every < in JSON, which still parses to the same value', () => {
    const value = { name: '<script>alert(1)</script>' };
    const json = scriptJson(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});
