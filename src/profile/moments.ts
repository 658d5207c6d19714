/**
 * Count, mean and sum of squared deviations (Welford), mergeable by Chan et al.'s formula.
 *
 * The mean is kept to twice a double's precision, as the unevaluated sum mean + meanError (double-double):
 * in effect the sums are shifted by the running mean. A value's deviation x − mean is then exact where
 * it matters (x near the mean, Sterbenz's lemma), so data far from zero relative to its spread (1e12 plus
 * noise: timestamps, ids) keeps its variance to full precision, value by value and across merges.
 */
export interface Moments {
  n: number;
  mean: number;
  /** The mean's low part: mean + meanError is the mean to twice a double's precision (under half a unit in mean's last place). */
  meanError: number;
  m2: number;
  min: number;
  max: number;
}

export const emptyMoments = (): Moments => ({ n: 0, mean: 0, meanError: 0, m2: 0, min: Infinity, max: -Infinity });

/** Sets the mean to high + low: the nearest double, and what it is short of the sum, exactly (Knuth's TwoSum). */
function setMean(m: Moments, high: number, low: number): void {
  const sum = high + low;
  const lowPart = sum - high;
  m.meanError = high - (sum - lowPart) + (low - lowPart);
  m.mean = sum;
}

export function addValue(m: Moments, x: number): void {
  m.n++;
  const delta = x - m.mean - m.meanError;
  const step = delta / m.n;
  setMean(m, m.mean, m.meanError + step);
  m.m2 += delta * (delta - step); // (x − old mean)·(x − new mean)
  if (x < m.min) m.min = x;
  if (x > m.max) m.max = x;
}

/** The moments of distinct ascending values with their counts, in two passes over the values shifted by the first. */
export function momentsOfCounts(values: ArrayLike<number>, counts: ArrayLike<number>): Moments {
  let n = 0;
  let sum = 0;
  const shift = values[0]!;
  for (let i = 0; i < values.length; i++) {
    n += counts[i]!;
    sum += counts[i]! * (values[i]! - shift);
  }
  if (n === 0) return emptyMoments();
  const offset = sum / n;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) m2 += counts[i]! * (values[i]! - shift - offset) ** 2;
  const m: Moments = { n, mean: 0, meanError: 0, m2, min: values[0]!, max: values[values.length - 1]! };
  setMean(m, shift, offset);
  return m;
}

/** Chan, Golub & LeVeque (1979): combine the moments of two disjoint samples. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean + (b.meanError - a.meanError);
  const m: Moments = {
    n,
    mean: 0,
    meanError: 0,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
  setMean(m, a.mean, a.meanError + (delta * b.n) / n);
  return m;
}

/** Population variance (ddof 0), as Evidently normalises Wasserstein; sample variance with ddof 1. */
export function variance(m: Moments, ddof: 0 | 1 = 1): number {
  return m.n - ddof > 0 ? m.m2 / (m.n - ddof) : NaN;
}
