// The columnar Parquet reader against hyparquet and against our own CSV path: for a corpus written by
// DuckDB and hyparquet-writer at run time (test/fixtures/parquet-corpus.ts), every value equals
// hyparquet's reading of the same file, and the profile equals that of the same rows written as CSV.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquetColumns, type ParquetOptions } from '../../src/data/parquet.js';
import { DEFAULT_MAX_EXAMPLES, type Malformed } from '../../src/data/table.js';
import { Kind, parseIsoTime, textAt } from '../../src/data/values.js';
import { DatasetProfile, profileFiles, type ProfileSource } from '../../src/profile/index.js';
import { parseSchema } from '../../src/validate/schema.js';
import { Validator } from '../../src/validate/validator.js';
import type { ColumnProfileJson } from '../../src/profile/column.js';
import { duckdbRows, writeCorpus, type CorpusFile } from '../fixtures/parquet-corpus.js';
import { handmadeFile } from '../fixtures/parquet-mutate.js';

type Value = [kind: number, number: number, text: string | null];

/** A column's values as read: kinds, numbers and texts side by side. */
class Column {
  kinds: number[] = [];
  numbers: number[] = [];
  texts: (string | null)[] = [];
  get length(): number {
    return this.kinds.length;
  }
  at(i: number): Value {
    return [this.kinds[i]!, this.numbers[i]!, this.texts[i]!];
  }
  /** Rows [start, end) as values. */
  slice(start = 0, end = this.length): Value[] {
    return Array.from({ length: Math.max(0, Math.min(end, this.length) - start) }, (_, k) => this.at(start + k));
  }
}

interface Read {
  columns: string[];
  values: Map<string, Column>;
  firstRows: number[];
  problems: Malformed[];
}

async function readAll(file: string, options: ParquetOptions = {}): Promise<Read> {
  const read: Read = { columns: [], values: new Map(), firstRows: [], problems: [] };
  await readParquetColumns(file, {
    batch: (batch) => {
      read.columns = batch.columns;
      read.firstRows.push(batch.firstRow);
      batch.columns.forEach((name, c) => {
        const column = batch.classified![c]!;
        const out = read.values.get(name) ?? read.values.set(name, new Column()).get(name)!;
        for (let i = 0; i < batch.length; i++) {
          out.kinds.push(column.kinds[i]!);
          out.numbers.push(column.numbers[i]!);
          out.texts.push(textAt(column, i));
        }
      });
    },
    malformed: (problem) => read.problems.push(problem),
  }, options);
  return read;
}

/** Milliseconds, rounded down (an instant before 1970 with a fraction of a millisecond is in the millisecond before). */
const floorDiv = (v: bigint, d: bigint) => Number(v / d - (v % d < 0n ? 1n : 0n));

/** hyparquet's reading, column by column, instants as milliseconds; struct fields flattened to dotted names. */
async function hyparquetRead(file: string): Promise<{ columns: Map<string, unknown[]>; elements: Map<string, SchemaElement> }> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const columns = new Map<string, unknown[]>();
  const column = (name: string) => columns.get(name) ?? columns.set(name, []).get(name)!;
  await parquetRead({
    file: buffer, metadata, compressors,
    parsers: {
      timestampFromMilliseconds: (v: bigint) => Number(v),
      timestampFromMicroseconds: (v: bigint) => floorDiv(v, 1000n),
      timestampFromNanoseconds: (v: bigint) => floorDiv(v, 1_000_000n),
      dateFromDays: (days: number) => days * 86_400_000,
    } as never,
    onChunk: ({ columnName, columnData, rowStart }) => {
      const first = columnData[0];
      if (first !== null && typeof first === 'object' && !Array.isArray(first) && !(first instanceof Uint8Array)) {
        for (let i = 0; i < columnData.length; i++) for (const [field, v] of Object.entries(columnData[i] as object)) column(`${columnName}.${field}`)[rowStart + i] = v;
        return;
      }
      const out = column(columnName);
      for (let i = 0; i < columnData.length; i++) out[rowStart + i] = columnData[i];
    },
  });
  // Columns in the file's order (chunks arrive as they are decoded).
  const order = metadata.schema.slice(1).map((e) => e.name);
  const sorted = new Map([...columns].sort(([a], [b]) => order.indexOf(a.split('.')[0]!) - order.indexOf(b.split('.')[0]!)));
  const elements = new Map(metadata.schema.map((element) => [element.name, element]));
  return { columns: sorted, elements };
}

