// What would let an SVG run code or fetch something once inlined in the report. Element and attribute
// names are checked on a skeleton with attribute values and text emptied, so a scenario named
// "onload=" in an aria-label is not mistaken for markup.
const FORBIDDEN_MARKUP: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<(?:script|foreignObject|iframe|object|embed|style)\b/i, what: 'an element that can run code or load content' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event-handler attribute' },
  { pattern: /\ssrc\s*=/i, what: 'a src attribute' },
];
const EXTERNAL_HREF = /\s(?:xlink:)?href\s*=\s*"(?!#)/i;
const EXTERNAL_URL = /\s(?:fill|stroke|clip-path|mask|filter|marker-start|marker-mid|marker-end)\s*=\s*"[^"]*url\(\s*(?!#)/i;

/**
 * Prepares an SVG from `renderSvg` for inlining in an HTML page: checks it is one <svg> element with
 * nothing that runs code or fetches, and prefixes its ids (clip paths, gradients) with `${idPrefix}-`
 * so several charts on one page never resolve each other's `url(#…)`. Throws naming the problem.
 */
export function inlineSvg(svg: string, idPrefix: string): string {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg') || !trimmed.endsWith('</svg>')) {
    throw new Error(`inlineSvg: chart "${idPrefix}" is not a single <svg> element`);
  }
  const skeleton = trimmed.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><');
  if (skeleton.includes("'")) throw new Error(`inlineSvg: chart "${idPrefix}" uses single-quoted attributes, which are not checked`);
  for (const { pattern, what } of FORBIDDEN_MARKUP) {
    if (pattern.test(skeleton)) throw new Error(`inlineSvg: chart "${idPrefix}" contains ${what}`);
  }
  if (EXTERNAL_HREF.test(trimmed) || EXTERNAL_URL.test(trimmed)) {
    throw new Error(`inlineSvg: chart "${idPrefix}" links to something outside the SVG`);
  }
  return trimmed
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/(\s(?:xlink:)?href=")#([^"]+)"/g, (_, attr: string, id: string) => `${attr}#${idPrefix}-${id}"`);
}
