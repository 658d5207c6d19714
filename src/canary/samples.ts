// Descriptive statistics of one analysis window's samples, shown in the summary beside the verdict.
// simple-statistics computes them (a compensated sum for the mean, numpy's linear quantiles); the
// decision's test stays our Mann–Whitney U in src/stats, whose p-values agree with scipy to 1e-10.
import { mean, medianSorted, quantileSorted, sampleStandardDeviation } from 'simple-statistics';

export interface SampleSummary {
  n: number;
  mean?: number;
  median?: number;
  /** Sample standard deviation (n − 1), from two samples on. */
  sd?: number;
  p10?: number;
  p90?: number;
}

export function summarise(values: readonly number[]): SampleSummary {
  if (values.length === 0) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: values.length,
    mean: mean(sorted),
    median: medianSorted(sorted),
    sd: values.length > 1 ? sampleStandardDeviation(sorted) : undefined,
    p10: quantileSorted(sorted, 0.1),
    p90: quantileSorted(sorted, 0.9),
  };
}