/**
 * What the profile should see for hyparquet's value of a column with this schema element; or, for the
 * columns DuckDB's texts are taken for (see duckdbTexts), for that text.
 */
function expected(value: unknown, element: SchemaElement, duckdbText?: string | null): Value {
  const type = element.logical_type?.type ?? element.converted_type;
  if (duckdbText !== undefined) {
    if (duckdbText === null) return [Kind.null, NaN, null];
    return [type === 'DECIMAL' && (element.scale ?? 0) > 0 ? Kind.number : Kind.integer, Number(duckdbText), duckdbText];
  }
  if (value === null || value === undefined) return [Kind.null, NaN, null];
  if (type === 'DATE') return [Kind.date, value as number, new Date(value as number).toISOString().slice(0, 10)];
  if (type === 'TIMESTAMP' || type === 'TIMESTAMP_MILLIS' || type === 'TIMESTAMP_MICROS') return [Kind.datetime, value as number, new Date(value as number).toISOString()];
  if (typeof value === 'boolean') return [Kind.boolean, value ? 1 : 0, String(value)];
  if (typeof value === 'bigint') return [Kind.integer, Number(value), value.toString()];
  if (typeof value === 'number') {
    const integer = element.type === 'INT32' || element.type === 'INT64' || Number.isInteger(value);
    return [integer ? Kind.integer : Kind.number, value, String(value)];
  }
  if (typeof value === 'string') {
    const t = value.length === 10 || value.length >= 16 ? parseIsoTime(value) : NaN;
    return Number.isNaN(t) ? [Kind.string, NaN, value] : [value.length === 10 ? Kind.date : Kind.datetime, t, value];
  }
  throw new Error(`unexpected value ${String(value)}`);
}

/**
 * DuckDB's text of each value of the columns where hyparquet is no reference: DECIMAL (it multiplies by
 * 10^-scale, inexactly) and unsigned integers (its DELTA_BINARY_PACKED INT32 reads a first value of 2^31
 * or more into 32 bits: 3150809088 becomes 1003325440, and the page's later values with it).
 */
async function duckdbTexts(file: string, elements: Map<string, SchemaElement>): Promise<Map<string, (string | null)[]>> {
  const unsigned = (e: SchemaElement) => e.converted_type?.startsWith('UINT_') || (e.logical_type?.type === 'INTEGER' && !e.logical_type.isSigned);
  const names = [...elements.values()].filter((e) => (e.logical_type?.type ?? e.converted_type) === 'DECIMAL' || unsigned(e)).map((e) => e.name);
  if (names.length === 0) return new Map();
  const rows = await duckdbRows(file, `select ${names.map((n) => `${n}::VARCHAR as ${n}`).join(', ')} from read_parquet($file)`);
  return new Map(names.map((n) => [n, rows.map((row) => row[n] as string | null)]));
}

