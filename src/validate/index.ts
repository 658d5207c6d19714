export { type CheckResult, type Example } from './checks.js';
export { inferSchema } from './infer.js';
export { buildReport, renderReport, type FailOn, type ValidationReport } from './report.js';
export { parseSchema, type ColumnSchema, type Schema } from './schema.js';
export { formatNumber, Validator, type DataFile, type ValidationResult } from './validator.js';
