// The drift statistics, each as its reference computes it (scipy, and Evidently for how it calls scipy).
import { sampleSize } from './arrays.js';
import { chi2Sf, normalSf } from './special.js';

export interface TestResult {
  statistic: number;
  pValue?: number;
}

/**
 * 1-Wasserstein distance between two samples (scipy.stats.wasserstein_distance):
 * ∫ |F_u(x) − F_v(x)| dx over the pooled support. Inputs sorted ascending; optional weights per value.
 */
export function wasserstein(u: ArrayLike<number>, v: ArrayLike<number>, uWeights?: ArrayLike<number>, vWeights?: ArrayLike<number>): number {
  const uTotal = sampleSize(u, uWeights);
  const vTotal = sampleSize(v, vWeights);
  let i = 0;
  let j = 0;
  let uCum = 0;
  let vCum = 0;
  let prev = Math.min(u[0]!, v[0]!);
  let distance = 0;
  while (i < u.length || j < v.length) {
    const x = j >= v.length || (i < u.length && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    distance += Math.abs(uCum / uTotal - vCum / vTotal) * (x - prev);
    while (i < u.length && u[i]! === x) uCum += uWeights ? uWeights[i++]! : (i++, 1);
    while (j < v.length && v[j]! === x) vCum += vWeights ? vWeights[j++]! : (j++, 1);
    prev = x;
  }
  return distance;
}

/** A category: a text, or for a numeric column its value. */
export type Category = string | number;

/** The categories of both sides in order: texts by code unit, values by number (9 before 10). */
export function categoriesOf<K extends Category>(reference: Map<K, number>, current: Map<K, number>): K[] {
  return [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Chi-square goodness of fit as Evidently runs it: current counts against reference counts scaled by
 * n_cur/n_ref over the union of categories, df = k − 1 (scipy.stats.chisquare). A category the reference
 * never saw makes an expected count of 0: the statistic is infinite and p = 0.
 */
export function chiSquare<K extends Category>(reference: Map<K, number>, current: Map<K, number>): TestResult {
  const keys = categoriesOf(reference, current);
  const nRef = sum(reference.values());
  const nCur = sum(current.values());
  let statistic = 0;
  for (const key of keys) {
    const expected = ((reference.get(key) ?? 0) * nCur) / nRef;
    const observed = current.get(key) ?? 0;
    statistic += expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
  }
  if (Number.isNaN(statistic)) statistic = Infinity;
  return { statistic, pValue: keys.length < 2 ? 1 : chi2Sf(statistic, keys.length - 1) };
}

/**
 * Two-proportion z-test as Evidently runs it: the share of the first category (in sorted order: Evidently
 * sorts the values, so numbers numerically) against the rest, pooled proportion, p = 2(1 − Φ(|z|)).
 * Identical single-valued samples give p = 1.
 */
export function zTest<K extends Category>(reference: Map<K, number>, current: Map<K, number>): TestResult {
  const keys = categoriesOf(reference, current);
  if (keys.length === 1) return { statistic: 0, pValue: 1 };
  const first = keys[0]!;
  const n1 = sum(reference.values());
  const n2 = sum(current.values());
  // Evidently codes the first category 0 and the rest 1, then compares the means of that coding.
  const p1 = (n1 - (reference.get(first) ?? 0)) / n1;
  const p2 = (n2 - (current.get(first) ?? 0)) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * normalSf(Math.abs(z)) };
}

/** Jensen–Shannon distance with natural log (scipy.spatial.distance.jensenshannon): √(JS divergence). */
export function jensenShannon(p: number[], q: number[]): number {
  const ps = normalise(p);
  const qs = normalise(q);
  let js = 0;
  for (let i = 0; i < ps.length; i++) {
    const m = (ps[i]! + qs[i]!) / 2;
    js += relEntr(ps[i]!, m) + relEntr(qs[i]!, m);
  }
  return Math.sqrt(Math.max(js, 0) / 2);
}

/** Evidently's zero fill: empty bins become 0.0001 so that logarithms stay finite (PSI, KL). */
const fillZeros = (shares: number[]) => shares.map((s) => (s === 0 ? 0.0001 : s));

/** Population Stability Index (Evidently): Σ (r − c)·ln(r/c) over bin shares, empty bins filled with 0.0001. */
export function psi(reference: number[], current: number[]): number {
  const r = fillZeros(normalise(reference));
  const c = fillZeros(normalise(current));
  return r.reduce((acc, ri, i) => acc + (ri - c[i]!) * Math.log(ri / c[i]!), 0);
}

/** Kullback–Leibler divergence KL(reference ‖ current) (Evidently: scipy.stats.entropy on zero-filled shares). */
export function klDivergence(reference: number[], current: number[]): number {
  const r = normalise(fillZeros(normalise(reference)));
  const c = normalise(fillZeros(normalise(current)));
  return r.reduce((acc, ri, i) => acc + relEntr(ri, c[i]!), 0);
}

/** Hellinger distance (Evidently): √(Σ (√r − √c)²) / √2 over bin shares. */
export function hellinger(reference: number[], current: number[]): number {
  const r = normalise(reference);
  const c = normalise(current);
  return Math.sqrt(r.reduce((acc, ri, i) => acc + (Math.sqrt(ri) - Math.sqrt(c[i]!)) ** 2, 0)) / Math.SQRT2;
}

/** scipy.special.rel_entr: x·ln(x/y), 0 at x = 0, ∞ when y = 0 < x. */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * Math.log(x / y);
}

function normalise(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return total === 0 ? values.map(() => 0) : values.map((v) => v / total);
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
