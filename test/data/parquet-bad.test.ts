// Bad Parquet is a finding that names the file's row group, column and page, never a crash, a silent
// wrong number, or memory taken on a footer's word: truncated, wrong magic, corrupt pages, CRCs that
// fail, unsupported codecs, and footers whose sizes lie (test/fixtures/parquet-mutate.ts makes them).
import zlib from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquetColumns } from '../../src/data/parquet.js';
import type { Malformed } from '../../src/data/table.js';
import { textAt } from '../../src/data/values.js';
import { runAction } from '../harness/run-action.js';
import { deserializeTCompactProtocol } from 'hyparquet/src/thrift.js';
import { encodingsFile } from '../fixtures/parquet-corpus.js';
import { editFooter, withPageCrcs } from '../fixtures/parquet-mutate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parquet-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 3000;
/** Two columns, one row group, ZSTD: a PLAIN INT64 column and a dictionary-encoded text column. */
const good = Buffer.from(
  parquetWriteBuffer({
    codec: 'ZSTD',
    compressors: { ZSTD: (bytes: Uint8Array) => zlib.zstdCompressSync(bytes) },
    rowGroupSize: ROWS,
    columnData: [
      { name: 'a', type: 'INT64', encoding: 'PLAIN', data: Array.from({ length: ROWS }, (_, i) => BigInt(i * 3)) },
      { name: 's', type: 'STRING', data: Array.from({ length: ROWS }, (_, i) => ['x', 'y', 'z'][i % 3]!) },
    ],
  }),
);

