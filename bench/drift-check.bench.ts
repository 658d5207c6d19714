// drift-check on the real flights data: the first 1.5M rows as reference, the last 1.5M as current
// (CSV), against pandas + scipy doing the same per-column work in the same run. Then 30 million
// current rows (the 3M file ten times), exact and in sketch mode, for peak memory.
import { createReadStream, createWriteStream, existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BENCH_DIR, flightsCsv, hasPandas, measure, ROOT, runnerEnv, table } from './common.js';

async function halves(csv: string): Promise<[string, string]> {
  const [a, b] = [path.join(BENCH_DIR, 'drift', 'reference.csv'), path.join(BENCH_DIR, 'drift', 'current.csv')];
  mkdirSync(path.dirname(a), { recursive: true });
  if (existsSync(a) && existsSync(b)) return [a, b];
  const [ra, rb] = [createWriteStream(a), createWriteStream(b)];
  let i = -1;
  for await (const line of createInterface({ input: createReadStream(csv) })) {
    if (i === -1) {
      ra.write(`${line}\n`);
      rb.write(`${line}\n`);
    } else (i < 1_500_000 ? ra : rb).write(`${line}\n`);
    i++;
  }
  await Promise.all([new Promise((r) => ra.end(r)), new Promise((r) => rb.end(r))]);
  return [a, b];
}

const csv = await flightsCsv();
const [reference, current] = await halves(csv);
const workspace = path.join(BENCH_DIR, 'drift');
const bundle = path.join(ROOT, 'actions', 'drift-check', 'dist', 'index.js');
const rows: (string | number)[][] = [['run', 'seconds', 'peak MB', 'rows']];
const run = (inputs: Record<string, string>) => measure([process.execPath, bundle], runnerEnv({ 'report-path': 'report.json', ...inputs }, workspace), workspace);

const ours = run({ reference: path.basename(reference), current: path.basename(current) });
rows.push(['mlops-actions drift-check (exact), CSV', ours.seconds.toFixed(2), ours.peakMB.toFixed(0), '1.5M vs 1.5M']);
const report = JSON.parse(readFileSync(path.join(workspace, 'report.json'), 'utf8'));
const statistic = Object.fromEntries(report.columns.map((c: { column: string; statistic?: number; method?: string; basis?: string }) => [c.column, [c.method, c.statistic, c.basis]]));

// 30M current rows through hard links to the same file. With the default budget the integer columns
// stay exact (counted per value); with a budget of 1,000 values per column they go to the sketch.
for (let k = 0; k < 10; k++) {
  const link = path.join(workspace, `big-${k}.csv`);
  if (!existsSync(link)) linkSync(csv, link);
}
const large = run({ reference: path.basename(reference), current: 'big-*.csv' });
rows.push(['mlops-actions drift-check (exact), 30M current', large.seconds.toFixed(2), large.peakMB.toFixed(0), '1.5M vs 30M']);
const largeColumns = JSON.parse(readFileSync(path.join(workspace, 'report.json'), 'utf8')).columns as { column: string; basis?: string; statistic?: number }[];
const bases = largeColumns.map((c) => `${c.column} ${c.basis ?? 'skipped'}`).join(', ');
const sketch = run({ reference: path.basename(reference), current: 'big-*.csv', 'exact-budget': '1000' });
rows.push(['mlops-actions drift-check (sketch), 30M current', sketch.seconds.toFixed(2), sketch.peakMB.toFixed(0), '1.5M vs 30M']);

if (hasPandas()) {
  const pandas = measure(['/usr/bin/python3', path.join(ROOT, 'bench', 'drift_pandas.py'), reference, current]);
  rows.push(['pandas + scipy, same columns and methods, CSV', pandas.seconds.toFixed(2), pandas.peakMB.toFixed(0), '1.5M vs 1.5M']);
  console.log(table(rows));
  console.log(`\nExact mode: ${(pandas.seconds / ours.seconds).toFixed(2)}x faster than pandas + scipy, ${((ours.peakMB / pandas.peakMB) * 100).toFixed(0)}% of its peak memory.`);
  console.log(`30M current rows with the default budget: ${bases}.`);
  // The 30M rows are the 3M file ten times: scipy on the 3M file has the same distributions.
  const once = JSON.parse(measure(['/usr/bin/python3', path.join(ROOT, 'bench', 'drift_pandas.py'), reference, csv]).stdout) as Record<string, number>;
  const worst = Math.max(...largeColumns.filter((c) => c.column in once).map((c) => Math.abs(c.statistic! - once[c.column]!)));
  console.log(`30M current rows, exact: largest |difference| from scipy on the same distributions ${worst.toExponential(2)}.`);
  const theirs = JSON.parse(pandas.stdout);
  console.log('\ncolumn       method          ours                 pandas + scipy       |difference|');
  for (const [column, value] of Object.entries<number>(theirs)) {
    const [method, mine, basis] = statistic[column];
    console.log(`${column.padEnd(12)} ${String(method).padEnd(15)} ${String(mine).padEnd(20)} ${String(value).padEnd(20)} ${Math.abs(mine - value).toExponential(2)} (${basis})`);
  }
} else {
  console.log(table(rows));
  console.log(`\n30M current rows with the default budget: ${bases}.`);
  console.log('\npandas/scipy not installed (Debian: apt-get install python3-pandas python3-scipy): no comparison.');
}
