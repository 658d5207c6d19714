// strategy: ab. The split is applied; at every interval the cumulative successes and trials of both arms
// are read from Prometheus and the always-valid test (sequential.ts) is updated; the experiment stops at
// the first look whose p-value is below alpha (candidate better: promoted to 100%; stable better: rolled
// back) or, with no winner, after its last look (weight 0, result inconclusive). The analysis metrics,
// when given, are guardrails judged at every interval by the same rules as the canary steps.
import { ConfigurationError } from '../runtime/errors.js';
import { SequentialTest, type Arm } from './sequential.js';
import { fillQuery, type ExperimentRecord, type Rollout, type RolloutSession } from './session.js';

export interface AbMetric {
  name: string;
  /** PromQL of the cumulative successes of {{version}} (e.g. conversions). */
  successes: string;
  /** PromQL of the cumulative trials of {{version}} (e.g. sessions). */
  trials: string;
  /** Which way is better. */
  direction: 'increase' | 'decrease';
}

export interface ExperimentPlan {
  metric: AbMetric;
  /** The candidate's weight during the experiment. */
  split: number;
  alpha: number;
  minEffect: number;
  /** Looks before the experiment ends without a winner (ab-max-duration / interval). */
  looks: number;
}

export function parseAbMetric(document: unknown, source: string): AbMetric {
  const m = document as Record<string, unknown> | undefined;
  const fail = (what: string): never => {
    throw new ConfigurationError(`Input 'ab-metric' (${source}): ${what}`);
  };
  if (!m || typeof m !== 'object' || Array.isArray(m)) fail('must be a YAML mapping with name, successes, trials and direction.');
  for (const key of ['name', 'successes', 'trials'] as const) if (typeof m![key] !== 'string' || m![key] === '') fail(`needs ${key} (a string${key === 'name' ? '' : ': PromQL of a cumulative count for {{version}}'}).`);
  const direction = m!.direction ?? 'increase';
  if (direction !== 'increase' && direction !== 'decrease') fail(`direction must be increase or decrease, got ${JSON.stringify(direction)}.`);
  return { name: m!.name as string, successes: m!.successes as string, trials: m!.trials as string, direction: direction as AbMetric['direction'] };
}

/**
 * What a cumulative counter gained since the experiment began. A value that goes down is a counter
 * reset and counts from zero (as Prometheus' increase() does); a series that is absent keeps its last value.
 */
class Gain {
  private last: number | undefined;
  total = 0;

  update(value: number | undefined): void {
    if (value === undefined) {
      this.last ??= 0; // a series that does not exist yet has counted nothing
      return;
    }
    if (this.last !== undefined) this.total += value >= this.last ? value - this.last : value;
    this.last = value;
  }
}

export async function runExperiment(session: RolloutSession, plan: ExperimentPlan): Promise<Rollout> {
  const { subject, metrics } = session.plan;
  const { deps } = session;
  const arms = { stable: subject.stable!, candidate: subject.canary };
  const gains = { stable: { successes: new Gain(), trials: new Gain() }, candidate: { successes: new Gain(), trials: new Gain() } };
  const read = async () => {
    for (const arm of ['stable', 'candidate'] as const) {
      for (const kind of ['successes', 'trials'] as const) gains[arm][kind].update(await deps.metrics.instant(fillQuery(plan.metric[kind], subject, arms[arm])));
    }
  };
  const counts = (arm: 'stable' | 'candidate'): Arm => ({ successes: gains[arm].successes.total, trials: gains[arm].trials.total });

  const test = new SequentialTest(plan.alpha, plan.minEffect);
  const record: ExperimentRecord = { metric: plan.metric.name, direction: plan.metric.direction, split: plan.split, alpha: plan.alpha, minEffect: plan.minEffect, looks: [] };
  session.experiment = record;
  deps.log(`A/B experiment on ${plan.metric.name}: ${plan.split}% of traffic to ${subject.model} ${subject.canary}, up to ${plan.looks} interval(s), always-valid alpha ${plan.alpha}`);
  await session.apply({ weight: plan.split, mirror: 0 }, 'ab');
  await read();
  for (let index = 1; index <= plan.looks; index++) {
    if (metrics.length > 0) {
      const { rollback } = await session.analyse(index);
      if (rollback) return session.rollback(rollback);
    } else {
      await session.wait();
    }
    await read();
    const look = test.look(counts('stable'), counts('candidate'));
    record.looks.push({ ...look, at: new Date().toISOString() });
    const rate = (r?: number) => (r === undefined ? '-' : r.toFixed(4));
    const shown = `${plan.metric.name} stable ${rate(look.stable.rate)} (${look.stable.trials} trials), candidate ${rate(look.candidate.rate)} (${look.candidate.trials}); difference ${look.difference === undefined ? '-' : look.difference.toFixed(4)} in [${look.interval.map((x) => x.toFixed(4)).join(', ')}], always-valid p = ${look.pValue.toPrecision(3)}`;
    deps.log(`  look ${index}/${plan.looks}: ${shown}`);
    if (look.pValue < plan.alpha) {
      const candidateHigher = look.interval[0] + look.interval[1] > 0; // the interval excludes 0: its side
      const candidateBetter = candidateHigher === (plan.metric.direction === 'increase');
      record.winner = candidateBetter ? 'candidate' : 'stable';
      const reason = `${candidateBetter ? 'the candidate' : 'the stable version'} is better after ${index} interval(s): ${shown} < ${plan.alpha}`;
      if (!candidateBetter) return session.rollback(reason);
      await session.apply({ weight: 100, mirror: 0 }, 'ab');
      return session.end('promoted', reason);
    }
  }
  const last = record.looks.at(-1)!;
  return session.rollback(`no winner after ${plan.looks} interval(s) (ab-max-duration): difference in [${last.interval.map((x) => x.toFixed(4)).join(', ')}], always-valid p = ${last.pValue.toPrecision(3)} ≥ ${plan.alpha}`, 'inconclusive');
}
