export { autoMethod, compareColumn, compareProfiles, cramersV, FORMULAS, METHODS, type ColumnDrift, type DatasetDrift, type DriftOptions, type Method } from './compare.js';
export { buildDriftReport, histogramChart, renderDriftReport, type DispatchOutcome, type DriftReport } from './report.js';
export { compareSections, featureOptions, type DriftSections, type Roles } from './sections.js';
