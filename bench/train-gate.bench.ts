// Paired bootstrap, 2,000 resamples on 1,000,000 predictions: time and memory per metric family (the
// Poisson bootstrap's WebAssembly kernels run on every core: os.availableParallelism() is printed below),
// then the same gate with 50 slices read from the same resamples (target: under 2× the unsliced gate).
import { availableParallelism } from 'node:os';
import { buildSlicing, compareSlices, type Cell } from '../src/metrics/index.js';
import { bootstrapDeltas, HIGHER_IS_BETTER, percentileIntervals, type PairedData, type PairedMetric } from '../src/stats/index.js';
import { table } from './common.js';

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

const rows: (string | number)[][] = [['metrics', 'predictions', 'slices', 'resamples', 'seconds', 'peak RSS growth MB', 'Δ and 95% CI (all examples)']];
const seconds = new Map<string, number>();
const run = async (name: string, data: PairedData, metrics: PairedMetric[], sliced: boolean) => {
  global.gc?.();
  // RSS covers the worker threads too; sampled while the main thread waits for them.
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const start = performance.now();
  // As train-gate runs it: the slicing built from the column's values, one resampling, every slice judged.
  const slicings = sliced ? [buildSlicing({ name: 'segment', columns: ['segment'] }, new Map([['segment', segment]]), new Map())] : [];
  const deltas = await bootstrapDeltas(data, metrics, { samples: 2000, seed: 42, slicings });
  const result = percentileIntervals(data, metrics, deltas, 0.95);
  if (sliced) compareSlices(data, metrics, slicings, deltas, { confidence: 0.95, minSize: 30, tolerances: new Map(), higherIsBetter: (m) => HIGHER_IS_BETTER[m] });
  const elapsed = (performance.now() - start) / 1000;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage.rss());
  seconds.set(`${name}${sliced ? ' sliced' : ''}`, elapsed);
  const ratio = sliced ? ` (${(elapsed / seconds.get(name)!).toFixed(2)}× unsliced)` : '';
  rows.push([name, n.toLocaleString('en-US'), sliced ? SLICES : '-', 2000, `${elapsed.toFixed(2)}${ratio}`, ((peak - before) / 2 ** 20).toFixed(0), result.map((r) => `${r.metric} ${r.delta.toFixed(4)} [${r.low.toFixed(4)}, ${r.high.toFixed(4)}]`).join('; ')]);
};
for (const sliced of [false, true]) {
  await run('accuracy + F1', classification, ['accuracy', 'f1'], sliced);
  await run('ROC AUC', classification, ['roc_auc'], sliced);
  await run('accuracy + F1 + ROC AUC (a classifier gate)', classification, ['accuracy', 'f1', 'roc_auc'], sliced);
  await run('MAE + RMSE', regression, ['mae', 'rmse'], sliced);
}
console.log(table(rows));
console.log(`\ncores: ${availableParallelism()}; peak RSS of the whole benchmark: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
