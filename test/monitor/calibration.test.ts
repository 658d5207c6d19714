// Calibration of the quality verdicts on simulated data with fixed seeds: A/A splits rarely decay, a
// real drop of 0.05 in accuracy at 20,000 labelled rows per side always does, and every interval covers
// the true difference as often as its confidence level says (within 2 points). Trials run on every core
// (calibration-worker.ts); each draws from its own seed, so the counts do not depend on the thread count.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { assessQuality, type QualityRow } from '../../src/monitor/index.js';
import { mulberry32 } from '../../src/stats/random.js';
import { classifierSample, CONFIDENCE, MODEL, options, truth, type Classifier } from './calibration-trials.js';

/** How many of `trials` trials of a kind counted each name, the trials split across threads. */
async function trials(kind: string, seed: number, count: number): Promise<Record<string, number>> {
  const threads = Math.min(4, availableParallelism());
  const per = Math.ceil(count / threads);
  const parts = Array.from({ length: threads }, (_, k) => {
    const worker = new Worker(new URL('./calibration-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { kind, seed, from: k * per, to: Math.min(count, (k + 1) * per) } });
    return new Promise<Record<string, number>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).finally(() => worker.terminate());
  });
  const counts: Record<string, number> = {};
  for (const part of await Promise.all(parts)) for (const [name, k] of Object.entries(part)) counts[name] = (counts[name] ?? 0) + k;
  return counts;
}

/** A few seconds on an idle 2-core machine; room for one shared with other jobs. */
const SIMULATION_TIMEOUT = 300_000;

const withinTwoPoints = (counts: Record<string, number>, names: string[], count: number) => {
  for (const name of names) expect(Math.abs((counts[name] ?? 0) / count - CONFIDENCE), `${name} covered ${(counts[name] ?? 0) / count}`).toBeLessThanOrEqual(0.02);
};

describe('quality verdicts are calibrated (fixed seeds)', () => {
  it('200 A/A splits (same model, same data): at most 5% decayed, with the default tolerance and with none', async () => {
    const counts = await trials('aa', 7, 200);
    expect((counts.any ?? 0) / 200).toBeLessThanOrEqual(0.05);
    // With no tolerance a decay verdict is a one-sided 2.5% error: each metric stays under 5%.
    for (const metric of ['accuracy', 'f1', 'roc_auc']) expect((counts[metric] ?? 0) / 200, metric).toBeLessThanOrEqual(0.05);
  });

  it('a true accuracy drop of 0.05 at 20,000 labelled rows per side is decayed in every one of 50 trials', async () => {
    const random = mulberry32(11);
    // Accuracy 0.90 → 0.85 through the recall and false-positive rate, with the same prior.
    const before: Classifier = { prior: 0.4, recall: 0.9, falsePositive: 0.1, shift: 2 };
    const after: Classifier = { prior: 0.4, recall: 0.85, falsePositive: 0.15, shift: 2 };
    expect(truth(before).accuracy - truth(after).accuracy).toBeCloseTo(0.05, 12);
    const verdicts: QualityRow['verdict'][] = [];
    for (let trial = 0; trial < 50; trial++) {
      const [row] = await assessQuality(classifierSample(random, 20_000, after), { sample: classifierSample(random, 20_000, before) }, options(['accuracy'], 0.01, trial));
      verdicts.push(row!.verdict);
    }
    expect(verdicts).toEqual(new Array(50).fill('decayed'));
  });

  it('the Newcombe, DeLong and bootstrap (F1) intervals cover the true change 93–97% of the time at 95%', async () => {
    withinTwoPoints(await trials('classification', 23, 1000), ['accuracy', 'f1', 'roc_auc'], 1000);
  }, SIMULATION_TIMEOUT);

  it('the bootstrap intervals of log loss, MAE, RMSE and R² (the WebAssembly kernel) cover the true change 93–97% of the time', async () => {
    withinTwoPoints(await trials('kernel', 29, 600), ['log_loss', 'mae', 'rmse', 'r2'], 600);
  }, SIMULATION_TIMEOUT);

  it("against a recorded number, Wilson's interval of the current accuracy covers it 93–97% of the time", async () => {
    const random = mulberry32(31);
    const accuracy = truth(MODEL).accuracy;
    let covered = 0;
    for (let t = 0; t < 2000; t++) {
      const [row] = await assessQuality(classifierSample(random, 500, MODEL), { values: new Map([['accuracy', accuracy]]) }, options(['accuracy']));
      if (row!.low! <= 0 && 0 <= row!.high!) covered++;
    }
    expect(Math.abs(covered / 2000 - CONFIDENCE)).toBeLessThanOrEqual(0.02);
  });
});
