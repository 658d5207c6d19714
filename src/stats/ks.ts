// Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp(method='auto'):
// exact p-value when max(n1, n2) ≤ 10,000 (lattice paths, Hodges 1958, with Viehmann's 1−p recursion,
// arXiv:2102.08037), otherwise the Kolmogorov distribution with n = round(n1·n2/(n1+n2)).
import { sampleSize } from './arrays.js';
import { kolmogorovSf } from './kolmogorov.js';

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

const MAX_EXACT_N = 10_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * sup |F1 − F2| over the pooled sample; both inputs sorted ascending. Weights (counts of distinct
 * values, or a sketch's item weights) stand for that many copies of each value.
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>, aWeights?: ArrayLike<number>, bWeights?: ArrayLike<number>): number {
  const [ta, tb] = [sampleSize(a, aWeights), sampleSize(b, bWeights)];
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i]!, b[j]!);
    for (; i < a.length && a[i]! <= x; i++) ca += aWeights ? aWeights[i]! : 1;
    for (; j < b.length && b[j]! <= x; j++) cb += bWeights ? bWeights[j]! : 1;
    d = Math.max(d, Math.abs(ca / ta - cb / tb));
  }
  return d;
}

/** P(D ≥ h/n) for equal sizes: 2·Σ (−1)^(k+1) C(2n, n−kh)/C(2n, n), in Horner form to avoid cancellation. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/** Share of lattice paths (0,0)→(m,n) that leave |x/m − y/n| < h/lcm, computed directly as 1 − p. */
function probOutsideInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const A = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}

/** Inputs sorted ascending; with counts, a and b are distinct values and the counts how often each occurs. */
export function ks2samp(a: ArrayLike<number>, b: ArrayLike<number>, aCounts?: ArrayLike<number>, bCounts?: ArrayLike<number>): KsResult {
  const n1 = sampleSize(a, aCounts);
  const n2 = sampleSize(b, bCounts);
  if (n1 === 0 || n2 === 0) return { statistic: NaN, pValue: NaN, method: 'exact' };
  let d = ksStatistic(a, b, aCounts, bCounts);
  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInside(n1, n2, g, h);
    if (Number.isFinite(p) && p >= 0 && p <= 1) return { statistic: d, pValue: p, method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven(en), d))), method: 'asymptotic' };
}

/**
 * The p-value of a KS statistic measured on quantile sketches of samples of sizes n1 and n2. The sketches'
 * D is within `rankError` (their rank-error bounds added) of the samples' D, so this is the largest p-value
 * a D in that band gives: kstwo.sf(max(D − rankError, 0), round(n1·n2/(n1+n2))). It is small only where
 * the sketches prove a gap; at large n the band, not the sampling noise, limits what can be detected.
 */
export function ksSketchPValue(d: number, n1: number, n2: number, rankError: number): number {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  return Math.min(1, Math.max(0, kolmogorovSf(Math.max(1, roundHalfEven((m * n) / (m + n))), Math.max(0, d - rankError))));
}

/** numpy's round: halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
