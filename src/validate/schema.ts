// The schema: our YAML/JSON format, or a Frictionless Table Schema mapped onto the same checks.
// Every mistake in a schema names the file, the key and the bad value; nothing is taken on trust.
import { RE2JS } from 're2js';
import { ConfigurationError } from '../runtime/errors.js';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'categorical';
export type Severity = 'error' | 'warning';
export const COLUMN_TYPES: readonly ColumnType[] = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'categorical'];

/** A check's settings: what it expects, how bad a failure is, and the share of non-null rows that must pass. */
export interface CheckSpec<T> {
  value: T;
  severity: Severity;
  mostly: number;
}

export interface Range {
  min?: number;
  max?: number;
}

export interface ColumnSchema {
  name: string;
  type?: CheckSpec<ColumnType>;
  required: CheckSpec<boolean>;
  nullable?: CheckSpec<boolean>;
  maxNullFraction?: CheckSpec<number>;
  unique?: CheckSpec<boolean>;
  min?: CheckSpec<number | string>;
  max?: CheckSpec<number | string>;
  strictMin: boolean;
  strictMax: boolean;
  allowed?: CheckSpec<string[]>;
  pattern?: CheckSpec<string>;
  minLength?: CheckSpec<number>;
  maxLength?: CheckSpec<number>;
  mean?: CheckSpec<Range>;
  median?: CheckSpec<Range>;
  std?: CheckSpec<Range>;
  quantiles?: CheckSpec<Record<string, Range>>;
  distinctCount?: CheckSpec<Range>;
  /** The column is expected to hold personal data (`pii: allowed`; Frictionless `"pii": true`): not flagged. */
  pii?: 'allowed';
  /** A Frictionless type our checks do not verify (time, object, geopoint…), kept to compare schemas. */
  declaredType?: string;
}

export interface Schema {
  source: string;
  columns: ColumnSchema[];
  columnsMode?: CheckSpec<'exact' | 'subset' | 'superset'>;
  rowCount?: CheckSpec<Range>;
  uniqueTogether: CheckSpec<string[]>[];
  missingValues: string[];
}

type Raw = Record<string, unknown>;

const COLUMN_KEYS = new Set([
  'type', 'required', 'nullable', 'max-null-fraction', 'unique', 'min', 'max', 'strict-min', 'strict-max', 'allowed', 'pattern',
  'min-length', 'max-length', 'mean', 'median', 'std', 'quantiles', 'distinct-count', 'severity', 'mostly', 'description', 'pii',
]);

class SchemaReader {
  constructor(readonly source: string) {}

  fail(where: string, message: string): never {
    throw new ConfigurationError(`Schema ${this.source}: ${where} ${message}`);
  }

  object(value: unknown, where: string): Raw {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(where, `must be a mapping, got ${JSON.stringify(value)}`);
    return value as Raw;
  }

  number(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(where, `must be a number, got ${JSON.stringify(value)}`);
    return value;
  }

  severity(value: unknown, where: string): Severity {
    if (value !== 'error' && value !== 'warning') this.fail(where, `must be error or warning, got ${JSON.stringify(value)}`);
    return value;
  }

  mostly(value: unknown, where: string): number {
    const n = this.number(value, where);
    if (n < 0 || n > 1) this.fail(where, `must be between 0 and 1, got ${n}`);
    return n;
  }

  bool(value: unknown, where: string): boolean {
    if (typeof value !== 'boolean') this.fail(where, `must be true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  /** A whole number ≥ 0. */
  count(value: unknown, where: string): number {
    const n = this.number(value, where);
    if (!Number.isInteger(n) || n < 0) this.fail(where, `must be a whole number ≥ 0, got ${n}`);
    return n;
  }

  /** A bound of a range check: a number, or an ISO date for date and datetime columns. */
  bound(value: unknown, where: string): number | string {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value.replace(' ', 'T')))) this.fail(where, `must be a number or an ISO date, got ${JSON.stringify(value)}`);
    return value;
  }

  /** A list of plain values (texts, numbers, booleans), as texts. */
  scalars(value: unknown, where: string): string[] {
    if (!Array.isArray(value)) this.fail(where, `must be a list of values, got ${JSON.stringify(value)}`);
    return value.map((item, i) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : this.fail(`${where}[${i}]`, `must be a text, number or boolean, got ${JSON.stringify(item)}`)));
  }

  /** A regular expression in RE2's syntax (see compilePattern). */
  pattern(value: unknown, where: string, wrap = (p: string) => p): string {
    if (typeof value !== 'string') this.fail(where, `must be a regular expression string, got ${JSON.stringify(value)}`);
    try {
      compilePattern(wrap(value));
    } catch (error) {
      this.fail(where, `is not a regular expression in RE2 syntax (${(error as Error).message}); backreferences and lookaround are not supported, see the README's Limits`);
    }
    return wrap(value);
  }

