// Coded batches (a Parquet dictionary page's batch by distinct value: ClassifiedColumn.coded) held to the
// rows they stand for: the reader's distinct values, counts and first rows equal the rows', and the
// profile, the row checks (counts and examples) and the PII scan are what the value-by-value path makes
// of the same batches. Files written here by DuckDB (dictionary pages in several row groups and batches,
// nulls, mixed kinds) and by hand (a chunk whose dictionary gives way to PLAIN pages mid-chunk).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquetColumns } from '../../src/data/parquet.js';
import type { Malformed, RowBatch } from '../../src/data/table.js';
import { Kind, textAt, type ClassifiedColumn } from '../../src/data/values.js';
import { parseSchema, type Schema } from '../../src/validate/schema.js';
import { Validator, type DataFile } from '../../src/validate/validator.js';
import { handmadeFile } from '../fixtures/parquet-mutate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'coded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 70_000;
/**
 * Row i (0-based) of the DuckDB file: every column but u dictionary-coded, in row groups of 30,000 rows
 * (batches of 16,384 rows and the rest). k fails `max: 100` first at i = 40,882 (a later batch), s fails
 * its pattern first at i = 35,042, e holds e-mail addresses from i = 50,099 on.
 */
const SELECT = `select
  case when i % 11 = 0 then null when i >= 40000 and i % 997 = 5 then 1000 + i % 3 else i % 40 - 5 end::BIGINT as k,
  ((i % 500) * 1000003)::BIGINT as big,
  case when i % 13 = 0 then null else (i % 17) / 4 end::DOUBLE as x,
  case when i % 9 = 0 then null when i >= 35000 and i % 1001 = 7 then 'bad' || (i % 4) else 'city ' || (i % 10) end as s,
  case when i % 8 = 0 then null else timestamp '2024-01-01' + to_hours(i % 300) end as d,
  case when i % 5 = 0 then null when i >= 50000 and i % 101 = 3 then 'user' || (i % 7) || '@example.com' else 'name ' || (i % 30) end as e,
  case i % 3 when 0 then '2024-02-0' || (1 + i % 9) when 1 then 'word' || (i % 5) else null end as t,
  i::BIGINT as u
from range(${ROWS}) r(i)`;

const SCHEMA = parseSchema(
  {
    columns: {
      k: { type: 'integer', min: -5, max: 100, nullable: false },
      big: { max: 400_000_000 },
      x: { type: 'integer', max: 3 },
      s: { pattern: '^city [0-9]$', allowed: ['city 1', 'city 2', 'bad1'], 'max-length': 5 },
      d: { type: 'datetime', max: '2024-01-12T00:00:00Z', nullable: false },
      e: { 'min-length': 7 },
      t: { type: 'date' },
      u: { max: 65_000 },
    },
  },
  'test',
);

let duckdbFile: string;
beforeAll(async () => {
  duckdbFile = path.join(dir, 'coded.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(`copy (${SELECT}) to '${duckdbFile}' (format parquet, compression zstd, row_group_size 30000)`);
  connection.closeSync();
  db.closeSync();
}, 60_000);

/** A file of one INT64 column whose chunk holds a dictionary page, a dictionary-coded page, then PLAIN pages. */
function fallbackFile(): { file: string; values: (number | null)[] } {
  const dictionary = [10, -5, 3_000_000_000, 7];
  const indices = [2, 1, 1, 0, 3, 3, 2, 0, 1, 2, 3, 0, 0, 1, 3];
  const defined = [1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1];
  const plain = [[-5, 99, 3_000_000_000, 10], [8, 8, -1]];
  const plainDefined = [[1, 0, 1, 1, 1], [0, 1, 1, 1]];
  const int64s = (xs: number[]) => Buffer.concat(xs.map((x) => { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt(x)); return b; }));
  const levels = (bits: number[]) => { const packed = bitPacked(bits, 1); return Buffer.concat([u32(packed.length), packed]); };
  const dataPage = (count: number, encoding: number, body: Buffer) => ({ header: { field_5: { field_1: count, field_2: encoding, field_3: 3, field_4: 3 } }, body });
  const pages = [
    { header: { field_1: 2, field_7: { field_1: dictionary.length, field_2: 0 } }, body: int64s(dictionary) },
    dataPage(defined.length, 8, Buffer.concat([levels(defined), Buffer.from([2]), bitPacked(indices, 2)])),
    ...plain.map((xs, p) => dataPage(plainDefined[p]!.length, 0, Buffer.concat([levels(plainDefined[p]!), int64s(xs)]))),
  ];
  const rows = defined.length + plainDefined[0]!.length + plainDefined[1]!.length;
  const file = path.join(dir, 'fallback.parquet');
  writeFileSync(file, handmadeFile({ name: 'n', type: 'INT64', repetition_type: 'OPTIONAL' }, rows, pages));
  const values: (number | null)[] = [];
  let next = 0;
  for (const bit of defined) values.push(bit ? dictionary[indices[next++]!]! : null);
  plainDefined.forEach((bits, p) => {
    let at = 0;
    for (const bit of bits) values.push(bit ? plain[p]![at++]! : null);
  });
  return { file, values };
}

