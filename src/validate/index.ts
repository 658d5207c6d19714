export { type CheckResult, type Example } from './checks.js';
export type { SchemaChange } from './compat/index.js';
export { inferSchema } from './infer.js';
export { piiChecks, piiColumns, redactExamples, redactProfile, type PiiMode } from './pii-findings.js';
export { buildReport, failsStep, renderReport, type FailOn, type ValidationReport } from './report.js';
export { parseSchema, type ColumnSchema, type Schema } from './schema.js';
export { formatNumber, Validator, type DataFile, type ValidationResult } from './validator.js';
