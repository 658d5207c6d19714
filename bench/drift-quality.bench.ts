// drift-check as a model monitor on 1M current rows with target, prediction and score (and 1M reference
// rows), 2,000 resamples: the default classification metrics (accuracy by Newcombe's interval, F1 by the
// multinomial bootstrap, ROC AUC by DeLong), then with log loss (the Poisson-bootstrap kernel over every
// row), then a regression (MAE, RMSE, R², all by the kernel). Wall time and peak memory of the bundle.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../src/stats/random.js';
import { BENCH_DIR, measure, ROOT, runnerEnv, table } from './common.js';

const ROWS = 1_000_000;
const dir = path.join(BENCH_DIR, 'quality');

/** Scored, labelled data: features age and city, the label, the model's class and probability, a regression pair. */
async function write(file: string, seed: number, accuracy: number): Promise<string> {
  const target = path.join(dir, file);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(target);
  const random = mulberry32(seed);
  out.write('event_time,age,city,churned,pred,score,y,yhat\n');
  const cities = ['berlin', 'paris', 'rome', 'madrid', 'lisbon'];
  for (let i = 0; i < ROWS; i += 10_000) {
    const lines: string[] = [];
    for (let k = i; k < i + 10_000; k++) {
      const y = random() < 0.4 ? 1 : 0;
      const predicted = random() < accuracy ? y : 1 - y;
      const score = predicted ? 0.5 + random() * 0.5 : random() * 0.5;
      const value = 50 + 10 * (random() + random() + random() - 1.5);
      const time = new Date(Date.UTC(2024, 4, 1) + Math.floor((k / ROWS) * 7 * 86_400_000)).toISOString().slice(0, 19);
      lines.push(`${time},${(30 + random() * 40).toFixed(1)},${cities[k % 5]},${y},${predicted},${score.toFixed(4)},${value.toFixed(3)},${(value + (random() - 0.5) * 8).toFixed(3)}`);
    }
    out.write(`${lines.join('\n')}\n`);
  }
  await new Promise((resolve) => out.end(resolve));
  return target;
}

const [reference, current] = [await write('reference.csv', 1, 0.9), await write('current.csv', 2, 0.88)];
const bundle = path.join(ROOT, 'actions', 'drift-check', 'dist', 'index.js');
const run = (inputs: Record<string, string>) => measure([process.execPath, bundle], runnerEnv({ 'report-path': 'report.json', reference: path.basename(reference), current: path.basename(current), 'exclude-columns': 'y, yhat', 'bootstrap-samples': '2000', ...inputs }, dir), dir);
const rows: (string | number)[][] = [['run', 'seconds', 'peak MB', 'quality']];
const quality = () => (JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).quality.metrics as { metric: string; verdict: string; interval: string }[]).map((m) => `${m.metric} ${m.verdict} (${m.interval})`).join(', ');
const cases: [string, Record<string, string>][] = [
  ['features only (no monitor)', { 'exclude-columns': 'y, yhat, churned, pred, score' }],
  ['accuracy, f1, roc_auc (defaults)', { target: 'churned', prediction: 'pred', score: 'score' }],
  ['+ log_loss (kernel bootstrap)', { target: 'churned', prediction: 'pred', score: 'score', 'quality-metrics': 'accuracy, f1, roc_auc, log_loss' }],
  ['defaults + 1d windows', { target: 'churned', prediction: 'pred', score: 'score', 'timestamp-column': 'event_time', window: '1d' }],
  ['regression: mae, rmse, r2 (kernel bootstrap)', { target: 'y', prediction: 'yhat', 'exclude-columns': 'churned, pred, score' }],
];
for (const [name, inputs] of cases) {
  const measured = run(inputs);
  rows.push([name, measured.seconds.toFixed(2), measured.peakMB.toFixed(0), inputs.target ? quality() : '-']);
}
console.log(table(rows));
console.log(`\n${ROWS.toLocaleString('en-US')} reference and ${ROWS.toLocaleString('en-US')} current rows (CSV), 2,000 resamples.`);
