// Simulated trials for calibration.test.ts. Each trial draws its data from its own seed, so trials split
// across threads (calibration-worker.ts) count the same as trials run in one.
import { assessQuality, judge, type QualityMetric } from '../../src/monitor/index.js';
import type { ClassificationSample, RegressionSample } from '../../src/monitor/metrics.js';
import { normalSf } from '../../src/stats/index.js';
import { mulberry32 } from '../../src/stats/random.js';

export const CONFIDENCE = 0.95;
export const options = (metrics: QualityMetric[], tolerance = 0.01, seed = 42) => ({ metrics, tolerances: new Map(metrics.map((m) => [m, tolerance] as const)), confidence: CONFIDENCE, samples: 2000, seed });

/** A classifier's labelled rows: P(y = 1) = prior; P(prediction = 1 | y) = recall or false-positive rate; scores N(shift·y, 1). */
export interface Classifier {
  prior: number;
  recall: number;
  falsePositive: number;
  shift: number;
}

const normal = (random: () => number) => Math.sqrt(-2 * Math.log(random() || 1e-300)) * Math.cos(2 * Math.PI * random());

export function classifierSample(random: () => number, n: number, c: Classifier): ClassificationSample {
  const actual = new Uint8Array(n);
  const predicted = new Uint8Array(n);
  const correct = new Uint8Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = random() < c.prior ? 1 : 0;
    predicted[i] = random() < (actual[i] ? c.recall : c.falsePositive) ? 1 : 0;
    correct[i] = actual[i] === predicted[i] ? 1 : 0;
    score[i] = c.shift * actual[i]! + normal(random);
  }
  return { task: 'classification', n, actual, predicted, correct, score };
}

/** The population values of a Classifier: accuracy and F1 from the four cells' probabilities, AUC = Φ(shift/√2). */
export function truth(c: Classifier): Record<'accuracy' | 'f1' | 'roc_auc', number> {
  const [tp, fn, fp, tn] = [c.prior * c.recall, c.prior * (1 - c.recall), (1 - c.prior) * c.falsePositive, (1 - c.prior) * (1 - c.falsePositive)];
  return { accuracy: tp + tn, f1: (2 * tp) / (2 * tp + fp + fn), roc_auc: 1 - normalSf(c.shift / Math.SQRT2) };
}

/** Probability scores from {0.2, 0.5, 0.8}, P(score | y) given per class: the expected log loss is a finite sum. */
const SCORES = [0.2, 0.5, 0.8];
function scoredSample(random: () => number, n: number, prior: number, given1: number[], given0: number[]): ClassificationSample {
  const actual = new Uint8Array(n);
  const score = new Float64Array(n);
  const pick = (weights: number[]) => {
    let u = random();
    for (let k = 0; k < weights.length - 1; k++) if ((u -= weights[k]!) < 0) return SCORES[k]!;
    return SCORES[weights.length - 1]!;
  };
  for (let i = 0; i < n; i++) {
    actual[i] = random() < prior ? 1 : 0;
    score[i] = pick(actual[i] ? given1 : given0);
  }
  return { task: 'classification', n, actual, score };
}
const expectedLogLoss = (prior: number, given1: number[], given0: number[]) =>
  prior * SCORES.reduce((sum, s, k) => sum - given1[k]! * Math.log(s), 0) + (1 - prior) * SCORES.reduce((sum, s, k) => sum - given0[k]! * Math.log(1 - s), 0);

/** y ~ N(50, 10), prediction y + N(0, error): MAE = error·√(2/π), RMSE = error, R² = 1 − error²/100. */
function regressionSample(random: () => number, n: number, error: number): RegressionSample {
  const y = new Float64Array(n);
  const yhat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = 50 + 10 * normal(random);
    yhat[i] = y[i]! + error * normal(random);
  }
  return { task: 'regression', n, y, yhat };
}
const regressionTruth = (error: number) => ({ mae: error * Math.sqrt(2 / Math.PI), rmse: error, r2: 1 - error ** 2 / 100 });

export const MODEL: Classifier = { prior: 0.35, recall: 0.8, falsePositive: 0.12, shift: 1.6 };
const WORSE: Classifier = { prior: 0.35, recall: 0.74, falsePositive: 0.15, shift: 1.3 };
const LOG_LOSS = { prior: 0.4, before: [[0.15, 0.25, 0.6], [0.6, 0.25, 0.15]], after: [[0.25, 0.3, 0.45], [0.45, 0.3, 0.25]] };

type Trial = (random: () => number, t: number) => Promise<string[]>;

/** Each kind of trial: what it counts (a metric whose interval covered the truth, or whose verdict was decayed). */
export const TRIALS: Record<string, Trial> = {
  /** A/A: one model, one distribution, 4,000 rows split in halves; counts "any" decayed (tolerance 0.01) and each metric decayed with no tolerance. */
  async aa(random, t) {
    const all = classifierSample(random, 4000, MODEL);
    const half = (from: number): ClassificationSample => ({ task: 'classification', n: 2000, actual: all.actual.subarray(from, from + 2000), predicted: all.predicted!.subarray(from, from + 2000), correct: all.correct!.subarray(from, from + 2000), score: all.score!.subarray(from, from + 2000) });
    const rows = await assessQuality(half(2000), { sample: half(0) }, options(['accuracy', 'f1', 'roc_auc'], 0.01, t));
    return [...(rows.some((r) => r.verdict === 'decayed') ? ['any'] : []), ...rows.filter((r) => judge(r.metric, r.low!, r.high!, 0) === 'decayed').map((r) => r.metric)];
  },
  /** Newcombe (accuracy), the multinomial bootstrap (F1), DeLong (ROC AUC): 1,000 labelled rows a side. */
  async classification(random, t) {
    const [was, is] = [truth(MODEL), truth(WORSE)];
    const rows = await assessQuality(classifierSample(random, 1000, WORSE), { sample: classifierSample(random, 1000, MODEL) }, options(['accuracy', 'f1', 'roc_auc'], 0.01, t));
    return rows.filter((r) => r.low! <= is[r.metric as 'f1'] - was[r.metric as 'f1'] && is[r.metric as 'f1'] - was[r.metric as 'f1'] <= r.high!).map((r) => r.metric);
  },
  /** The Poisson-bootstrap kernel: log loss, and MAE, RMSE and R², 600 rows a side. */
  async kernel(random, t) {
    const { prior, before, after } = LOG_LOSS;
    const covered: string[] = [];
    const loss = expectedLogLoss(prior, after[0]!, after[1]!) - expectedLogLoss(prior, before[0]!, before[1]!);
    const [ll] = await assessQuality(scoredSample(random, 600, prior, after[0]!, after[1]!), { sample: scoredSample(random, 600, prior, before[0]!, before[1]!) }, options(['log_loss'], 0.01, t));
    if (ll!.low! <= loss && loss <= ll!.high!) covered.push('log_loss');
    const [was, is] = [regressionTruth(4), regressionTruth(5)];
    for (const r of await assessQuality(regressionSample(random, 600, 5), { sample: regressionSample(random, 600, 4) }, options(['mae', 'rmse', 'r2'], 0.01, t))) {
      const delta = is[r.metric as 'mae'] - was[r.metric as 'mae'];
      if (r.low! <= delta && delta <= r.high!) covered.push(r.metric);
    }
    return covered;
  },
};

/** Trials [from, to) of a kind; how many trials counted each name. */
export async function runTrials(kind: string, seed: number, from: number, to: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let t = from; t < to; t++) for (const name of await TRIALS[kind]!(mulberry32(seed * 100_003 + t), t)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
