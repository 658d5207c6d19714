// Mann–Whitney U test, two-sided, as scipy.stats.mannwhitneyu(method='auto', use_continuity=True)
// computes it: the exact null distribution when either sample has at most 8 values and there are no
// ties, otherwise the normal approximation with tie correction and continuity correction.
import { normalSf } from './special.js';

export interface MannWhitneyResult {
  /** U of the first sample (scipy's statistic). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** Average ranks (1-based) of the pooled sample, and Σ(t³ − t) over groups of ties. */
function rank(values: number[]): { ranks: Float64Array; tieTerm: number } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const average = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = average;
    const t = end - start;
    tieTerm += t ** 3 - t;
    start = end;
  }
  return { ranks, tieTerm };
}

/** P(U ≥ u) under H0 for sizes m, n: counts of arrangements by the recurrence f(m,n,k) = f(m−1,n,k−n) + f(m,n−1,k). */
function exactSf(u: number, m: number, n: number): number {
  // columns[i] holds the distribution of U for (i, j) at the current j
  let previous: Float64Array[] = Array.from({ length: m + 1 }, (_, i) => (i === 0 ? Float64Array.of(1) : new Float64Array(1).fill(1)));
  for (let j = 1; j <= n; j++) {
    const current: Float64Array[] = [Float64Array.of(1)];
    for (let i = 1; i <= m; i++) {
      const dist = new Float64Array(i * j + 1);
      const left = current[i - 1]!; // (i − 1, j): shifted by j
      const up = previous[i]!; // (i, j − 1)
      for (let k = 0; k < dist.length; k++) dist[k] = (k - j >= 0 && k - j < left.length ? left[k - j]! : 0) + (k < up.length ? up[k]! : 0);
      current.push(dist);
    }
    previous = current;
  }
  const counts = previous[m]!;
  const total = counts.reduce((a, b) => a + b, 0);
  // sf(u) = cdf(m·n − u) by symmetry, including the mass at u
  let cdf = 0;
  for (let k = 0; k <= m * n - u; k++) cdf += counts[k]!;
  return cdf / total;
}

export function mannWhitneyU(x: number[], y: number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
  const { ranks, tieTerm } = rank([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const exact = !(n1 > 8 && n2 > 8) && tieTerm === 0;
  let p: number;
  if (exact) p = 2 * exactSf(Math.round(u), n1, n2);
  else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    p = 2 * normalSf((u - (n1 * n2) / 2 - 0.5) / s);
  }
  return { statistic: u1, pValue: Math.min(1, Math.max(0, Number.isNaN(p) ? 1 : p)), method: exact ? 'exact' : 'asymptotic' };
}
