export { toCsv, csvCell } from './csv.js';
export type { CsvCell } from './csv.js';
export { canonicalJson, sha256Hex } from './canonicalJson.js';
export { summaryCsv, SUMMARY_COLUMNS } from './summaryCsv.js';
export { sweepCsv } from './sweepCsv.js';
export { journeysCsv, JOURNEY_COLUMNS, JOURNEY_EVENTS } from './journeysCsv.js';
export { timeseriesCsv, TIMESERIES_COLUMNS } from './timeseriesCsv.js';
export { eventLogCsv, EVENT_LOG_COLUMNS } from './eventLogCsv.js';
export { runRecord, sampleWords, RUN_RECORD_SCHEMA_VERSION, PER_CHILD_STREAMS, EVENT_ORDERING } from './runRecord.js';
export type { ParameterLabelText, RecordedScenario, RunRecordDocument, RunRecordInput } from './runRecord.js';
export { stressItems } from './stressItems.js';
export type { StressInput, StressItemText } from './stressItems.js';
export { outputReadme } from './outputReadme.js';
export type { OutputReadmeInput } from './outputReadme.js';
export {
  caseloadHeatmapInput, chartMilestone, delayCurveInput, delayHistogramInput, differenceInput, fanChartInput, staffingInput, sweepInputs,
  withinTargetInput, workerChangesInput,
} from './chartInputs.js';
export { headlineRows, parameterRows, readingParagraphs, reportInput, runRecordRows } from './reportInput.js';
export { isSweepDesign, pointValue } from './sweepDesign.js';
export type { SweepDesign } from './sweepDesign.js';
export { decimalsFor, displayUnit, formatEstimate, formatMean, formatValue } from './formatEstimate.js';
export type { EstimateInterval } from './formatEstimate.js';
export {
  decompositionReading, decompositionTable, effectDecimals, formatInterval, formatIntervalMean, intervalInWords, metricDisplay,
} from './decomposeReading.js';
export type { MetricDisplay } from './decomposeReading.js';
export { closingFiles, resultFiles, scenarioClocks, SAMPLE_REPLICATIONS } from './resultFiles.js';
export { summaryJson, SUMMARY_SCHEMA_VERSION } from './summaryJson.js';
export type { ClosingFacts, OutputFile, ResultsInput } from './resultFiles.js';
export { chartPlans } from './chartPlans.js';
export type { ChartPlan } from './chartPlans.js';
export type { SystemInfo } from './systemInfo.js';
export type { ToolInfo } from './toolInfo.js';
export { NEAR_LIMIT, headroomLines, ranAwayCount, steadyStateLines } from './steadyStateNote.js';
