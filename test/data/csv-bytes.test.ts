// The byte path (csv-bytes.ts) against the text path: the same file must give the same rows, lines,
// kinds, numbers, texts and findings, whatever the chunk boundaries, and hand over cleanly to the
// text path at a quote, invalid UTF-8 or an over-long line.
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/data/csv.js';
import type { Malformed } from '../../src/data/table.js';
import { classifyColumn, textAt, type ClassifiedColumn } from '../../src/data/values.js';
import { DatasetProfile } from '../../src/profile/index.js';
import { rowChecksFor, summarize, type RowCheck } from '../../src/validate/checks.js';
import { parseSchema } from '../../src/validate/schema.js';

/** Row checks that test each value's text: memoised per dictionary code on the byte path. */
const textChecks = () =>
  parseSchema({ columns: { a: { pattern: '^[0-9]+$', 'min-length': 2, 'max-length': 3 }, b: { allowed: ['ATL', 'true', '42', '2024-02-29'] }, c: { type: 'number', min: 0, max: 100 } } }, 'test').columns.map(rowChecksFor);

const MISSING = new Set(['', 'NA']);

interface Parsed {
  profile: DatasetProfile;
  checks: RowCheck[][];
  header: string[];
  rows: { line: number; values: [number, number, string | null][] }[];
  problems: Malformed[];
  typedRows: number;
}

function rowsOf(columns: ClassifiedColumn[], lines: ArrayLike<number>, length: number, out: Parsed['rows']): void {
  for (let i = 0; i < length; i++) out.push({ line: lines[i]!, values: columns.map((c) => [c.kinds[i]!, c.numbers[i]!, textAt(c, i)]) });
}

function parse(bytes: Buffer, chunkSize: number, typed: boolean, maxRowChars = 1 << 20): Parsed {
  const parsed: Parsed = { profile: new DatasetProfile(), checks: textChecks(), header: [], rows: [], problems: [], typedRows: 0 };
  const add = (columns: ClassifiedColumn[], lines: ArrayLike<number>, length: number) => {
    parsed.profile.addBatch(new Map(parsed.header.map((name, c) => [name, columns[c]!])), length);
    // The checks are for the three columns of randomCsv's files.
    if (columns.length === parsed.checks.length) parsed.checks.forEach((checks, c) => {
      for (const check of checks) check.scan(columns[c]!, length, (i) => check.fail({ file: '', row: parsed.rows.length + i + 1, line: lines[i]!, value: textAt(columns[c]!, i)! }), summarize(columns[c]!, length));
    });
    rowsOf(columns, lines, length, parsed.rows);
  };
  const parser = new CsvParser(
    {
      header: (names) => (parsed.header = names),
      row: (fields, line) => add(fields.map((f) => classifyColumn([f], 1, MISSING, true)), [line], 1),
      typedRows: (columns, lines, length) => {
        parsed.typedRows += length;
        add(columns, lines, length);
      },
      malformed: (p) => parsed.problems.push(p),
    },
    { delimiter: ',', maxRowChars, ...(typed && { missing: MISSING }) },
  );
  // One buffer for every chunk, scribbled over after each push: the reader reuses its buffer.
  const reused = Buffer.alloc(chunkSize);
  for (let i = 0; i < bytes.length; i += chunkSize) {
    const n = bytes.copy(reused, 0, i, i + chunkSize);
    parser.push(reused.subarray(0, n));
    reused.fill(0x21);
  }
  parser.end();
  return parsed;
}

/** Values of every shape classification tells apart, numbers at the edges of the exact fast path included. */
const VALUES = [
  '0', '-0', '+7', '42', '007', '-012', '123456789012345', '1234567890123456', '99999999999999999999',
  '3.5', '-0.0', '.5', '5.', '0.1', '0.30000000000000004', '1.7976931348623157e308', '1e-7', '2.5E+3', '1e', '1.2.3',
  '123456789012.345', '1234567890123.4567', '-', '+', '.', 'e5',
  '2024-02-29', '2023-02-29', '2024-01-01T10:20', '2024-01-01 10:20:30', '2024-01-01T10:20:30.123Z',
  '2024-01-01T10:20:30+05:30', '2024-01-01T10:20:30-0800', '2024-01-01T25:00', '2024-1-01', '2024-01-01T10:20:3',
  'true', 'FALSE', 'True', 'truth', 'yes', 'ATL', 'São Paulo', '東京', 'a b', '', 'NA', 'na', ' 1', '1 ', '\t',
];

