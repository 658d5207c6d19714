// One roll-out in progress: the traffic it has applied, the analysis windows it has judged, and the
// rules every phase shares — a failed critical metric or the failure limit rolls back, a metric without
// data waits another interval up to the inconclusive limit, and rollback is one step (weight 0, mirror off).
import { judge, score, type MetricJudgement, type MetricSpec } from './analysis.js';
import type { MetricsSource } from './prometheus.js';
import type { RolloutSubject, Traffic, TrafficProvider } from './traffic.js';
import type { Look } from './sequential.js';

/** Where the decision was made. */
export type Phase = 'smoke' | 'shadow' | 'canary' | 'initial' | 'ab';
export type RolloutResult = 'promoted' | 'rolled-back' | 'failed-smoke' | 'inconclusive';

export interface StepRecord {
  phase: Phase;
  /** 1-based number of the step (canary) or of the analysis within the phase (shadow, initial, ab). */
  step: number;
  weight: number;
  mirror: number;
  at: string;
  judgements: MetricJudgement[];
  score?: number;
  outcome: 'passed' | 'failed' | 'no data';
}

export interface ExperimentRecord {
  metric: string;
  direction: 'increase' | 'decrease';
  split: number;
  alpha: number;
  minEffect: number;
  looks: (Look & { at: string })[];
  winner?: 'candidate' | 'stable';
}

export interface Rollout {
  result: RolloutResult;
  phase: Phase;
  reason: string;
  finalWeight: number;
  score?: number;
  /** No stable version: the candidate went to 100% after its smoke test, judged on bounds only. */
  initial: boolean;
  timeline: StepRecord[];
  experiment?: ExperimentRecord;
}

export interface RolloutDeps {
  traffic: TrafficProvider;
  metrics: MetricsSource;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (message: string) => void;
  /** Told of every applied traffic (deployment statuses). */
  onTraffic: (traffic: Traffic, phase: Phase) => Promise<void>;
  signal?: AbortSignal;
}

export interface SessionPlan {
  subject: RolloutSubject;
  intervalMs: number;
  metrics: MetricSpec[];
  failureLimit: number;
  inconclusiveLimit: number;
  initial: boolean;
}

const fill = (query: string, values: Record<string, string>) => query.replace(/\{\{\s*(version|canary|stable|model)\s*\}\}/g, (_, key: string) => values[key]!);

/** A query with {{version}} (and {{canary}}, {{stable}}, {{model}}) filled in for one version. */
export function fillQuery(query: string, subject: RolloutSubject, version: string): string {
  return fill(query, { version, canary: subject.canary, stable: subject.stable ?? '', model: subject.model });
}

export class RolloutSession {
  readonly timeline: StepRecord[] = [];
  experiment: ExperimentRecord | undefined;
  phase: Phase = 'canary';
  private traffic: Traffic = { weight: 0, mirror: 0 };
  private failures = 0;
  private inconclusive = 0;

  constructor(
    readonly plan: SessionPlan,
    readonly deps: RolloutDeps,
  ) {}

  async apply(traffic: Traffic, phase: Phase): Promise<void> {
    this.phase = phase;
    await this.deps.traffic.apply(traffic);
    this.traffic = traffic;
    await this.deps.onTraffic(traffic, phase);
  }

  wait(): Promise<void> {
    return this.deps.sleep(this.plan.intervalMs, this.deps.signal);
  }

  end(result: RolloutResult, reason: string): Rollout {
    return { result, phase: this.phase, reason, finalWeight: this.traffic.weight, score: this.timeline.at(-1)?.score, initial: this.plan.initial, timeline: this.timeline, experiment: this.experiment };
  }

  async rollback(reason: string, result: RolloutResult = 'rolled-back'): Promise<Rollout> {
    this.deps.log(`${result === 'inconclusive' ? 'Ending the experiment' : 'Rolling back'}: ${reason}`);
    await this.apply({ weight: 0, mirror: 0 }, this.phase);
    return this.end(result, reason);
  }

  /**
   * Waits one interval and judges its window. Returns a rollback reason when the rules say roll back,
   * otherwise the window's outcome ('no data' means: wait another interval).
   */
  async analyse(step: number): Promise<{ rollback?: string; outcome: StepRecord['outcome'] }> {
    await this.wait();
    const { weight, mirror } = this.traffic;
    const judgements = await this.judgeWindow(Date.now());
    const failed = judgements.filter((j) => j.verdict === 'fail');
    // A window passes only when every metric it judges had data: one that cannot be judged yet holds the step.
    const outcome = failed.length > 0 ? 'failed' : judgements.some((j) => j.verdict === 'nodata') ? 'no data' : 'passed';
    this.timeline.push({ phase: this.phase, step, weight, mirror, at: new Date().toISOString(), judgements, score: score(judgements), outcome });
    for (const j of judgements) this.deps.log(`  ${j.metric}: ${j.verdict} (${j.reason})`);
    const where = `${this.phase === 'shadow' ? `in the shadow phase (${mirror}% mirrored)` : `at ${weight}%`}`;
    const critical = failed.find((j) => j.critical);
    if (critical) return { outcome, rollback: `critical metric ${critical.metric} failed ${where}: ${critical.reason}` };
    if (failed.length > 0 && ++this.failures >= this.plan.failureLimit) {
      return { outcome, rollback: `${this.failures} failed analysis(es) (failure-limit ${this.plan.failureLimit}) ${where}: ${failed.map((j) => `${j.metric}: ${j.reason}`).join('; ')}` };
    }
    if (outcome === 'no data') {
      if (++this.inconclusive > this.plan.inconclusiveLimit) return { outcome, rollback: `inconclusive: no data for ${this.inconclusive} interval(s) ${where} (inconclusive-limit ${this.plan.inconclusiveLimit})` };
      this.deps.log(`  no data yet: waiting another interval (${this.inconclusive} of ${this.plan.inconclusiveLimit})`);
    }
    return { outcome };
  }

  /**
   * Holds the traffic for `analyses` windows that are not 'no data'. Returns the roll-out when it
   * ended here (rolled back), undefined to go on.
   */
  async hold(phase: Phase, traffic: Traffic, analyses: number, step = 1): Promise<Rollout | undefined> {
    await this.apply(traffic, phase);
    for (let done = 0; done < analyses; ) {
      const { rollback, outcome } = await this.analyse(phase === 'canary' ? step : done + 1);
      if (rollback) return this.rollback(rollback);
      if (outcome !== 'no data') done++;
    }
    return undefined;
  }

  private judgeWindow(windowEnd: number): Promise<MetricJudgement[]> {
    const { subject, intervalMs, initial } = this.plan;
    const end = windowEnd / 1000;
    const start = end - intervalMs / 1000;
    const step = Math.max(1, Math.round(intervalMs / 1000 / 30));
    const values = (query: string, version: string) => this.deps.metrics.range(fillQuery(query, subject, version), start, end, step);
    return Promise.all(
      this.plan.metrics.map(async (spec) => {
        if (spec.compare === 'stable' && (initial || this.traffic.weight >= 100)) {
          const reason = initial ? 'not compared: an initial roll-out has no stable version' : 'not compared at 100%: the stable version serves no traffic';
          return { metric: spec.name, verdict: 'skipped', critical: spec.critical, canary: { n: 0 }, reason } satisfies MetricJudgement;
        }
        const stable = spec.compare === 'stable' ? await values(spec.query, subject.stable!) : undefined;
        return judge(spec, await values(spec.query, subject.canary), stable);
      }),
    );
  }
}
