// Schema evolution: every difference between the old (baseline) and the new schema, each judged breaking
// or compatible by one rule: breaking when data valid under the new schema can be invalid under the old
// one (the model trained on the old contract may now receive what it never saw), or when a column the
// old schema requires may be gone. Row constraints are judged on sets of accepted values (rule.ts);
// aggregates, uniqueness and the table's shape on the sets of datasets they accept.
import type { CheckSpec, ColumnSchema, Range, Schema } from '../schema.js';
import { judgeMissing, judgeValues, type Verdict } from './rule.js';
import { ValueSet } from './values.js';

export interface SchemaChange {
  /** The column, or null for the table. */
  column: string | null;
  /** The schema key that changed, as our format names it (`max`, `table.columns`): it finds the line. */
  key: string;
  /** The change in words. */
  change: string;
  before: unknown;
  after: unknown;
  compatibility: 'breaking' | 'compatible';
  reason: string;
  /** Judged breaking without proof either way (see rule.ts). */
  conservative?: boolean;
}

type Spec = CheckSpec<unknown> | undefined;

/** The keys of a column, and how each reads its spec with a comparable value. */
const ROW_KEYS = ['type', 'nullable', 'min', 'max', 'allowed', 'pattern', 'min-length', 'max-length'] as const;
const AGGREGATE_KEYS = ['max-null-fraction', 'mean', 'median', 'std', 'distinct-count'] as const;

function specOf(column: ColumnSchema, key: string): Spec {
  switch (key) {
    case 'type': {
      const declared = column.declaredType;
      return declared !== undefined ? { value: declared, severity: 'error', mostly: 1 } : column.type;
    }
    case 'nullable':
      return column.nullable?.value === false ? column.nullable : undefined; // nulls allowed unless said otherwise
    case 'min':
      return column.min && { ...column.min, value: { bound: column.min.value, strict: column.strictMin } };
    case 'max':
      return column.max && { ...column.max, value: { bound: column.max.value, strict: column.strictMax } };
    case 'unique':
      return column.unique?.value ? column.unique : undefined;
    case 'max-null-fraction':
      return column.maxNullFraction;
    case 'distinct-count':
      return column.distinctCount;
    case 'min-length':
      return column.minLength;
    case 'max-length':
      return column.maxLength;
    default:
      if (key.startsWith('quantiles.')) {
        const range = column.quantiles?.value[key.slice('quantiles.'.length)];
        return range && { ...column.quantiles!, value: range };
      }
      return column[key as 'allowed' | 'pattern' | 'mean' | 'median' | 'std'];
  }
}

