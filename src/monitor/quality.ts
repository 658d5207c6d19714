// Quality on the labelled current rows against a baseline: the change (current − baseline) of each
// metric, an interval for it, and a verdict in train-gate's manner (src/metrics/verdict.ts), judged on
// the interval and never on the point estimate. Against reference data the two samples are independent:
// - accuracy, precision, recall: Newcombe's hybrid score interval for a difference of proportions;
// - ROC AUC: the normal interval with DeLong's variances added (unpaired DeLong);
// - F1, log loss, MAE, RMSE, R²: the unpaired percentile bootstrap (resample.ts, stats/poisson-bootstrap.ts).
// Against a recorded number (registry, file) the interval is the current metric's own (Wilson's for a
// proportion) less that number.
import { percentileBounds } from '../stats/paired.js';
import { weightedSums } from '../stats/poisson-bootstrap.js';
import { aucOf, confusionOf, f1Of, HIGHER_IS_BETTER, metricValue, proportionOf, r2Of, rowLogLoss, SCORE_METRICS, type ClassificationSample, type QualityMetric, type QualitySample, type Task } from './metrics.js';
import { newcombe, wilson, zFor } from './intervals.js';
import type { MonitoredRows } from './read.js';
import { confusionResamples, streamSeed } from './resample.js';

/** Fewer labelled rows than this give "not enough labels", never a verdict. */
export const MIN_LABELS = 30;

export type QualityVerdict = 'decayed' | 'held' | 'inconclusive' | 'not-enough-labels' | 'no-baseline';
export type IntervalMethod = 'newcombe' | 'wilson' | 'delong' | 'bootstrap';

export interface QualityRow {
  metric: QualityMetric;
  baseline: number | null;
  current: number | null;
  /** current − baseline, and the interval of that change. */
  delta: number | null;
  low: number | null;
  high: number | null;
  /** The tolerated drop (for mae, rmse, log_loss: rise). */
  tolerance: number;
  verdict: QualityVerdict;
  interval?: IntervalMethod;
}

export interface QualityOptions {
  metrics: QualityMetric[];
  tolerances: ReadonlyMap<QualityMetric, number>;
  confidence: number;
  samples: number;
  seed: number;
}

/** The baseline: labelled reference rows, or recorded metric values. */
export type Baseline = { sample: QualitySample } | { values: ReadonlyMap<string, number> };

/** decayed: the whole interval is worse than the tolerance; held: none of it is; inconclusive otherwise. */
export function judge(metric: QualityMetric, low: number, high: number, tolerance: number): 'decayed' | 'held' | 'inconclusive' {
  const [lo, hi] = HIGHER_IS_BETTER[metric] ? [low, high] : [-high, -low];
  if (hi < -tolerance) return 'decayed';
  if (lo >= -tolerance) return 'held';
  return 'inconclusive';
}

/** Per resample, the values of the bootstrap metrics on one side's resampled rows. */
async function sideResamples(sample: QualitySample, metrics: QualityMetric[], samples: number, seed: number): Promise<Map<QualityMetric, Float64Array>> {
  const out = new Map<QualityMetric, Float64Array>();
  const each = (f: (s: number) => number) => Float64Array.from({ length: samples }, (_, s) => f(s));
  if (sample.task === 'classification') {
    if (metrics.includes('f1')) {
      const c = confusionOf(sample);
      const draws = confusionResamples([c.tp, c.fp, c.fn, c.tn], samples, seed);
      out.set('f1', each((s) => f1Of({ tp: draws[4 * s]!, fp: draws[4 * s + 1]!, fn: draws[4 * s + 2]! })));
    }
    if (metrics.includes('log_loss')) {
      const sums = await weightedSums([rowLogLoss(sample.actual, sample.score!, sample.n)], samples, seed);
      out.set('log_loss', each((s) => sums[2 * s]! / sums[2 * s + 1]!));
    }
    return out;
  }
  // Only the columns the metrics read: |e| (MAE), e² (RMSE, R²), and the target centred on its mean and
  // its square (R²'s spread, centred so that it keeps its digits).
  const { y, yhat, n } = sample;
  const wanted = { mae: metrics.includes('mae'), squares: metrics.includes('rmse') || metrics.includes('r2'), r2: metrics.includes('r2') };
  if (!wanted.mae && !wanted.squares) return out;
  const average = y.reduce((a, b) => a + b, 0) / n;
  const columns: Float64Array[] = [];
  const column = (f: (i: number) => number) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = f(i);
    return columns.push(values) - 1;
  };
  const absolute = wanted.mae ? column((i) => Math.abs(y[i]! - yhat[i]!)) : -1;
  const squares = wanted.squares ? column((i) => (y[i]! - yhat[i]!) ** 2) : -1;
  const centred = wanted.r2 ? column((i) => y[i]! - average) : -1;
  const centredSquares = wanted.r2 ? column((i) => (y[i]! - average) ** 2) : -1;
  const width = columns.length + 1;
  const sums = await weightedSums(columns, samples, seed);
  const at = (s: number, k: number) => sums[width * s + k]!;
  const total = (s: number) => at(s, width - 1);
  if (wanted.mae) out.set('mae', each((s) => at(s, absolute) / total(s)));
  if (metrics.includes('rmse')) out.set('rmse', each((s) => Math.sqrt(at(s, squares) / total(s))));
  if (wanted.r2) out.set('r2', each((s) => r2Of(at(s, squares), at(s, centredSquares) - at(s, centred) ** 2 / total(s))));
  return out;
}

