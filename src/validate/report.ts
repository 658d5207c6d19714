// The validation report: a JSON document (the contract), and the markdown rendered from it.
import type { SourceJson } from '../profile/index.js';
import { code, details, escape, table, withinBudget } from '../report/index.js';
import type { CheckResult } from './checks.js';
import type { ValidationResult } from './validator.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidationReport {
  kind: 'mlops-actions/validate-report';
  version: 1;
  passed: boolean;
  failOn: FailOn;
  schema?: string;
  rows: number;
  fingerprint: string;
  files: SourceJson[];
  counts: { checks: number; failed: number; errors: number; warnings: number };
  checks: CheckResult[];
}

export function buildReport(result: ValidationResult, failOn: FailOn, schema: string | undefined): ValidationReport {
  const failed = result.checks.filter((c) => c.status === 'failed');
  const errors = failed.filter((c) => c.severity === 'error').length;
  const warnings = failed.length - errors;
  const profile = result.profile.summary(); // not toJSON(): the report needs no column summaries
  // Failed first, errors before warnings, then in the order the schema gave them.
  const order = (c: CheckResult) => (c.status === 'passed' ? 2 : c.severity === 'error' ? 0 : 1);
  return {
    kind: 'mlops-actions/validate-report',
    version: 1,
    passed: failOn === 'never' || (failOn === 'error' ? errors === 0 : failed.length === 0),
    failOn,
    ...(schema ? { schema } : {}),
    rows: profile.rows,
    fingerprint: profile.fingerprint,
    files: profile.sources,
    counts: { checks: result.checks.length, failed: failed.length, errors, warnings },
    checks: result.checks.map((c, i) => [c, i] as const).sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1]).map(([c]) => c),
  };
}

const SUMMARY_BUDGET = 1_000_000; // GitHub keeps 1 MiB of job summary per step

function place(example: { file: string; line?: number; row: number }): string {
  return escape(example.line !== undefined ? `${example.file}:${example.line}` : example.row > 0 ? `${example.file} row ${example.row}` : example.file);
}

export function renderReport(report: ValidationReport): string {
  const status = report.passed ? '✅ passed' : '❌ failed';
  const head = [
    `## Data validation ${status}`,
    '',
    `${report.files.length} file(s), ${report.rows.toLocaleString('en-US')} rows, ${report.counts.checks} checks: ` +
      `**${report.counts.errors}** failed with severity error, **${report.counts.warnings}** with severity warning (fail-on: ${report.failOn}).`,
    `Schema: ${report.schema ? code(report.schema) : 'none (only well-formedness is checked)'} · fingerprint ${code(report.fingerprint.slice(0, 16))}`,
  ].join('\n');
  const rows = report.checks.map((c) => [
    c.status === 'passed' ? '✅' : c.severity === 'error' ? '❌' : '⚠️',
    c.column ? code(c.column) : '',
    escape(c.check),
    c.observed !== undefined ? escape(c.observed) : `${c.failed.toLocaleString('en-US')} / ${c.evaluated.toLocaleString('en-US')}${c.nulls ? ` (+${c.nulls} null)` : ''}`,
    escape(c.expected),
    c.examples.slice(0, 3).map((e) => code(e.value, 30)).join(' '),
  ]);
  const checksTable = table(['', 'column', 'check', 'failed / total', 'expected', 'examples'], rows);
  const sections = report.checks
    .filter((c) => c.status === 'failed' && c.examples.length > 0)
    .map((c) =>
      details(
        `${c.severity === 'error' ? '❌' : '⚠️'} ${escape(c.id)}: ${escape(c.message)}`,
        table(['where', 'value'], c.examples.map((e) => [place(e), code(e.value, 120)])),
      ),
    );
  return withinBudget([head, checksTable, ...sections], SUMMARY_BUDGET, (left) => `_${left} more section(s) left out to stay under GitHub's 1 MiB summary limit; see the JSON report._`);
}
