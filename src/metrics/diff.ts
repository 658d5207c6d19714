// The metric table DVC users know (metric, baseline, candidate, change = new − old), with the
// relative change, the rule and its verdict per metric.
import type { Metrics } from './read.js';
import { describeRule, tolerance, type Rule } from './rules.js';

export type MetricStatus = 'pass' | 'fail' | 'info' | 'missing';

export interface MetricRow {
  metric: string;
  baseline?: number;
  candidate?: number;
  change?: number;
  relativeChange?: number;
  rule: string;
  status: MetricStatus;
  reasons: string[];
}

export function diffMetrics(candidate: Metrics, baseline: Metrics | undefined, rules: Map<string, Rule>): MetricRow[] {
  const names = [...new Set([...rules.keys(), ...candidate.keys(), ...(baseline?.keys() ?? [])])].sort();
  return names.map((metric) => {
    const rule = rules.get(metric);
    const c = candidate.get(metric);
    const b = baseline?.get(metric);
    const reasons: string[] = [];
    if (c === undefined) {
      if (rule?.required) reasons.push('required metric is missing from the candidate');
      return { metric, baseline: b, rule: describeRule(rule), status: rule?.required ? 'fail' : 'missing', reasons };
    }
    if (rule?.min !== undefined && c < rule.min) reasons.push(`${c} is below the minimum ${rule.min}`);
    if (rule?.max !== undefined && c > rule.max) reasons.push(`${c} is above the maximum ${rule.max}`);
    const change = b === undefined ? undefined : c - b;
    // goal alone gives the direction; a regression is gated only when max-regression says how much is tolerated.
    if (rule?.goal && rule.maxRegression && change !== undefined) {
      const worse = rule.goal === 'maximize' ? -change : change;
      const allowed = tolerance(rule, b);
      if (worse > allowed + 1e-12) reasons.push(`${rule.goal === 'maximize' ? 'dropped' : 'rose'} by ${+Math.abs(change).toPrecision(6)}, more than the tolerated ${+allowed.toPrecision(6)}`);
    }
    const gated = rule !== undefined && (rule.goal !== undefined || rule.min !== undefined || rule.max !== undefined);
    return {
      metric,
      baseline: b,
      candidate: c,
      change,
      relativeChange: change !== undefined && b !== 0 && b !== undefined ? change / Math.abs(b) : undefined,
      rule: describeRule(rule),
      status: reasons.length > 0 ? 'fail' : gated ? 'pass' : 'info',
      reasons,
    };
  });
}
