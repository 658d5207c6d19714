// The analysis: which metrics to watch and how to judge each window. Bounds are judged on the canary;
// `compare: stable` uses Mann–Whitney U on the window's samples with Kayenta's meaning of direction and
// allowed change (a ratio of means: allowed-increase 1.1 fails above +10%). No data is "no data", never a fail.
import { ConfigurationError } from '../runtime/errors.js';
import { mannWhitneyU } from '../stats/index.js';
import { summarise, type SampleSummary } from './samples.js';

export interface MetricSpec {
  name: string;
  query: string;
  min?: number;
  max?: number;
  compare?: 'stable';
  direction: 'increase' | 'decrease' | 'either';
  allowedIncrease: number;
  allowedDecrease: number;
  critical: boolean;
  minSamples: number;
}

/** Significance of the comparison: Kayenta judges at 98% confidence. */
export const ALPHA = 0.02;

export function parseAnalysis(document: unknown, source: string): MetricSpec[] {
  const fail = (where: string, what: string): never => {
    throw new ConfigurationError(`Input 'analysis' (${source}): ${where} ${what}`);
  };
  const metrics = (document as { metrics?: unknown })?.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) fail('', 'needs a top-level metrics: list with at least one metric.');
  return (metrics as Record<string, unknown>[]).map((m, i) => {
    const where = `metrics[${i}]${typeof m?.name === 'string' ? ` (${m.name})` : ''}`;
    if (typeof m?.name !== 'string' || typeof m.query !== 'string') fail(where, 'needs a name and a PromQL query.');
    const number = (key: string, fallback?: number) => {
      const v = m[key];
      if (v === undefined) return fallback;
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where}.${key}`, `must be a number, got ${JSON.stringify(v)}.`);
      return v as number;
    };
    if (m.compare !== undefined && m.compare !== 'stable') fail(`${where}.compare`, 'can only be stable.');
    const direction = (m.direction ?? 'increase') as MetricSpec['direction'];
    if (!['increase', 'decrease', 'either'].includes(direction)) fail(`${where}.direction`, `must be increase, decrease or either, got ${JSON.stringify(m.direction)}.`);
    if (m.compare === undefined && m.min === undefined && m.max === undefined) fail(where, 'needs bounds (min/max) or compare: stable.');
    return {
      name: m.name as string,
      query: m.query as string,
      min: number('min'),
      max: number('max'),
      compare: m.compare as 'stable' | undefined,
      direction,
      allowedIncrease: number('allowed-increase', 1)!,
      allowedDecrease: number('allowed-decrease', 1)!,
      critical: m.critical === true,
      minSamples: number('min-samples', 3)!,
    };
  });
}

export interface MetricJudgement {
  metric: string;
  verdict: 'pass' | 'fail' | 'nodata' | 'skipped';
  critical: boolean;
  canary: SampleSummary;
  stable?: SampleSummary;
  statistic?: number;
  pValue?: number;
  ratio?: number;
  reason: string;
}

export function judge(spec: MetricSpec, canary: number[], stable?: number[]): MetricJudgement {
  const base = { metric: spec.name, critical: spec.critical, canary: summarise(canary) };
  if (canary.length < spec.minSamples) return { ...base, verdict: 'nodata', reason: `${canary.length} canary sample(s), fewer than ${spec.minSamples}: waiting for traffic` };
  const m = base.canary.mean!;
  if (spec.compare !== 'stable') {
    if (spec.max !== undefined && m > spec.max) return { ...base, verdict: 'fail', reason: `canary mean ${m.toPrecision(4)} is above the maximum ${spec.max}` };
    if (spec.min !== undefined && m < spec.min) return { ...base, verdict: 'fail', reason: `canary mean ${m.toPrecision(4)} is below the minimum ${spec.min}` };
    return { ...base, verdict: 'pass', reason: `canary mean ${m.toPrecision(4)} within bounds` };
  }
  const s = stable ?? [];
  const withStable = { ...base, stable: summarise(s) };
  if (s.length < spec.minSamples) return { ...withStable, verdict: 'nodata', reason: `${s.length} stable sample(s), fewer than ${spec.minSamples}: nothing to compare with` };
  const test = mannWhitneyU(canary, s);
  const stableMean = withStable.stable.mean!;
  const ratio = stableMean === 0 ? (m === 0 ? 1 : Infinity) : m / stableMean;
  const significant = test.pValue < ALPHA;
  const tooHigh = spec.direction !== 'decrease' && ratio > spec.allowedIncrease;
  const tooLow = spec.direction !== 'increase' && ratio < spec.allowedDecrease;
  const judged = { ...withStable, statistic: test.statistic, pValue: test.pValue, ratio };
  if (significant && (tooHigh || tooLow)) {
    return { ...judged, verdict: 'fail', reason: `canary/stable = ${ratio.toFixed(3)} (${tooHigh ? `over the allowed ${spec.allowedIncrease}` : `under the allowed ${spec.allowedDecrease}`}), Mann–Whitney p = ${test.pValue.toPrecision(3)} < ${ALPHA}` };
  }
  return { ...judged, verdict: 'pass', reason: significant ? `canary/stable = ${ratio.toFixed(3)}, within the allowed change` : `no significant difference (Mann–Whitney p = ${test.pValue.toPrecision(3)})` };
}

/** Kayenta's score: 100 × passing / judged (metrics without data, or skipped, are not judged). */
export function score(judgements: MetricJudgement[]): number | undefined {
  const judged = judgements.filter((j) => j.verdict === 'pass' || j.verdict === 'fail');
  return judged.length === 0 ? undefined : (100 * judged.filter((j) => j.verdict === 'pass').length) / judged.length;
}