async function read(bytes: Buffer): Promise<{ rows: number; values: string[]; problems: Malformed[] }> {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.parquet`);
  writeFileSync(file, bytes);
  const out = { rows: 0, values: [] as string[], problems: [] as Malformed[] };
  await readParquetColumns(file, {
    batch: (batch) => {
      out.rows += batch.length;
      for (let i = 0; i < batch.length; i++) out.values.push(batch.classified!.map((c) => textAt(c, i)).join(' '));
    },
    malformed: (problem) => out.problems.push(problem),
  });
  return out;
}

/** Where the first page of column c's chunk in row group 0 starts, and where its data starts (after the header). */
function firstPage(bytes: Buffer, column: number): { start: number; data: number } {
  let start = 0;
  editFooter(bytes, (metadata) => {
    const meta = metadata.row_groups[0]!.columns[column]!.meta_data!;
    start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  });
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.length), offset: start };
  deserializeTCompactProtocol(reader);
  return { start, data: reader.offset };
}

describe('bad Parquet', () => {
  it('reads the good file (the baseline of every case below)', async () => {
    const { rows, values, problems } = await read(good);
    expect(problems).toEqual([]);
    expect(rows).toBe(ROWS);
    expect(values.slice(0, 2)).toEqual(['0 x', '3 y']);
  });

  it('names a truncated file, a wrong magic number and a footer longer than the file', async () => {
    expect((await read(good.subarray(0, 2000))).problems).toEqual([{ message: 'not a readable Parquet file: it does not start and end with "PAR1" (truncated, or another format?)' }]);
    expect((await read(Buffer.concat([Buffer.from('PAR2'), good.subarray(4)]))).problems[0]!.message).toMatch(/does not start and end with "PAR1"/);
    const long = Buffer.from(good);
    long.writeUInt32LE(good.length, good.length - 8);
    expect((await read(long)).problems[0]!.message).toMatch(/the footer says it is \d+ bytes long, more than the file's \d+ bytes hold/);
    expect((await read(Buffer.from('PAR1PAR1'))).problems[0]!.message).toMatch(/too short \(8 bytes\)/);
  });

  it('names the row group, column and page of a corrupt page header or page', async () => {
    const header = Buffer.from(good);
    const { start, data } = firstPage(header, 0);
    header.fill(0xee, start + 2, data);
    expect((await read(header)).problems).toEqual([{ row: 1, message: expect.stringMatching(/^row group 0, column "a", page 0: its header is corrupt \(.*\); its rows 1–3000 were left out$/) }]);
    const page = Buffer.from(good);
    page.fill(0xee, data, data + 4); // the ZSTD frame's magic number
    const { problems, rows } = await read(page);
    expect(rows).toBe(0);
    expect(problems).toEqual([{ row: 1, message: expect.stringMatching(/^row group 0, column "a", page 0: the compressed page is corrupt \(.*\); its rows 1–3000 were left out$/) }]);
  });

  it('checks page CRCs where the writer put them', async () => {
    const withCrcs = await read(withPageCrcs(good));
    expect(withCrcs.problems).toEqual([]);
    expect(withCrcs.values).toEqual((await read(good)).values);
    const { problems } = await read(withPageCrcs(good, 's'));
    expect(problems).toEqual([{ row: 1, message: 'row group 0, column "s", page 0: its CRC does not match its bytes (corrupt); its rows 1–3000 were left out' }]);
  });

  it('names an unsupported codec', async () => {
    const { problems } = await read(editFooter(good, (metadata) => (metadata.row_groups[0]!.columns[1]!.meta_data!.codec = 'LZO')));
    expect(problems[0]!.message).toMatch(/^row group 0, column "s", page 0: the LZO codec is not supported/);
  });

  it('passes over footer fields it does not use, of every Thrift type (a newer writer\'s, a 10-byte integer)', async () => {
    const length = good.readUInt32LE(good.length - 8);
    const stop = good.length - 9; // the FileMetaData's last byte: its STOP
    expect(good[stop]).toBe(0);
    const unknown = Buffer.from([
      ...[0x0b, 60, 2, 0x81, 1, 0x61, 1, 1, 0x62, 0], // field 30, a map<binary, bool> of 2
      ...[0x1a, 0x26, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02], // field 31, a set<i64> of 2 (one of 10 bytes)
      ...[0x1c, 0x19, 0x31, 1, 0, 1, 0x17, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x11, 0], // field 32, a struct: a list<bool> of 3, a double, a true
      ...[0x18, 3, 0x78, 0x79, 0x7a, 0x13, 0x7f], // field 33, a binary; field 34, a byte
    ]);
    const bytes = Buffer.concat([good.subarray(0, stop), unknown, good.subarray(stop)]);
    bytes.writeUInt32LE(length + unknown.length, bytes.length - 8);
    const { rows, values, problems } = await read(bytes);
    expect(problems).toEqual([]);
    expect(rows).toBe(ROWS);
    expect(values).toEqual((await read(good)).values);
    // The same fields cut short: a corrupt footer, said so.
    const cut = Buffer.concat([good.subarray(0, stop), unknown.subarray(0, 12), good.subarray(stop)]);
    cut.writeUInt32LE(length + 12, cut.length - 8);
    expect((await read(cut)).problems).toEqual([{ message: expect.stringMatching(/^not a readable Parquet file: its footer is corrupt: a Thrift /) }]);
  });

  it('allocates nothing from a row count that lies, and says where the pages end', async () => {
    for (const lie of [100_000_000n, 4_000_000_000n]) {
      const { rows, problems } = await read(editFooter(good, (metadata) => {
        metadata.row_groups[0]!.num_rows = lie;
        metadata.num_rows = lie;
      }));
      expect(rows).toBe(ROWS); // the rows that are there are read
      expect(problems).toEqual([{ row: ROWS + 1, message: `row group 0, column "a": its pages end after ${ROWS} rows where the footer says ${lie} (truncated or corrupt); its rows ${ROWS + 1}–${lie} were left out` }]);
    }
    const { problems } = await read(editFooter(good, (metadata) => (metadata.row_groups[0]!.num_rows = 2n ** 62n)));
    expect(problems).toEqual([{ message: `not a readable Parquet file: its footer gives row group 0 ${2n ** 62n} rows (corrupt)` }]);
    const fewer = await read(editFooter(good, (metadata) => (metadata.row_groups[0]!.num_rows = 10n)));
    expect(fewer.problems[0]!.message).toBe('row group 0, column "a": its pages hold more rows than the footer\'s 10 (corrupt)');
  });

  it('reads nothing of a file with more columns than max-columns, and says so', async () => {
    const file = path.join(dir, 'max-columns.parquet');
    writeFileSync(file, good);
    const problems: Malformed[] = [];
    let rows = 0;
    await readParquetColumns(file, { batch: (batch) => (rows += batch.length), malformed: (problem) => problems.push(problem) }, { maxColumns: 1 });
    expect(rows).toBe(0);
    expect(problems).toEqual([{ message: 'the file has 2 columns, more than max-columns (1); reading stopped (raise max-columns to read this file)' }]);
  });

  it('refuses column chunks the footer places outside the file', async () => {
    const { problems } = await read(editFooter(good, (metadata) => (metadata.row_groups[0]!.columns[0]!.meta_data!.data_page_offset = 10n ** 12n)));
    expect(problems[0]!.message).toMatch(/^not a readable Parquet file: row group 0, column "a": the footer places its column chunk at bytes 1000000000000–\d+, outside the file's \d+ bytes of data/);
  });

  it('never crashes on damaged bytes: every problem is a finding that names the row group and column, or the file', async () => {
    const base = Buffer.from(encodingsFile(600, 'SNAPPY'));
    let seed = 42;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let findings = 0;
    for (let k = 0; k < 200; k++) {
      const bytes = Buffer.from(base);
      const at = 4 + random(bytes.length - 12);
      for (let b = 0; b < 1 + random(4); b++) bytes[at + b] = random(256);
      const { problems } = await read(bytes);
      findings += problems.length;
      for (const problem of problems) expect(problem.message).toMatch(/^(row group \d+, column "[^"]+"(, page \d+)?: |not a readable Parquet file: )/);
    }
    expect(findings).toBeGreaterThan(0);
  }, 60_000);

  it('validate-data reports a lying footer as a finding on the file, in bounded memory', async () => {
    const lying = editFooter(good, (metadata) => {
      metadata.row_groups[0]!.num_rows = 4_000_000_000n;
      metadata.num_rows = 4_000_000_000n;
    });
    const peak = path.join(dir, 'peak.cjs');
    writeFileSync(peak, `process.on('exit', () => require('fs').writeSync(2, '@@peak ' + /VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n'));`);
    const result = await runAction('validate-data', { inputs: { data: 'lying.parquet', 'fail-on': 'error' }, files: { 'lying.parquet': lying }, env: { NODE_OPTIONS: `--require ${peak}` } });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(path.join(result.workspace, result.outputs.report!), 'utf8'));
    const check = report.checks.find((c: { id: string }) => c.id === 'lying.parquet: well-formed');
    expect(check.examples[0]).toMatchObject({ file: 'lying.parquet', row: ROWS + 1, value: expect.stringContaining('row group 0, column "a": its pages end after 3000 rows where the footer says 4000000000') });
    expect(result.annotations.find((a) => a.title === 'validate-data: lying.parquet: well-formed')).toMatchObject({ level: 'error', file: 'lying.parquet' });
    const peakKb = Number(/@@peak (\d+)/.exec(result.stderr)?.[1]);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(200);
  }, 60_000);
});
