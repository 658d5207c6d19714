// Row-level checks: each looks at one classified non-null value and says whether it passes.
// Nulls never reach them (they are counted apart); aggregates are judged from the profile.
import { EMPTY_I8, grown } from '../data/growable.js';
import { MAX_ENTRIES, type Interner } from '../data/interner.js';
import { DEFAULT_MAX_EXAMPLES } from '../data/table.js';
import { codeAt, Kind, NO_CODE_YET, textAt, type ClassifiedColumn, type KindCode } from '../data/values.js';
import { compilePattern, type CheckSpec, type ColumnSchema, type ColumnType, type Severity } from './schema.js';

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

/** Kinds with an order: numbers, and dates as instants. */
export const COMPARABLE = Uint8Array.from([0, 0, 1, 1, 1, 1, 0]);
const COMPARABLE_MASK = (1 << Kind.integer) | (1 << Kind.number) | (1 << Kind.date) | (1 << Kind.datetime);

/** What one loop over a batch's column found: checks skip a batch that cannot fail them. */
export interface BatchSummary {
  nulls: number;
  /** Bit 1 << kind for every kind present. */
  kinds: number;
  /** Over the values of comparable kinds (numbers and instants); NaN if one of them is NaN. */
  min: number;
  max: number;
}

export function summarize(column: ClassifiedColumn, length: number): BatchSummary {
  // A coded batch's distinct values have its kinds and range: one look at each, and its null rows.
  const coded = column.coded;
  if (coded) return { ...summarize(coded.values, coded.size), nulls: coded.nulls };
  const { kinds } = column;
  const first = kinds[0]!;
  let i = 1;
  while (i < length && kinds[i] === first) i++;
  return i >= length ? uniform(column, length) : mixed(column, length);
}

/** A batch of one kind (typed columns mostly are): min and max need no look at the kinds. */
function uniform({ kinds, numbers }: ClassifiedColumn, length: number): BatchSummary {
  const kind = kinds[0]!;
  const summary = { nulls: kind === Kind.null ? length : 0, kinds: length > 0 ? 1 << kind : 0, min: Infinity, max: -Infinity };
  if (length === 0 || COMPARABLE[kind] === 0) return summary;
  let min = Infinity;
  let max = -Infinity;
  let nan = false;
  for (let i = 0; i < length; i++) {
    const x = numbers[i]!;
    if (x < min) min = x;
    if (x > max) max = x;
    nan ||= x !== x;
  }
  // A NaN makes both NaN: no comparison passes after it, so the checks look at every row.
  return { ...summary, min: nan ? NaN : min, max: nan ? NaN : max };
}

function mixed({ kinds, numbers }: ClassifiedColumn, length: number): BatchSummary {
  let nulls = 0;
  let mask = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < length; i++) {
    const kind = kinds[i]!;
    mask |= 1 << kind;
    if (kind === Kind.null) nulls++;
    else if (COMPARABLE[kind] === 1) {
      const x = numbers[i]!;
      if (x < min) min = x;
      if (x > max) max = x;
      if (x !== x) min = max = NaN; // no comparison passes after: the checks look at every row
    }
  }
  return { nulls, kinds: mask, min, max };
}

/** Calls `fail(i)` for every failing row of a classified batch; each check has its own tight loop. */
export type Scan = (column: ClassifiedColumn, length: number, fail: (i: number) => void, summary: BatchSummary) => void;

/**
 * The loop for checks whose test needs the value's text or kind (pattern, allowed, lengths). A value
 * with a dictionary code is tested once per code: same bytes, same kind, number and text.
 */
