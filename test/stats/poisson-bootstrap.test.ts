// The WebAssembly Poisson bootstrap against a plain reimplementation: the same per-resample weights
// (xoshiro128** lanes seeded from (seed, resample), Poisson(1) counts by CDF thresholds), and metrics
// equal to sklearn-style ones computed in JavaScript with those weights — ties, odd sizes, any threads.
import { describe, expect, it } from 'vitest';
import { metric, type PairedData } from '../../src/stats/index.js';
import { cellsOf, type Slicing } from '../../src/stats/paired.js';
import { argsort } from '../../src/stats/arrays.js';
import { poissonBootstrap } from '../../src/stats/poisson-bootstrap.js';
import { mulberry32 } from '../../src/stats/random.js';

const mix = (x: number) => {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
};
const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** Poisson(1) CDF at 0 … 11, scaled to 2^32. */
const thresholds = (() => {
  const out: number[] = [];
  let term = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; k < 12; k++) {
    cdf += term;
    out.push(Math.min(2 ** 32 - 1, Math.floor(cdf * 2 ** 32)));
    term /= k + 1;
  }
  return out;
})();

/** The weights of one resample, one lane at a time: example 16·i + 4·j + lane takes draw 4·i + j of its lane. */
function referenceWeights(seed: number, resample: number, n: number): Uint32Array {
  const word = (w: number) => (mix((mix(seed >>> 0) + Math.imul(resample, 16) + w) >>> 0) | (w < 4 ? 1 : 0)) >>> 0;
  const lanes = [0, 1, 2, 3].map((lane) => [word(lane), word(4 + lane), word(8 + lane), word(12 + lane)]);
  const weights = new Uint32Array(Math.ceil(n / 16) * 16);
  for (let i = 0; i < weights.length / 16; i++) {
    for (let j = 0; j < 4; j++) {
      for (const [lane, s] of lanes.entries()) {
        const r = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
        const t = (s[1]! << 9) >>> 0;
        s[2] = (s[2]! ^ s[0]!) >>> 0;
        s[3] = (s[3]! ^ s[1]!) >>> 0;
        s[1] = (s[1]! ^ s[2]!) >>> 0;
        s[0] = (s[0]! ^ s[3]!) >>> 0;
        s[2] = (s[2]! ^ t) >>> 0;
        s[3] = rotl(s[3]!, 11);
        weights[16 * i + 4 * j + lane] = thresholds.filter((threshold) => r >= threshold).length;
      }
    }
  }
  return weights.subarray(0, n);
}

function classification(n: number, random: () => number): PairedData {
  const labels: string[] = [];
  // Scores on a coarse grid, so many examples tie within and across classes.
  const score = (label: number, shift: number) => Math.round(10 * Math.min(1, Math.max(0, 0.5 + (label ? shift : -shift) + (random() - 0.5)))) / 10;
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = random() < 0.35 ? 1 : 0;
    labels.push(label ? 'yes' : 'no');
    candidate[i] = score(label, 0.2);
    baseline[i] = score(label, 0.15);
  }
  return { labels, positive: 'yes', candidate: { scores: candidate }, baseline: { scores: baseline } };
}

function regression(n: number, random: () => number): PairedData {
  const y = Array.from({ length: n }, () => 50 * random());
  return {
    labels: y.map((v) => v.toFixed(2)),
    candidate: { predictions: y.map((v) => (v + 4 * (random() - 0.5)).toFixed(2)) },
    baseline: { predictions: y.map((v) => (v + 5 * (random() - 0.5)).toFixed(2)) },
  };
}

describe('argsort', () => {
  it('orders like a stable comparison sort: negatives, −0 and +0, ties, infinities, subnormals', () => {
    const random = mulberry32(17);
    const values = Float64Array.from({ length: 5000 }, (_, i) => [-Infinity, Infinity, -0, 0, 5e-324, -5e-324, Math.round(random() * 20) - 10, (random() - 0.5) * 1e6][i % 8]!);
    const expected = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
    expect(Array.from(argsort(values))).toEqual(expected);
  });
});

describe('the Poisson bootstrap kernels', () => {
  it('draw Poisson(1) counts: frequencies over 10^6 draws within 4 standard errors of e^-1/k!', () => {
    const draws = [0, 1, 2, 3].flatMap((resample) => Array.from(referenceWeights(7, resample, 250_000)));
    let pmf = Math.exp(-1);
    for (let k = 0; k <= 5; k++) {
      const share = draws.filter((w) => w === k).length / draws.length;
      expect(Math.abs(share - pmf), `P(${k})`).toBeLessThan(4 * Math.sqrt((pmf * (1 - pmf)) / draws.length));
      pmf /= k + 1;
    }
  });

  it('give each resample exactly the ROC AUC delta of its weights, with ties, on any number of threads', async () => {
    const data = classification(1003, mulberry32(11));
    const samples = 24;
    const deltas = (await poissonBootstrap(data, ['roc_auc'], samples, 99, 1)).get('roc_auc')![0]!;
    const orders = [data.candidate.scores!, data.baseline.scores!].map(argsort);
    for (let s = 0; s < samples; s++) {
      // The kernel numbers examples in the candidate's score order: example i takes weight rank(i).
      const byRank = referenceWeights(99, s, data.labels.length);
      const w = new Uint32Array(byRank.length);
      orders[0]!.forEach((row, rank) => (w[row] = byRank[rank]!));
      const expected = metric.rocAuc(data.labels, data.candidate.scores!, 'yes', orders[0]!, w) - metric.rocAuc(data.labels, data.baseline.scores!, 'yes', orders[1]!, w);
      expect(Math.abs(deltas[s]! - expected), `resample ${s}`).toBeLessThan(1e-15);
    }
    expect((await poissonBootstrap(data, ['roc_auc'], samples, 99, 3)).get('roc_auc')![0]).toEqual(deltas);
  });

  it('give each resample the MAE and RMSE deltas of its weights', async () => {
    const data = regression(777, mulberry32(5));
    const samples = 16;
    const out = await poissonBootstrap(data, ['mae', 'rmse'], samples, 2024, 2);
    const [y, c, b] = [data.labels, data.candidate.predictions!, data.baseline.predictions!].map((xs) => Float64Array.from(xs, Number)) as [Float64Array, Float64Array, Float64Array];
    for (let s = 0; s < samples; s++) {
      const w = referenceWeights(2024, s, y.length);
      expect(out.get('mae')![0]![s]).toBeCloseTo(metric.mae(y, c, w) - metric.mae(y, b, w), 12);
      expect(out.get('rmse')![0]![s]).toBeCloseTo(metric.rmse(y, c, w) - metric.rmse(y, b, w), 12);
    }
  });

  it('leave ROC AUC undefined when every label is one class', async () => {
    const data = classification(50, mulberry32(3));
    data.labels = data.labels.map(() => 'no');
    expect([...(await poissonBootstrap(data, ['roc_auc'], 4, 1)).get('roc_auc')![0]!].every(Number.isNaN)).toBe(true);
  });
});

