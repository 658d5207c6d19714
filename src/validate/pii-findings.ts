// From the scan's counts to findings: a column holds personal data of a kind when at least a share
// `minShare` of its non-null values are of that kind. Columns the schema marks `pii: allowed` are
// expected to and are not flagged. Every value shown anywhere is masked; the profile keeps no value of
// a column that holds personal data.
import type { DatasetProfile, DatasetProfileJson } from '../profile/index.js';
import type { CheckResult, Example } from './checks.js';
import { maskValue, PII_NAMES, redactText, type PiiKind } from './pii.js';
import type { PiiScanner } from './pii-scan.js';
import type { Schema } from './schema.js';

export type PiiMode = 'detect' | 'fail';

export interface PiiColumn {
  column: string;
  kind: PiiKind;
  count: number;
  /** Of the column's non-null values. */
  share: number;
  /** The schema says the column holds personal data (`pii: allowed`): reported, not flagged. */
  expected: boolean;
  /** Where the first one is, its value masked. */
  first: Example;
}

/** The kinds found in at least `minShare` of each column's non-null values, most frequent first. */
export function piiColumns(findings: ReturnType<PiiScanner['findings']>, profile: DatasetProfile, schema: Schema | undefined, minShare: number): PiiColumn[] {
  const expected = new Set(schema?.columns.filter((c) => c.pii === 'allowed').map((c) => c.name));
  const columns: PiiColumn[] = [];
  for (const [column, found] of findings) {
    const p = profile.columns.get(column);
    const nonNull = p ? p.count - p.nulls : 0;
    for (const { kind, count, first } of found) {
      const share = nonNull === 0 ? 0 : count / nonNull;
      if (share >= minShare) columns.push({ column, kind, count, share, expected: expected.has(column), first });
    }
  }
  return columns.sort((a, b) => Number(a.expected) - Number(b.expected) || b.share - a.share);
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.001 ? 3 : 1)}%`;

/** One failed check per unexpected finding (a warning when detecting, an error with `fail`); one passed check when there is none. */
export function piiChecks(columns: PiiColumn[], mode: PiiMode, minShare: number, profile: DatasetProfile): CheckResult[] {
  const severity = mode === 'fail' ? 'error' : 'warning';
  const flagged = columns.filter((c) => !c.expected);
  if (flagged.length === 0) {
    return [{
      id: 'table: personal data',
      check: 'pii',
      severity,
      status: 'passed',
      expected: `no column with personal data in ${percent(minShare)} or more of its values`,
      observed: columns.length > 0 ? `only in columns marked pii: allowed (${columns.map((c) => c.column).join(', ')})` : 'none found',
      failed: 0,
      evaluated: profile.columns.size,
      nulls: 0,
      share: 0,
      mostly: 1,
      examples: [],
      message: 'no personal data found outside the columns marked pii: allowed',
    }];
  }
  return flagged.map((c) => {
    const p = profile.columns.get(c.column)!;
    const what = PII_NAMES[c.kind];
    return {
      id: `${c.column}: personal data (${c.kind})`,
      column: c.column,
      check: 'pii',
      severity,
      status: 'failed',
      expected: 'no personal data (mark a column that must hold it with pii: allowed)',
      observed: `${c.count.toLocaleString('en-US')} ${what} (${percent(c.share)} of non-null values)`,
      failed: c.count,
      evaluated: p.count - p.nulls,
      nulls: p.nulls,
      share: c.share,
      mostly: 1,
      examples: [c.first],
      message: `${c.count} of ${p.count - p.nulls} value(s) (${percent(c.share)}) are ${what}; values are masked here`,
    };
  });
}

/**
 * The checks with example values masked: whole values in columns that hold personal data, and (`inText`)
 * any personal data inside the other values and messages.
 */
export function redactExamples(checks: CheckResult[], personal: ReadonlySet<string>, inText: boolean): CheckResult[] {
  return checks.map((check) => {
    if (check.check === 'pii' || check.check === 'schema-change' || check.examples.length === 0) return check; // already masked; schema text
    const whole = check.column !== undefined && personal.has(check.column);
    if (!whole && !inText) return check;
    return { ...check, examples: check.examples.map((e) => ({ ...e, value: whole ? maskValue(e.value) : redactText(e.value) })) };
  });
}

const DROPPED = ['numeric summaries, quantiles and bins', 'exact values', 'frequent items'];

/**
 * The profile without the values of columns that hold personal data (`personal`, kind by column): their
 * counts, kinds, lengths and distinct estimate remain, and the column says what was dropped. In other
 * columns, frequent items that are personal data are dropped.
 */
export function redactProfile(json: DatasetProfileJson, personal: ReadonlyMap<string, string>): DatasetProfileJson {
  return {
    ...json,
    columns: json.columns.map((column) => {
      const kind = personal.get(column.name);
      if (kind !== undefined) {
        const { numeric: _n, distribution: _d, bins: _b, frequent: _f, temporal: _t, ...kept } = column;
        return { ...kept, pii: { kind, dropped: DROPPED } };
      }
      const items = column.frequent?.items;
      const personalItem = ([value]: [string, number]) => redactText(value) !== value;
      if (!items?.some(personalItem)) return column;
      return { ...column, frequent: { ...column.frequent!, exact: false, items: items.filter((item) => !personalItem(item)) }, pii: { kind: 'some values', dropped: ['frequent items that are personal data'] } };
    }),
  };
}