const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };

/** Values as one bit-packed run of the RLE / bit-packing hybrid (LSB first, padded to groups of 8). */
function bitPacked(values: number[], width: number): Buffer {
  const groups = Math.ceil(values.length / 8);
  const out = Buffer.alloc(1 + groups * width);
  out[0] = (groups << 1) | 1;
  values.forEach((v, k) => {
    for (let b = 0; b < width; b++) if ((v >> b) & 1) out[1 + ((k * width + b) >> 3)]! |= 1 << ((k * width + b) & 7);
  });
  return out;
}

/** The batches of a file, each handed to `visit` twice: as read (coded where it came from a dictionary page), then by its rows alone. */
async function readTwice(file: string, visit: (batch: RowBatch, coded: boolean) => void): Promise<{ coded: Set<string>; problems: Malformed[] }> {
  const coded = new Set<string>();
  const problems: Malformed[] = [];
  await readParquetColumns(file, {
    batch: (batch) => {
      batch.columns.forEach((name, c) => batch.classified![c]!.coded && coded.add(name));
      visit(batch, true);
      for (const column of batch.classified!) column.coded = undefined;
      visit(batch, false);
    },
    malformed: (problem) => problems.push(problem),
  });
  return { coded, problems };
}

/** Validators fed the same batches by distinct value and by rows; their results and profiles. */
async function validateTwice(file: string, schema: Schema) {
  const data: DataFile = { path: file, display: 'x.parquet', format: 'parquet', gzip: false };
  const validators = [true, false].map(() => new Validator(schema, { exactLimit: 10_000, frequentCapacity: 100, kllK: 200 }, {}, Infinity, true));
  // The validator's per-batch step (what validateFile does with each batch read).
  const feed = (validator: Validator, batch: RowBatch) => (validator as unknown as { batch(file: DataFile, batch: RowBatch): void }).batch(data, batch);
  const read = await readTwice(file, (batch, coded) => feed(validators[coded ? 0 : 1]!, batch));
  const [byValue, byRow] = validators.map((validator) => {
    const result = validator.finish();
    const { created: _, ...profile } = result.profile.toJSON();
    return { checks: result.checks, pii: result.pii, profile };
  });
  return { ...read, byValue: byValue!, byRow: byRow! };
}

