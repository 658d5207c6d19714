#!/usr/bin/env node
// A tiny churn model so that the example workflows and the demo run as they are: logistic regression
// by gradient descent, plain Node, no dependencies. Replace it with your own training step.
//   node train.mjs <train.csv> <out-dir> [--params params.json] [--features a,b,c] [--epochs 200]
// The params file holds {"features": [...], "epochs": n} (flags override it). Writes model.json,
// metrics.json (accuracy, f1, roc_auc, log_loss on the last 25% of rows, held out) and predictions.csv
// (id,label,prediction,score on those rows) for train-gate's paired statistics: two models trained on the
// same file are evaluated on the same ids.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [input, out = 'model', ...flags] = process.argv.slice(2);
if (!input) {
  console.error('usage: node train.mjs <train.csv> <out-dir> [--params params.json] [--features a,b] [--epochs 200]');
  process.exit(2);
}
const option = (name, fallback) => (flags.includes(`--${name}`) ? flags[flags.indexOf(`--${name}`) + 1] : fallback);
const params = option('params') ? JSON.parse(readFileSync(option('params'), 'utf8')) : {};
const [header, ...lines] = readFileSync(input, 'utf8').trim().split('\n');
const columns = header.split(',');
const rows = lines.map((l) => l.split(','));
const label = columns.indexOf('churned');
const numeric = columns.filter((c, i) => i !== label && c !== 'id' && rows.every((r) => r[i] === '' || Number.isFinite(Number(r[i]))));
const features = option('features', (params.features ?? numeric).join(',')).split(',');
const index = features.map((f) => columns.indexOf(f));
const id = columns.indexOf('id');

// standardise on the training split, fill missing values with the mean
const split = Math.floor(rows.length * 0.75);
const value = (r, c) => (r[c] === '' ? NaN : Number(r[c]));
const stats = index.map((c) => {
  const xs = rows.slice(0, split).map((r) => value(r, c)).filter(Number.isFinite);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1;
  return { mean, sd };
});
const x = rows.map((r) => index.map((c, j) => (Number.isFinite(value(r, c)) ? (value(r, c) - stats[j].mean) / stats[j].sd : 0)));
const y = rows.map((r) => Number(r[label]));

const w = new Array(features.length).fill(0);
let b = 0;
const predict = (xi) => 1 / (1 + Math.exp(-(b + xi.reduce((a, v, j) => a + v * w[j], 0))));
for (let epoch = 0; epoch < Number(option('epochs', params.epochs ?? 200)); epoch++) {
  const gw = new Array(features.length).fill(0);
  let gb = 0;
  for (let i = 0; i < split; i++) {
    const e = predict(x[i]) - y[i];
    x[i].forEach((v, j) => (gw[j] += e * v));
    gb += e;
  }
  w.forEach((_, j) => (w[j] -= (0.5 * gw[j]) / split));
  b -= (0.5 * gb) / split;
}

const test = rows.map((_, i) => i).slice(split);
const scores = test.map((i) => predict(x[i]));
const preds = scores.map((s) => (s >= 0.5 ? 1 : 0));
const labels = test.map((i) => y[i]);
const tp = preds.filter((p, k) => p === 1 && labels[k] === 1).length;
const fp = preds.filter((p, k) => p === 1 && labels[k] === 0).length;
const fn = preds.filter((p, k) => p === 0 && labels[k] === 1).length;
const order = scores.map((s, k) => [s, labels[k]]).sort((p, q) => p[0] - q[0]);
let negatives = 0;
let area = 0;
for (const [, l] of order) l ? (area += negatives) : negatives++;
const positives = labels.length - negatives;
const metrics = {
  accuracy: +(preds.filter((p, k) => p === labels[k]).length / labels.length).toFixed(6),
  f1: +((2 * tp) / (2 * tp + fp + fn) || 0).toFixed(6),
  roc_auc: +(area / (positives * negatives)).toFixed(6),
  log_loss: +(-labels.reduce((a, l, k) => a + (l ? Math.log(scores[k]) : Math.log(1 - scores[k])), 0) / labels.length).toFixed(6),
};
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'model.json'), JSON.stringify({ features, weights: w, bias: b, standardisation: stats }, null, 2));
writeFileSync(path.join(out, 'metrics.json'), JSON.stringify(metrics, null, 2));
writeFileSync(path.join(out, 'predictions.csv'), ['id,label,prediction,score', ...test.map((i, k) => `${rows[i][id]},${y[i]},${preds[k]},${scores[k].toFixed(6)}`)].join('\n') + '\n');
console.log(`trained on ${split} rows, ${features.length} features: ${JSON.stringify(metrics)}`);
