// The roll-out: for each weight, apply it, wait the interval, judge the window, and go on, wait, or
// roll back. Rollback is one step (weight 0, stable keeps everything) and happens on a failed critical
// metric, on reaching the failure limit, when no data comes within the inconclusive limit, on any
// error, and when the run is aborted.
import { judge, score, type MetricJudgement, type MetricSpec } from './analysis.js';
import type { QueryRange } from './prometheus.js';
import type { RolloutSubject, TrafficProvider } from './traffic.js';

export interface StepRecord {
  step: number;
  weight: number;
  at: string;
  judgements: MetricJudgement[];
  score?: number;
  outcome: 'passed' | 'failed' | 'no data';
}

export type RolloutResult = 'promoted' | 'rolled-back' | 'failed-smoke';

export interface Rollout {
  result: RolloutResult;
  reason: string;
  finalWeight: number;
  score?: number;
  timeline: StepRecord[];
}

export interface RolloutPlan {
  subject: RolloutSubject;
  steps: number[];
  intervalMs: number;
  metrics: MetricSpec[];
  failureLimit: number;
  inconclusiveLimit: number;
}

export interface RolloutDeps {
  traffic: TrafficProvider;
  query: QueryRange;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (message: string) => void;
  /** Told of every applied weight (deployment statuses, state for the post step). */
  onWeight: (weight: number) => Promise<void>;
  signal?: AbortSignal;
}

const fill = (query: string, values: Record<string, string>) => query.replace(/\{\{\s*(version|canary|stable|model)\s*\}\}/g, (_, key: string) => values[key]!);

async function analyse(plan: RolloutPlan, deps: RolloutDeps, windowEnd: number, weight: number): Promise<MetricJudgement[]> {
  const { model, canary, stable } = plan.subject;
  const end = windowEnd / 1000;
  const start = end - plan.intervalMs / 1000;
  const step = Math.max(1, Math.round(plan.intervalMs / 1000 / 30));
  return Promise.all(
    plan.metrics.map(async (spec) => {
      // At 100% the stable serves nothing: there is no one to compare with.
      if (spec.compare === 'stable' && weight >= 100) {
        return { metric: spec.name, verdict: 'skipped', critical: spec.critical, canary: { n: 0 }, reason: 'not compared at 100%: the stable version serves no traffic' } satisfies MetricJudgement;
      }
      const values = (version: string) => deps.query(fill(spec.query, { version, canary, stable, model }), start, end, step);
      return judge(spec, await values(canary), spec.compare === 'stable' ? await values(stable) : undefined);
    }),
  );
}

export async function runRollout(plan: RolloutPlan, deps: RolloutDeps): Promise<Rollout> {
  const timeline: StepRecord[] = [];
  let weight = 0;
  let failures = 0;
  let inconclusive = 0;
  const rollback = async (reason: string): Promise<Rollout> => {
    deps.log(`Rolling back: ${reason}`);
    await deps.traffic.apply(0);
    await deps.onWeight(0);
    return { result: 'rolled-back', reason, finalWeight: 0, score: timeline.at(-1)?.score, timeline };
  };
  try {
    for (const [index, target] of plan.steps.entries()) {
      deps.log(`Step ${index + 1}/${plan.steps.length}: ${target}% of traffic to ${plan.subject.model} ${plan.subject.canary}`);
      await deps.traffic.apply(target);
      weight = target;
      await deps.onWeight(target);
      for (;;) {
        await deps.sleep(plan.intervalMs, deps.signal);
        const judgements = await analyse(plan, deps, Date.now(), weight);
        const stepScore = score(judgements);
        const failed = judgements.filter((j) => j.verdict === 'fail');
        const judged = judgements.filter((j) => j.verdict !== 'skipped');
        const outcome = failed.length > 0 ? 'failed' : judged.length > 0 && judged.every((j) => j.verdict === 'nodata') ? 'no data' : 'passed';
        timeline.push({ step: index + 1, weight, at: new Date().toISOString(), judgements, score: stepScore, outcome });
        for (const j of judgements) deps.log(`  ${j.metric}: ${j.verdict} (${j.reason})`);
        if (failed.some((j) => j.critical)) return await rollback(`critical metric ${failed.find((j) => j.critical)!.metric} failed at ${weight}%: ${failed.find((j) => j.critical)!.reason}`);
        if (failed.length > 0) {
          failures++;
          if (failures >= plan.failureLimit) return await rollback(`${failures} failed analysis(es) (failure-limit ${plan.failureLimit}) at ${weight}%: ${failed.map((j) => `${j.metric}: ${j.reason}`).join('; ')}`);
          break;
        }
        if (outcome === 'no data') {
          inconclusive++;
          if (inconclusive > plan.inconclusiveLimit) return await rollback(`inconclusive: no data for ${inconclusive} interval(s) at ${weight}% (inconclusive-limit ${plan.inconclusiveLimit})`);
          deps.log(`  no data yet: waiting another interval (${inconclusive} of ${plan.inconclusiveLimit})`);
          continue;
        }
        break;
      }
    }
  } catch (error) {
    const reason = deps.signal?.aborted ? 'the run was cancelled' : (error as Error).message;
    try {
      return await rollback(reason);
    } catch (rollbackError) {
      throw new Error(`${reason}; and the rollback failed too: ${(rollbackError as Error).message}`, { cause: error });
    }
  }
  return { result: 'promoted', reason: `all ${plan.steps.length} steps passed`, finalWeight: weight, score: timeline.at(-1)?.score, timeline };
}