function randomCsv(rows: number, seed: number, { crlf = false, extras = {} as Record<number, string> } = {}): Buffer {
  let state = seed;
  const pick = () => VALUES[(state = (Math.imul(state, 1103515245) + 12345) >>> 0) % VALUES.length]!;
  const eol = crlf ? '\r\n' : '\n';
  const lines = ['a,b,c'];
  for (let r = 0; r < rows; r++) {
    if (r % 97 === 5) lines.push(''); // blank line
    if (r % 89 === 7) lines.push(`${pick()},${pick()}`); // ragged
    lines.push(`${pick()},${pick()},${pick()}`);
    if (extras[r]) lines.push(extras[r]!);
  }
  return Buffer.from(lines.join(eol) + eol);
}

describe('CSV typed from bytes', () => {
  it('gives the text path rows, lines, kinds, numbers and texts, at any chunk size', () => {
    for (const [seed, crlf] of [[1, false], [2, true]] as const) {
      const bytes = randomCsv(3000, seed, { crlf });
      const expected = parse(bytes, bytes.length, false);
      expect(expected.rows.length).toBeGreaterThan(2900);
      for (const chunk of [bytes.length, 4096, 7, 1]) {
        const got = parse(bytes, chunk, true);
        expect(got.typedRows).toBe(expected.rows.length);
        expect(got.header).toEqual(expected.header);
        expect(got.problems).toEqual(expected.problems);
        expect(got.rows).toEqual(expected.rows);
        // Checks and profile count repeated values by dictionary code: they must equal what is made value by value.
        expect(got.checks.flat().map((c) => c.result())).toEqual(expected.checks.flat().map((c) => c.result()));
        expect(expected.checks.flat().every((c) => c.failed > 0)).toBe(true);
        const json = (p: DatasetProfile) => ({ ...p.toJSON(), created: '' });
        expect(json(got.profile)).toEqual(json(expected.profile));
      }
    }
  });

  it('parses numbers exactly as Number() does', () => {
    const texts = ['0.1', '0.7', '2.675', '9007199254740.993', '123456789.012345', '-98765.4321', '1.000000000000001', '4.35', '0.000001', '100.25'];
    const got = parse(Buffer.from(`x\n${texts.join('\n')}\n`), 1 << 20, true);
    expect(got.rows.map((r) => r.values[0]![1])).toEqual(texts.map(Number));
  });

  it('hands over to the text path at a quote, invalid UTF-8 or a BOM-started file, with the same results', () => {
    const quoted = randomCsv(2000, 3, { extras: { 1500: '"multi\nline",2,3' } });
    const invalid = Buffer.concat([randomCsv(1000, 4), Buffer.from([0x66, 0xff, 0x2c, 0x31, 0x2c, 0x32, 0x0a]), Buffer.from('1,2,3\n')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), randomCsv(500, 5)]);
    const noNewline = Buffer.from('a,b,c\n1,2,3\n4,5,6');
    for (const bytes of [quoted, invalid, bom, noNewline]) {
      const expected = parse(bytes, bytes.length, false);
      for (const chunk of [bytes.length, 1000, 2]) expect(parse(bytes, chunk, true)).toEqual({ ...expected, profile: expect.anything(), checks: expect.anything(), typedRows: expect.any(Number) });
    }
    const handed = parse(quoted, 1000, true);
    expect(handed.typedRows).toBeGreaterThan(1000); // typed up to the quote, as text after it
    expect(handed.typedRows).toBeLessThan(handed.rows.length);
  });

  it('reports an over-long row as the text path does', () => {
    const bytes = Buffer.from(`a,b\n1,2\n${'x'.repeat(300)}\n3,4\n`);
    expect(parse(bytes, 64, true, 100).problems).toEqual(parse(bytes, 64, false, 100).problems);
  });
});
