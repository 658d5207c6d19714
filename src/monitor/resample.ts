// The unpaired bootstrap: each side is resampled on its own, from its own seed. Two engines:
// - Metrics of the confusion matrix (F1) depend only on its four counts, so a resample of n rows is one
//   multinomial draw over the four cells (sequential binomials): the same distribution as drawing rows, at
//   O(1) per resample.
// - Means over rows (log loss, absolute and squared errors, the target's spread) come from train-gate's
//   Poisson bootstrap (stats/poisson-bootstrap.ts, weightedSums): every row weighted by an independent
//   Poisson(1) count drawn from (seed, resample) alone, so the sums do not depend on the thread count.
import binomialModule from '@stdlib/random-base-binomial';
import { fmix32 } from '../stats/random.js';

const binomialFactory = binomialModule.factory;

/** A 32-bit seed of its own for each stream (side) of one run's seed; never 0, which the binomial sampler refuses. */
export function streamSeed(seed: number, stream: number): number {
  return fmix32((Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0) || 1;
}

/** Resampled confusion matrices: per resample the counts [tp, fp, fn, tn], each resample n = their sum rows. */
export function confusionResamples(cells: [number, number, number, number], samples: number, seed: number): Float64Array {
  const n = cells[0] + cells[1] + cells[2] + cells[3];
  const binomial = binomialFactory({ seed });
  const out = new Float64Array(samples * 4);
  for (let s = 0; s < samples; s++) {
    let left = n;
    let mass = 1;
    for (let c = 0; c < 4; c++) {
      const p = n === 0 ? 0 : cells[c]! / n;
      // The last cell with any share takes what is left (mass is 1 minus the shares before, up to rounding).
      const k = left === 0 || p === 0 ? 0 : p >= mass * (1 - 1e-12) ? left : binomial(left, p / mass);
      out[s * 4 + c] = k;
      left -= k;
      mass -= p;
    }
  }
  return out;
}
