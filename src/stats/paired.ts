// Paired comparison of two models on the same examples: McNemar's exact test for classifiers, and a
// seeded paired bootstrap percentile interval for the delta (candidate − baseline) of each metric. Every
// metric uses the Poisson bootstrap (each example weighted by an independent Poisson(1) count): for
// accuracy and F1, which depend only on counts per joint outcome, summed per outcome (a Poisson(count)
// draw each); for ROC AUC, MAE and RMSE, per example in WebAssembly (poisson-bootstrap.ts). Slices
// (subsets of the examples, one slice per example in each slicing) are read from the same resamples as
// the whole: slicing does not multiply the resampling.
//
// simple-statistics gives the percentiles of the resampled deltas (quantileSorted: numpy's linear
// interpolation); the resampling loops stay ours (typed arrays, WebAssembly), and McNemar's binomial
// tail comes from stdlib's incomplete beta, precise where p-values live.
import betaincModule from '@stdlib/math-base-special-betainc';
import { quantileSorted } from 'simple-statistics';
import { rememberScoreOrder, scoreOrder, toNumbers } from './arrays.js';
import { poissonBootstrap, wholeCells, type Cells } from './poisson-bootstrap.js';
import { HIGHER_IS_BETTER, type PairedData, type PairedMetric } from './paired-data.js';
import { fmix32, mulberry32 } from './random.js';

const betainc = betaincModule as (x: number, a: number, b: number, regularized?: boolean, upper?: boolean) => number;

