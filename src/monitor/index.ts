export { HIGHER_IS_BETTER, metricValue, QUALITY_METRICS, SCORE_METRICS, TASK_OF, type QualityMetric, type QualitySample, type Task } from './metrics.js';
export { assessQuality, judge, rowStatus, sampleOf, usableRows, type QualityRow } from './quality.js';
export { labelOf, monitorFileHere, monitorFiles, type MonitorColumns, type MonitoredData, type MonitorTasks } from './read.js';
export { describeDecay, renderQuality, renderTrend, type QualityReport, type WindowReport } from './report.js';
export { exposition, gauges, pushGauges } from './pushgateway.js';
export { checkMonitored, judgeModel, type BaselineSource, type ModelSettings } from './model.js';
export { windowReports } from './trend.js';
export { parseWindow, type WindowSpec } from './windows.js';