export async function assessQuality(current: QualitySample, baseline: Baseline, options: QualityOptions): Promise<QualityRow[]> {
  const z = zFor(options.confidence);
  const alpha = 1 - options.confidence;
  const reference = 'sample' in baseline ? baseline.sample : undefined;
  const bootstrapped = options.metrics.filter((m) => m === 'f1' || m === 'log_loss' || m === 'mae' || m === 'rmse' || m === 'r2');
  const enough = current.n >= MIN_LABELS && (!reference || reference.n >= MIN_LABELS);
  const [currentResamples, referenceResamples] = enough
    ? await Promise.all([sideResamples(current, bootstrapped, options.samples, streamSeed(options.seed, 0)), reference ? sideResamples(reference, bootstrapped, options.samples, streamSeed(options.seed, 1)) : undefined])
    : [new Map<QualityMetric, Float64Array>(), undefined];

  return options.metrics.map((metric): QualityRow => {
    const tolerance = options.tolerances.get(metric) ?? 0.01;
    const value = current.n > 0 ? metricValue(current, metric) : NaN;
    const baseValue = reference ? (reference.n > 0 ? metricValue(reference, metric) : NaN) : 'values' in baseline ? baseline.values.get(metric) : undefined;
    const row: QualityRow = { metric, baseline: finite(baseValue), current: finite(value), delta: null, low: null, high: null, tolerance, verdict: 'inconclusive' };
    if (!enough) return { ...row, verdict: 'not-enough-labels' };
    if (row.baseline === null) return { ...row, verdict: 'no-baseline' };
    if (row.current === null) return row;
    const delta = row.current - row.baseline;
    let interval: [number, number];
    let method: IntervalMethod;
    if (metric === 'accuracy' || metric === 'precision' || metric === 'recall') {
      const [k, n] = proportionOf(metric, confusionOf(current as ClassificationSample));
      if (reference) {
        const [kb, nb] = proportionOf(metric, confusionOf(reference as ClassificationSample));
        [interval, method] = [newcombe(k, n, kb, nb, z), 'newcombe'];
      } else {
        const [l, u] = wilson(k, n, z);
        [interval, method] = [[l - row.baseline, u - row.baseline], 'wilson'];
      }
    } else if (metric === 'roc_auc') {
      const variance = aucOf(current as ClassificationSample).variance + (reference ? aucOf(reference as ClassificationSample).variance : 0);
      const half = z * Math.sqrt(variance);
      [interval, method] = [[delta - half, delta + half], 'delong'];
    } else {
      const mine = currentResamples.get(metric)!;
      const theirs = referenceResamples?.get(metric);
      [interval, method] = [percentileBounds(mine.map((x, s) => x - (theirs ? theirs[s]! : row.baseline!)), alpha), 'bootstrap'];
    }
    const [low, high] = interval;
    return { ...row, delta, low, high, interval: method, verdict: Number.isNaN(low) || Number.isNaN(high) ? 'inconclusive' : judge(metric, low, high, tolerance) };
  });
}

const finite = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/** What each row offers quality: 0 no label yet, 1 a label but no prediction or score to judge, 2 usable. */
export function rowStatus(rows: MonitoredRows, task: Task, metrics: QualityMetric[]): Uint8Array {
  const status = new Uint8Array(rows.length);
  const needsPrediction = metrics.some((m) => !SCORE_METRICS.has(m));
  const needsScore = metrics.some((m) => SCORE_METRICS.has(m));
  for (let i = 0; i < rows.length; i++) {
    if (rows.target![i] === -1) continue;
    const predicted = !needsPrediction || (task === 'regression' ? !Number.isNaN(rows.predictionValues![i]!) : rows.prediction![i] !== -1);
    const scored = !needsScore || !Number.isNaN(rows.score![i]!);
    status[i] = predicted && scored ? 2 : 1;
  }
  return status;
}

/** The rows `indices` as a quality sample: the positive class by its label code (classification). */
export function sampleOf(rows: MonitoredRows, indices: ArrayLike<number>, task: Task, positive: number): QualitySample {
  const n = indices.length;
  if (task === 'regression') {
    const [y, yhat] = [new Float64Array(n), new Float64Array(n)];
    for (let k = 0; k < n; k++) {
      y[k] = rows.targetValues![indices[k]!]!;
      yhat[k] = rows.predictionValues?.[indices[k]!] ?? NaN;
    }
    return { task, n, y, yhat };
  }
  const actual = new Uint8Array(n);
  const predicted = rows.prediction && new Uint8Array(n);
  const correct = rows.prediction && new Uint8Array(n);
  const score = rows.score && new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    actual[k] = rows.target![i] === positive ? 1 : 0;
    if (predicted && correct) {
      predicted[k] = rows.prediction![i] === positive ? 1 : 0;
      correct[k] = rows.prediction![i] === rows.target![i] ? 1 : 0;
    }
    if (score) score[k] = rows.score![i]!;
  }
  return { task, n, actual, predicted, correct, score };
}

/** Indices of the rows whose status is 2 (usable for quality). */
export function usableRows(status: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < status.length; i++) count += status[i] === 2 ? 1 : 0;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < status.length; i++) if (status[i] === 2) out[k++] = i;
  return out;
}
