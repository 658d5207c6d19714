// The actions on Parquet under the runner contract (the committed bundles): drift-check reads only the
// columns it compares, from parts of a large file on worker threads; validate-data's findings give
// rows (a Parquet file has no lines) and its annotations point at the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FLIGHTS_3M_PARQUET } from '../fixtures/datasets.js';
import { editFooter } from '../fixtures/parquet-mutate.js';
import { runAction, type RunResult } from '../harness/run-action.js';

const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));

describe('the actions on Parquet', () => {
  it('drift-check compares only the columns asked for, reading a large file in parts on worker threads', async () => {
    const flights = readFileSync(FLIGHTS_3M_PARQUET);
    const result = await runAction('drift-check', { inputs: { reference: 'reference.parquet', current: 'current.parquet', columns: 'delay,origin' }, files: { 'reference.parquet': flights, 'current.parquet': flights } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.drifted).toBe('false');
    const drift = report(result);
    expect(drift.columns.map((c: { column: string }) => c.column).sort()).toEqual(['delay', 'origin']);
    expect(drift.columns.every((c: { statistic: number }) => c.statistic === 0)).toBe(true);
    expect(drift.reference.rows).toBe(3_000_000);
    expect(drift.current.rows).toBe(3_000_000);
  }, 120_000);

  it('reads no column chunk but those of the columns compared: damage elsewhere goes unseen', async () => {
    const rows = 500;
    const file = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'a', type: 'INT32', data: Array.from({ length: rows }, (_, i) => i) }, { name: 'b', type: 'INT32', data: Array.from({ length: rows }, (_, i) => i % 7) }] }));
    // Column a's chunk is overwritten: reading it would be a finding.
    let place = [0, 0];
    editFooter(file, (metadata) => {
      const meta = metadata.row_groups[0]!.columns[0]!.meta_data!;
      place = [Number(meta.dictionary_page_offset ?? meta.data_page_offset), Number(meta.total_compressed_size)];
    });
    const damaged = Buffer.from(file);
    damaged.fill(0xff, place[0]!, place[0]! + place[1]!);
    const run = (inputs: Record<string, string>) => runAction('drift-check', { inputs: { reference: 'r.parquet', current: 'c.parquet', ...inputs }, files: { 'r.parquet': damaged, 'c.parquet': file } });
    const only = await run({ columns: 'b' });
    expect(only.exitCode).toBe(0);
    expect(only.annotations).toEqual([]);
    expect(report(only).columns.map((c: { column: string }) => c.column)).toEqual(['b']);
    const excluded = await run({ 'exclude-columns': 'a' });
    expect(excluded.annotations).toEqual([]); // no finding, and no "is not a column" warning for the column left unread
    const unknown = await run({ columns: 'nope' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations[0]!.message).toMatch(/Input 'columns': none of "nope" is a column of the reference or the current data \(reference: "a", "b"; current: "a", "b"\)/);
    const all = await run({});
    expect(all.annotations[0]).toMatchObject({ level: 'warning', file: 'r.parquet', message: expect.stringContaining('row group 0, column "a"') });
  }, 60_000);

  it('validate-data gives a Parquet finding its row, and the annotation the file', async () => {
    const data = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'age', type: 'INT32', data: [30, 41, -3, 27, 150] }] }));
    const result = await runAction('validate-data', { inputs: { data: 'people.parquet', schema: 'schema.yml' }, files: { 'people.parquet': data, 'schema.yml': YAML.stringify({ columns: { age: { min: 0, max: 120 } } }) } });
    expect(result.exitCode).toBe(1);
    const min = report(result).checks.find((c: { id: string }) => c.id === 'age: min');
    expect(min.examples).toEqual([{ file: 'people.parquet', row: 3, value: '-3' }]);
    const annotation = result.annotations.find((a) => a.title === 'validate-data: age: min');
    expect(annotation).toMatchObject({ level: 'error', file: 'people.parquet' });
    expect(annotation!.line).toBeUndefined();
  }, 60_000);
});
