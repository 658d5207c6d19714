export { ALPHA, judge, parseAnalysis, score, type MetricJudgement, type MetricSpec } from './analysis.js';
export { runRollout, type Rollout, type RolloutDeps, type RolloutPlan, type RolloutResult, type StepRecord } from './controller.js';
export { prometheusClient, type QueryRange } from './prometheus.js';
export { renderRollout } from './report.js';
export { commandTraffic, fileTraffic, kserveTraffic, webhookTraffic, type RolloutSubject, type TrafficProvider } from './traffic.js';
