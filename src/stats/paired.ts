// Paired comparison of two models on the same examples: McNemar's exact test for classifiers, and a
// seeded paired bootstrap percentile interval for the delta (candidate − baseline) of each metric:
// exact multinomial resampling for accuracy and F1, the Poisson bootstrap (poisson-bootstrap.ts) for
// ROC AUC, MAE and RMSE.
import betaincModule from '@stdlib/math-base-special-betainc';
import binomialModule from '@stdlib/random-base-binomial';
import { scoreOrder, toNumbers } from './arrays.js';
import { poissonBootstrap } from './poisson-bootstrap.js';

const betainc = betaincModule as (x: number, a: number, b: number, regularized?: boolean, upper?: boolean) => number;
const binomialFactory = (binomialModule as unknown as { factory: (options: { seed: number }) => (n: number, p: number) => number }).factory;

export type PairedMetric = 'accuracy' | 'f1' | 'roc_auc' | 'mae' | 'rmse';
export const HIGHER_IS_BETTER: Record<PairedMetric, boolean> = { accuracy: true, f1: true, roc_auc: true, mae: false, rmse: false };

/** Both models' outputs for the same examples, in the same order. */
export interface PairedData {
  labels: string[];
  /** The positive class for binary metrics (F1, ROC AUC). */
  positive?: string;
  candidate: { predictions?: string[]; scores?: Float64Array };
  baseline: { predictions?: string[]; scores?: Float64Array };
}

/** statsmodels mcnemar(table, exact=True): statistic min(b, c), p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½). */
export function mcnemarExact(b: number, c: number): { statistic: number; pValue: number } {
  const n = b + c;
  const k = Math.min(b, c);
  // Binomial CDF as the regularised incomplete beta: P(X ≤ k) = I_{1/2}(n − k, k + 1).
  const cdf = k >= n ? 1 : betainc(0.5, n - k, k + 1, true, false);
  return { statistic: k, pValue: Math.min(1, 2 * cdf) };
}

/** sklearn's metrics, optionally with a count per example (the bootstrap's resample weights). */
export const metric = {
  accuracy(labels: string[], predictions: string[], w?: Uint32Array): number {
    let correct = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const weight = w ? w[i]! : 1;
      total += weight;
      if (labels[i] === predictions[i]) correct += weight;
    }
    return correct / total;
  },
  f1(labels: string[], predictions: string[], positive: string, w?: Uint32Array): number {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < labels.length; i++) {
      const weight = w ? w[i]! : 1;
      const actual = labels[i] === positive;
      const predicted = predictions[i] === positive;
      if (actual && predicted) tp += weight;
      else if (predicted) fp += weight;
      else if (actual) fn += weight;
    }
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  },
  /** ROC AUC as the Mann–Whitney probability P(score_pos > score_neg) + ½P(=), ties averaged (sklearn roc_auc_score). */
  rocAuc(labels: string[], scores: Float64Array, positive: string, order: Uint32Array, w?: Uint32Array): number {
    let negativesBelow = 0;
    let area = 0;
    let positives = 0;
    for (let start = 0; start < order.length; ) {
      let end = start;
      let groupPos = 0;
      let groupNeg = 0;
      while (end < order.length && scores[order[end]!] === scores[order[start]!]) {
        const i = order[end]!;
        const weight = w ? w[i]! : 1;
        if (labels[i] === positive) groupPos += weight;
        else groupNeg += weight;
        end++;
      }
      area += groupPos * (negativesBelow + groupNeg / 2);
      negativesBelow += groupNeg;
      positives += groupPos;
      start = end;
    }
    return positives === 0 || negativesBelow === 0 ? NaN : area / (positives * negativesBelow);
  },
  mae(labels: Float64Array, predictions: Float64Array, w?: Uint32Array): number {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const weight = w ? w[i]! : 1;
      sum += weight * Math.abs(labels[i]! - predictions[i]!);
      total += weight;
    }
    return sum / total;
  },
  rmse(labels: Float64Array, predictions: Float64Array, w?: Uint32Array): number {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const weight = w ? w[i]! : 1;
      sum += weight * (labels[i]! - predictions[i]!) ** 2;
      total += weight;
    }
    return Math.sqrt(sum / total);
  },
};