function eachNonNull(test: (kind: KindCode, number: number, text: string) => boolean): Scan {
  let memo: { strings: Interner; passed: Int8Array } | undefined; // per code: 0 not tested, 1 passed, -1 failed
  return (column, length, fail) => {
    const { kinds, numbers, source } = column;
    if (!source) {
      for (let i = 0; i < length; i++) {
        const kind = kinds[i] as KindCode;
        if (kind !== Kind.null && !test(kind, numbers[i]!, textAt(column, i)!)) fail(i);
      }
      return;
    }
    if (memo?.strings !== source.strings) memo = { strings: source.strings, passed: EMPTY_I8 };
    // Read once per batch, not per value: this loop runs for every value of the column.
    const codes = source.codes;
    let passed = memo.passed;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i] as KindCode;
      if (kind === Kind.null) continue;
      let code = codes[i]!;
      if (code === NO_CODE_YET) code = codeAt(column, i);
      if (code < 0) {
        if (!test(kind, numbers[i]!, textAt(column, i)!)) fail(i);
        continue;
      }
      if (code >= passed.length) passed = memo.passed = grown(passed, Math.min(MAX_ENTRIES, Math.max(64, 4 * code)));
      let verdict = passed[code]!;
      if (verdict === 0) verdict = passed[code] = test(kind, numbers[i]!, textAt(column, i)!) ? 1 : -1;
      if (verdict === -1) fail(i);
    }
  };
}

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
    readonly scan: Scan,
    /** Also judge nulls (the not-null check); otherwise nulls are skipped. */
    readonly judgesNulls = false,
    /** Failing rows kept as examples (all are counted). */
    readonly maxExamples = DEFAULT_MAX_EXAMPLES,
  ) {}

  fail(example: Example): void {
    this.failed++;
    if (this.examples.length < this.maxExamples) this.examples.push(example);
  }

  /**
   * Judges a batch's values (nulls are counted by the caller). A coded batch (column.coded) is judged once
   * per distinct value, each failing value counting its rows; its failing rows are looked for, in order,
   * only while examples are wanted.
   */
  judge(column: ClassifiedColumn, length: number, summary: BatchSummary, example: (i: number) => Example): void {
    const coded = column.coded;
    if (!coded) {
      this.scan(column, length, (i) => this.fail(example(i)), summary);
      return;
    }
    const { counts, of } = coded;
    if (failing.length < coded.size) failing = new Uint8Array(Math.max(coded.size, 2 * failing.length));
    failing.fill(0, 0, coded.size);
    let failed = 0;
    this.scan(coded.values, coded.size, (s) => {
      failing[s] = 1;
      failed += counts[s]!;
    }, summary);
    for (let i = 0; i < length && failed > 0 && this.examples.length < this.maxExamples; i++) {
      if (failing[of[i]!] === 0) continue;
      this.fail(example(i));
      failed--;
    }
    this.failed += failed;
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

/** Per distinct value of the batch being judged (see RowCheck.judge): whether it failed. */
let failing = new Uint8Array(0);

/** The value kinds each type accepts; schema evolution (compat/rule.ts) judges types by the same table. */
export const ACCEPTED_KINDS: Record<ColumnType, KindCode[]> = {
  integer: [Kind.integer],
  number: [Kind.integer, Kind.number],
  boolean: [Kind.boolean],
  date: [Kind.date],
  datetime: [Kind.date, Kind.datetime],
  string: [Kind.boolean, Kind.integer, Kind.number, Kind.date, Kind.datetime, Kind.string],
  categorical: [Kind.boolean, Kind.integer, Kind.number, Kind.date, Kind.datetime, Kind.string],
};

/** Dates in bounds are compared as instants; numbers as numbers. */
export function boundValue(bound: number | string): number {
  return typeof bound === 'number' ? bound : Date.parse(bound.replace(' ', 'T'));
}


function typeScan(type: ColumnType): Scan {
  const accepted = new Uint8Array(7);
  let acceptedMask = 1 << Kind.null;
  for (const kind of ACCEPTED_KINDS[type]) {
    accepted[kind] = 1;
    acceptedMask |= 1 << kind;
  }
  return ({ kinds }, length, fail, summary) => {
    if ((summary.kinds & ~acceptedMask) === 0) return;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i]!;
      if (kind !== Kind.null && accepted[kind] === 0) fail(i);
    }
  };
}

function boundScan(bound: number, isMin: boolean, strict: boolean): Scan {
  const inBounds = (x: number) => (isMin ? (strict ? x > bound : x >= bound) : strict ? x < bound : x <= bound);
  return ({ kinds, numbers }, length, fail, summary) => {
    const onlyComparable = (summary.kinds & ~(COMPARABLE_MASK | (1 << Kind.null))) === 0;
    if (onlyComparable && (summary.min === Infinity || inBounds(isMin ? summary.min : summary.max))) return;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i]!;
      if (kind === Kind.null) continue;
      const x = numbers[i]!;
      const ok = COMPARABLE[kind] === 1 && inBounds(x);
      if (!ok) fail(i);
    }
  };
}

const notNullScan: Scan = ({ kinds }, length, fail, summary) => {
  if (summary.nulls === 0) return;
  for (let i = 0; i < length; i++) if (kinds[i] === Kind.null) fail(i);
};

/** The row checks a column's schema asks for. */
export function rowChecksFor(column: ColumnSchema, maxExamples = DEFAULT_MAX_EXAMPLES): RowCheck[] {
  const checks: RowCheck[] = [];
  const add = (check: string, spec: CheckSpec<unknown>, expected: string, scan: Scan, judgesNulls = false) => checks.push(new RowCheck(column.name, check, spec, expected, scan, judgesNulls, maxExamples));
  if (column.type) add('type', column.type, `of type ${column.type.value}`, typeScan(column.type.value));
  if (column.nullable && !column.nullable.value) add('not-null', column.nullable, 'not null', notNullScan, true);
  if (column.min) {
    const strict = column.strictMin;
    add('min', column.min, `${strict ? '>' : '≥'} ${column.min.value}`, boundScan(boundValue(column.min.value), true, strict));
  }
  if (column.max) {
    const strict = column.strictMax;
    add('max', column.max, `${strict ? '<' : '≤'} ${column.max.value}`, boundScan(boundValue(column.max.value), false, strict));
  }
  if (column.allowed) {
    const allowed = new Set(column.allowed.value);
    const shown = column.allowed.value.length <= 10 ? column.allowed.value.join(', ') : `${column.allowed.value.slice(0, 10).join(', ')}, … (${column.allowed.value.length} values)`;
    add('allowed', column.allowed, `one of ${shown}`, eachNonNull((_k, _x, text) => allowed.has(text)));
  }
  if (column.pattern) {
    const pattern = compilePattern(column.pattern.value);
    add('pattern', column.pattern, `matching /${column.pattern.value}/`, eachNonNull((_k, _x, text) => pattern.matcher(text).find()));
  }
  if (column.minLength) {
    const min = column.minLength.value;
    add('min-length', column.minLength, `at least ${min} characters long`, eachNonNull((_k, _x, text) => [...text].length >= min));
  }
  if (column.maxLength) {
    const max = column.maxLength.value;
    add('max-length', column.maxLength, `at most ${max} characters long`, eachNonNull((_k, _x, text) => text.length <= max || [...text].length <= max));
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
