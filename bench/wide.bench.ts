// Wide feature matrices (issue 15, "memory by design"): validate-data and drift-check on 10,000 columns ×
// 100 rows and on 2,000 columns × 100,000 rows, generated into .bench/wide/ at run time (streamed to
// disk, never committed). Wall time and peak RSS of each process (/usr/bin/time), beside the targets.
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, measure, ROOT, runnerEnv, table } from './common.js';

const workspace = path.join(BENCH_DIR, 'wide');
mkdirSync(workspace, { recursive: true });

/** `columns` numeric columns × `rows` rows of one-decimal values (as test/hostile/fixtures.ts wideCsv), written a row at a time. */
async function wideCsv(columns: number, rows: number): Promise<string> {
  const name = `wide-${columns}x${rows}.csv`;
  const file = path.join(workspace, name);
  if (existsSync(file)) return name;
  const out = createWriteStream(`${file}.tmp`);
  const write = (line: string) => (out.write(line) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  await write(`${Array.from({ length: columns }, (_, c) => `f${c}`).join(',')}\n`);
  for (let r = 0; r < rows; r++) await write(`${Array.from({ length: columns }, (_, c) => (((r * 7 + c) % 97) / 10).toFixed(1)).join(',')}\n`);
  await new Promise<void>((resolve) => out.end(resolve));
  renameSync(`${file}.tmp`, file);
  return name;
}

const bundle = (action: string) => path.join(ROOT, 'actions', action, 'dist', 'index.js');
/** A run's seconds and peak MB, or how it failed (a process killed for memory is a result here, not an error). */
function run(action: string, inputs: Record<string, string>): [string, string] {
  try {
    const m = measure([process.execPath, bundle(action)], runnerEnv({ 'report-path': `${action}.json`, 'fail-on': 'never', ...inputs }, workspace), workspace);
    return [m.seconds.toFixed(2), m.peakMB.toFixed(0)];
  } catch (error) {
    const message = (error as Error).message;
    const time = /@@TIME ([\d.]+) (\d+)/.exec(message);
    const why = /heap out of memory/.test(message) ? 'failed: JavaScript heap out of memory' : `failed: ${message.split('\n')[0]!.slice(-80)}`;
    return [time ? `${time[1]} (${why})` : why, time ? (Number(time[2]) / 1024).toFixed(0) : '?'];
  }
}

const rows: (string | number)[][] = [['run', 'seconds', 'peak MB', 'target']];
const shapes = [
  { columns: 10_000, count: 100, validate: '300 MB, 5 s', drift: '500 MB, 10 s' },
  { columns: 2_000, count: 100_000, validate: 'runner memory (7 GB)', drift: 'runner memory (7 GB)' },
];
for (const { columns, count, validate, drift } of shapes) {
  const data = await wideCsv(columns, count);
  writeFileSync(path.join(workspace, 'schema.yml'), `columns:\n  f${columns - 1}: {type: number}\n`);
  const shape = `${columns.toLocaleString('en-US')} × ${count.toLocaleString('en-US')}`;
  rows.push([`validate-data ${shape}`, ...run('validate-data', { data, schema: 'schema.yml' }), validate]);
  console.log(`${rows.at(-1)!.join('  ')}`); // as it comes: the large runs take minutes
  rows.push([`drift-check ${shape}`, ...run('drift-check', { reference: data, current: data }), drift]);
  console.log(`${rows.at(-1)!.join('  ')}`);
}
console.log(`\n${table(rows)}`);