describe('slices read from the same resamples', () => {
  /** Two slicings: 3 slices and 2 slices, so cells are their 6 combinations. */
  const slicings = (n: number): Slicing[] => [
    { count: 3, of: Uint32Array.from({ length: n }, (_, i) => (i * 7) % 3) },
    { count: 2, of: Uint32Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 1 : 0)) },
  ];
  const members = (cells: ReturnType<typeof cellsOf>, g: number, n: number) => Array.from({ length: n }, (_, i) => g === 0 || cells.slicings.some((s) => s.groupOf[i] === g));

  it('give each slice the ROC AUC delta of its own examples under the shared weights', async () => {
    const data = classification(601, mulberry32(21));
    const cells = cellsOf(601, slicings(601));
    const samples = 6;
    const deltas = (await poissonBootstrap(data, ['roc_auc'], samples, 5, 2, cells)).get('roc_auc')!;
    expect(deltas).toHaveLength(1 + 3 + 2);
    const orders = [data.candidate.scores!, data.baseline.scores!].map(argsort);
    for (let s = 0; s < samples; s++) {
      const byRank = referenceWeights(5, s, 601);
      for (let g = 0; g < deltas.length; g++) {
        const inside = members(cells, g, 601);
        const w = new Uint32Array(601);
        orders[0]!.forEach((row, rank) => (w[row] = inside[row] ? byRank[rank]! : 0));
        const expected = metric.rocAuc(data.labels, data.candidate.scores!, 'yes', orders[0]!, w) - metric.rocAuc(data.labels, data.baseline.scores!, 'yes', orders[1]!, w);
        expect(Math.abs(deltas[g]![s]! - expected), `resample ${s}, group ${g}`).toBeLessThan(1e-15);
      }
    }
  });

  it('give each slice its exact ROC AUC delta past one generator chunk (2,048 examples) and in a last batch of fewer than 8 resamples', async () => {
    const n = 5003;
    const data = classification(n, mulberry32(34));
    const cells = cellsOf(n, slicings(n));
    const samples = 11;
    const deltas = (await poissonBootstrap(data, ['roc_auc'], samples, 8, 2, cells)).get('roc_auc')!;
    const orders = [data.candidate.scores!, data.baseline.scores!].map(argsort);
    for (const s of [0, 7, 8, 10]) {
      const byRank = referenceWeights(8, s, n);
      for (let g = 0; g < deltas.length; g++) {
        const inside = members(cells, g, n);
        const w = new Uint32Array(n);
        orders[0]!.forEach((row, rank) => (w[row] = inside[row] ? byRank[rank]! : 0));
        const expected = metric.rocAuc(data.labels, data.candidate.scores!, 'yes', orders[0]!, w) - metric.rocAuc(data.labels, data.baseline.scores!, 'yes', orders[1]!, w);
        expect(Math.abs(deltas[g]![s]! - expected), `resample ${s}, group ${g}`).toBeLessThan(1e-15);
      }
    }
    expect((await poissonBootstrap(data, ['roc_auc'], samples, 8, 1, cells)).get('roc_auc')).toEqual(deltas);
  });

  it('give each slice the MAE and RMSE deltas of its own examples, examples numbered cell by cell', async () => {
    const data = regression(333, mulberry32(8));
    const cells = cellsOf(333, slicings(333));
    const out = await poissonBootstrap(data, ['mae', 'rmse'], 5, 77, 1, cells);
    const [y, c, b] = [data.labels, data.candidate.predictions!, data.baseline.predictions!].map((xs) => Float64Array.from(xs, Number)) as [Float64Array, Float64Array, Float64Array];
    const position = new Uint32Array(333);
    let at = 0;
    for (let cell = 0; cell < cells.count; cell++) for (let i = 0; i < 333; i++) if (cells.of[i] === cell) position[i] = at++;
    for (let s = 0; s < 5; s++) {
      const byPosition = referenceWeights(77, s, 333);
      for (let g = 0; g < 6; g++) {
        const inside = members(cells, g, 333);
        const w = Uint32Array.from({ length: 333 }, (_, i) => (inside[i] ? byPosition[position[i]!]! : 0));
        expect(out.get('mae')![g]![s]).toBeCloseTo(metric.mae(y, c, w) - metric.mae(y, b, w), 12);
        expect(out.get('rmse')![g]![s]).toBeCloseTo(metric.rmse(y, c, w) - metric.rmse(y, b, w), 12);
      }
    }
  });
});
