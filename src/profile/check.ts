// Profiles are read from files that come from artifacts, caches and registries: an untrusted shape.
// Everything DatasetProfile.fromJSON reads is checked here first (types, order, consistent sizes and
// counts), so that a corrupt profile is refused with the field named instead of yielding wrong numbers
// or a statistic that never ends. Derived fields (variance, std, quantiles, bins, the distinct estimate)
// are not read, so not checked.
import { KIND_NAMES } from '../data/values.js';
import { ConfigurationError } from '../runtime/errors.js';
import { HyperLogLog } from './hll.js';

type Json = Record<string, unknown>;

/** KLL's k: DataSketches' largest, and what bounds the memory a sketch allocates. */
const MAX_K = 65_535;
const HLL_BYTES = new HyperLogLog().registers.length;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  }
  return ArrayBuffer.isView(value) ? 'a typed array' : 'an object';
}

function fail(path: string, expected: string, value: unknown): never {
  throw new ConfigurationError(`field ${path}: expected ${expected}, found ${describe(value)}`);
}

function object(value: unknown, path: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) fail(path, 'an object', value);
  return value as Json;
}

function count(value: unknown, path: string, min = 0): number {
  if (!Number.isSafeInteger(value) || (value as number) < min) fail(path, min === 0 ? 'a count (an integer ≥ 0)' : `an integer ≥ ${min}`, value);
  return value as number;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function finite(value: unknown, path: string): number {
  if (!isFiniteNumber(value)) fail(path, 'a finite number', value);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
  return value;
}

/** An array, or a Float64Array as a worker thread hands one over. */
function list(value: unknown, path: string): ArrayLike<unknown> {
  if (!Array.isArray(value) && !(value instanceof Float64Array)) fail(path, 'an array', value);
  return value as ArrayLike<unknown>;
}

/** Finite numbers in ascending order (strictly when `distinct`). Paths are made only for a failure: arrays run to millions. */
function ascending(value: unknown, path: string, distinct: boolean): ArrayLike<number> {
  const values = list(value, path);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!isFiniteNumber(x)) fail(`${path}[${i}]`, 'a finite number', x);
    if (i > 0 && (distinct ? x <= (values[i - 1] as number) : x < (values[i - 1] as number))) fail(`${path}[${i}]`, `a number ${distinct ? 'above' : 'at or above'} the one before (${values[i - 1]})`, x);
  }
  return values as ArrayLike<number>;
}

function consistent(condition: boolean, path: string, message: string): void {
  if (!condition) throw new ConfigurationError(`field ${path}: ${message}`);
}

/** Checks a profile document before it is read; the error names the field (the caller names the file). */
export function checkProfileJson(json: unknown, kind: string, version: number): void {
  const profile = object(json, 'the document');
  if (profile.kind !== kind || profile.version !== version) {
    throw new ConfigurationError(`not an ${kind} version ${version} document (kind ${describe(profile.kind)}, version ${describe(profile.version)})`);
  }
  const rows = count(profile.rows, 'rows');
  const sources = list(profile.sources, 'sources');
  for (let i = 0; i < sources.length; i++) {
    const source = object(sources[i], `sources[${i}]`);
    for (const key of ['file', 'format', 'sha256']) text(source[key], `sources[${i}].${key}`);
    for (const key of ['bytes', 'rows']) count(source[key], `sources[${i}].${key}`);
  }
  const options = object(profile.options, 'options');
  count(options.exactLimit, 'options.exactLimit');
  count(options.frequentCapacity, 'options.frequentCapacity', 1);
  const k = count(options.kllK, 'options.kllK', 2);
  consistent(k <= MAX_K, 'options.kllK', `${k} is over the largest k, ${MAX_K}`);
  const columns = list(profile.columns, 'columns');
  const names = new Set<string>();
  for (let i = 0; i < columns.length; i++) {
    const name = checkColumn(columns[i], `columns[${i}]`, rows);
    consistent(!names.has(name), `columns[${i}].name`, `column ${JSON.stringify(name)} appears twice`);
    names.add(name);
  }
}

