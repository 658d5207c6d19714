// Model quality on labelled rows, defined as scikit-learn 1.2 defines it (and as train-gate reads it):
// accuracy_score; precision_score, recall_score and f1_score of the positive class (zero_division → 0);
// roc_auc_score and log_loss of the positive class's score; mean_absolute_error, the root of
// mean_squared_error, r2_score.
import { argsort } from '../stats/arrays.js';

export const QUALITY_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'] as const;
export type QualityMetric = (typeof QUALITY_METRICS)[number];
export type Task = 'classification' | 'regression';

export const TASK_OF: Record<QualityMetric, Task> = {
  accuracy: 'classification', precision: 'classification', recall: 'classification', f1: 'classification', roc_auc: 'classification', log_loss: 'classification',
  mae: 'regression', rmse: 'regression', r2: 'regression',
};
export const HIGHER_IS_BETTER: Record<QualityMetric, boolean> = { accuracy: true, precision: true, recall: true, f1: true, roc_auc: true, log_loss: false, mae: false, rmse: false, r2: true };
/** Metrics of the score column; the others read the prediction column. */
export const SCORE_METRICS: ReadonlySet<QualityMetric> = new Set(['roc_auc', 'log_loss']);

/** Labelled rows of a classifier: per row, whether the label is the positive class, whether the prediction is, and whether they agree. */
export interface ClassificationSample {
  task: 'classification';
  n: number;
  actual: Uint8Array;
  predicted?: Uint8Array;
  correct?: Uint8Array;
  score?: Float64Array;
}

export interface RegressionSample {
  task: 'regression';
  n: number;
  y: Float64Array;
  yhat: Float64Array;
}

export type QualitySample = ClassificationSample | RegressionSample;

/** Counts of the positive class's confusion matrix, and of rows predicted right (any class). */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  correct: number;
}

// A sample's confusion matrix and ROC AUC are read by several metrics and intervals: computed once.
const confusions = new WeakMap<ClassificationSample, Confusion>();
const aucs = new WeakMap<ClassificationSample, { auc: number; variance: number }>();

export function confusionOf(sample: ClassificationSample): Confusion {
  const known = confusions.get(sample);
  if (known) return known;
  const { actual, predicted, correct } = sample;
  const out = { tp: 0, fp: 0, fn: 0, tn: 0, correct: 0 };
  for (let i = 0; i < sample.n && predicted && correct; i++) {
    out.correct += correct[i]!;
    if (actual[i]) predicted[i] ? out.tp++ : out.fn++;
    else predicted[i] ? out.fp++ : out.tn++;
  }
  confusions.set(sample, out);
  return out;
}

/** The sample's ROC AUC and DeLong's variance of it (rocAuc), of its score column. */
export function aucOf(sample: ClassificationSample): { auc: number; variance: number } {
  let known = aucs.get(sample);
  if (!known) aucs.set(sample, (known = rocAuc(sample.actual, sample.score!, sample.n)));
  return known;
}

/** A proportion of the confusion matrix: successes over trials (the metric is 0 where there are no trials). */
export function proportionOf(metric: 'accuracy' | 'precision' | 'recall', c: Confusion): [number, number] {
  if (metric === 'accuracy') return [c.correct, c.tp + c.fp + c.fn + c.tn];
  return metric === 'precision' ? [c.tp, c.tp + c.fp] : [c.tp, c.tp + c.fn];
}

export function f1Of(c: Pick<Confusion, 'tp' | 'fp' | 'fn'>): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** Row indices by ascending score: a comparison sort for a small sample, the radix argsort (4 passes over 2^16 buckets) for a large one. */
function ascending(score: Float64Array, n: number): Uint32Array {
  if (n > 1 << 14) return argsort(score.subarray(0, n));
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((i, j) => score[i]! - score[j]!);
}

/**
 * ROC AUC (the Mann–Whitney probability, ties counting ½) and DeLong's variance of it (DeLong, DeLong &
 * Clarke-Pearson 1988): from each positive's share of negatives scoring below it and each negative's share
 * of positives scoring above it. One pass over the scores in order: a tie group shares its placements.
 */
export function rocAuc(actual: Uint8Array, score: Float64Array, n: number): { auc: number; variance: number } {
  const order = ascending(score, n);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += actual[i]!;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return { auc: NaN, variance: NaN };
  // Groups of equal scores: [end, positives in it]; first pass for the area, second for the variances.
  const groups: number[] = [];
  let area = 0;
  let negativesBelow = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    let groupPositives = 0;
    while (end < n && score[order[end]!] === score[order[start]!]) groupPositives += actual[order[end++]!]!;
    const groupNegatives = end - start - groupPositives;
    area += groupPositives * (negativesBelow + groupNegatives / 2);
    negativesBelow += groupNegatives;
    groups.push(end - start, groupPositives);
    start = end;
  }
  const auc = area / (positives * negatives);
  let s10 = 0;
  let s01 = 0;
  let below = 0;
  let positivesBelow = 0;
  for (let g = 0; g < groups.length; g += 2) {
    const groupPositives = groups[g + 1]!;
    const groupNegatives = groups[g]! - groupPositives;
    const v10 = (below + groupNegatives / 2) / negatives;
    const v01 = (positives - positivesBelow - groupPositives / 2) / positives;
    s10 += groupPositives * (v10 - auc) ** 2;
    s01 += groupNegatives * (v01 - auc) ** 2;
    below += groupNegatives;
    positivesBelow += groupPositives;
  }
  const variance = (positives > 1 ? s10 / (positives - 1) / positives : 0) + (negatives > 1 ? s01 / (negatives - 1) / negatives : 0);
  return { auc, variance };
}

/** log_loss's clipping (scikit-learn 1.2, eps="auto": the float64 machine epsilon). */
const EPS = 2 ** -52;

/** Each row's log loss −[a·ln p + (1 − a)·ln(1 − p)], p clipped to [ε, 1 − ε]. */
export function rowLogLoss(actual: Uint8Array, score: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - EPS, Math.max(EPS, score[i]!));
    out[i] = -Math.log(actual[i] ? p : 1 - p);
  }
  return out;
}

const mean = (x: Float64Array) => x.reduce((a, b) => a + b, 0) / x.length;

/** r2_score: 1 − SS_res/SS_tot; with a constant target 1 when the fit is perfect, else 0 (force_finite). */
export function r2Of(sse: number, sst: number): number {
  if (sst === 0) return sse === 0 ? 1 : 0;
  return 1 - sse / sst;
}

/** The metric on all of the sample's rows; NaN where it is undefined (ROC AUC of one class). */
export function metricValue(sample: QualitySample, metric: QualityMetric): number {
  if (sample.task === 'regression') {
    const { y, yhat, n } = sample;
    let absolute = 0;
    let squares = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = y[i]! - yhat[i]!;
      absolute += Math.abs(e);
      squares += e * e;
      sum += y[i]!;
    }
    if (metric === 'mae') return absolute / n;
    if (metric === 'rmse') return Math.sqrt(squares / n);
    const average = sum / n;
    let total = 0;
    for (let i = 0; i < n; i++) total += (y[i]! - average) ** 2;
    return r2Of(squares, total);
  }
  switch (metric) {
    case 'roc_auc':
      return aucOf(sample).auc;
    case 'log_loss':
      return mean(rowLogLoss(sample.actual, sample.score!, sample.n));
    case 'f1':
      return f1Of(confusionOf(sample));
    default: {
      const [k, n] = proportionOf(metric as 'accuracy' | 'precision' | 'recall', confusionOf(sample));
      return n === 0 ? 0 : k / n;
    }
  }
}