  range(value: unknown, where: string): Range {
    const raw = this.object(value, where);
    for (const key of Object.keys(raw)) if (key !== 'min' && key !== 'max') this.fail(`${where}.${key}`, 'is not a range bound (use min and max)');
    return { ...(raw.min !== undefined ? { min: this.number(raw.min, `${where}.min`) } : {}), ...(raw.max !== undefined ? { max: this.number(raw.max, `${where}.max`) } : {}) };
  }

  /** A check given plainly (`min: 0`) or with its own settings (`min: {value: 0, severity: warning, mostly: 0.99}`). */
  spec<T>(raw: unknown, where: string, defaults: { severity: Severity; mostly: number }, parse: (value: unknown, where: string) => T, objectIsValue = false): CheckSpec<T> {
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw) {
      const r = raw as Raw;
      return {
        value: parse(r.value, `${where}.value`),
        severity: r.severity === undefined ? defaults.severity : this.severity(r.severity, `${where}.severity`),
        mostly: r.mostly === undefined ? defaults.mostly : this.mostly(r.mostly, `${where}.mostly`),
      };
    }
    if (!objectIsValue && raw !== null && typeof raw === 'object' && !Array.isArray(raw) && ('severity' in raw || 'mostly' in raw)) {
      this.fail(where, 'has severity/mostly but no value');
    }
    return { value: parse(raw, where), ...defaults };
  }
}

function parseColumn(reader: SchemaReader, name: string, raw: Raw, tableDefaults: { severity: Severity; mostly: number }): ColumnSchema {
  const where = `columns.${name}`;
  for (const key of Object.keys(raw)) if (!COLUMN_KEYS.has(key)) reader.fail(`${where}.${key}`, `is not a known column setting (known: ${[...COLUMN_KEYS].join(', ')})`);
  const defaults = {
    severity: raw.severity === undefined ? tableDefaults.severity : reader.severity(raw.severity, `${where}.severity`),
    mostly: raw.mostly === undefined ? tableDefaults.mostly : reader.mostly(raw.mostly, `${where}.mostly`),
  };
  const at = (key: string) => `${where}.${key}`;
  const bool = (v: unknown, w: string) => reader.bool(v, w);
  const int = (v: unknown, w: string) => reader.count(v, w);
  const bound = (v: unknown, w: string) => reader.bound(v, w);
  const opt = <T>(key: string, parse: (v: unknown, w: string) => T, objectIsValue = false) =>
    raw[key] === undefined ? undefined : reader.spec(raw[key], at(key), defaults, parse, objectIsValue);

  const column: ColumnSchema = {
    name,
    type: opt('type', (v, w) => ((COLUMN_TYPES as readonly unknown[]).includes(v) ? (v as ColumnType) : reader.fail(w, `must be one of ${COLUMN_TYPES.join(', ')}, got ${JSON.stringify(v)}`))),
    required: opt('required', bool) ?? { value: true, ...defaults },
    nullable: opt('nullable', bool),
    maxNullFraction: opt('max-null-fraction', (v, w) => reader.mostly(v, w)),
    unique: opt('unique', bool),
    min: opt('min', bound),
    max: opt('max', bound),
    strictMin: raw['strict-min'] === undefined ? false : bool(raw['strict-min'], at('strict-min')),
    strictMax: raw['strict-max'] === undefined ? false : bool(raw['strict-max'], at('strict-max')),
    allowed: opt('allowed', (v, w) => reader.scalars(v, w)),
    pattern: opt('pattern', (v, w) => reader.pattern(v, w)),
    minLength: opt('min-length', int),
    maxLength: opt('max-length', int),
    mean: opt('mean', (v, w) => reader.range(v, w), true),
    median: opt('median', (v, w) => reader.range(v, w), true),
    std: opt('std', (v, w) => reader.range(v, w), true),
    distinctCount: opt('distinct-count', (v, w) => reader.range(v, w), true),
    quantiles: opt(
      'quantiles',
      (v, w) => {
        const obj = reader.object(v, w);
        const out: Record<string, Range> = {};
        for (const [key, range] of Object.entries(obj)) {
          const p = /^p(\d{1,2}(?:\.\d+)?)$/.exec(key);
          if (!p || Number(p[1]) <= 0 || Number(p[1]) >= 100) reader.fail(`${w}.${key}`, 'must be named p1 to p99 (e.g. p95)');
          out[key] = reader.range(range, `${w}.${key}`);
        }
        return out;
      },
      true,
    ),
  };
  if (raw.pii !== undefined) column.pii = raw.pii === 'allowed' ? 'allowed' : reader.fail(at('pii'), `must be allowed (the column is expected to hold personal data), got ${JSON.stringify(raw.pii)}`);
  return column;
}

