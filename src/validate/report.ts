// The validation report: a JSON document (the contract), and the markdown rendered from it.
import type { SourceJson } from '../profile/index.js';
import { code, details, escape, table, thousands, withinBudget } from '../report/index.js';
import type { CheckResult } from './checks.js';
import type { SchemaChange } from './compat/index.js';
import { PII_NAMES } from './pii.js';
import type { PiiColumn, PiiMode } from './pii-findings.js';
import type { ValidationResult } from './validator.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidationReport {
  kind: 'mlops-actions/validate-report';
  version: 1;
  /** Every check passed. A failed check of either severity makes it false, whatever fail-on says. */
  passed: boolean;
  failOn: FailOn;
  schema?: string;
  rows: number;
  fingerprint: string;
  files: SourceJson[];
  counts: { checks: number; failed: number; errors: number; warnings: number };
  checks: CheckResult[];
  /** The schema compared with its baseline (schema-baseline), when there was one. */
  schemaChanges?: { baseline: string; allowBreaking: boolean; changes: SchemaChange[] };
  /** Columns holding personal data (values masked), unless the pii input is off. */
  pii?: { mode: PiiMode; minShare: number; columns: PiiColumn[] };
}

/** The checks come with the schema-change and personal-data checks among them (see the adapter). */
export function buildReport(result: Pick<ValidationResult, 'profile'> & { checks: CheckResult[] }, failOn: FailOn, schema: string | undefined, extra: Pick<ValidationReport, 'schemaChanges' | 'pii'> = {}): ValidationReport {
  const failed = result.checks.filter((c) => c.status === 'failed');
  const errors = failed.filter((c) => c.severity === 'error').length;
  const warnings = failed.length - errors;
  const profile = result.profile.summary(); // not toJSON(): the report needs no column summaries
  // Failed first, errors before warnings, then in the order the schema gave them.
  const order = (c: CheckResult) => (c.status === 'passed' ? 2 : c.severity === 'error' ? 0 : 1);
  return {
    kind: 'mlops-actions/validate-report',
    version: 1,
    passed: failed.length === 0,
    failOn,
    ...(schema ? { schema } : {}),
    rows: profile.rows,
    fingerprint: profile.fingerprint,
    files: profile.sources,
    counts: { checks: result.checks.length, failed: failed.length, errors, warnings },
    checks: result.checks.map((c, i) => [c, i] as const).sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1]).map(([c]) => c),
    ...extra,
  };
}

/** Whether fail-on fails the step for what the report found. */
export function failsStep(report: Pick<ValidationReport, 'failOn' | 'counts'>): boolean {
  return report.failOn === 'warning' ? report.counts.failed > 0 : report.failOn === 'error' && report.counts.errors > 0;
}

const SUMMARY_BUDGET = 1_000_000; // GitHub keeps 1 MiB of job summary per step

function place(example: { file: string; line?: number; row: number }): string {
  return escape(example.line !== undefined ? `${example.file}:${example.line}` : example.row > 0 ? `${example.file} row ${example.row}` : example.file);
}

export function renderReport(report: ValidationReport): string {
  const status = report.passed ? '✅ passed' : report.counts.errors > 0 ? '❌ failed' : '⚠️ warnings';
  const step = report.passed ? '' : failsStep(report) ? ' The step fails.' : ` The step does not fail (fail-on: ${report.failOn}).`;
  const head = [
    `## Data validation ${status}`,
    '',
    `${report.files.length} file(s), ${thousands(report.rows)} rows, ${report.counts.checks} checks: ` +
      `**${report.counts.errors}** failed with severity error, **${report.counts.warnings}** with severity warning (fail-on: ${report.failOn}).${step}`,
    `Schema: ${report.schema ? code(report.schema) : 'none (only well-formedness is checked)'} · fingerprint ${code(report.fingerprint.slice(0, 16))}`,
  ].join('\n');
  const rows = report.checks.map((c) => [
    c.status === 'passed' ? '✅' : c.severity === 'error' ? '❌' : '⚠️',
    c.column ? code(c.column) : '',
    escape(c.check),
    c.observed !== undefined ? escape(c.observed) : `${thousands(c.failed)} / ${thousands(c.evaluated)}${c.nulls ? ` (+${c.nulls} null)` : ''}`,
    escape(c.expected),
    c.examples.slice(0, 3).map((e) => code(e.value, 30)).join(' '),
  ]);
  const checksTable = table(['', 'column', 'check', 'failed / total', 'expected', 'examples'], rows);
  const sections = report.checks
    .filter((c) => c.status === 'failed' && c.examples.length > 0 && c.check !== 'schema-change') // those have their own section
    .map((c) =>
      details(
        `${c.severity === 'error' ? '❌' : '⚠️'} ${escape(c.id)}: ${escape(c.message)}`,
        table(['where', 'value'], c.examples.map((e) => [place(e), code(e.value, 120)])),
      ),
    );
  return withinBudget([head, ...schemaSection(report), ...piiSection(report), checksTable, ...sections], SUMMARY_BUDGET, (left) => `_${left} more section(s) left out to stay under GitHub's 1 MiB summary limit; see the JSON report._`);
}

function schemaSection({ schemaChanges }: ValidationReport): string[] {
  if (!schemaChanges) return [];
  const { baseline, changes, allowBreaking } = schemaChanges;
  const breaking = changes.filter((c) => c.compatibility === 'breaking').length;
  const verdict =
    changes.length === 0
      ? 'no change.'
      : `${breaking} breaking, ${changes.length - breaking} compatible${breaking && allowBreaking ? ' (allowed: allow-breaking is true)' : ''}. A change is breaking when data valid under the new schema can be invalid under the old one, or a column the old schema requires may be gone.`;
  const rows = changes.map((c) => [c.compatibility === 'breaking' ? (allowBreaking ? '⚠️ breaking' : '❌ breaking') : '✅ compatible', c.column === null ? 'table' : code(c.column), escape(c.change), escape(c.reason, 400)]);
  return [[`### Schema changes against ${escape(baseline)}`, '', verdict, ...(rows.length ? ['', table(['', 'column', 'change', 'why'], rows)] : [])].join('\n')];
}

function piiSection({ pii }: ValidationReport): string[] {
  if (!pii) return [];
  const head = `### Personal data (a column is flagged when ${(pii.minShare * 100).toFixed(1)}% or more of its non-null values are of one kind; values are masked)`;
  if (pii.columns.length === 0) return [`${head}\n\nNone found.`];
  const rows = pii.columns.map((c) => [
    c.expected ? 'expected (pii: allowed)' : pii.mode === 'fail' ? '❌' : '⚠️',
    code(c.column),
    escape(PII_NAMES[c.kind]),
    `${thousands(c.count)} (${(c.share * 100).toFixed(1)}%)`,
    place(c.first),
    code(c.first.value, 60),
  ]);
  return [`${head}\n\n${table(['', 'column', 'kind', 'values', 'first at', 'masked'], rows)}`];
}
