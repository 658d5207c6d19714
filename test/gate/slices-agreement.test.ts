// Slices and fairness against scikit-learn 1.2.1, statsmodels 0.13.5 and Fairlearn's definitions on the
// same predictions (test/fixtures/slices/generate.py wrote cases.json). Slices are matched to the
// fixture's groups by their rows, so the test checks the slicing (values, deciles, pairs, missing) too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSlicing, compareFairness, compareSlices, MISSING, parseSliceSpecs, type Cell } from '../../src/metrics/index.js';
import { bootstrapDeltas, HIGHER_IS_BETTER, type PairedData, type PairedMetric } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/slices/cases.json'), 'utf8'));
const rows = fixture.rows;
const strings = (xs: unknown[]) => xs.map(String);
const data: PairedData = {
  labels: strings(rows.label),
  positive: '1',
  candidate: { predictions: strings(rows.cand_pred), scores: Float64Array.from(rows.cand_score) },
  baseline: { predictions: strings(rows.base_pred), scores: Float64Array.from(rows.base_score) },
};
const values = new Map<string, Cell[]>([
  ['region', rows.region.map((r: string) => (r === '' ? null : r))],
  ['plan', strings(rows.plan)],
  ['age', strings(rows.age)],
]);
const close = (actual: number, expected: number, label: string) => expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(expected) * 1e-10));
const metrics: PairedMetric[] = ['accuracy', 'f1', 'roc_auc'];

describe(`slices agree with scikit-learn ${fixture.sklearn} and statsmodels ${fixture.statsmodels} on each slice's rows`, () => {
  const specs = parseSliceSpecs(['region', 'age', 'region x plan'], 'slices');
  const slicings = specs.map((spec) => buildSlicing(spec, values, new Map()));

  it('slices by value, by decile of a numeric column (numpy linear quantiles), by pair, with (missing)', () => {
    for (const slicing of slicings) {
      const expected = fixture.slicings[slicing.name];
      expect(slicing.count).toBe(Object.keys(expected.groups).length);
      for (let s = 0; s < slicing.count; s++) {
        const keys = new Set(expected.group_of_row.filter((_: string, i: number) => slicing.of[i] === s));
        expect(keys.size, `${slicing.name}: ${slicing.names[s]}`).toBe(1);
      }
    }
    const edges: number[] = fixture.age_edges;
    expect(slicings[1]!.names[0]).toBe(`age<${+edges[0]!.toPrecision(4)}`);
    expect(slicings[1]!.names.at(-1)).toBe(`age≥${+edges.at(-1)!.toPrecision(4)}`);
    expect(slicings[0]!.names).toEqual(['region=APAC', 'region=EU', 'region=LATAM', 'region=US', `region=${MISSING}`]);
    expect(slicings[2]!.names).toContain('region=(missing), plan=team');
  });

  it("per-slice metrics, McNemar's exact test and Holm's adjustment over the judged slices", async () => {
    const deltas = await bootstrapDeltas(data, metrics, { samples: 200, seed: 1, slicings });
    const result = compareSlices(data, metrics, slicings, deltas, { confidence: 0.95, minSize: 30, tolerances: new Map(), higherIsBetter: (m) => HIGHER_IS_BETTER[m] });
    let judged = 0;
    for (const slice of result.slices) {
      const slicing = slicings.find((s) => s.name === slice.slicing)!;
      const s = slicing.names.indexOf(slice.slice);
      const key = fixture.slicings[slice.slicing].group_of_row[slicing.of.indexOf(s)];
      const expected = fixture.slicings[slice.slicing].groups[key];
      expect(slice.n).toBe(expected.n);
      expect(slice.judged).toBe(expected.n >= 30);
      for (const m of slice.metrics) {
        const pair = expected[m.metric];
        if (pair === null) expect(Number.isNaN(m.candidate)).toBe(true);
        else {
          close(m.candidate, pair[0], `${slice.slice} ${m.metric} candidate`);
          close(m.baseline, pair[1], `${slice.slice} ${m.metric} baseline`);
        }
        if (m.metric === 'accuracy' && slice.judged) {
          judged++;
          close(m.p!, expected.mcnemar_p, `${slice.slice} McNemar p`);
          close(m.pAdjusted!, expected.holm_p, `${slice.slice} Holm p`);
        }
      }
    }
    expect(judged).toBe(result.judged);
    expect(result.regressed).toContain('region=LATAM');
    expect(result.slices.find((s) => s.slice === 'region=LATAM')!.metrics.find((m) => m.metric === 'accuracy')!.verdict).toBe('regressed');
  });

  it("fairness measures equal Fairlearn's definitions from scikit-learn's confusion matrices per group", () => {
    const [region] = compareFairness(data, [slicings[0]!], 30);
    const expected = fixture.fairness.region;
    for (const group of region!.groups) {
      const value = group.group.replace('region=', '');
      const e = expected.groups[value === MISSING ? '' : value];
      expect(group.n).toBe(e.n);
      for (const side of ['candidate', 'baseline'] as const) {
        close(group[side].selectionRate, e[side].selection_rate, `${group.group} selection rate`);
        close(group[side].tpr, e[side].tpr, `${group.group} TPR`);
        close(group[side].fpr, e[side].fpr, `${group.group} FPR`);
      }
    }
    for (const side of ['candidate', 'baseline'] as const) {
      for (const [measure, value] of Object.entries(expected[side])) close(region![side][measure as keyof (typeof region)['candidate']]!, value as number, `${side} ${measure}`);
    }
  });
});

describe('slicing', () => {
  it('names bins with as many digits as tell their edges apart, and bins by slice-bins edges', () => {
    const big = new Map<string, Cell[]>([['amount', Array.from({ length: 200 }, (_, i) => String(1_234_500 + i))]]);
    const deciles = buildSlicing({ name: 'amount', columns: ['amount'] }, big, new Map());
    expect(deciles.count).toBe(10);
    expect(new Set(deciles.names).size).toBe(10);
    const given = buildSlicing({ name: 'amount', columns: ['amount'] }, big, new Map([['amount', [1_234_550, 1_234_600]]]));
    expect(given.names).toEqual(['amount<1234550', 'amount=[1234550, 1234600)', 'amount≥1234600']);
    expect([...given.of.slice(48, 52)]).toEqual([0, 0, 1, 1]);
  });
});

describe('slicing limits', () => {
  it('refuses a slicing with more than 1,000 slices (an id column), saying what to do', () => {
    const ids = new Map<string, Cell[]>([['user', Array.from({ length: 1500 }, (_, i) => `u${i}`)]]);
    expect(() => buildSlicing({ name: 'user', columns: ['user'] }, ids, new Map())).toThrow(/^Slicing by user gives 1,500 slices, more than 1000: slice by a column with fewer values/);
  });
});
