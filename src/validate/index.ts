export { MAX_EXAMPLES, type CheckResult, type Example } from './checks.js';
export { inferSchema } from './infer.js';
export { buildReport, failsStep, renderReport, type FailOn, type ValidationReport } from './report.js';
export { parseSchema, type ColumnSchema, type Schema } from './schema.js';
export { formatNumber, Validator, type DataFile, type ValidationResult } from './validator.js';
