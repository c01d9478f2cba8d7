/** Stylesheet of the HTML report: readable on screen, one column, charts never wider than the page, clean in print. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; line-height: 1.5; font-size: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #ddd; padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
.generated { color: #444; margin: 0 0 1.5rem; }
a { color: #005a8c; }
a:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
nav.toc { background: #f5f7f9; border: 1px solid #dde3e8; padding: 0.75rem 1.25rem; margin-bottom: 1.5rem; }
nav.toc h2 { font-size: 1.05rem; margin: 0 0 0.25rem; border: 0; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 0.92rem; }
caption { text-align: left; color: #444; font-size: 0.9rem; padding-bottom: 0.35rem; caption-side: top; }
th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { color: #444; font-size: 0.85em; }
.muted { color: #666; font-style: italic; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
figure { margin: 0.5rem 0 2rem; }
.chart { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #333; font-size: 0.95rem; margin-top: 0.5rem; max-width: 48rem; }
.reading p { max-width: 48rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { background: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .vega-embed details, .vega-embed .vega-actions { display: none !important; }
}
`;
