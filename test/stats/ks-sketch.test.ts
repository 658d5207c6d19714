// KS on quantile sketches (drift-check past its exact budget). The sketches' D carries their rank error,
// so the p-value is the largest a D within both sketches' bounds gives (ksSketchPValue). Checked here:
// that bound holds for our KLL sketch, and the failing case of issue 15 (2.5M rows per side of one
// distribution: p was 3e-148 where scipy gives 0.18 on these samples) against scipy's numbers from
// test/fixtures/drift/generate_edges.py (edges.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind } from '../../src/data/values.js';
import { compareColumn, kllRankError, type DriftOptions } from '../../src/drift/compare.js';
import { ColumnProfile, DEFAULT_PROFILE_OPTIONS, KllSketch } from '../../src/profile/index.js';
import { ks2samp, ksSketchPValue, ksStatistic, mulberry32 } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/drift/edges.json'), 'utf8')) as {
  scipy: string;
  large_ks: { n: number; streams: [number, number]; shift: number; first: number[]; same: { statistic: number; pvalue: number }; shifted: { statistic: number; pvalue: number } };
};

/** Chris Wellons' lowbias32, as the generator computes it with numpy's uint32. */
function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The generator's uniforms: 53 bits from the hashes of counters 2i and 2i + 1, counted from stream·2^24. */
function uniforms(stream: number, n: number, shift = 0): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0, c = stream * 2 ** 24; i < n; i++, c += 2) out[i] = (lowbias32(c) * 2 ** 21 + (lowbias32(c + 1) >>> 11)) / 2 ** 53 + shift;
  return out;
}

/** A column profiled value by value, past the exact budget: its KLL sketch is what remains. */
function sketched(values: Float64Array): ColumnProfile {
  const column = new ColumnProfile('x', DEFAULT_PROFILE_OPTIONS);
  const BATCH = 1 << 16;
  for (let s = 0; s < values.length; s += BATCH) {
    const numbers = values.subarray(s, s + BATCH);
    // Past the frequent-items capacity (1000 values) a numeric column reads no texts: the first batch's are enough.
    const texts = s === 0 ? Array.from(numbers, String) : new Array<undefined>(numbers.length);
    column.add({ kinds: new Uint8Array(numbers.length).fill(Kind.number), numbers, texts }, numbers.length);
  }
  return column;
}

const KS: DriftOptions = { method: 'ks', columnMethods: new Map(), columnThresholds: new Map(), exclude: [], categorical: [] };

describe('KS on KLL sketches', () => {
  it("widens by a bound our sketch keeps: |D̂ − D| within both sketches' rank-error bounds over seeds and shifts, k = 100, 200, 400", () => {
    const n = 100_000;
    const [a, b] = [new Float64Array(n), new Float64Array(n)];
    for (const [k, seeds] of [[100, 6], [200, 20], [400, 6]] as const) {
      let worst = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const [ra, rb] = [mulberry32(2 * seed), mulberry32(2 * seed + 1)];
        const [sa, sb] = [new KllSketch(k, seed), new KllSketch(k, 7919 * seed)];
        for (let i = 0; i < n; i++) {
          sa.update((a[i] = ra()));
          sb.update((b[i] = rb() + (seed % 3) * 0.01)); // the same distribution, and 1% and 2% apart
        }
        const [wa, wb] = [sa.weighted(), sb.weighted()];
        worst = Math.max(worst, Math.abs(ksStatistic(wa.values, wb.values, wa.weights, wb.weights) - ksStatistic(a.sort(), b.sort())));
      }
      expect(worst, `k = ${k}`).toBeLessThanOrEqual(2 * kllRankError(k));
      expect(worst, `k = ${k}: the bound is not vacuous`).toBeGreaterThan(kllRankError(k) / 2);
    }
  });

  it('is the largest p-value within the band, and at most 1', () => {
    expect(ksSketchPValue(0.02, 20_000, 20_000, 0.033)).toBe(1);
    expect(ksSketchPValue(0.1, 20_000, 20_000, 0.033)).toBeLessThan(1e-30);
    expect(ksSketchPValue(0.05, 20_000, 20_000, 0.033)).toBeGreaterThan(ksSketchPValue(0.06, 20_000, 20_000, 0.033));
  });

  const { n, streams, shift, same, shifted } = fixture.large_ks;
  const reference = uniforms(streams[0], n);
  const current = uniforms(streams[1], n);

  it(`samples the generator's values (scipy ${fixture.scipy} computed on them)`, () => {
    expect(Array.from(reference.subarray(0, 3))).toEqual(fixture.large_ks.first);
    const exact = ks2samp(Float64Array.from(reference).sort(), Float64Array.from(current).sort());
    expect(exact.statistic).toBeCloseTo(same.statistic, 14);
    expect(Math.abs(exact.pValue / same.pvalue - 1)).toBeLessThan(1e-9);
  });

  it(`2.5M rows per side of one distribution in sketch mode: not drifted (p ≥ scipy's ${same.pvalue.toFixed(2)}), basis sketch`, () => {
    const drift = compareColumn('x', sketched(reference), sketched(current), KS);
    expect(drift).toMatchObject({ method: 'ks', basis: 'sketch', drifted: false });
    expect(drift.pValue).toBeGreaterThanOrEqual(same.pvalue);
    expect(Math.abs(drift.statistic! - same.statistic)).toBeLessThanOrEqual(2 * kllRankError(200));
    expect(drift.formula).toMatch(/^two-sample Kolmogorov–Smirnov on KLL sketches: p = kstwo\.sf\(D − 0\.0330, n·m\/\(n\+m\)\)/);
  });

  it(`a real shift (+${shift}) still drifts in sketch mode (scipy: D = ${shifted.statistic.toFixed(4)}, p = ${shifted.pvalue})`, () => {
    const drift = compareColumn('x', sketched(reference), sketched(uniforms(streams[1], n, shift)), KS);
    expect(drift).toMatchObject({ method: 'ks', basis: 'sketch', drifted: true });
    expect(Math.abs(drift.statistic! - shifted.statistic)).toBeLessThanOrEqual(2 * kllRankError(200));
    expect(drift.pValue).toBeLessThan(1e-100);
  });
});