/** Parses a schema document; `source` names it in errors (usually its path). */
export function parseSchema(document: unknown, source: string): Schema {
  const reader = new SchemaReader(source);
  const root = reader.object(document, '(top level)');
  if (Array.isArray(root.fields)) return parseFrictionless(reader, root);
  for (const key of Object.keys(root)) {
    if (!['columns', 'table', 'missing-values', 'severity', 'mostly', 'description'].includes(key)) reader.fail(key, 'is not a known schema key (known: columns, table, missing-values, severity, mostly)');
  }
  const defaults = {
    severity: root.severity === undefined ? ('error' as Severity) : reader.severity(root.severity, 'severity'),
    mostly: root.mostly === undefined ? 1 : reader.mostly(root.mostly, 'mostly'),
  };
  const columnsRaw = root.columns === undefined ? {} : reader.object(root.columns, 'columns');
  const columns = Object.entries(columnsRaw).map(([name, raw]) => parseColumn(reader, name, raw === null ? {} : reader.object(raw, `columns.${name}`), defaults));
  const table = root.table === undefined ? {} : reader.object(root.table, 'table');
  for (const key of Object.keys(table)) if (!['row-count', 'columns', 'unique-together'].includes(key)) reader.fail(`table.${key}`, 'is not a known table check (known: row-count, columns, unique-together)');
  const uniqueTogether: unknown[] = table['unique-together'] === undefined ? [] : Array.isArray(table['unique-together']) ? table['unique-together'] : reader.fail('table.unique-together', 'must be a list of column lists');
  return {
    source,
    columns,
    rowCount: table['row-count'] === undefined ? undefined : reader.spec(table['row-count'], 'table.row-count', defaults, (v, w) => reader.range(v, w), true),
    columnsMode:
      table.columns === undefined
        ? undefined
        : reader.spec(table.columns, 'table.columns', defaults, (v, w) => (v === 'exact' || v === 'subset' || v === 'superset' ? v : reader.fail(w, `must be exact, subset or superset, got ${JSON.stringify(v)}`))),
    uniqueTogether: uniqueTogether.map((group: unknown, i: number) =>
      reader.spec(group, `table.unique-together[${i}]`, defaults, (v, w) => (Array.isArray(v) && v.length > 0 && v.every((name) => typeof name === 'string') ? v : reader.fail(w, 'must be a non-empty list of column names'))),
    ),
    missingValues: root['missing-values'] === undefined ? [''] : reader.scalars(root['missing-values'], 'missing-values'),
  };
}

/**
 * A `pattern` compiled by RE2JS, a port of RE2: matching takes time linear in the value's length
 * whatever the pattern (no catastrophic backtracking on values a pull request can add). Its syntax is
 * RE2's: JavaScript's, less backreferences and lookaround, with \x{…} for code points instead of \u….
 */
export function compilePattern(pattern: string): RE2JS {
  return RE2JS.compile(pattern);
}

