// Analytic confidence intervals: Wilson's score interval for a proportion and Newcombe's hybrid score
// interval for the difference of two independent proportions (Newcombe 1998, method 10; statsmodels'
// confint_proportions_2indep(method="newcomb")), and the normal interval of a difference with a known
// variance (DeLong's for ROC AUC).
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** The two-sided normal critical value for a confidence level (1.959964… for 0.95). */
export const zFor = (confidence: number): number => normalQuantile(1 - (1 - confidence) / 2, 0, 1);

/** Wilson's score interval for k successes in n trials ([0, 1] when there are no trials). */
export function wilson(k: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1];
  const z2 = z * z;
  const centre = (k + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((k * (n - k)) / n + z2 / 4);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Newcombe's interval for p1 − p2 = k1/n1 − k2/n2, from each side's Wilson interval. */
export function newcombe(k1: number, n1: number, k2: number, n2: number, z: number): [number, number] {
  const p1 = n1 === 0 ? 0 : k1 / n1;
  const p2 = n2 === 0 ? 0 : k2 / n2;
  const [l1, u1] = wilson(k1, n1, z);
  const [l2, u2] = wilson(k2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
