// Row-level checks: each looks at one classified non-null value and says whether it passes.
// Nulls never reach them (they are counted apart); aggregates are judged from the profile.
import { Kind, type KindCode } from '../data/values.js';
import type { CheckSpec, ColumnSchema, ColumnType, Severity } from './schema.js';

export interface Example {
  file: string;
  row: number;
  line?: number;
  value: string;
}

export interface CheckResult {
  id: string;
  column?: string;
  check: string;
  severity: Severity;
  status: 'passed' | 'failed';
  /** What the check expects, in words. */
  expected: string;
  /** What the data showed, for aggregate and table checks. */
  observed?: string;
  failed: number;
  /** Non-null values the check looked at (its denominator for `mostly`). */
  evaluated: number;
  /** Nulls skipped by the check (reported, not judged). */
  nulls: number;
  share: number;
  mostly: number;
  examples: Example[];
  message: string;
}

export const MAX_EXAMPLES = 20;

/** A running row check. */
export class RowCheck {
  failed = 0;
  evaluated = 0;
  nulls = 0;
  readonly examples: Example[] = [];

  constructor(
    readonly column: string,
    readonly check: string,
    readonly spec: CheckSpec<unknown>,
    readonly expected: string,
    readonly test: (kind: KindCode, number: number, text: string) => boolean,
    /** Also judge nulls (the not-null check); otherwise nulls are skipped. */
    readonly judgesNulls = false,
  ) {}

  fail(example: Example): void {
    this.failed++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(example);
  }

  result(): CheckResult {
    const share = this.evaluated === 0 ? 0 : this.failed / this.evaluated;
    const passed = this.failed === 0 || (this.evaluated > 0 && 1 - share >= this.spec.mostly);
    const mostly = this.spec.mostly < 1 ? ` (mostly ${this.spec.mostly}: ${((1 - share) * 100).toFixed(2)}% passed)` : '';
    const nulls = this.nulls > 0 ? `; ${this.nulls} null value(s) not checked` : '';
    return {
      id: `${this.column}: ${this.check}`,
      column: this.column,
      check: this.check,
      severity: this.spec.severity,
      status: passed ? 'passed' : 'failed',
      expected: this.expected,
      failed: this.failed,
      evaluated: this.evaluated,
      nulls: this.nulls,
      share,
      mostly: this.spec.mostly,
      examples: this.examples,
      message: `${this.failed} of ${this.evaluated} value(s) ${this.judgesNulls ? 'are null' : `are not ${this.expected}`}${mostly}${nulls}`,
    };
  }
}

const ACCEPTS: Record<ColumnType, (kind: KindCode) => boolean> = {
  integer: (k) => k === Kind.integer,
  number: (k) => k === Kind.integer || k === Kind.number,
  boolean: (k) => k === Kind.boolean,
  date: (k) => k === Kind.date,
  datetime: (k) => k === Kind.date || k === Kind.datetime,
  string: () => true,
  categorical: () => true,
};

/** Dates in bounds are compared as instants; numbers as numbers. */
function boundValue(bound: number | string): number {
  return typeof bound === 'number' ? bound : Date.parse(bound.replace(' ', 'T'));
}

const comparable = (kind: KindCode) => kind === Kind.integer || kind === Kind.number || kind === Kind.date || kind === Kind.datetime;

/** The row checks a column's schema asks for. */
export function rowChecksFor(column: ColumnSchema): RowCheck[] {
  const checks: RowCheck[] = [];
  const name = column.name;
  if (column.type) {
    const accepts = ACCEPTS[column.type.value];
    checks.push(new RowCheck(name, 'type', column.type, `of type ${column.type.value}`, (kind) => accepts(kind)));
  }
  if (column.nullable && !column.nullable.value) {
    checks.push(new RowCheck(name, 'not-null', column.nullable, 'not null', () => true, true));
  }
  if (column.min) {
    const min = boundValue(column.min.value);
    const strict = column.strictMin;
    checks.push(new RowCheck(name, 'min', column.min, `${strict ? '>' : '≥'} ${column.min.value}`, (kind, x) => comparable(kind) && (strict ? x > min : x >= min)));
  }
  if (column.max) {
    const max = boundValue(column.max.value);
    const strict = column.strictMax;
    checks.push(new RowCheck(name, 'max', column.max, `${strict ? '<' : '≤'} ${column.max.value}`, (kind, x) => comparable(kind) && (strict ? x < max : x <= max)));
  }
  if (column.allowed) {
    const allowed = new Set(column.allowed.value);
    const shown = column.allowed.value.length <= 10 ? column.allowed.value.join(', ') : `${column.allowed.value.slice(0, 10).join(', ')}, … (${column.allowed.value.length} values)`;
    checks.push(new RowCheck(name, 'allowed', column.allowed, `one of ${shown}`, (_k, _x, text) => allowed.has(text)));
  }
  if (column.pattern) {
    const pattern = new RegExp(column.pattern.value, 'u');
    checks.push(new RowCheck(name, 'pattern', column.pattern, `matching /${column.pattern.value}/`, (_k, _x, text) => pattern.test(text)));
  }
  if (column.minLength) {
    const min = column.minLength.value;
    checks.push(new RowCheck(name, 'min-length', column.minLength, `at least ${min} characters long`, (_k, _x, text) => [...text].length >= min));
  }
  if (column.maxLength) {
    const max = column.maxLength.value;
    checks.push(new RowCheck(name, 'max-length', column.maxLength, `at most ${max} characters long`, (_k, _x, text) => text.length <= max || [...text].length <= max));
  }
  return checks;
}

/**
 * Values that must not repeat: every occurrence of a repeated value fails, as in Great Expectations.
 * Memory holds one entry per distinct value: what uniqueness needs, no more.
 */
export class UniqueTracker {
  private readonly seen = new Map<string, Example | null>();

  constructor(readonly check: RowCheck) {}

  see(key: string, example: Example): void {
    this.check.evaluated++;
    if (!this.seen.has(key)) {
      this.seen.set(key, example);
      return;
    }
    const first = this.seen.get(key);
    if (first) {
      this.check.fail(first); // the first occurrence fails too, once
      this.seen.set(key, null);
    }
    this.check.fail(example);
  }
}
