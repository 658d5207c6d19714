export { diffMetrics, type MetricRow, type MetricStatus } from './diff.js';
export { pairPredictions, readExampleData, readPredictions, type Cell, type Paired, type Predictions } from './predictions.js';
export { buildSlicing, compareSlices, MISSING, parseSliceBins, parseSliceSpecs, parseSliceTolerances, type NamedSlicing, type SliceComparison, type SliceSpec } from './slices.js';
export { compareFairness, fairnessReasons, parseFairnessLimits, type FairnessFeature } from './fairness.js';
export { flatten, parseMetrics, type Metrics } from './read.js';
export { describeRule, parseRules, tolerance, type Rule } from './rules.js';
export { higherIsBetter, judgeIntervals, overallVerdict, type JudgedInterval, type Verdict } from './verdict.js';
export { renderTrainGate, type TrainGateReport } from './report.js';
export { readReport } from './report-check.js';