describe('coded batches', () => {
  it('list each batch\'s distinct values with their counts and first rows, as its rows hold them', async () => {
    const { file } = fallbackFile();
    for (const parquet of [duckdbFile, file]) {
      const seen = new Set<string>();
      await readParquetColumns(parquet, {
        batch: (batch) =>
          batch.columns.forEach((name, c) => {
            const column = batch.classified![c]!;
            const coded = column.coded;
            if (!coded) return;
            seen.add(name);
            const { values, size, counts, first, of } = coded;
            const rows = new Map<number, number[]>();
            const unlike: number[] = [];
            for (let i = 0; i < batch.length; i++) {
              const s = of[i]!;
              if (!rows.has(s)) rows.set(s, []);
              rows.get(s)!.push(i);
              // Row i's value is value s: the same kind, number and text.
              const same = values.kinds[s] === column.kinds[i] && Object.is(values.numbers[s], column.numbers[i]) && textAt(values, s) === textAt(column, i);
              if (!same) unlike.push(i);
            }
            expect(unlike, name).toEqual([]);
            // Values in the order they first occur, each once (one null value), with their counts.
            expect([...rows.keys()]).toEqual(Array.from({ length: size }, (_, s) => s));
            expect(Array.from(first.subarray(0, size))).toEqual([...rows.values()].map((r) => r[0]));
            expect(Array.from(counts.subarray(0, size))).toEqual([...rows.values()].map((r) => r.length));
            expect(coded.nulls).toBe(rows.get([...rows.keys()].find((s) => values.kinds[s] === Kind.null) ?? -1)?.length ?? 0);
            expect(new Set(Array.from({ length: size }, (_, s) => (values.kinds[s] === Kind.null ? 'null' : textAt(values, s)))).size).toBe(size);
          }),
        malformed: (problem) => expect.fail(problem.message),
      });
      expect(seen.size).toBeGreaterThan(0);
    }
  });

  it('profile, check and scan for personal data as the rows do (several row groups and batches, nulls, mixed kinds)', async () => {
    const { coded, problems, byValue, byRow } = await validateTwice(duckdbFile, SCHEMA);
    expect(problems).toEqual([]);
    expect([...coded].sort()).toEqual(['big', 'd', 'e', 'k', 's', 't', 'x']); // u is PLAIN
    expect(byValue.profile).toEqual(byRow.profile);
    expect(byValue.checks).toEqual(byRow.checks);
    expect(byValue.pii).toEqual(byRow.pii);
    expect(JSON.stringify(byValue)).toBe(JSON.stringify(byRow)); // the same order of keys and items too

    // And what the rows are known to hold (see SELECT): failures first found in a later batch.
    const rowsWhere = (test: (i: number) => boolean) => Array.from({ length: ROWS }, (_, i) => i).filter(test);
    const check = (id: string) => byValue.checks.find((c) => c.id === id)!;
    const kOver = rowsWhere((i) => i % 11 !== 0 && i >= 40000 && i % 997 === 5);
    expect(kOver[0]).toBe(40882);
    expect(check('k: max')).toMatchObject({ failed: kOver.length, nulls: rowsWhere((i) => i % 11 === 0).length, examples: kOver.slice(0, 10).map((i) => ({ row: i + 1, value: String(1000 + (i % 3)) })) });
    const sBad = rowsWhere((i) => i % 9 !== 0 && i >= 35000 && i % 1001 === 7);
    expect(check('s: pattern')).toMatchObject({ failed: sBad.length, examples: sBad.slice(0, 10).map((i) => ({ row: i + 1, value: `bad${i % 4}` })) });
    expect(check('k: not-null')).toMatchObject({ failed: rowsWhere((i) => i % 11 === 0).length, examples: rowsWhere((i) => i % 11 === 0).slice(0, 10).map((i) => ({ row: i + 1, value: 'null' })) });
    const emails = rowsWhere((i) => i % 5 !== 0 && i >= 50000 && i % 101 === 3);
    expect(byValue.pii!.get('e')).toEqual([{ kind: 'email', count: emails.length, first: { file: 'x.parquet', row: emails[0]! + 1, value: expect.stringContaining('@') } }]);
    expect(byValue.profile.columns.find((c) => c.name === 's')!.frequent!.items.slice(0, 2)).toEqual([['city 1', expect.any(Number)], ['city 2', expect.any(Number)]]);
  }, 60_000);

  it('do the same where a chunk\'s dictionary gives way to PLAIN pages mid-chunk', async () => {
    const { file, values } = fallbackFile();
    const read: (number | null)[] = [];
    await readParquetColumns(file, {
      batch: (batch) => { for (let i = 0; i < batch.length; i++) read.push(batch.classified![0]!.kinds[i] === Kind.null ? null : batch.classified![0]!.numbers[i]!); },
      malformed: (problem) => expect.fail(problem.message),
    });
    expect(read).toEqual(values);
    const schema = parseSchema({ columns: { n: { min: 0, max: 50, nullable: false, allowed: [10, 7, 8] } } }, 'test');
    const { coded, byValue, byRow } = await validateTwice(file, schema);
    expect([...coded]).toEqual(['n']);
    expect(JSON.stringify(byValue)).toBe(JSON.stringify(byRow));
    const rows = values.flatMap((x, i) => (x !== null && x < 0 ? [i + 1] : []));
    expect(byValue.checks.find((c) => c.id === 'n: min')).toMatchObject({ failed: rows.length, examples: rows.map((row) => ({ row })) });
  });
});
