export { diffMetrics, type MetricRow, type MetricStatus } from './diff.js';
export { pairPredictions, readPredictions } from './predictions.js';
export { flatten, parseMetrics, type Metrics } from './read.js';
export { describeRule, parseRules, tolerance, type Rule } from './rules.js';
export { judgeIntervals, overallVerdict, type JudgedInterval, type Verdict } from './verdict.js';
export { renderTrainGate, type TrainGateReport } from './report.js';