let dir: string;
let corpus: CorpusFile[];
const file = (name: string) => corpus.find((f) => f.name === name)!.path;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parquet-corpus-'));
  corpus = await writeCorpus(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Parquet reader', () => {
  it('reads every value of every file as hyparquet does (DuckDB: every codec, pages v1 and v2; hyparquet-writer: every encoding)', async () => {
    for (const { name, path: parquet } of corpus.filter((f) => f.name !== 'duckdb-rare-types')) {
      const mine = await readAll(parquet);
      const theirs = await hyparquetRead(parquet);
      const texts = await duckdbTexts(parquet, theirs.elements);
      expect(mine.problems, name).toEqual([]);
      if (name !== 'duckdb-empty') expect([...mine.values.keys()], name).toEqual([...theirs.columns.keys()]);
      for (const [column, values] of theirs.columns) {
        const element = theirs.elements.get(column.split('.').pop()!)!;
        const got = mine.values.get(column)!;
        expect(got.length, `${name} ${column}`).toBe(values.length);
        for (let i = 0; i < values.length; i++) {
          const want = expected(values[i], element, texts.get(column)?.[i]);
          if (!Object.is(got.numbers[i], want[1]) || got.kinds[i] !== want[0] || got.texts[i] !== want[2]) {
            expect({ file: name, column, row: i + 1, value: got.at(i) }).toEqual({ file: name, column, row: i + 1, value: want });
          }
        }
      }
    }
  }, 120_000);

  it('profiles a Parquet file exactly as the same rows written as CSV (counts, nulls, exact values, moments)', async () => {
    // Pages v1 and v2 and every encoding (the codec changes nothing once the values are read, as the test above shows).
    const files = ['duckdb-zstd-v1', 'duckdb-snappy-v2', 'duckdb-one-row', 'hyparquet-writer-encodings', 'hyparquet-writer-groups-of-1'];
    for (const { name, path: parquet } of corpus.filter((f) => files.includes(f.name))) {
      const read = await readAll(parquet);
      const csv = path.join(dir, `${name}.csv`);
      const columns = read.columns.map((c) => read.values.get(c)!);
      const rows = columns[0]!.length;
      const lines = [read.columns.join(',')];
      for (let i = 0; i < rows; i++) lines.push(columns.map((c) => c.texts[i] ?? '').join(','));
      writeFileSync(csv, `${lines.join('\n')}\n`);
      const profile = async (source: ProfileSource) => (await profileFiles([source], { exactLimit: 10_000, frequentCapacity: 1000, kllK: 200 })).profile;
      const fromParquet = await profile({ path: parquet, display: name, format: 'parquet', gzip: false });
      const fromCsv = await profile({ path: csv, display: name, format: 'csv', gzip: false });
      expect(fromParquet.rows, name).toBe(rows);
      expect(comparable(fromParquet), name).toEqual(comparable(fromCsv));
      for (const column of fromCsv.columns.values()) {
        const mine = fromParquet.columns.get(column.name)!.moments;
        for (const key of ['mean', 'm2'] as const) expect(Math.abs(mine[key] - column.moments[key]), `${name} ${column.name} ${key}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(column.moments[key])));
      }
    }
  }, 120_000);

  it('reads a file without rows as its columns, with no rows', async () => {
    const read = await readAll(file('duckdb-empty'));
    expect(read.columns).toContain('i64');
    expect(read.firstRows).toEqual([1]);
    expect([...read.values.values()].every((v) => v.length === 0)).toBe(true);
  });

  it('reads only the columns asked for, and row groups apart with their rows numbered in the file', async () => {
    const whole = await readAll(file('duckdb-zstd-v1'));
    const some = await readAll(file('duckdb-zstd-v1'), { select: { include: ['s', 'i64'] } });
    expect(some.columns).toEqual(['i64', 's']);
    expect(some.values.get('s')!.slice()).toEqual(whole.values.get('s')!.slice());
    const second = await readAll(file('duckdb-zstd-v1'), { rowGroups: { start: 1, end: 2 } });
    expect(second.firstRows[0]).toBe(2049);
    expect(second.values.get('u')!.length).toBe(2048);
    expect(second.values.get('u')!.slice()).toEqual(whole.values.get('u')!.slice(2048, 4096));
  });

  it('validates the same whether a file is read whole or as runs of row groups on worker threads', async () => {
    const schema = parseSchema({ columns: { i32: { min: -400 }, s: { pattern: '^city [0-9]$' }, u: { nullable: false }, ts_us: { max: '1970-01-01T00:10:00Z' } } }, 'test');
    const validate = async (rangeBytes: number) => {
      const validator = new Validator(schema, undefined, {}, rangeBytes);
      await validator.validateFile({ path: file('duckdb-gzip-v2'), display: 'x.parquet', format: 'parquet', gzip: false });
      return validator.finish();
    };
    const whole = await validate(Infinity);
    const parts = await validate(1); // every row group a part
    const checks = (result: Awaited<ReturnType<typeof validate>>) => result.checks.map(({ id, failed, evaluated, nulls, examples }) => ({ id, failed, evaluated, nulls, examples }));
    expect(checks(parts)).toEqual(checks(whole));
    // i32 is (i·37 mod 1000) − 500 for row i + 1, null where i mod 7 = 3 (test/fixtures/parquet-corpus.ts).
    const below = Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 7 !== 3 && ((i * 37) % 1000) - 500 < -400);
    expect(checks(whole).find((c) => c.id === 'i32: min')).toMatchObject({ failed: below.length, examples: below.slice(0, DEFAULT_MAX_EXAMPLES).map((i) => ({ file: 'x.parquet', row: i + 1, value: String(((i * 37) % 1000) - 500) })) });
    expect(comparable(parts.profile)).toEqual(comparable(whole.profile));
    expect(parts.profile.summary()).toEqual(whole.profile.summary());
  }, 60_000);

  it('reads a v1 page of BYTE_STREAM_SPLIT values, whose count only its definition levels tell', async () => {
    const values = [1.5, -2.25, 3];
    const floats = Buffer.from(Float32Array.from(values).buffer);
    const split = Buffer.from(Array.from({ length: 12 }, (_, k) => floats[(k % 3) * 4 + Math.floor(k / 3)]!));
    // Levels 1 0 1 0 1 as one bit-packed run of 8 (header 3), after their 4-byte length.
    const body = Buffer.concat([Buffer.from([2, 0, 0, 0, 0x03, 0b10101]), split]);
    const bytes = handmadeFile({ name: 'x', type: 'FLOAT', repetition_type: 'OPTIONAL' }, 5, [{ header: { field_5: { field_1: 5, field_2: 9, field_3: 3, field_4: 3 } }, body }]);
    const parquet = path.join(dir, 'split-v1.parquet');
    writeFileSync(parquet, bytes);
    const read = await readAll(parquet);
    expect(read.problems).toEqual([]);
    expect(read.values.get('x')!.slice()).toEqual([[Kind.number, 1.5, '1.5'], [Kind.null, NaN, null], [Kind.number, -2.25, '-2.25'], [Kind.null, NaN, null], [Kind.integer, 3, '3']]);
    expect([...(await hyparquetRead(parquet)).columns.get('x')!]).toEqual([1.5, null, -2.25, null, 3]);
  });

  it('reads a required (non-nullable) dictionary-coded column, whose pages have no definition levels', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => i);
    const texts = ['a', 'bb', 'ccc'];
    const bytes = parquetWriteBuffer({
      rowGroupSize: 2000,
      pageSize: 1024,
      columnData: [
        { name: 's', type: 'STRING', encoding: 'RLE_DICTIONARY', nullable: false, data: rows.map((i) => texts[(i * 7) % 3]) },
        { name: 'n', type: 'INT32', encoding: 'RLE_DICTIONARY', nullable: false, data: rows.map((i) => (i * 13) % 50) },
      ],
    });
    const parquet = path.join(dir, 'required-dictionary.parquet');
    writeFileSync(parquet, Buffer.from(bytes));
    const read = await readAll(parquet);
    expect(read.problems).toEqual([]);
    expect(read.values.get('s')!.texts).toEqual(rows.map((i) => texts[(i * 7) % 3]));
    expect(read.values.get('n')!.numbers).toEqual(rows.map((i) => (i * 13) % 50));
  });

  it('reads nested and rare types through hyparquet, and a struct\'s leaves by their dotted names', async () => {
    const read = await readAll(file('duckdb-rare-types'));
    expect(read.problems).toEqual([]);
    expect(read.columns).toEqual(['i', 'pair', 'st.a', 'st.b', 'id', 'at']);
    expect(read.values.get('pair')!.at(3)).toEqual([Kind.string, NaN, '[3,4]']);
    expect(read.values.get('st.a')!.at(3)).toEqual([Kind.integer, 6, '6']);
    expect(read.values.get('st.b')!.at(3)).toEqual([Kind.string, NaN, 'x3']);
    expect(read.values.get('id')!.texts[3]).toBe('00000000-0000-0000-0000-000000000003');
  });
});

/** A profile's columns without what depends on the order values came in (sketches, the order of equal counts). */
function comparable(profile: DatasetProfile): unknown[] {
  return [...profile.columns.values()].map((column) => {
    const json: Partial<ColumnProfileJson> = column.toJSON();
    const { numeric, distribution, frequent, distinct } = json;
    return {
      ...json,
      numeric: numeric && { n: numeric.n, min: numeric.min, max: numeric.max },
      distribution: distribution && { exact: distribution.exact, values: distribution.values, counts: distribution.counts },
      frequent: frequent && { exact: frequent.exact, items: frequent.exact ? [...frequent.items].sort() : undefined },
      distinct: { exact: distinct!.exact, estimate: distinct!.estimate },
      bins: undefined,
    };
  });
}