/** The discordant pairs: b examples only the candidate gets right, c only the baseline. */
export function discordantPairs(data: PairedData): { b: number; c: number } {
  let b = 0;
  let c = 0;
  data.labels.forEach((label, i) => {
    const candidateRight = data.candidate.predictions![i] === label;
    if (candidateRight !== (data.baseline.predictions![i] === label)) candidateRight ? b++ : c++;
  });
  return { b, c };
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

/**
 * A 32-bit generator seed from any whole-number seed (0 and seeds of 2^32 and more included): the low
 * and high words through Murmur3's finaliser, a bijection on 32 bits, so seeds below 2^32 stay distinct.
 */
export function seed32(seed: number): number {
  return fmix32((seed >>> 0) ^ fmix32(Math.floor(seed / 2 ** 32) >>> 0));
}

/** The slice of each example in one slicing (0 … count − 1). */
export interface Slicing {
  count: number;
  of: Uint32Array;
}

/** The cells of a set of slicings: examples sharing their slice in every slicing (see poisson-bootstrap.ts). */
export function cellsOf(n: number, slicings: readonly Slicing[]): Cells {
  if (slicings.length === 0) return wholeCells(n);
  const firsts: number[] = [];
  let groupCount = 1;
  for (const slicing of slicings) {
    firsts.push(groupCount);
    groupCount += slicing.count;
  }
  // A cell's key: its slices in mixed radix while that stays exact, else as text.
  const exact = slicings.reduce((product, slicing) => product * slicing.count, 1) <= Number.MAX_SAFE_INTEGER;
  const of = new Uint32Array(n);
  const index = new Map<number | string, number>();
  const groups: number[] = [];
  for (let i = 0; i < n; i++) {
    let key: number | string = 0;
    if (exact) for (const slicing of slicings) key = key * slicing.count + slicing.of[i]!;
    else key = slicings.map((slicing) => slicing.of[i]).join(',');
    let cell = index.get(key);
    if (cell === undefined) {
      index.set(key, (cell = index.size));
      groups.push(0, ...slicings.map((slicing, p) => firsts[p]! + slicing.of[i]!));
    }
    of[i] = cell;
  }
  return {
    count: index.size,
    of,
    groups: Uint32Array.from(groups),
    perCell: slicings.length + 1,
    groupCount,
    slicings: slicings.map((slicing, p) => ({ groupOf: slicing.of.map((slice) => firsts[p]! + slice), count: slicing.count, first: firsts[p]! })),
  };
}

/**
 * Each slice's examples as paired data of their own, in one pass per column over all the slices. A
 * slice's score order is the whole's with the other slices' examples left out (the same stable order a
 * sort of the slice would give), remembered for scoreOrder: a slice's ROC AUC needs no sort of its own.
 */
export function slicesOf(data: PairedData, slicing: Slicing): PairedData[] {
  const n = data.labels.length;
  const sizes = new Uint32Array(slicing.count);
  const local = new Uint32Array(n);
  for (let i = 0; i < n; i++) local[i] = sizes[slicing.of[i]!]!++;
  // Two copies of one loop, so that each stays monomorphic (strings, doubles).
  const pick = (values: string[]): string[][] => {
    const out = Array.from(sizes, (size) => new Array<string>(size));
    for (let i = 0; i < n; i++) out[slicing.of[i]!]![local[i]!] = values[i]!;
    return out;
  };
  const pickNumbers = (values: Float64Array): Float64Array[] => {
    const out = Array.from(sizes, (size) => new Float64Array(size));
    for (let i = 0; i < n; i++) out[slicing.of[i]!]![local[i]!] = values[i]!;
    return out;
  };
  const side = (model: PairedData['candidate']) => {
    const [predictions, scores] = [model.predictions && pick(model.predictions), model.scores && pickNumbers(model.scores)];
    if (model.scores) {
      const orders = Array.from(sizes, (size) => new Uint32Array(size));
      const filled = new Uint32Array(slicing.count);
      for (const i of scoreOrder(model.scores)) orders[slicing.of[i]!]![filled[slicing.of[i]!]!++] = local[i]!;
      orders.forEach((order, s) => rememberScoreOrder(scores![s]!, order));
    }
    return (s: number) => ({ predictions: predictions?.[s], scores: scores?.[s] });
  };
  const [labels, candidate, baseline] = [pick(data.labels), side(data.candidate), side(data.baseline)];
  return labels.map((sliceLabels, s) => ({ labels: sliceLabels, positive: data.positive, candidate: candidate(s), baseline: baseline(s) }));
}

/** Each model's value of the metric on all the examples: the centre the interval is about. */
export function pointEstimates(data: PairedData, name: PairedMetric): [number, number] {
  const { labels, positive = '1' } = data;
  const y = name === 'mae' || name === 'rmse' ? toNumbers(labels) : undefined;
  const value = (model: PairedData['candidate']): number => {
    switch (name) {
      case 'accuracy':
        return metric.accuracy(labels, model.predictions!);
      case 'f1':
        return metric.f1(labels, model.predictions!, positive);
      case 'roc_auc':
        return labels.length === 0 ? NaN : metric.rocAuc(labels, model.scores!, positive, scoreOrder(model.scores!));
      default:
        return metric[name](y!, toNumbers(model.predictions!));
    }
  };
  return [value(data.candidate), value(data.baseline)];
}

/**
 * Draws from Poisson(λ) for a fixed λ by inverting its CDF, tabulated once over λ ± 10√λ (the mass
 * outside is below 1e-20): one uniform and a binary search per draw, where a rejection sampler would
 * spend logarithms on every draw.
 */
function poissonTable(lambda: number): Float64Array {
  const lo = Math.max(0, Math.floor(lambda - 10 * Math.sqrt(lambda) - 10));
  const hi = Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10);
  const cdf = new Float64Array(hi - lo + 2);
  cdf[0] = lo; // the table's first value, then the cumulative probabilities from it
  // P(k + 1) = P(k)·λ/(k + 1) from P(lo) taken as 1 (at most e^60 from the peak: no overflow), then normalised.
  let pmf = 1;
  let sum = 0;
  for (let k = lo; k <= hi; k++) {
    cdf[k - lo + 1] = sum += pmf;
    pmf *= lambda / (k + 1);
  }
  for (let j = 1; j < cdf.length; j++) cdf[j]! /= sum;
  return cdf;
}

function drawPoisson(table: Float64Array, u: number): number {
  let lo = 1;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return table[0]! + lo - 1;
}

/**
 * Accuracy and F1 depend only on how many examples fall in each joint category (label, candidate
 * right/positive, baseline right/positive). Summing each example's Poisson(1) weight over a category
 * gives one Poisson(count) draw per category and resample: O(categories), not O(examples). With slices
 * the categories are (cell, joint category), and each group (all, each slice) sums its cells.
 */
