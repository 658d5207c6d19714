// A thread's Parquet readers keep their arrays of texts and their column's interner from one read to the
// next (src/data/parquet-column.ts, ReaderTexts): what an earlier read left there, another column's
// texts at the same place or an interner already full, must change no profile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { profileFiles } from '../../src/profile/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parquet-reuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 6000;
/** Writes a Parquet file of these columns (dictionary-coded, as writers do). */
function parquet(name: string, columnData: { name: string; type: 'STRING' | 'INT32' | 'DOUBLE'; data: unknown[] }[], rowGroupSize = 1000): string {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize })));
  return file;
}
const rows = <T>(f: (i: number) => T) => Array.from({ length: ROWS }, (_, i) => (i % 13 === 0 ? null : f(i)));

// The flights' shape: airport codes, small integers, a measure.
const flights = parquet('flights.parquet', [
  { name: 'origin', type: 'STRING', data: rows((i) => `A${(i * 7919) % 300}`) },
  { name: 'delay', type: 'INT32', data: rows((i) => ((i * 104729) % 400) - 60) },
  { name: 'distance', type: 'DOUBLE', data: rows((i) => ((i * 31) % 900) + 0.5) },
]);
// The same names at the same places with other texts, more than an interner holds (4,096), in one row
// group: dictionaries too large for their entries' texts to be made at once (they are made when asked).
const crowded = parquet('crowded.parquet', [
  { name: 'origin', type: 'STRING', data: rows((i) => `Z${i}`) },
  { name: 'delay', type: 'INT32', data: rows((i) => i * 3) },
], ROWS);
// Other columns at the same places.
const other = parquet('other.parquet', [
  { name: 'carrier', type: 'STRING', data: rows((i) => `C${i % 17}`) },
  { name: 'origin', type: 'INT32', data: rows((i) => i % 5) },
]);

/** The profile's JSON, without the time it was made. */
async function profileOf(file: string): Promise<string> {
  const { profile } = await profileFiles([{ path: file, display: 'data.parquet', format: 'parquet', gzip: false }], { exactLimit: 1000, frequentCapacity: 100, kllK: 200 });
  const { created: _, ...json } = profile.toJSON();
  return JSON.stringify(json);
}

describe('Parquet readers reused from read to read', () => {
  it('profile a file the same before and after other files were read at the same places', async () => {
    const first = await profileOf(flights);
    await profileOf(crowded);
    const afterCrowded = await profileOf(flights);
    await profileOf(other);
    const afterOther = await profileOf(flights);
    expect(afterCrowded === first, 'after a column of the same name with more texts than an interner holds').toBe(true);
    expect(afterOther === first, 'after other columns at the same places').toBe(true);
    expect(JSON.parse(first).rows).toBe(ROWS);
  });
});
