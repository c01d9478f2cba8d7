import { SCENARIO_PALETTE } from '../charts/index.js';

const START_COLOUR = SCENARIO_PALETTE[0] ?? '#0072B2';
const YOURS_COLOUR = SCENARIO_PALETTE[1] ?? '#E69F00';

/**
 * Stylesheet added to the report's for the interactive teaching page: settings beside the results on a
 * wide screen, stacked on a narrow one; status and changes in words as well as colour.
 */
export const INTERACTIVE_CSS = `
body { max-width: 84rem; }
header h1 { font-size: 1.35rem; margin: 0.2rem 0 0; }
header .generated { margin: 0.1rem 0 0.3rem; }
.note { background: #fff8e5; border-left: 5px solid ${YOURS_COLOUR}; padding: 0.6rem 1rem; margin: 1rem 0 1.5rem; max-width: 52rem; }
.note h2 { font-size: 1.1rem; margin: 0.2rem 0 0.3rem; border: 0; padding: 0; }
.note p { margin: 0.3rem 0; }
.howto { max-width: 52rem; }
.howto h2 { margin-top: 1rem; }
.swatch { display: inline-block; width: 1.6em; height: 0.35em; vertical-align: middle; border-radius: 2px; }
.swatch.start { background: ${START_COLOUR}; }
.swatch.yours { background: ${YOURS_COLOUR}; }
.layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); gap: 1rem; align-items: start; margin-top: 0.4rem; }
@media (max-width: 50rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.controls { background: #f5f7f9; border: 1px solid #dde3e8; padding: 0.4rem 0.7rem 0.5rem; font-size: 0.9rem; }
.controls .hint { display: none; }
.controls.with-hints .hint { display: block; }
.field.pair { display: flex; gap: 0.6rem; align-items: end; flex-wrap: wrap; }
.field.pair > div { flex: 1 1 6rem; }
.hints-toggle { font-weight: normal !important; font-size: 0.85rem; }
.why-differ { font-size: 0.8rem; color: #444444; margin: 0.2rem 0 0; }
.below { margin-top: 1.5rem; }
.door canvas { width: 100%; display: block; }
.door-bar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
.door-counts { margin: 0.3rem 0; font-size: 0.9rem; }
.door-title { font-weight: bold; margin: 0 0 0.3rem; }
.log-table { font-size: 0.8rem; }
.log-scroll { overflow-x: auto; max-width: 100%; }
.log-table th { vertical-align: bottom; }
.log a.button { display: inline-block; margin-top: 0.5rem; }
.controls h2 { font-size: 1.05rem; margin: 0 0 0.3rem; border: 0; padding: 0; }
.field { margin: 0 0 0.45rem; padding-left: 0.5rem; border-left: 4px solid transparent; }
.field.moved { border-left-color: ${YOURS_COLOUR}; }
.field label { font-weight: bold; }
.slider-head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; flex-wrap: wrap; }
output { font-variant-numeric: tabular-nums; white-space: nowrap; }
.field.moved output { font-weight: bold; }
input[type=range] { width: 100%; margin: 0.1rem 0 0; accent-color: #333333; }
input[type=range]:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid ${YOURS_COLOUR}; outline-offset: 2px; }
select, button { font: inherit; padding: 0.3rem 0.6rem; margin-top: 0.25rem; display: block; max-width: 100%; }
.hint { font-size: 0.85rem; color: #3a3a3a; margin: 0.3rem 0 0; line-height: 1.4; }
.start-value { font-weight: bold; }
#run-status { margin: 0 0 0.3rem; padding: 0.25rem 0.6rem; font-size: 0.88rem; border-left: 5px solid #7f7f7f; background: #f2f2f2; }
#run-status[data-state=running] { border-left-color: ${YOURS_COLOUR}; background: #fff8e5; }
#run-status[data-state=done] { border-left-color: #009E73; background: #edf7f2; }
#run-status[data-state=error] { border-left-color: #D55E00; background: #fdeee6; }
.results[data-state=running] .charts, .results[data-state=running] .headline-holder { opacity: 0.5; transition: opacity 0.2s; }
table.headline { margin-top: 0; }
table.headline .range { font-size: 0.78em; color: #555555; }
td.change { white-space: nowrap; }
td.change.better { color: #005a8c; font-weight: bold; }
td.change.worse { color: #a33a00; font-weight: bold; }
.warning { background: #fdeee6; border-left: 5px solid #D55E00; padding: 0.4rem 0.75rem; margin: 0 0 0.75rem; font-size: 0.92rem; }
.charts figure { margin: 0 0 1.2rem; }
.charts .chart { min-height: 17rem; }
.main-chart figure { margin: 0; }
.main-chart figcaption { font-size: 0.8rem; }
footer { margin-top: 3rem; border-top: 2px solid #dddddd; padding-top: 0.75rem; color: #333333; font-size: 0.92rem; }
footer dt { font-weight: bold; margin-top: 0.5rem; }
footer dd { margin: 0.1rem 0 0 1.25rem; }
`;
