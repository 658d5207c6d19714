// McNemar and the per-model metrics against statsmodels 0.13.5 and scikit-learn 1.2.1 on the same
// predictions (test/fixtures/paired/generate.py wrote cases.json), and the bootstrap's reproducibility.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mcnemarExact, metric, pairedBootstrap, type PairedData } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/paired/cases.json'), 'utf8'));
const close = (actual: number, expected: number, label: string) => expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(expected) * 1e-10));

const cls = fixture.classification;
const strings = (xs: number[]) => xs.map(String);
const classification: PairedData = {
  labels: strings(cls.labels),
  positive: '1',
  candidate: { predictions: strings(cls.cand_pred), scores: Float64Array.from(cls.cand_score) },
  baseline: { predictions: strings(cls.base_pred), scores: Float64Array.from(cls.base_score) },
};
const reg = fixture.regression;
const regression: PairedData = { labels: strings(reg.labels), candidate: { predictions: strings(reg.cand_pred) }, baseline: { predictions: strings(reg.base_pred) } };

describe(`paired statistics agree with statsmodels ${fixture.statsmodels} and scikit-learn ${fixture.sklearn}`, () => {
  it("McNemar's exact test on the discordant pairs", () => {
    const { b, c } = cls.expected;
    const result = mcnemarExact(b, c);
    expect(result.statistic).toBe(cls.expected.mcnemar_statistic);
    close(result.pValue, cls.expected.mcnemar_pvalue, 'McNemar p');
    for (const extra of fixture.mcnemar_extra) close(mcnemarExact(extra.b, extra.c).pValue, extra.pvalue, `McNemar p for b=${extra.b}, c=${extra.c}`);
  });

  it('accuracy, F1, ROC AUC, MAE and RMSE', () => {
    const order = (scores: number[]) => Uint32Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]!);
    const labels = classification.labels;
    for (const [i, model] of [classification.candidate, classification.baseline].entries()) {
      close(metric.accuracy(labels, model.predictions!), cls.expected.accuracy[i], 'accuracy');
      close(metric.f1(labels, model.predictions!, '1'), cls.expected.f1[i], 'F1');
      close(metric.rocAuc(labels, model.scores!, '1', order(Array.from(model.scores!))), cls.expected.roc_auc[i], 'ROC AUC');
    }
    const y = Float64Array.from(reg.labels);
    for (const [i, preds] of [reg.cand_pred, reg.base_pred].entries()) {
      close(metric.mae(y, Float64Array.from(preds)), reg.expected.mae[i], 'MAE');
      close(metric.rmse(y, Float64Array.from(preds)), reg.expected.rmse[i], 'RMSE');
    }
  });

  it('gives a reproducible paired bootstrap interval, as wide as numpy resampling gives', async () => {
    const options = { samples: 2000, confidence: 0.95, seed: 42 };
    const first = await pairedBootstrap(classification, ['accuracy', 'f1', 'roc_auc'], options);
    expect(await pairedBootstrap(classification, ['accuracy', 'f1', 'roc_auc'], options)).toEqual(first);
    expect((await pairedBootstrap(classification, ['accuracy'], { ...options, seed: 43 }))[0]).not.toEqual(first[0]);
    expect((await pairedBootstrap(classification, ['roc_auc'], { ...options, seed: 43 }))[0]).not.toEqual(first[2]);
    const check = (ours: { low: number; high: number; delta: number }, numpy: [number, number]) => {
      expect(ours.low).toBeLessThan(ours.delta);
      expect(ours.high).toBeGreaterThan(ours.delta);
      const [width, numpyWidth] = [ours.high - ours.low, numpy[1] - numpy[0]];
      expect(Math.abs(width - numpyWidth) / numpyWidth).toBeLessThan(0.15);
      expect(Math.abs(ours.low - numpy[0])).toBeLessThan(0.25 * numpyWidth);
    };
    check(first[0]!, cls.expected.numpy_bootstrap_accuracy);
    check(first[2]!, cls.expected.numpy_bootstrap_roc_auc);
    check((await pairedBootstrap(regression, ['mae'], options))[0]!, reg.expected.numpy_bootstrap_mae);
  });
});
