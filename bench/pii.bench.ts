// What the personal-data scan costs validate-data on the 3,000,000 real flights (no personal data):
// the bundle with pii: off and pii: detect, runs interleaved so that load on the machine hits both
// alike; the median of each. Target: detect adds at most 10%.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, flightsCsv, FLIGHTS_3M_PARQUET, measure, ROOT, runnerEnv, table } from './common.js';

const SCHEMA = `columns:
  date: {type: datetime, nullable: false}
  delay: {type: integer, min: -1000, max: 2000, nullable: false}
  distance: {type: integer, min: 0, nullable: false}
  origin: {type: string, pattern: '^[A-Z]{3}$', nullable: false}
  destination: {type: string, pattern: '^[A-Z]{3}$', nullable: false}
`;
const RUNS = Number(process.env.PII_BENCH_RUNS ?? 5);

const workspace = path.join(BENCH_DIR, 'pii');
mkdirSync(workspace, { recursive: true });
copyFileSync(await flightsCsv(), path.join(workspace, 'flights.csv'));
copyFileSync(FLIGHTS_3M_PARQUET, path.join(workspace, 'flights.parquet'));
writeFileSync(path.join(workspace, 'schema.yml'), SCHEMA);
const bundle = path.join(ROOT, 'actions', 'validate-data', 'dist', 'index.js');

function run(data: string, pii: string) {
  const env = runnerEnv({ data, schema: 'schema.yml', pii, 'profile-path': `${data}.profile.json`, 'fail-on': 'never' }, workspace);
  const measured = measure([process.execPath, bundle], env, workspace);
  const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8');
  if (pii !== 'off' && !outputs.includes('pii-columns<<') && !/pii-columns=\[\]/.test(outputs)) throw new Error(`unexpected pii-columns in ${outputs}`);
  return measured;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: (string | number)[][] = [['data', 'runs', 'pii: off (s)', 'pii: detect (s)', 'added', 'peak MB off / detect']];
for (const [data, runs] of [['flights.csv', RUNS], ['flights.parquet', Math.max(1, Math.ceil(RUNS / 2))]] as const) {
  const off: number[] = [];
  const on: number[] = [];
  let peak = [0, 0];
  for (let i = 0; i < runs; i++) {
    const a = run(data, 'off');
    const b = run(data, 'detect');
    off.push(a.seconds);
    on.push(b.seconds);
    peak = [Math.max(peak[0]!, a.peakMB), Math.max(peak[1]!, b.peakMB)];
  }
  const [m0, m1] = [median(off), median(on)];
  rows.push([data, runs, m0.toFixed(2), m1.toFixed(2), `${(((m1 - m0) / m0) * 100).toFixed(1)}%`, `${peak[0]!.toFixed(0)} / ${peak[1]!.toFixed(0)}`]);
}
console.log(table(rows));
console.log('\nEach run validates all 3,000,000 rows; detect also scans every column for personal data (none is found).');
