// The roll-out after the smoke test: a shadow phase when asked (requests mirrored to the candidate, its
// answers discarded, no user served by it), then either the canary steps or an A/B experiment. An
// initial roll-out (no stable version) goes to 100% for one analysis judged on the bounds metrics.
// Rollback is one step (weight 0, mirror off) and happens on the analysis rules (see session.ts), on
// any error, and when the run is aborted.
import { ConfigurationError } from '../runtime/errors.js';
import type { MetricSpec } from './analysis.js';
import { runExperiment, type ExperimentPlan } from './experiment.js';
import { RolloutSession, type Rollout, type RolloutDeps } from './session.js';
import type { RolloutSubject } from './traffic.js';

export interface RolloutPlan {
  subject: RolloutSubject;
  intervalMs: number;
  metrics: MetricSpec[];
  failureLimit: number;
  inconclusiveLimit: number;
  /** Analyses of the shadow phase, and the share of requests mirrored. */
  shadow?: { analyses: number; percent: number };
  /** Canary weights in percent (strategy canary). */
  steps: number[];
  /** Strategy ab: the experiment instead of the steps. */
  ab?: ExperimentPlan;
}

/** The reason given when the run is cancelled mid-roll-out (a re-run rolls out again: nothing was decided). */
export const CANCELLED = 'the job was cancelled';

export async function runRollout(plan: RolloutPlan, deps: RolloutDeps): Promise<Rollout> {
  const initial = plan.subject.stable === undefined;
  const session = new RolloutSession({ ...plan, initial }, deps);
  try {
    if (initial) {
      deps.log(`Initial roll-out of ${plan.subject.model} ${plan.subject.canary}: no stable version, so 100% for one interval judged on the bounds metrics.`);
      return (await session.hold('initial', { weight: 100, mirror: 0 }, 1)) ?? session.end('promoted', 'initial roll-out: the bounds held at 100% for one interval');
    }
    if (plan.shadow) {
      deps.log(`Shadow phase: ${plan.shadow.percent}% of requests mirrored to ${plan.subject.model} ${plan.subject.canary}, answers discarded, for ${plan.shadow.analyses} interval(s)`);
      const ended = await session.hold('shadow', { weight: 0, mirror: plan.shadow.percent }, plan.shadow.analyses);
      if (ended) return ended;
    }
    if (plan.ab) return await runExperiment(session, plan.ab);
    for (const [index, weight] of plan.steps.entries()) {
      deps.log(`Step ${index + 1}/${plan.steps.length}: ${weight}% of traffic to ${plan.subject.model} ${plan.subject.canary}`);
      const ended = await session.hold('canary', { weight, mirror: 0 }, 1, index + 1);
      if (ended) return ended;
    }
    return session.end('promoted', `${plan.shadow ? 'the shadow phase and ' : ''}all ${plan.steps.length} steps passed`);
  } catch (error) {
    const reason = deps.signal?.aborted ? `${CANCELLED} during the roll-out` : (error as Error).message;
    try {
      return await session.rollback(reason);
    } catch (rollbackError) {
      // A target that refuses (a webhook answering 404, a failing command) is the user's to fix, not our bug.
      const Failure = error instanceof ConfigurationError ? ConfigurationError : Error;
      throw new Failure(`${reason}; and the rollback failed too: ${(rollbackError as Error).message}`, { cause: error });
    }
  }
}
