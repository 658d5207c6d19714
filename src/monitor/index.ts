export { HIGHER_IS_BETTER, metricValue, QUALITY_METRICS, SCORE_METRICS, TASK_OF, type QualityMetric, type QualitySample, type Task } from './metrics.js';
export { assessQuality, judge, MIN_LABELS, rowStatus, sampleOf, usableRows, type Baseline, type QualityOptions, type QualityRow, type QualityVerdict } from './quality.js';
export { labelOf, monitorFileHere, monitorFiles, monitorFileTask, type MonitorColumns, type MonitoredData, type MonitoredRows, type MonitorTasks } from './read.js';
export { describeDecay, renderQuality, renderTrend, type QualityReport, type WindowReport } from './report.js';
export { exposition, gauges, pushGauges, type CheckNumbers } from './pushgateway.js';
export { checkMonitored, judgeModel, type BaselineSource, type ModelSettings } from './model.js';
export { windowReports, type QualityOfRows } from './trend.js';
export { MAX_WINDOWS, parseWindow, windowStart, type WindowSpec } from './windows.js';
