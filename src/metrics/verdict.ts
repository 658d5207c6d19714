// A verdict per metric from its paired-bootstrap interval against the rule's tolerance, never from the
// point estimate: improved (the whole interval is better), regressed (the whole interval is worse than
// tolerated), unchanged (the interval sits inside the tolerance), inconclusive (anything else).
import { HIGHER_IS_BETTER, type Interval, type PairedMetric } from '../stats/index.js';
import { tolerance, type Rule } from './rules.js';

export type Verdict = 'improved' | 'regressed' | 'unchanged' | 'inconclusive';

export interface JudgedInterval extends Interval {
  verdict: Verdict;
  tolerance: number;
}

/** Whether a higher value of the metric is better: the rule's goal, else the metric's nature. */
export function higherIsBetter(metric: PairedMetric, rules: Map<string, Rule>): boolean {
  const goal = rules.get(metric)?.goal;
  return goal ? goal === 'maximize' : HIGHER_IS_BETTER[metric];
}

export function judgeIntervals(intervals: Interval[], rules: Map<string, Rule>): JudgedInterval[] {
  return intervals.map((interval) => {
    const rule = rules.get(interval.metric);
    const tol = tolerance(rule, interval.baseline);
    // In "better" units: positive is an improvement.
    const [low, high] = higherIsBetter(interval.metric, rules) ? [interval.low, interval.high] : [-interval.high, -interval.low];
    let verdict: Verdict = 'inconclusive';
    if (high < -tol) verdict = 'regressed';
    else if (low > 0) verdict = 'improved';
    else if (low >= -tol && high <= tol && (tol > 0 || (low === 0 && high === 0))) verdict = 'unchanged';
    return { ...interval, verdict, tolerance: tol };
  });
}

export function overallVerdict(judged: JudgedInterval[]): Verdict {
  if (judged.length === 0) return 'inconclusive';
  if (judged.some((j) => j.verdict === 'regressed')) return 'regressed';
  if (judged.some((j) => j.verdict === 'improved')) return 'improved';
  if (judged.every((j) => j.verdict === 'unchanged')) return 'unchanged';
  return 'inconclusive';
}
