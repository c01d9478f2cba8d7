/**
 * Stylesheet of the HTML report: the story and key charts use the width of a wide screen (two
 * charts a row from 1100 px; a chart too wide for half a row gets the whole row), prose stays at a
 * readable measure, tables scroll inside their own box rather than widening the page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 88rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; line-height: 1.5; font-size: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.15rem; }
h2 { font-size: 1.3rem; margin: 0; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
.generated { color: #444; margin: 0 0 0.75rem; font-size: 0.9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
a { color: #005a8c; }
a:focus-visible, summary:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
.story { max-width: 64rem; font-size: 1.08rem; margin-bottom: 0.5rem; }
.story p { margin: 0 0 0.45rem; }
.story code { font-size: 0.92em; background: #f2f4f6; padding: 0 0.2em; white-space: nowrap; }
.key-charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem 1.5rem; grid-auto-flow: row dense; margin: 0.75rem 0 1rem; }
@media (min-width: 1100px) {
  .key-charts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .key-charts figure.tall { grid-column: 2; grid-row: span 2; }
}
/* A key chart too wide for half a row takes all of it; on a narrow screen it scrolls sideways rather than shrink its text below 80%. */
.key-charts figure.full { grid-column: 1 / -1; }
.key-charts figure.full .chart svg { min-width: 50rem; }
.key-charts figure { margin: 0; }
.key-charts figcaption { font-size: 0.88rem; margin-top: 0.25rem; }
nav.toc { background: #f5f7f9; border: 1px solid #dde3e8; padding: 0.5rem 1rem; margin: 1rem 0; }
nav.toc h2 { font-size: 1rem; margin: 0 0 0.25rem; }
nav.toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.15rem 1.25rem; font-size: 0.92rem; }
details { border-top: 2px solid #ddd; padding: 0.5rem 0; }
details > summary { cursor: pointer; list-style: revert; }
details > summary h2 { display: inline; }
details[open] > summary { margin-bottom: 0.75rem; }
.prose, .prose p { max-width: 52rem; }
.wide { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 0.92rem; }
caption { text-align: left; color: #444; font-size: 0.9rem; padding-bottom: 0.35rem; caption-side: top; }
th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
table.parameters th.key { min-width: 16rem; }
table.parameters td.value { overflow-wrap: anywhere; min-width: 6rem; }
table.parameters td.source { font-size: 0.85em; color: #444; min-width: 15rem; }
.ci { color: #444; font-size: 0.85em; }
.muted { color: #666; font-style: italic; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.9em; }
figure { margin: 0.5rem 0 2rem; }
.chart { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; display: block; }
#charts .chart svg { max-width: min(100%, 60rem); }
figcaption { color: #333; font-size: 0.95rem; margin-top: 0.5rem; max-width: 52rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { display: none; }
  details > summary { list-style: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .vega-embed details, .vega-embed .vega-actions { display: none !important; }
}
`;
