// What the personal-data scan costs validate-data on the 3,000,000 real flights (no personal data):
// the bundle with pii: off and pii: detect, runs interleaved so that load on the machine hits both
// alike; the median of each, in wall time and in CPU time (user + system, all threads: the work done,
// which a loaded machine disturbs less than the wall clock). Target: detect adds at most 10%.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFileCommands } from '../test/harness/run-action.js';
import { BENCH_DIR, flightsCsv, FLIGHTS_3M_PARQUET, ROOT, runnerEnv, table } from './common.js';

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

function run(data: string, pii: string): { wall: number; cpu: number; peakMB: number } {
  const env = runnerEnv({ data, schema: 'schema.yml', pii, 'profile-path': `${data}.profile.json`, 'fail-on': 'never' }, workspace);
  const result = spawnSync('/usr/bin/time', ['-f', '@@TIME %e %U %S %M', process.execPath, bundle], { cwd: workspace, env: { ...process.env, ...env }, encoding: 'utf8' });
  const m = /@@TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !m) throw new Error(`validate-data failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const found = parseFileCommands(readFileSync(env.GITHUB_OUTPUT!, 'utf8'))['pii-columns'];
  if (found !== '[]') throw new Error(`flights has no personal data, yet pii-columns is ${found}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMB: Number(m[4]) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const added = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
const rows: (string | number)[][] = [['data', 'runs', 'wall off / detect (s)', 'added', 'CPU off / detect (s)', 'added', 'peak MB off / detect']];
for (const [data, runs] of [['flights.csv', RUNS], ['flights.parquet', Math.max(1, Math.ceil(RUNS / 2))]] as const) {
  const off: ReturnType<typeof run>[] = [];
  const on: ReturnType<typeof run>[] = [];
  for (let i = 0; i < runs; i++) {
    off.push(run(data, 'off'));
    on.push(run(data, 'detect'));
  }
  const [w0, w1, c0, c1] = [off, on, off, on].map((xs, i) => median(xs.map((x) => (i < 2 ? x.wall : x.cpu))));
  const peak = (xs: typeof off) => Math.max(...xs.map((x) => x.peakMB)).toFixed(0);
  rows.push([data, runs, `${w0!.toFixed(2)} / ${w1!.toFixed(2)}`, added(w0!, w1!), `${c0!.toFixed(2)} / ${c1!.toFixed(2)}`, added(c0!, c1!), `${peak(off)} / ${peak(on)}`]);
}
console.log(table(rows));
console.log('\nEach run validates all 3,000,000 rows; detect also scans every column for personal data (none is found).');
