// The monitor's numbers against scikit-learn 1.2.1, scipy 1.10.1 and statsmodels 0.13.5 on committed
// fixtures (test/fixtures/quality/generate.py wrote the CSV files as pandas writes them, and expected.json):
// the data goes through the monitor's own reader, as drift-check reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSections, type DriftOptions } from '../../src/drift/index.js';
import { newcombe, wilson, zFor } from '../../src/monitor/intervals.js';
import { metricValue, monitorFiles, QUALITY_METRICS, rowStatus, sampleOf, usableRows, type MonitorColumns, type QualityMetric, type Task } from '../../src/monitor/index.js';
import { rocAuc, type ClassificationSample } from '../../src/monitor/metrics.js';
import { DEFAULT_PROFILE_OPTIONS } from '../../src/profile/index.js';
import { ROOT } from '../harness/run-action.js';

const DIR = path.join(ROOT, 'test/fixtures/quality');
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const close = (actual: number, wanted: number, label: string) => expect(Math.abs(actual - wanted), `${label}: ${actual} vs ${wanted}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(wanted) * 1e-10));

const read = (file: string, columns: MonitorColumns) =>
  monitorFiles([{ path: path.join(DIR, file), display: file, format: 'csv', gzip: false }], { options: DEFAULT_PROFILE_OPTIONS, missing: [''], columns });

async function sample(file: string, columns: MonitorColumns, task: Task, positive: string, metrics: readonly QualityMetric[]) {
  const { rows } = await read(file, columns);
  const status = rowStatus(rows, task, [...metrics]);
  return sampleOf(rows, usableRows(status), task, rows.labels.indexOf(positive));
}

const BINARY = { target: 'churned', prediction: 'pred', score: 'score' };
const CLASSIFICATION = QUALITY_METRICS.filter((m) => !['mae', 'rmse', 'r2'].includes(m));
const OPTIONS: DriftOptions = { method: 'auto', columnMethods: new Map(), columnThresholds: new Map(), exclude: [], categorical: [] };

describe(`quality metrics agree with scikit-learn ${expected.versions.sklearn}`, () => {
  for (const side of ['reference', 'small_reference', 'current'] as const) {
    it(`binary classification, ${side} (labels written as 1.0/0.0 beside empty cells, tied scores, scores of exactly 0 and 1)`, async () => {
      const want = expected.binary[side];
      const s = await sample(`binary_${side}.csv`, BINARY, 'classification', '1', CLASSIFICATION);
      expect(s.n).toBe(want.n);
      for (const metric of CLASSIFICATION) close(metricValue(s, metric), want[metric], metric);
      close(rocAuc((s as ClassificationSample).actual, (s as ClassificationSample).score!, s.n).variance, want.delong_variance, "DeLong's variance");
    });
  }

  it('three classes: accuracy over all, precision, recall, F1, ROC AUC and log loss of the positive class', async () => {
    const want = expected.multiclass;
    const s = await sample('multiclass.csv', { target: 'label', prediction: 'guess', score: 'score_b' }, 'classification', want.positive, CLASSIFICATION);
    for (const metric of CLASSIFICATION) close(metricValue(s, metric), want[metric], metric);
  });

  it('regression: MAE, RMSE and R²; R² of a constant target as scikit-learn forces it (1 when perfect, else 0)', async () => {
    const s = await sample('regression.csv', { target: 'y', prediction: 'yhat' }, 'regression', '', ['mae']);
    for (const metric of ['mae', 'rmse', 'r2'] as const) close(metricValue(s, metric), expected.regression[metric], metric);
    const constant = (yhat: number[]) => metricValue({ task: 'regression', n: 3, y: Float64Array.of(3, 3, 3), yhat: Float64Array.from(yhat) }, 'r2');
    expect(constant([3, 3, 3])).toBe(expected.r2_constant_target.perfect);
    expect(constant([3, 2, 3])).toBe(expected.r2_constant_target.imperfect);
  });
});

describe(`intervals agree with statsmodels ${expected.versions.statsmodels}`, () => {
  it("Wilson's score interval (proportion_confint, method='wilson')", () => {
    for (const c of expected.wilson) wilson(c.k, c.n, zFor(c.confidence)).forEach((x, i) => close(x, c.interval[i], `wilson ${c.k}/${c.n} [${i}]`));
  });

  it("Newcombe's interval for a difference of proportions (confint_proportions_2indep, method='newcomb')", () => {
    for (const c of expected.newcombe) newcombe(c.k1, c.n1, c.k2, c.n2, zFor(c.confidence)).forEach((x, i) => close(x, c.interval[i], `newcombe ${c.k1}/${c.n1} − ${c.k2}/${c.n2} [${i}]`));
  });
});

describe(`prediction drift agrees with scipy ${expected.versions.scipy}`, () => {
  const compare = async (referenceFile: string) => {
    const [reference, current] = await Promise.all([read(referenceFile, BINARY), read('binary_current.csv', BINARY)]);
    const sections = compareSections(reference.profile, current.profile, OPTIONS, 0.5, BINARY, () => {});
    return { sections, byName: new Map([...sections.predictions, sections.target!].map((c) => [c.column, c])) };
  };

  it('a large reference: the score by Wasserstein / reference std, the prediction and the labelled target by Jensen–Shannon', async () => {
    const { sections, byName } = await compare('binary_reference.csv');
    const want = expected.drift.large_reference;
    expect(byName.get('score')).toMatchObject({ method: 'wasserstein', basis: 'exact' });
    close(byName.get('score')!.statistic!, want.score, 'score');
    expect(byName.get('pred')).toMatchObject({ method: 'jensenshannon' });
    close(byName.get('pred')!.statistic!, want.pred, 'pred');
    close(byName.get('churned')!.statistic!, want.churned, 'churned');
    // The model's columns are their own sections: the features are x alone.
    expect(sections.columns.map((c) => c.column)).toEqual(['x']);
    expect(sections.compared).toBe(1);
  });

  it('a small reference: the score by the two-sample KS test (exact p-value)', async () => {
    const { byName } = await compare('binary_small_reference.csv');
    const want = expected.drift.small_reference.score;
    expect(byName.get('score')).toMatchObject({ method: 'ks' });
    close(byName.get('score')!.statistic!, want.statistic, 'KS D');
    close(byName.get('score')!.pValue!, want.pvalue, 'KS p');
  });
});
