// Paired bootstrap, 2,000 resamples on 1,000,000 predictions: time and memory per metric family (the
// Poisson bootstrap's WebAssembly kernels run on every core: os.availableParallelism() is printed below),
// then the same gate with 50 slices read from the same resamples (target: under 2× the unsliced gate).
// Last, the whole action end to end as the runner runs it (the bundle actions/train-gate/dist/index.js
// reading two 1M-row CSV files, with and without 50 slices): reading, pairing, gating and the report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defaultInputs, readActionMetadata } from '../src/runtime/action-metadata.js';
import { buildSlicing, compareSlices, type Cell } from '../src/metrics/index.js';
import { bootstrapDeltas, HIGHER_IS_BETTER, percentileIntervals, type PairedData, type PairedMetric } from '../src/stats/index.js';
import { BENCH_DIR, ROOT, runnerEnv, table } from './common.js';

const n = 1_000_000;
const SLICES = 50;
let seed = 12345;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const labels: string[] = [];
const cand: string[] = [];
const base: string[] = [];
const candScores = new Float64Array(n);
const baseScores = new Float64Array(n);
const yTrue: string[] = [];
const yCand: string[] = [];
const yBase: string[] = [];
const segment: Cell[] = [];
for (let i = 0; i < n; i++) {
  const label = random() < 0.4 ? 1 : 0;
  candScores[i] = Math.min(1, Math.max(0, 0.5 + (label ? 0.2 : -0.2) + (random() - 0.5) * 0.8));
  baseScores[i] = Math.min(1, Math.max(0, 0.5 + (label ? 0.17 : -0.17) + (random() - 0.5) * 0.8));
  labels.push(String(label));
  cand.push(candScores[i]! >= 0.5 ? '1' : '0');
  base.push(baseScores[i]! >= 0.5 ? '1' : '0');
  const y = 100 * random();
  yTrue.push(y.toFixed(3));
  yCand.push((y + (random() - 0.5) * 10).toFixed(3));
  yBase.push((y + (random() - 0.5) * 11).toFixed(3));
  segment.push(`s${Math.floor(random() * SLICES)}`);
}
const classification: PairedData = { labels, positive: '1', candidate: { predictions: cand, scores: candScores }, baseline: { predictions: base, scores: baseScores } };
const regression: PairedData = { labels: yTrue, candidate: { predictions: yCand }, baseline: { predictions: yBase } };

const rows: (string | number)[][] = [['metrics', 'predictions', 'slices', 'resamples', 'seconds', 'CPU seconds', 'peak RSS growth MB', 'Δ and 95% CI (all examples)']];
const seconds = new Map<string, [number, number]>();
const run = async (name: string, data: PairedData, metrics: PairedMetric[], sliced: boolean) => {
  global.gc?.();
  // RSS covers the worker threads too; sampled while the main thread waits for them.
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  // As train-gate runs it: the slicing built from the column's values, one resampling, every slice judged.
  const slicings = sliced ? [buildSlicing({ name: 'segment', columns: ['segment'] }, new Map([['segment', segment]]), new Map())] : [];
  const deltas = await bootstrapDeltas(data, metrics, { samples: 2000, seed: 42, slicings });
  const result = percentileIntervals(data, metrics, deltas, 0.95);
  if (sliced) compareSlices(data, metrics, slicings, deltas, { confidence: 0.95, minSize: 30, tolerances: new Map(), higherIsBetter: (m) => HIGHER_IS_BETTER[m] });
  const elapsed = (performance.now() - start) / 1000;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage.rss());
  seconds.set(`${name}${sliced ? ' sliced' : ''}`, [elapsed, cpu]);
  const ratio = (k: 0 | 1, x: number) => (sliced ? ` (${(x / seconds.get(name)![k]).toFixed(2)}×)` : '');
  rows.push([name, n.toLocaleString('en-US'), sliced ? SLICES : '-', 2000, `${elapsed.toFixed(2)}${ratio(0, elapsed)}`, `${cpu.toFixed(2)}${ratio(1, cpu)}`, ((peak - before) / 2 ** 20).toFixed(0), result.map((r) => `${r.metric} ${r.delta.toFixed(4)} [${r.low.toFixed(4)}, ${r.high.toFixed(4)}]`).join('; ')]);
};
for (const sliced of [false, true]) {
  await run('accuracy + F1', classification, ['accuracy', 'f1'], sliced);
  await run('ROC AUC', classification, ['roc_auc'], sliced);
  await run('accuracy + F1 + ROC AUC (a classifier gate)', classification, ['accuracy', 'f1', 'roc_auc'], sliced);
  await run('MAE + RMSE', regression, ['mae', 'rmse'], sliced);
}
console.log(table(rows));

// End to end: the bundle on files, under /usr/bin/time (wall and CPU seconds, peak RSS of the action's process).
const workspace = path.join(BENCH_DIR, 'train-gate');
mkdirSync(workspace, { recursive: true });
const csv = (file: string, header: string, row: (i: number) => string) => {
  const lines = [header];
  for (let i = 0; i < n; i++) lines.push(row(i));
  writeFileSync(path.join(workspace, file), `${lines.join('\n')}\n`);
};
csv('candidate.csv', 'id,label,prediction,score,segment', (i) => `${i},${labels[i]},${cand[i]},${candScores[i]},${segment[i]}`);
csv('baseline.csv', 'id,label,prediction,score', (i) => `${i},${labels[i]},${base[i]},${baseScores[i]}`);
writeFileSync(path.join(workspace, 'metrics.json'), '{"accuracy": 0.8}');
writeFileSync(path.join(workspace, 'base.json'), '{"accuracy": 0.78}');
const defaults = defaultInputs(readActionMetadata(path.join(ROOT, 'actions'), 'train-gate'), '');
const endToEnd: (string | number)[][] = [['train-gate action (bundle)', 'predictions', 'slices', 'resamples', 'seconds', 'CPU seconds', 'peak RSS MB']];
const whole = new Map<string, [number, number]>();
for (const slices of ['', 'segment']) {
  const inputs = { ...defaults, metrics: 'metrics.json', baseline: 'base.json', predictions: 'candidate.csv', 'baseline-predictions': 'baseline.csv', slices, comment: 'false' };
  const run = spawnSync('/usr/bin/time', ['-f', '@@TIME %e %U %S %M', process.execPath, path.join(ROOT, 'actions', 'train-gate', 'dist', 'index.js')], { cwd: workspace, env: { ...process.env, ...runnerEnv(inputs, workspace) }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const time = /@@TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !time) throw new Error(`train-gate failed (${run.status}):\n${run.stderr.slice(-2000)}\n${run.stdout.slice(-2000)}`);
  const [wall, cpu] = [Number(time[1]), Number(time[2]) + Number(time[3])];
  whole.set(slices, [wall, cpu]);
  const ratio = (k: 0 | 1, x: number) => (slices ? ` (${(x / whole.get('')![k]).toFixed(2)}×)` : '');
  endToEnd.push([`accuracy + F1 + ROC AUC${slices ? ', by segment' : ''}`, n.toLocaleString('en-US'), slices ? SLICES : '-', defaults['bootstrap-samples']!, `${wall.toFixed(2)}${ratio(0, wall)}`, `${cpu.toFixed(2)}${ratio(1, cpu)}`, (Number(time[4]) / 1024).toFixed(0)]);
}
console.log(`\n${table(endToEnd)}`);
console.log(`\ncores: ${availableParallelism()}; peak RSS of the whole benchmark: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
