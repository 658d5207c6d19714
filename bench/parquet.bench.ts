// Parquet against DuckDB (native, 2 threads) and against our own CSV path, same files, same run: wall
// time and peak RSS of each process (/usr/bin/time). validate-data on the 3,000,000 real flights
// (flights-3m.parquet, ZSTD) beside DuckDB summarising every column; drift-check on the two halves
// beside DuckDB loading, sorting and counting the same columns; then 30M rows written by DuckDB, drift-
// checked exactly and in sketch mode, and 120M rows in sketch mode (memory flat in rows).
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_DIR, flightsCsv, FLIGHTS_3M_PARQUET, FLIGHTS_SCHEMA, measure, ROOT, runnerEnv, table, type Measured } from './common.js';

const DRIFT_COLUMNS = ['delay', 'distance', 'origin', 'destination'];

const workspace = path.join(BENCH_DIR, 'parquet');
mkdirSync(workspace, { recursive: true });
const at = (name: string) => path.join(workspace, name);

/** The bench's files, written once: flights as CSV, the halves as Parquet (DuckDB, ZSTD) and CSV, 30M and 120M rows as Parquet. */
async function files(): Promise<void> {
  if (!existsSync(at('flights.parquet'))) copyFileSync(FLIGHTS_3M_PARQUET, at('flights.parquet'));
  if (!existsSync(at('flights.csv'))) linkSync(await flightsCsv(), at('flights.csv'));
  if (existsSync(at('flights-120m.parquet'))) return;
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const copies = (file: string, n: number) => `read_parquet([${Array(n).fill(`'${file}'`).join(', ')}])`;
  if (!existsSync(at('flights-30m.parquet'))) {
    const source = `read_parquet('${FLIGHTS_3M_PARQUET}', file_row_number = true)`;
    for (const [name, where] of [['reference', 'file_row_number < 1500000'], ['current', 'file_row_number >= 1500000']]) {
      await connection.run(`copy (select * exclude (file_row_number) from ${source} where ${where}) to '${at(`${name}.parquet`)}' (format parquet, compression zstd)`);
      await connection.run(`copy (select strftime(date, '%Y-%m-%dT%H:%M:%S') as date, delay, distance, origin, destination from ${source} where ${where}) to '${at(`${name}.csv`)}' (format csv, header true)`);
    }
    await connection.run(`copy (select * from ${copies(FLIGHTS_3M_PARQUET, 10)}) to '${at('flights-30m.parquet')}' (format parquet, compression zstd)`);
  }
  await connection.run(`copy (select * from ${copies(at('flights-30m.parquet'), 4)}) to '${at('flights-120m.parquet')}' (format parquet, compression zstd)`);
  connection.closeSync();
  db.closeSync();
}

await files();
writeFileSync(at('schema.yml'), FLIGHTS_SCHEMA);
const node = process.execPath;
const validate = (data: string) => measure([node, path.join(ROOT, 'actions', 'validate-data', 'dist', 'index.js')], runnerEnv({ data, schema: 'schema.yml', 'profile-path': `${data}.profile.json`, 'max-annotations': '10', 'fail-on': 'never' }, workspace), workspace);
const drift = (reference: string, current: string, inputs: Record<string, string> = {}) =>
  measure([node, path.join(ROOT, 'actions', 'drift-check', 'dist', 'index.js')], runnerEnv({ reference, current, columns: DRIFT_COLUMNS.join(','), 'report-path': 'drift.json', ...inputs }, workspace), workspace);
const duckdb = (...args: string[]) => measure([node, path.join(ROOT, 'bench', 'duckdb_parquet.mjs'), ...args]);

// Each run BENCH_REPEAT times (3 unless set), the runs interleaved so that a busy moment of a shared
// machine falls on all of them alike; each figure is the range over the repetitions, and a ratio is
// taken within each repetition (ours and DuckDB's run back to back).
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const runs: [string, () => Measured][] = [
  ['validate-data, flights-3m.parquet', () => validate('flights.parquet')],
  ['DuckDB summary of every column, same file', () => duckdb('summary', at('flights.parquet'))],
  ['validate-data, the same rows as CSV', () => validate('flights.csv')],
  ['drift-check, Parquet halves (4 columns)', () => drift('reference.parquet', 'current.parquet')],
  ['DuckDB load, sort and count, same files and columns', () => duckdb('drift', at('reference.parquet'), at('current.parquet'), ...DRIFT_COLUMNS)],
  ['drift-check, the same halves as CSV', () => drift('reference.csv', 'current.csv')],
  ['drift-check, 30M current rows (Parquet), exact', () => drift('reference.parquet', 'flights-30m.parquet')],
  ['drift-check, 3M current rows (Parquet), sketch mode', () => drift('reference.parquet', 'flights.parquet', { 'exact-budget': '1000' })],
  ['drift-check, 30M current rows (Parquet), sketch mode', () => drift('reference.parquet', 'flights-30m.parquet', { 'exact-budget': '1000' })],
  ['drift-check, 120M current rows (Parquet), sketch mode', () => drift('reference.parquet', 'flights-120m.parquet', { 'exact-budget': '1000' })],
];
const measured = runs.map((): Measured[] => []);
for (let r = 0; r < REPEAT; r++) runs.forEach(([, run], i) => measured[i]!.push(run()));
const [ours, theirs, csv, driftOurs, driftTheirs, driftCsv, , sketch3, sketch30, sketch120] = measured as Measured[][];

const range = (xs: number[], digits: number) => {
  const [low, high] = [Math.min(...xs).toFixed(digits), Math.max(...xs).toFixed(digits)];
  return low === high ? low : `${low}–${high}`;
};
const rows: (string | number)[][] = [['run', 'seconds', 'peak MB']];
runs.forEach(([name], i) => rows.push([name, range(measured[i]!.map((m) => m.seconds), 2), range(measured[i]!.map((m) => m.peakMB), 0)]));
console.log(`${REPEAT} repetition(s) of each run (BENCH_REPEAT), interleaved; ranges over them.\n`);
console.log(table(rows));

const each = (a: Measured[], b: Measured[], f: (x: Measured, y: Measured) => number, digits: number) => range(a.map((x, r) => f(x, b[r]!)), digits);
const ratio = (a: Measured[], b: Measured[]) =>
  `${each(a, b, (x, y) => y.seconds / x.seconds, 2)}x DuckDB's speed at ${each(a, b, (x, y) => (x.peakMB / y.peakMB) * 100, 0)}% of its peak memory`;
const share = (a: Measured[], b: Measured[]) => `${each(a, b, (x, y) => (x.seconds / y.seconds) * 100, 0)}%`;
console.log(`\nvalidate-data: ${ratio(ours!, theirs!)}; Parquet takes ${share(ours!, csv!)} of the CSV time.`);
console.log(`drift-check: ${ratio(driftOurs!, driftTheirs!)}; Parquet takes ${share(driftOurs!, driftCsv!)} of the CSV time.`);
console.log(`Sketch mode, 3M → 30M → 120M current rows: peak memory ${[sketch3!, sketch30!, sketch120!].map((runs) => range(runs.map((m) => m.peakMB), 0)).join(' → ')} MB.`);
