// Calibration of the slice verdicts with fixed seeds, through the same functions the action runs
// (bootstrapDeltas, compareSlices): accuracy by McNemar + Holm, F1 by the Bonferroni-adjusted bootstrap
// interval, 2,000 resamples each time.
// - 20 slices and no true difference: fewer than 5% of 200 repetitions report any regressed slice;
// - a true accuracy regression of 0.08 in one slice of 2,000 examples, hidden under an overall
//   improvement (19 other slices of 2,000 improve by 0.05), is found in at least 95% of 200 repetitions.
import { describe, expect, it } from 'vitest';
import { compareSlices, type NamedSlicing } from '../../src/metrics/index.js';
import { bootstrapDeltas, HIGHER_IS_BETTER, mulberry32, type PairedData } from '../../src/stats/index.js';

const SLICES = 20;
const REPETITIONS = 200;

/** Binary labels; each model right with its slice's accuracy, independently of the other. */
function simulate(seed: number, perSlice: number, accuracy: (slice: number) => [candidate: number, baseline: number]): { data: PairedData; slicing: NamedSlicing } {
  const random = mulberry32(seed);
  const n = SLICES * perSlice;
  const labels = new Array<string>(n);
  const candidate = new Array<string>(n);
  const baseline = new Array<string>(n);
  const of = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const slice = i % SLICES;
    const [c, b] = accuracy(slice);
    const y = random() < 0.5;
    const [right, wrong] = y ? ['1', '0'] : ['0', '1'];
    labels[i] = right;
    candidate[i] = random() < c ? right : wrong;
    baseline[i] = random() < b ? right : wrong;
    of[i] = slice;
  }
  const slicing = { name: 'segment', names: Array.from({ length: SLICES }, (_, s) => `segment=${s}`), count: SLICES, of };
  return { data: { labels, positive: '1', candidate: { predictions: candidate }, baseline: { predictions: baseline } }, slicing };
}

async function regressedSlices(seed: number, perSlice: number, accuracy: (slice: number) => [number, number]): Promise<{ regressed: string[]; overall: number }> {
  const { data, slicing } = simulate(seed, perSlice, accuracy);
  const deltas = await bootstrapDeltas(data, ['accuracy', 'f1'], { samples: 2000, seed, slicings: [slicing] });
  const result = compareSlices(data, ['accuracy', 'f1'], [slicing], deltas, { confidence: 0.95, minSize: 30, tolerances: new Map(), higherIsBetter: (m) => HIGHER_IS_BETTER[m] });
  const right = (side: string[]) => side.filter((p, i) => p === data.labels[i]).length;
  return { regressed: result.regressed, overall: (right(data.candidate.predictions!) - right(data.baseline.predictions!)) / data.labels.length };
}

describe('slice verdicts control the family-wise error and find a hidden regression', () => {
  it(`20 slices, no true difference: fewer than 5% of ${REPETITIONS} repetitions report a regressed slice`, async () => {
    let any = 0;
    for (let r = 0; r < REPETITIONS; r++) if ((await regressedSlices(1000 + r, 300, () => [0.8, 0.8])).regressed.length > 0) any++;
    expect(any / REPETITIONS, `${any} of ${REPETITIONS} repetitions`).toBeLessThan(0.05);
  }, 300_000);

  it(`a 0.08 accuracy regression in one slice of 2,000, under an overall improvement, is found in at least 95% of ${REPETITIONS} repetitions`, async () => {
    let found = 0;
    let falseAlarms = 0;
    for (let r = 0; r < REPETITIONS; r++) {
      const { regressed, overall } = await regressedSlices(5000 + r, 2000, (slice) => (slice === 7 ? [0.72, 0.8] : [0.85, 0.8]));
      expect(overall).toBeGreaterThan(0.03); // the average hides it
      if (regressed.includes('segment=7')) found++;
      if (regressed.some((s) => s !== 'segment=7')) falseAlarms++;
    }
    expect(found / REPETITIONS, `found in ${found} of ${REPETITIONS}`).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms).toBe(0);
  }, 300_000);
});
