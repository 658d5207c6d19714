/** Count, mean and sum of squared deviations (Welford), mergeable by Chan et al.'s formula. */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

export const emptyMoments = (): Moments => ({ n: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity });

export function addValue(m: Moments, x: number): void {
  m.n++;
  const delta = x - m.mean;
  m.mean += delta / m.n;
  m.m2 += delta * (x - m.mean);
  if (x < m.min) m.min = x;
  if (x > m.max) m.max = x;
}

/** The moments of distinct ascending values with their counts, in two passes (mean, then squared deviations). */
export function momentsOfCounts(values: ArrayLike<number>, counts: ArrayLike<number>): Moments {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    n += counts[i]!;
    sum += counts[i]! * values[i]!;
  }
  if (n === 0) return emptyMoments();
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) m2 += counts[i]! * (values[i]! - mean) ** 2;
  return { n, mean, m2, min: values[0]!, max: values[values.length - 1]! };
}

/** Chan, Golub & LeVeque (1979): combine the moments of two disjoint samples. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/** Population variance (ddof 0), as Evidently normalises Wasserstein; sample variance with ddof 1. */
export function variance(m: Moments, ddof: 0 | 1 = 1): number {
  return m.n - ddof > 0 ? m.m2 / (m.n - ddof) : NaN;
}