export interface Interval {
  metric: PairedMetric;
  candidate: number;
  baseline: number;
  delta: number;
  low: number;
  high: number;
}

/** numpy.percentile's default (linear interpolation) on a sorted sample. */
function percentile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Each model's value of the metric on all the examples: the centre the interval is about. */
function pointEstimates(data: PairedData, name: PairedMetric): [number, number] {
  const { labels, positive = '1' } = data;
  const y = name === 'mae' || name === 'rmse' ? toNumbers(labels) : undefined;
  const value = (model: PairedData['candidate']): number => {
    switch (name) {
      case 'accuracy':
        return metric.accuracy(labels, model.predictions!);
      case 'f1':
        return metric.f1(labels, model.predictions!, positive);
      case 'roc_auc':
        return metric.rocAuc(labels, model.scores!, positive, scoreOrder(model.scores!));
      default:
        return metric[name](y!, toNumbers(model.predictions!));
    }
  };
  return [value(data.candidate), value(data.baseline)];
}

/**
 * Accuracy and F1 depend only on how many examples fall in each joint category (label, candidate
 * right/positive, baseline right/positive); resampling n examples is then a multinomial draw over those
 * categories, which gives the same distribution as drawing indices at O(categories) per resample.
 */
function categoricalBootstrap(data: PairedData, names: PairedMetric[], samples: number, seed: number): Map<PairedMetric, Float64Array> {
  const { labels, positive = '1' } = data;
  const cp = data.candidate.predictions!;
  const bp = data.baseline.predictions!;
  // code bits: 0 cand correct, 1 base correct, 2 label positive, 3 cand predicts positive, 4 base predicts positive
  const counts = new Float64Array(32);
  for (let i = 0; i < labels.length; i++) {
    counts[(+(cp[i] === labels[i])) | (+(bp[i] === labels[i]) << 1) | (+(labels[i] === positive) << 2) | (+(cp[i] === positive) << 3) | (+(bp[i] === positive) << 4)]!++;
  }
  const n = labels.length;
  const binomial = binomialFactory({ seed });
  const draw = new Float64Array(32);
  const out = new Map(names.map((m) => [m, new Float64Array(samples)] as const));
  const score = (c: Float64Array, model: 0 | 1, name: PairedMetric) => {
    let correct = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let code = 0; code < 32; code++) {
      const k = c[code]!;
      if (k === 0) continue;
      if (code & (1 << model)) correct += k;
      const actual = (code & 4) !== 0;
      const predicted = (code & (model === 0 ? 8 : 16)) !== 0;
      if (actual && predicted) tp += k;
      else if (predicted) fp += k;
      else if (actual) fn += k;
    }
    return name === 'accuracy' ? correct / n : tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  for (let s = 0; s < samples; s++) {
    let left = n;
    let mass = 1;
    for (let code = 0; code < 32; code++) {
      const p = counts[code]! / n;
      if (p === 0 || left === 0) {
        draw[code] = 0;
        continue;
      }
      const k = p >= mass ? left : binomial(left, Math.min(1, p / mass));
      draw[code] = k;
      left -= k;
      mass -= p;
    }
    for (const name of names) out.get(name)![s] = score(draw, 0, name) - score(draw, 1, name);
  }
  return out;
}

export async function pairedBootstrap(data: PairedData, names: PairedMetric[], options: { samples: number; confidence: number; seed: number }): Promise<Interval[]> {
  const isCategorical = (m: PairedMetric) => m === 'accuracy' || m === 'f1';
  const categorical = names.filter(isCategorical);
  const other = names.filter((m) => !isCategorical(m));
  const deltas = new Map([...categoricalBootstrap(data, categorical, options.samples, options.seed), ...(await poissonBootstrap(data, other, options.samples, options.seed))]);
  const alpha = 1 - options.confidence;
  return names.map((name) => {
    const [candidate, baseline] = pointEstimates(data, name);
    const sorted = deltas.get(name)!.filter((x) => !Number.isNaN(x)).sort();
    return { metric: name, candidate, baseline, delta: candidate - baseline, low: percentile(sorted, alpha / 2), high: percentile(sorted, 1 - alpha / 2) };
  });
}