function categoricalBootstrap(data: PairedData, names: PairedMetric[], samples: number, seed: number, cells: Cells): Map<PairedMetric, Float64Array[]> {
  const out = new Map(names.map((m) => [m, Array.from({ length: cells.groupCount }, () => new Float64Array(samples))] as const));
  if (names.length === 0) return out;
  const { labels, positive = '1' } = data;
  const cp = data.candidate.predictions!;
  const bp = data.baseline.predictions!;
  // code bits: 0 cand correct, 1 base correct, 2 label positive, 3 cand predicts positive, 4 base predicts positive
  const counts = new Float64Array(32 * cells.count);
  for (let i = 0; i < labels.length; i++) {
    counts[32 * cells.of[i]! + ((+(cp[i] === labels[i])) | (+(bp[i] === labels[i]) << 1) | (+(labels[i] === positive) << 2) | (+(cp[i] === positive) << 3) | (+(bp[i] === positive) << 4))]!++;
  }
  const present = Uint32Array.from(counts.keys()).filter((e) => counts[e]! > 0);
  const tables = new Map<number, Float64Array>();
  const tableOf = Array.from(present, (e) => tables.get(counts[e]!) ?? tables.set(counts[e]!, poissonTable(counts[e]!)).get(counts[e]!)!);
  const random = mulberry32(seed32(seed));
  const groupCounts = new Float64Array(32 * cells.groupCount);
  const accuracy = out.get('accuracy');
  const f1 = out.get('f1');
  const f1Of = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  /** Both models' accuracy and F1 in group g from its 32 outcome counts, in one pass. */
  const score = (g: number, s: number) => {
    let total = 0;
    let right = 0; // candidate right − baseline right
    let [ctp, cfp, cfn, btp, bfp, bfn] = [0, 0, 0, 0, 0, 0];
    for (let code = 0, at = 32 * g; code < 32; code++) {
      const k = groupCounts[at + code]!;
      if (k === 0) continue;
      total += k;
      right += ((code & 1) - ((code >> 1) & 1)) * k;
      if (code & 4) {
        if (code & 8) ctp += k;
        else cfn += k;
        if (code & 16) btp += k;
        else bfn += k;
      } else {
        if (code & 8) cfp += k;
        if (code & 16) bfp += k;
      }
    }
    if (accuracy) accuracy[g]![s] = total === 0 ? NaN : right / total;
    if (f1) f1[g]![s] = total === 0 ? NaN : f1Of(ctp, cfp, cfn) - f1Of(btp, bfp, bfn);
  };
  const groups = cells.groups;
  const perCell = cells.perCell;
  for (let s = 0; s < samples; s++) {
    groupCounts.fill(0);
    for (let j = 0; j < present.length; j++) {
      // A 53-bit uniform from two 32-bit draws, so the table's tails are reached.
      const k = drawPoisson(tableOf[j]!, (random() * 2 ** 32 * 2 ** 21 + Math.floor(random() * 2 ** 21)) / 2 ** 53);
      if (k === 0) continue;
      const e = present[j]!;
      const cell = e >>> 5;
      for (let g = 0; g < perCell; g++) groupCounts[32 * groups[cell * perCell + g]! + (e & 31)]! += k;
    }
    for (let g = 0; g < cells.groupCount; g++) score(g, s);
  }
  return out;
}

const isCategorical = (m: PairedMetric) => m === 'accuracy' || m === 'f1';

/**
 * The resampled deltas (candidate − baseline) of each metric per group: 0 for all examples, then each
 * slice of each slicing in order (see cellsOf); NaN where a resample leaves the metric undefined.
 */
export async function bootstrapDeltas(data: PairedData, names: PairedMetric[], options: { samples: number; seed: number; slicings?: readonly Slicing[] }): Promise<Map<PairedMetric, Float64Array[]>> {
  const cells = cellsOf(data.labels.length, options.slicings ?? []);
  return new Map([
    ...categoricalBootstrap(data, names.filter(isCategorical), options.samples, options.seed, cells),
    ...(await poissonBootstrap(data, names.filter((m) => !isCategorical(m)), options.samples, seed32(options.seed), undefined, cells)),
  ]);
}

/** The percentile interval at 1 − alpha of resampled deltas, those that are NaN left out; NaN when none is left. */
export function percentileBounds(deltas: Float64Array, alpha: number): [number, number] {
  const sorted = deltas.filter((x) => !Number.isNaN(x)).sort() as unknown as number[];
  return sorted.length === 0 ? [NaN, NaN] : [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}

/** Percentile intervals over all the examples from their resampled deltas. */
export function percentileIntervals(data: PairedData, names: PairedMetric[], deltas: Map<PairedMetric, Float64Array[]>, confidence: number): Interval[] {
  const alpha = 1 - confidence;
  return names.map((name) => {
    const [candidate, baseline] = pointEstimates(data, name);
    const [low, high] = percentileBounds(deltas.get(name)![0]!, alpha);
    return { metric: name, candidate, baseline, delta: candidate - baseline, low, high };
  });
}

export async function pairedBootstrap(data: PairedData, names: PairedMetric[], options: { samples: number; confidence: number; seed: number }): Promise<Interval[]> {
  return percentileIntervals(data, names, await bootstrapDeltas(data, names, options), options.confidence);
}