/** Frictionless field types, and the column type each is checked as (undefined: no type check). */
const FRICTIONLESS_TYPES: Record<string, ColumnType | undefined> = {
  string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', date: 'date', datetime: 'datetime', year: 'integer',
  object: undefined, array: undefined, time: undefined, yearmonth: undefined, duration: undefined, geopoint: undefined, geojson: undefined, any: undefined,
};
const FRICTIONLESS_CONSTRAINTS = new Set(['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'pattern', 'enum', 'jsonSchema']);

/** Frictionless Table Schema: fields and constraints map onto our checks (pattern is anchored, as the standard says). */
function parseFrictionless(reader: SchemaReader, root: Raw): Schema {
  const defaults = { severity: 'error' as Severity, mostly: 1 };
  const spec = <T>(value: T): CheckSpec<T> => ({ value, ...defaults });
  const columns = (root.fields as unknown[]).map((f, i) => {
    const field = reader.object(f, `fields[${i}]`);
    if (typeof field.name !== 'string' || field.name === '') reader.fail(`fields[${i}].name`, `must be a non-empty string, got ${JSON.stringify(field.name)}`);
    const where = `fields[${i}] (${field.name})`;
    const typeName = field.type ?? 'string';
    if (typeof typeName !== 'string' || !Object.hasOwn(FRICTIONLESS_TYPES, typeName)) reader.fail(`${where}.type`, `must be one of ${Object.keys(FRICTIONLESS_TYPES).join(', ')}, got ${JSON.stringify(typeName)}`);
    const type = FRICTIONLESS_TYPES[typeName];
    const c = field.constraints === undefined ? {} : reader.object(field.constraints, `${where}.constraints`);
    const at = (key: string) => `${where}.constraints.${key}`;
    for (const key of Object.keys(c)) if (!FRICTIONLESS_CONSTRAINTS.has(key)) reader.fail(at(key), `is not a Frictionless constraint (known: ${[...FRICTIONLESS_CONSTRAINTS].join(', ')})`);
    const column: ColumnSchema = { name: field.name, required: spec(true), strictMin: false, strictMax: false };
    if (type) column.type = spec(type);
    else if (typeof field.type === 'string' && field.type !== 'any') column.declaredType = field.type;
    if (field.pii === true) column.pii = 'allowed';
    if (c.required !== undefined && reader.bool(c.required, at('required'))) column.nullable = spec(false);
    if (c.unique !== undefined && reader.bool(c.unique, at('unique'))) column.unique = spec(true);
    // Bounds in the field's own form: numbers (also written as text, as the standard allows) or dates.
    const bound = (key: string) => reader.bound(typeof c[key] === 'string' && c[key] !== '' && Number.isFinite(Number(c[key])) ? Number(c[key]) : c[key], at(key));
    if (c.minimum !== undefined) column.min = spec(bound('minimum'));
    if (c.maximum !== undefined) column.max = spec(bound('maximum'));
    if (c.exclusiveMinimum !== undefined) [column.min, column.strictMin] = [spec(bound('exclusiveMinimum')), true];
    if (c.exclusiveMaximum !== undefined) [column.max, column.strictMax] = [spec(bound('exclusiveMaximum')), true];
    if (c.minLength !== undefined) column.minLength = spec(reader.count(c.minLength, at('minLength')));
    if (c.maxLength !== undefined) column.maxLength = spec(reader.count(c.maxLength, at('maxLength')));
    if (c.pattern !== undefined) column.pattern = spec(reader.pattern(c.pattern, at('pattern'), (p) => `^(?:${p})$`));
    if (c.enum !== undefined) column.allowed = spec(reader.scalars(c.enum, at('enum')));
    return column;
  });
  const keys = root.primaryKey === undefined ? [] : ([] as unknown[]).concat(root.primaryKey);
  const primaryKey = keys.map((name) => (typeof name === 'string' ? name : reader.fail('primaryKey', `must be a field name or a list of them, got ${JSON.stringify(root.primaryKey)}`)));
  for (const name of primaryKey) {
    const column = columns.find((c) => c.name === name);
    if (!column) reader.fail('primaryKey', `names "${name}", which is not a field`);
    column.nullable = spec(false);
  }
  const uniqueKeys = root.uniqueKeys === undefined ? [] : Array.isArray(root.uniqueKeys) ? root.uniqueKeys.map((key) => ([] as string[]).concat(key as string | string[])) : reader.fail('uniqueKeys', 'must be a list of field lists');
  return {
    source: reader.source,
    columns,
    columnsMode: spec('exact'),
    uniqueTogether: [...(primaryKey.length > 0 ? [primaryKey] : []), ...uniqueKeys].map(spec),
    missingValues: root.missingValues === undefined ? [''] : reader.scalars(root.missingValues, 'missingValues'),
  };
}