/** A constraint's value as people read it. */
function shown(key: string, value: unknown): unknown {
  if (key === 'nullable') return value === false ? 'no nulls' : 'nulls allowed';
  if (value === undefined) return null;
  if (key === 'min' || key === 'max') {
    const { bound, strict } = value as { bound: number | string; strict: boolean };
    return `${key === 'min' ? (strict ? '>' : '≥') : strict ? '<' : '≤'} ${bound}`;
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const words = (value: unknown) => (value === null ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));

/** A check made looser without changing its value: a warning no longer fails the step, a lower `mostly` lets more rows fail. */
function relaxed(before: Spec, after: Spec): { change: string; reason: string } | undefined {
  if (!before || !after) return undefined;
  const changes: string[] = [];
  const reasons: string[] = [];
  if (before.severity === 'error' && after.severity === 'warning') {
    changes.push('severity error → warning');
    reasons.push('data that fails it no longer fails the step');
  }
  if (after.mostly < before.mostly) {
    changes.push(`mostly ${before.mostly} → ${after.mostly}`);
    reasons.push('a larger share of rows may fail it');
  }
  return changes.length > 0 ? { change: changes.join(', '), reason: reasons.join('; ') } : undefined;
}

const inRange = (inner: Range, outer: Range) => (outer.min === undefined || (inner.min !== undefined && inner.min >= outer.min)) && (outer.max === undefined || (inner.max !== undefined && inner.max <= outer.max));

/** An aggregate's accepted values (an interval of the statistic): contained, or implied by the new value bounds. */
function judgeAggregate(key: string, before: Range | number, after: ColumnSchema, afterSet: ValueSet): Verdict {
  const contained: Verdict = { breaking: false, reason: 'every dataset the new schema accepts has a statistic the old one accepts' };
  if (key === 'max-null-fraction') {
    const newMax = after.maxNullFraction?.value;
    if (!afterSet.acceptsNulls || (newMax !== undefined && newMax <= (before as number))) return contained;
    return { breaking: true, reason: `the new schema accepts a share of nulls up to ${newMax ?? 1}, the old one at most ${before}` };
  }
  const range = before as Range;
  const own = specOf(after, key);
  let bounds: Range | undefined = own?.mostly === 1 ? (own.value as Range) : undefined;
  // Every value within [a, b] puts the mean, the median and every quantile within [a, b] too.
  const valueBounds = { min: hardBound(after, 'min'), max: hardBound(after, 'max') };
  if ((key === 'mean' || key === 'median' || key.startsWith('quantiles.')) && (!bounds || !inRange(bounds, range))) bounds = { min: bounds?.min ?? valueBounds.min, max: bounds?.max ?? valueBounds.max };
  if (key === 'distinct-count' && after.allowed?.mostly === 1) bounds = { min: bounds?.min, max: Math.min(bounds?.max ?? Infinity, after.allowed.value.length) };
  if (bounds && inRange(bounds, range)) return contained;
  return { breaking: true, reason: `the new schema accepts datasets whose ${key} is ${rangeWords(bounds ?? {})}, beyond the old ${rangeWords(range)}` };
}

function hardBound(column: ColumnSchema, side: 'min' | 'max'): number | undefined {
  const spec = column[side];
  return spec?.mostly === 1 && typeof spec.value === 'number' ? spec.value : undefined;
}

const rangeWords = (r: Range) => (r.min === undefined && r.max === undefined ? 'any value' : `[${r.min ?? '−∞'}, ${r.max ?? '∞'}]`);

/** Columns the table must have: required ones, and every listed one when columns is exact or superset. */
const mustHave = (schema: Schema, column: ColumnSchema) => column.required.value || (schema.columnsMode !== undefined && schema.columnsMode.value !== 'subset');
/** Whether data may carry columns the schema does not list. */
const acceptsExtra = (schema: Schema) => schema.columnsMode === undefined || schema.columnsMode.value === 'superset';

export function compareSchemas(before: Schema, after: Schema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const push = (column: string | null, key: string, change: string, b: unknown, a: unknown, verdict: Verdict) =>
    changes.push({ column, key, change, before: b, after: a, compatibility: verdict.breaking ? 'breaking' : 'compatible', reason: verdict.reason, ...(verdict.conservative ? { conservative: true } : {}) });
  const afterColumns = new Map(after.columns.map((c) => [c.name, c]));
  const beforeColumns = new Map(before.columns.map((c) => [c.name, c]));

  for (const old of before.columns) {
    const now = afterColumns.get(old.name);
    if (!now) {
      const constrained = ROW_KEYS.some((key) => specOf(old, key) !== undefined);
      const verdict: Verdict = mustHave(before, old)
        ? { breaking: true, reason: 'the old schema requires this column; data without it is now valid' }
        : acceptsExtra(after) && constrained
          ? { breaking: true, reason: 'the new schema accepts the column with any values; the old one constrained them' }
          : { breaking: false, reason: 'the column was optional, and the new schema puts no value in it that the old one rejects' };
      push(old.name, 'column', 'column removed', old.name, null, verdict);
      continue;
    }
    if (mustHave(before, old) && !mustHave(after, now)) push(old.name, 'required', 'required → optional', true, false, { breaking: true, reason: 'data without this column is now valid; the old schema required it' });
    if (!mustHave(before, old) && mustHave(after, now)) push(old.name, 'required', 'optional → required', false, true, { breaking: false, reason: 'the new schema requires what the old one allowed' });
    compareColumn(before, old, after, now, push);
  }
  for (const column of after.columns) {
    if (beforeColumns.has(column.name)) continue;
    push(
      column.name,
      'column',
      'column added',
      null,
      column.name,
      acceptsExtra(before)
        ? { breaking: false, reason: 'the old schema accepted columns it did not list' }
        : { breaking: true, reason: `the old schema accepted only its own columns (columns: ${before.columnsMode!.value}); data with this one was invalid` },
    );
  }
  compareTable(before, after, push);
  // Breaking first, then in the schema's order.
  return changes.map((c, i) => [c, i] as const).sort((x, y) => Number(x[0].compatibility === 'compatible') - Number(y[0].compatibility === 'compatible') || x[1] - y[1]).map(([c]) => c);
}

type Push = (column: string | null, key: string, change: string, before: unknown, after: unknown, verdict: Verdict) => void;

function compareColumn(beforeSchema: Schema, old: ColumnSchema, afterSchema: Schema, now: ColumnSchema, push: Push): void {
  const beforeSet = new ValueSet(old, beforeSchema);
  const afterSet = new ValueSet(now, afterSchema, true);
  const quantiles = [...new Set([...Object.keys(old.quantiles?.value ?? {}), ...Object.keys(now.quantiles?.value ?? {})])].map((p) => `quantiles.${p}`);
  for (const key of [...ROW_KEYS, 'unique', ...AGGREGATE_KEYS, ...quantiles]) {
    const b = specOf(old, key);
    const a = specOf(now, key);
    if (!b && !a) continue;
    const [bv, av] = [shown(key, b?.value), shown(key, a?.value)];
    const loosened = relaxed(b, a);
    if (same(bv, av)) {
      if (loosened) push(now.name, key, `${key}: ${loosened.change}`, bv, av, { breaking: true, reason: loosened.reason });
      continue;
    }
    const change = key === 'allowed' ? allowedWords(b?.value as string[] | undefined, a?.value as string[] | undefined) : `${key}: ${words(bv)} → ${words(av)}`;
    let verdict: Verdict;
    if (!b) verdict = { breaking: false, reason: 'a new constraint: the new schema accepts less than the old one' };
    else if ((ROW_KEYS as readonly string[]).includes(key)) verdict = judgeValues(key, afterSet, beforeSet);
    else if (key === 'unique') verdict = a || uniqueKey(afterSchema, now.name) ? { breaking: false, reason: 'the column is still unique' } : { breaking: true, reason: 'uniqueness dropped: the new schema accepts repeated values' };
    else verdict = judgeAggregate(key, b.value as Range | number, now, afterSet);
    if (loosened && !verdict.breaking) verdict = { breaking: true, reason: `${loosened.change}: ${loosened.reason}` };
    push(now.name, key, change, bv, av, verdict);
  }
}

/** The column alone is a unique key of the table (a one-field primary key). */
const uniqueKey = (schema: Schema, name: string) => schema.uniqueTogether.some((g) => g.mostly === 1 && g.value.length === 1 && g.value[0] === name);

function allowedWords(before: string[] | undefined, after: string[] | undefined): string {
  if (!before) return 'allowed values listed';
  if (!after) return 'allowed values no longer listed';
  const added = after.filter((v) => !before.includes(v)).map((v) => JSON.stringify(v));
  const removed = before.filter((v) => !after.includes(v)).map((v) => JSON.stringify(v));
  const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
  return `allowed values: ${parts.join('; ') || 'reordered'}`;
}

function compareTable(before: Schema, after: Schema, push: Push): void {
  const [bMode, aMode] = [before.columnsMode?.value ?? null, after.columnsMode?.value ?? null];
  if (bMode !== aMode) {
    const verdict: Verdict =
      acceptsExtra(after) && !acceptsExtra(before)
        ? { breaking: true, reason: 'data may now carry columns the old schema did not list' }
        : { breaking: false, reason: 'the new schema accepts no column the old one rejected (required columns are judged one by one)' };
    push(null, 'table.columns', `columns: ${bMode ?? 'any'} → ${aMode ?? 'any'}`, bMode, aMode, verdict);
  }
  const [bRows, aRows] = [before.rowCount, after.rowCount];
  if (bRows && !same(bRows.value, aRows?.value)) {
    const ok = aRows !== undefined && inRange(aRows.value, bRows.value);
    push(null, 'table.row-count', `row-count: ${rangeWords(bRows.value)} → ${aRows ? rangeWords(aRows.value) : '(none)'}`, bRows.value, aRows?.value ?? null, ok ? { breaking: false, reason: 'narrowed' } : { breaking: true, reason: 'the new schema accepts row counts the old one rejects' });
  } else if (!bRows && aRows) push(null, 'table.row-count', `row-count: (none) → ${rangeWords(aRows.value)}`, null, aRows.value, { breaking: false, reason: 'a new constraint' });

  // Uniqueness over a group holds when a subset of it is unique: the old group needs such a subset in the new schema.
  const afterGroups = [...after.uniqueTogether.filter((g) => g.mostly === 1).map((g) => g.value), ...after.columns.filter((c) => c.unique?.value && c.unique.mostly === 1).map((c) => [c.name])];
  for (const group of before.uniqueTogether) {
    const kept = afterGroups.some((g) => g.every((name) => group.value.includes(name)));
    if (after.uniqueTogether.some((g) => same(g.value, group.value))) continue;
    push(null, 'table.unique-together', `unique together [${group.value.join(', ')}] ${kept ? 'implied by a narrower key' : 'dropped'}`, group.value, null, kept ? { breaking: false, reason: 'a subset of these columns is unique, so the group is too' } : { breaking: true, reason: 'the new schema accepts rows that repeat these values' });
  }
  for (const group of after.uniqueTogether) {
    if (!before.uniqueTogether.some((g) => same(g.value, group.value))) push(null, 'table.unique-together', `unique together [${group.value.join(', ')}] added`, null, group.value, { breaking: false, reason: 'a new constraint' });
  }

  if (!same([...before.missingValues].sort(), [...after.missingValues].sort())) {
    const reasons: string[] = [];
    for (const now of after.columns) {
      const old = before.columns.find((c) => c.name === now.name);
      if (!old) continue;
      const verdict = judgeMissing(new ValueSet(now, after, true), new ValueSet(old, before));
      if (verdict) reasons.push(`${now.name}: ${verdict.reason}`);
    }
    const change = `missing values: ${JSON.stringify(before.missingValues)} → ${JSON.stringify(after.missingValues)}`;
    push(null, 'missing-values', change, before.missingValues, after.missingValues, reasons.length ? { breaking: true, reason: reasons.join('; ') } : { breaking: false, reason: 'no column reads a text the old schema rejects' });
  }
}
