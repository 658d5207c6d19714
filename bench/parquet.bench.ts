// Parquet against DuckDB (native, 2 threads) and against our own CSV path, same files, same run: wall
// time and peak RSS of each process (/usr/bin/time). validate-data on the 3,000,000 real flights
// (flights-3m.parquet, ZSTD) beside DuckDB summarising every column; drift-check on the two halves
// beside DuckDB loading, sorting and counting the same columns; then 30M rows written by DuckDB, drift-
// checked exactly and in sketch mode (memory flat in rows).
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_DIR, flightsCsv, FLIGHTS_3M_PARQUET, FLIGHTS_SCHEMA, measure, ROOT, runnerEnv, table, type Measured } from './common.js';

const DRIFT_COLUMNS = ['delay', 'distance', 'origin', 'destination'];

const workspace = path.join(BENCH_DIR, 'parquet');
mkdirSync(workspace, { recursive: true });
const at = (name: string) => path.join(workspace, name);

/** The bench's files, written once: flights as CSV, the halves as Parquet (DuckDB, ZSTD) and CSV, 30M rows as Parquet. */
async function files(): Promise<void> {
  if (!existsSync(at('flights.parquet'))) copyFileSync(FLIGHTS_3M_PARQUET, at('flights.parquet'));
  if (!existsSync(at('flights.csv'))) linkSync(await flightsCsv(), at('flights.csv'));
  if (existsSync(at('flights-30m.parquet'))) return;
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const source = `read_parquet('${FLIGHTS_3M_PARQUET}', file_row_number = true)`;
  for (const [name, where] of [['reference', 'file_row_number < 1500000'], ['current', 'file_row_number >= 1500000']]) {
    await connection.run(`copy (select * exclude (file_row_number) from ${source} where ${where}) to '${at(`${name}.parquet`)}' (format parquet, compression zstd)`);
    await connection.run(`copy (select strftime(date, '%Y-%m-%dT%H:%M:%S') as date, delay, distance, origin, destination from ${source} where ${where}) to '${at(`${name}.csv`)}' (format csv, header true)`);
  }
  await connection.run(`copy (select * from read_parquet([${Array(10).fill(`'${FLIGHTS_3M_PARQUET}'`).join(', ')}])) to '${at('flights-30m.parquet')}' (format parquet, compression zstd)`);
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

const rows: (string | number)[][] = [['run', 'seconds', 'peak MB']];
const add = (name: string, m: Measured) => {
  rows.push([name, m.seconds.toFixed(2), m.peakMB.toFixed(0)]);
  return m;
};

const ours = add('validate-data, flights-3m.parquet', validate('flights.parquet'));
const theirs = add('DuckDB summary of every column, same file', duckdb('summary', at('flights.parquet')));
const csv = add('validate-data, the same rows as CSV', validate('flights.csv'));
const driftOurs = add('drift-check, Parquet halves (4 columns)', drift('reference.parquet', 'current.parquet'));
const driftTheirs = add('DuckDB load, sort and count, same files and columns', duckdb('drift', at('reference.parquet'), at('current.parquet'), ...DRIFT_COLUMNS));
const driftCsv = add('drift-check, the same halves as CSV', drift('reference.csv', 'current.csv'));
add('drift-check, 30M current rows (Parquet), exact', drift('reference.parquet', 'flights-30m.parquet'));
const sketch3 = add('drift-check, 3M current rows (Parquet), sketch mode', drift('reference.parquet', 'flights.parquet', { 'exact-budget': '1000' }));
const sketch30 = add('drift-check, 30M current rows (Parquet), sketch mode', drift('reference.parquet', 'flights-30m.parquet', { 'exact-budget': '1000' }));
console.log(table(rows));

const ratio = (a: Measured, b: Measured) => `${(b.seconds / a.seconds).toFixed(2)}x DuckDB's speed at ${((a.peakMB / b.peakMB) * 100).toFixed(0)}% of its peak memory`;
console.log(`\nvalidate-data: ${ratio(ours, theirs)}; Parquet takes ${((ours.seconds / csv.seconds) * 100).toFixed(0)}% of the CSV time.`);
console.log(`drift-check: ${ratio(driftOurs, driftTheirs)}; Parquet takes ${((driftOurs.seconds / driftCsv.seconds) * 100).toFixed(0)}% of the CSV time.`);
console.log(`Sketch mode, 3M → 30M current rows: peak memory ${sketch3.peakMB.toFixed(0)} → ${sketch30.peakMB.toFixed(0)} MB.`);
