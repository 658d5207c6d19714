export { ALPHA, judge, parseAnalysis, score, type MetricJudgement, type MetricSpec } from './analysis.js';
export { CANCELLED, runRollout, type RolloutPlan } from './controller.js';
export { parseAbMetric, type AbMetric } from './experiment.js';
export { parseHeaders } from './headers.js';
export { prometheusClient, type MetricsSource } from './prometheus.js';
export { renderRollout } from './report.js';
export { summarise } from './samples.js';
export { fillQuery, type Phase, type Rollout, type RolloutDeps, type RolloutResult } from './session.js';
export { commandTraffic, fileTraffic, kserveTraffic, webhookTraffic, type RolloutSubject, type Traffic, type TrafficProvider } from './traffic.js';
