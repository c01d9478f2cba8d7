export type {
  CaseloadCell,
  CaseloadHeatmapInput,
  DelayBin,
  DelayCurveInput,
  DelayHistogramInput,
  DifferenceInput,
  DifferenceRow,
  Estimate,
  FanChartInput,
  FanLimit,
  FanPoint,
  FlowDiagramInput,
  FlowLink,
  FlowNode,
  FlowRun,
  JourneyEvent,
  JourneyEventKind,
  JourneyTimelineInput,
  JourneyWait,
  LeaversPoint,
  HeadlineRow,
  Milestone,
  ParameterRow,
  ReportChart,
  ReportInput,
  StaffingInput,
  StaffingPoint,
  StressItem,
  SurvivalPoint,
  SweepInput,
  SweepPoint,
  Timescale,
  WithinTargetInput,
  WithinTargetRow,
  WorkerChangeCount,
  WorkerChangesInput,
  WorkerChangesRow,
} from './types.js';
export { FONT_FAMILY, SCENARIO_PALETTE, SERIES_PALETTE, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
export { timescaleLabel } from './timescaleLayers.js';
export { changeVerdict, VERDICT_LABELS } from './changeVerdict.js';
export type { Verdict } from './changeVerdict.js';
export { formatNumber } from './formatNumber.js';
export { delayCurveSpec } from './delayCurveSpec.js';
export { delayHistogramSpec } from './delayHistogramSpec.js';
export { withinTargetSpec } from './withinTargetSpec.js';
export { fanChartSpec } from './fanChartSpec.js';
export { staffingSpec } from './staffingSpec.js';
export { caseloadHeatmapSpec } from './caseloadHeatmapSpec.js';
export { workerChangesSpec } from './workerChangesSpec.js';
export { sweepSpec } from './sweepSpec.js';
export { differenceSpec } from './differenceSpec.js';
export { flowDiagramSpec } from './flowDiagramSpec.js';
export { compileChecked } from './compileChecked.js';
export { wrapText } from './wrapText.js';
export { journeyTimelineSpec } from './journeyTimelineSpec.js';
export { waterfallSpec } from './waterfallSpec.js';
export type { WaterfallInput, WaterfallStep } from './waterfallSpec.js';
export { shapleySpec } from './shapleySpec.js';
export type { ShapleyBar, ShapleyInput } from './shapleySpec.js';
export { BASIS_COLOURS, BASIS_LABELS } from './decompositionColours.js';
