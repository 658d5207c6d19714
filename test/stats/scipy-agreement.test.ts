// Every drift statistic against the numbers scipy 1.10.1 computed on the same samples
// (test/fixtures/drift/generate.py wrote cases.json; see its docstring).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../src/data/values.js';
import { binOf, DatasetProfile, DEFAULT_PROFILE_OPTIONS } from '../../src/profile/index.js';
import { chiSquare, hellinger, jensenShannon, klDivergence, ks2samp, psi, wasserstein, zTest } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

type Case = { name: string; kind: 'numeric' | 'categorical'; reference: (number | string)[]; current: (number | string)[]; edges?: number[]; expected: Record<string, number | string | number[]> };
const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/drift/cases.json'), 'utf8')) as { scipy: string; cases: Case[] };

/** Agreement to 1e-9 relative (p-values below 1e-300 compare as 0). */
function agree(actual: number, expected: number | string, label: string) {
  const e = expected === 'Infinity' ? Infinity : (expected as number);
  if (!Number.isFinite(e)) return expect(`${label}: ${actual}`).toBe(`${label}: ${e}`);
  const tolerance = Math.max(Math.abs(e) * 1e-9, 1e-12);
  expect(Math.abs(actual - e), `${label}: ${actual} vs scipy ${e}`).toBeLessThanOrEqual(tolerance);
}

const counts = (values: (number | string)[]) => {
  const m = new Map<string, number>();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return m;
};
const sorted = (values: (number | string)[]) => Float64Array.from(values as number[]).sort();

describe(`drift statistics agree with scipy ${fixture.scipy}`, () => {
  for (const c of fixture.cases.filter((x) => x.kind === 'numeric')) {
    it(`${c.name}: KS (${c.expected.ks_method}), Wasserstein, and binned JS/PSI/KL/Hellinger`, () => {
      const a = sorted(c.reference);
      const b = sorted(c.current);
      const ks = ks2samp(a, b);
      agree(ks.statistic, c.expected.ks_statistic as number, 'KS statistic');
      agree(ks.pValue, c.expected.ks_pvalue as number, 'KS p-value');
      expect(ks.method).toBe(c.expected.ks_method);
      agree(wasserstein(a, b), c.expected.wasserstein as number, 'Wasserstein');
      const bins = (xs: Float64Array) => {
        const h = new Array<number>(c.edges!.length - 1).fill(0);
        for (const x of xs) h[binOf(c.edges!, x)]!++;
        return h;
      };
      const [r, q] = [bins(a), bins(b)];
      expect(r).toEqual(c.expected.reference_counts);
      expect(q).toEqual(c.expected.current_counts);
      agree(jensenShannon(r, q), c.expected.jensenshannon as number, 'Jensen-Shannon');
      agree(psi(r, q), c.expected.psi as number, 'PSI');
      agree(klDivergence(r, q), c.expected.kl_div as number, 'KL');
      agree(hellinger(r, q), c.expected.hellinger as number, 'Hellinger');
    });
  }
  for (const c of fixture.cases.filter((x) => x.kind === 'categorical')) {
    it(`${c.name}: chi-square${c.expected.z_pvalue !== undefined ? ', z-test' : ''}, Jensen-Shannon`, () => {
      const [ref, cur] = [counts(c.reference), counts(c.current)];
      const chi = chiSquare(ref, cur);
      agree(chi.statistic, c.expected.chisquare_statistic as number, 'chi-square statistic');
      agree(chi.pValue!, c.expected.chisquare_pvalue as number, 'chi-square p-value');
      const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
      agree(jensenShannon(keys.map((k) => ref.get(k) ?? 0), keys.map((k) => cur.get(k) ?? 0)), c.expected.jensenshannon as number, 'Jensen-Shannon');
      if (c.expected.z_pvalue !== undefined) {
        const z = zTest(ref, cur);
        agree(z.statistic, c.expected.z_statistic as number, 'z statistic');
        agree(z.pValue!, c.expected.z_pvalue as number, 'z p-value');
      }
    });
  }

  // The same through profiles: integers (the "ties" case) are counted per value, the rest listed.
  const sampleOf = (values: (number | string)[]) => {
    const texts = values.map(String);
    const profile = new DatasetProfile({ ...DEFAULT_PROFILE_OPTIONS, exactLimit: 1_000_000 });
    profile.addBatch(new Map([['x', classifyColumn(texts, texts.length, new Set(['']), true)]]), texts.length);
    return profile.columns.get('x')!.exactSample()!;
  };
  for (const c of fixture.cases.filter((x) => x.kind === 'numeric')) {
    it(`${c.name}: KS and Wasserstein from profiles' exact values`, () => {
      const [a, b] = [sampleOf(c.reference), sampleOf(c.current)];
      if (c.name.startsWith('ties')) expect(a.counts && b.counts).toBeDefined();
      const ks = ks2samp(a.values, b.values, a.counts, b.counts);
      agree(ks.statistic, c.expected.ks_statistic as number, 'KS statistic');
      agree(ks.pValue, c.expected.ks_pvalue as number, 'KS p-value');
      agree(wasserstein(a.values, b.values, a.counts, b.counts), c.expected.wasserstein as number, 'Wasserstein');
    });
  }
});