function checkColumn(value: unknown, at: string, rows: number): string {
  const column = object(value, at);
  const name = text(column.name, `${at}.name`);
  const path = `${at} (column ${JSON.stringify(name)})`;
  if (!(KIND_NAMES as readonly unknown[]).includes(column.type)) fail(`${path}.type`, `one of ${KIND_NAMES.join(', ')}`, column.type);
  const total = count(column.count, `${path}.count`);
  consistent(total === rows, `${path}.count`, `${total} values where the profile has ${rows} rows`);
  const nulls = count(column.nulls, `${path}.nulls`);
  const kinds = object(column.kinds, `${path}.kinds`);
  let sum = 0;
  for (const [kind, n] of Object.entries(kinds)) {
    if (!(KIND_NAMES as readonly string[]).includes(kind)) fail(`${path}.kinds`, `keys among ${KIND_NAMES.join(', ')}`, kind);
    sum += count(n, `${path}.kinds.${kind}`);
  }
  consistent(sum === total, `${path}.kinds`, `the kinds add up to ${sum}, not the count ${total}`);
  consistent((kinds.null ?? 0) === nulls, `${path}.nulls`, `${nulls} where kinds.null is ${kinds.null ?? 0}`);

  const hll = text(object(column.distinct, `${path}.distinct`).hll, `${path}.distinct.hll`);
  if (Buffer.from(hll, 'base64').length !== HLL_BYTES) fail(`${path}.distinct.hll`, `base64 of ${HLL_BYTES} registers`, hll);
  if (column.temporal !== undefined) {
    const temporal = object(column.temporal, `${path}.temporal`);
    for (const key of ['min', 'max']) if (Number.isNaN(Date.parse(text(temporal[key], `${path}.temporal.${key}`)))) fail(`${path}.temporal.${key}`, 'an ISO date', temporal[key]);
  }
  if (column.text !== undefined) {
    const lengths = object(column.text, `${path}.text`);
    consistent(count(lengths.minLength, `${path}.text.minLength`) <= count(lengths.maxLength, `${path}.text.maxLength`), `${path}.text`, 'minLength is over maxLength');
  }
  if (column.frequent !== undefined) {
    const frequent = object(column.frequent, `${path}.frequent`);
    flag(frequent.exact, `${path}.frequent.exact`);
    if (finite(frequent.error, `${path}.frequent.error`) < 0) fail(`${path}.frequent.error`, 'a number ≥ 0', frequent.error);
    const items = list(frequent.items, `${path}.frequent.items`);
    const keys = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const item = list(items[i], `${path}.frequent.items[${i}]`);
      if (item.length !== 2) fail(`${path}.frequent.items[${i}]`, 'a [value, count] pair', item);
      const key = text(item[0], `${path}.frequent.items[${i}][0]`);
      count(item[1], `${path}.frequent.items[${i}][1]`);
      consistent(!keys.has(key), `${path}.frequent.items[${i}]`, `${JSON.stringify(key)} appears twice`);
      keys.add(key);
    }
  }
  consistent((column.numeric === undefined) === (column.distribution === undefined), path, 'numeric and distribution come together');
  if (column.numeric !== undefined) checkNumbers(column, path, ((kinds.integer as number) ?? 0) + ((kinds.number as number) ?? 0));
  return name;
}

/** The moments, the exact values and the sketch of a numeric column: each holds the same n values. */
function checkNumbers(column: Json, path: string, numbers: number): void {
  const numeric = object(column.numeric, `${path}.numeric`);
  const n = count(numeric.n, `${path}.numeric.n`, 1);
  consistent(n <= numbers, `${path}.numeric.n`, `${n} where kinds.integer and kinds.number add up to ${numbers}`);
  finite(numeric.mean, `${path}.numeric.mean`);
  if (numeric.meanError !== undefined) finite(numeric.meanError, `${path}.numeric.meanError`);
  if (finite(numeric.m2, `${path}.numeric.m2`) < 0) fail(`${path}.numeric.m2`, 'a number ≥ 0', numeric.m2);
  consistent(finite(numeric.min, `${path}.numeric.min`) <= finite(numeric.max, `${path}.numeric.max`), `${path}.numeric`, 'min is over max');

  const distribution = object(column.distribution, `${path}.distribution`);
  const exact = flag(distribution.exact, `${path}.distribution.exact`);
  consistent(exact === (distribution.values !== undefined), `${path}.distribution.values`, exact ? 'missing where exact is true' : 'present where exact is false');
  if (distribution.values !== undefined) {
    const counted = distribution.counts !== undefined;
    const values = ascending(distribution.values, `${path}.distribution.values`, counted);
    let held = values.length;
    if (counted) {
      const counts = list(distribution.counts, `${path}.distribution.counts`);
      consistent(counts.length === values.length, `${path}.distribution.counts`, `${counts.length} counts for ${values.length} values`);
      held = 0;
      for (let i = 0; i < counts.length; i++) {
        const c = counts[i] as number;
        if (!Number.isSafeInteger(c) || c < 1) fail(`${path}.distribution.counts[${i}]`, 'an integer ≥ 1', c);
        held += c;
      }
    }
    consistent(held === n, `${path}.distribution.values`, `${held} values where numeric.n is ${n}`);
  } else consistent(distribution.counts === undefined, `${path}.distribution.counts`, 'present without values');

  const sketch = object(distribution.sketch, `${path}.distribution.sketch`);
  const k = count(sketch.k, `${path}.distribution.sketch.k`, 2);
  consistent(k <= MAX_K, `${path}.distribution.sketch.k`, `${k} is over the largest k, ${MAX_K}`);
  count(sketch.seed, `${path}.distribution.sketch.seed`);
  const levels = list(sketch.levels, `${path}.distribution.sketch.levels`);
  consistent(levels.length <= 64, `${path}.distribution.sketch.levels`, `${levels.length} levels (a sketch of at most 2^53 values has 54)`);
  let weight = 0;
  for (let h = 0; h < levels.length; h++) {
    const items = list(levels[h], `${path}.distribution.sketch.levels[${h}]`);
    for (let i = 0; i < items.length; i++) if (!isFiniteNumber(items[i])) fail(`${path}.distribution.sketch.levels[${h}][${i}]`, 'a finite number', items[i]);
    weight += items.length * 2 ** h; // an item at level h stands for 2^h values
  }
  consistent(count(sketch.n, `${path}.distribution.sketch.n`) === n && weight === n, `${path}.distribution.sketch`, `its items weigh ${weight} and its n is ${sketch.n}, where numeric.n is ${n}`);
}
