// The parts of a large Parquet file parse its footer once per thread (parquet-footer.ts keeps the last
// ones by their bytes): a file changed between two reads, even to a footer of the same length, must be
// read with its own footer, never the one kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquetColumns } from '../../src/data/parquet.js';
import { readFooter } from '../../src/data/parquet-footer.js';
import { editFooter } from '../fixtures/parquet-mutate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'footer-reuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows 0…rows−1 in row groups of 100: a column `name` of integers. */
const parquet = (name: string, rows: number) =>
  Buffer.from(parquetWriteBuffer({ rowGroupSize: 100, columnData: [{ name, type: 'INT32', data: Array.from({ length: rows }, (_, i) => i) }] }));

async function layoutOf(file: string) {
  const handle = await open(file, 'r');
  try {
    return await readFooter(handle, (await handle.stat()).size);
  } finally {
    await handle.close();
  }
}

/** The column names and the sum of the values the reader gives. */
async function readAll(file: string): Promise<{ columns: string[]; sum: number }> {
  let columns: string[] = [];
  let sum = 0;
  await readParquetColumns(file, {
    batch: (batch) => {
      columns = batch.columns;
      const numbers = batch.classified![0]!.numbers;
      for (let i = 0; i < batch.length; i++) sum += numbers[i]!;
    },
    malformed: (problem) => expect.fail(problem.message),
  });
  return { columns, sum };
}

describe('a Parquet footer read again', () => {
  it('is parsed once: the parts of a file share its layout', async () => {
    const file = path.join(dir, 'parts.parquet');
    writeFileSync(file, parquet('a', 1000));
    const first = await layoutOf(file);
    expect(first.rowGroups).toHaveLength(10);
    expect(await layoutOf(file)).toBe(first);
  });

  it('is parsed again when the file changed, even to a footer of the same length', async () => {
    const file = path.join(dir, 'changed.parquet');
    const bytes = editFooter(parquet('a', 1000), () => {}); // the footer as editFooter writes it
    writeFileSync(file, bytes);
    expect(await readAll(file)).toEqual({ columns: ['a'], sum: 499_500 });
    // The same bytes but the column renamed (one letter for one): same size, same footer length.
    const renamed = editFooter(bytes, (metadata) => {
      metadata.schema[1]!.name = 'b';
      for (const group of metadata.row_groups) group.columns[0]!.meta_data!.path_in_schema = ['b'];
    });
    expect(renamed.length).toBe(bytes.length);
    writeFileSync(file, renamed);
    expect(await readAll(file)).toEqual({ columns: ['b'], sum: 499_500 });
    // Fewer rows: another size and other row groups.
    writeFileSync(file, parquet('a', 250));
    expect((await layoutOf(file)).rowGroups).toHaveLength(3);
    expect(await readAll(file)).toEqual({ columns: ['a'], sum: 31_125 });
  });

  it('read at once from two files on one thread, gives each file its own layout', async () => {
    // The footers are read into one buffer kept for the purpose: a read that finds it taken uses its own.
    const bytes = editFooter(parquet('a', 1000), () => {});
    const renamed = editFooter(bytes, (metadata) => {
      metadata.schema[1]!.name = 'b';
      for (const group of metadata.row_groups) group.columns[0]!.meta_data!.path_in_schema = ['b'];
    });
    for (let round = 0; round < 20; round++) {
      // New files each round (new contents for the same footer length), so that nothing is kept from the last.
      const [a, b] = [path.join(dir, `at-once-a${round}.parquet`), path.join(dir, `at-once-b${round}.parquet`)];
      writeFileSync(a, round % 2 ? bytes : renamed);
      writeFileSync(b, round % 2 ? renamed : bytes);
      const [first, second] = await Promise.all([layoutOf(a), layoutOf(b)]);
      expect([first.columns[0]!.name, second.columns[0]!.name]).toEqual(round % 2 ? ['a', 'b'] : ['b', 'a']);
    }
  });
});
