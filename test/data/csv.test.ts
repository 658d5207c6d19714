import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/data/csv.js';
import { CSV_SPECTRUM } from '../fixtures/datasets.js';
import type { Malformed } from '../../src/data/table.js';

const spectrum = CSV_SPECTRUM;

/** Parses `bytes` fed in chunks of `chunkSize`, collecting records, their lines and the findings. */
function parse(bytes: Buffer, chunkSize = bytes.length || 1, delimiter = ',') {
  const rows: { record: Record<string, string>; line: number }[] = [];
  const problems: Malformed[] = [];
  let header: string[] = [];
  const parser = new CsvParser(
    {
      header: (names) => (header = names),
      row: (fields, line) => rows.push({ record: Object.fromEntries(header.map((h, i) => [h, fields[i]!])), line }),
      malformed: (p) => problems.push(p),
    },
    { delimiter, maxRowChars: 1 << 20 },
  );
  for (let i = 0; i < bytes.length; i += chunkSize) parser.push(bytes.subarray(i, i + chunkSize));
  parser.end();
  return { header, rows, problems };
}

describe('CSV parser', () => {
  const cases = readdirSync(path.join(spectrum, 'csvs')).map((f) => f.replace(/\.csv$/, ''));
  for (const name of cases) {
    it(`parses csv-spectrum's ${name} as its expected JSON, whole and byte by byte`, () => {
      const bytes = readFileSync(path.join(spectrum, 'csvs', `${name}.csv`));
      // location_coordinates.json holds one object rather than an array of one.
      const expected = [JSON.parse(readFileSync(path.join(spectrum, 'json', `${name}.json`), 'utf8'))].flat();
      // Erratum in csv-spectrum 2.0.0: its CSV holds phone number 2095257564, its JSON says 1234567890.
      if (name === 'location_coordinates') expected[0]['Contact Phone Number'] = '2095257564';
      for (const chunkSize of [bytes.length || 1, 1, 3]) {
        const { rows, problems } = parse(bytes, chunkSize);
        expect(rows.map((r) => r.record)).toEqual(expected);
        expect(problems).toEqual([]);
      }
    });
  }

  it('keeps line numbers right when quoted fields hold newlines', () => {
    const text = 'id,note\n1,"two\nlines"\n2,plain\n3,"a\r\nb\r\nc"\n4,end\n';
    for (const size of [text.length, 1, 5]) {
      const { rows } = parse(Buffer.from(text), size);
      expect(rows.map((r) => [r.record.id, r.line])).toEqual([['1', 2], ['2', 4], ['3', 5], ['4', 8]]);
    }
  });

  it('reports ragged rows, bad quoting, unclosed quotes and invalid UTF-8 with their lines', () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\n1,2\n1,2,3\n"x"y,2\n'),
      Buffer.from([0x66, 0xff, 0x2c, 0x32, 0x0a]), // f<0xFF>,2
      Buffer.from('4,"never closed\n5,6\n'),
    ]);
    const { rows, problems } = parse(bytes, 4);
    expect(problems).toEqual([
      { line: 3, message: 'expected 2 fields as in the header, found 3' },
      { line: 4, message: 'unexpected text after a closing quote in column 1' },
      { line: 5, message: 'invalid UTF-8 bytes in this row (shown as U+FFFD); re-save the file as UTF-8' },
      { line: 6, message: 'a quoted field is never closed (it runs to the end of the file)' },
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 6]);
  });

  it('strips a BOM, parses TSV, and stops on a row longer than the limit', () => {
    const tsv = parse(Buffer.from('\uFEFFa\tb\n1\t2\n'), 2, '\t');
    expect(tsv.header).toEqual(['a', 'b']);
    expect(tsv.rows[0]!.record).toEqual({ a: '1', b: '2' });
    const problems: Malformed[] = [];
    const parser = new CsvParser({ header() {}, row() {}, malformed: (p) => problems.push(p) }, { delimiter: ',', maxRowChars: 100 });
    parser.push(Buffer.from('a,b\n"' + 'x'.repeat(200)));
    expect(parser.isStopped).toBe(true);
    expect(problems[0]!.message).toMatch(/longer than 100 characters/);
  });
});
