// The failing cases of issue 15's statistics audit, against the numbers scipy 1.10.1, numpy and exact
// arithmetic give (test/fixtures/drift/generate_edges.py wrote edges.json; see its docstring).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../src/data/values.js';
import { compareColumn, type DriftOptions, type Method } from '../../src/drift/compare.js';
import { DatasetProfile, DEFAULT_PROFILE_OPTIONS } from '../../src/profile/index.js';
import { kolmogorovSf } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

type Expected = Record<string, number>;
const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/drift/edges.json'), 'utf8')) as {
  scipy: string;
  categories: { name: string; reference: string[]; current: string[]; expected: Expected }[];
  offsets: { name: string; values: number[]; exact: Expected; numpy: Expected }[];
  kolmogorov: { n: number; t: number; x: number; exact: string; scipy: number }[];
};

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** A profile of one column `x` from CSV cells, in shards (each its own profile) merged in order. */
function profileOf(cells: string[], shards = 1): DatasetProfile {
  const whole = new DatasetProfile(DEFAULT_PROFILE_OPTIONS);
  const size = Math.ceil(cells.length / shards);
  for (let s = 0; s < cells.length; s += size) {
    const part = new DatasetProfile(DEFAULT_PROFILE_OPTIONS);
    const texts = cells.slice(s, s + size);
    part.addBatch(new Map([['x', classifyColumn(texts, texts.length, new Set(['']), true)]]), texts.length);
    whole.merge(DatasetProfile.fromJSON(JSON.parse(JSON.stringify(part.toJSON())))); // as shards travel: in files
  }
  return whole;
}

const options = (method: 'auto' | Method): DriftOptions => ({ method, columnMethods: new Map(), columnThresholds: new Map(), exclude: [], categorical: [] });

describe(`discrete numeric columns are counted by value (scipy ${fixture.scipy}, Evidently's z-test)`, () => {
  for (const c of fixture.categories) {
    it(`${c.name}: chi-square and z agree with the references on the values`, () => {
      const [ref, cur] = [profileOf(c.reference).columns.get('x')!, profileOf(c.current, 3).columns.get('x')!];
      expect(cur.type).toBe(c.current.some((cell) => cell.includes('.')) ? 'number' : 'integer'); // "1.0" where pandas left a cell empty
      expect(cur.distinct()).toEqual({ estimate: c.expected.distinct, exact: true });
      const chi = compareColumn('x', ref, cur, options('chisquare'));
      expect(relative(chi.statistic!, c.expected.chisquare_statistic!), 'chi-square statistic').toBeLessThan(1e-12);
      expect(relative(chi.pValue!, c.expected.chisquare_pvalue!), 'chi-square p').toBeLessThan(1e-9);
      const z = compareColumn('x', ref, cur, options('z'));
      expect(relative(z.statistic!, c.expected.z_statistic!), 'z statistic (its sign: which value comes first)').toBeLessThan(1e-12);
      expect(relative(z.pValue!, c.expected.z_pvalue!), 'z p').toBeLessThan(1e-9);
      expect(z.histogram!.labels).toEqual([...new Set(c.reference.map(Number))].sort((a, b) => a - b).map(String));
      const auto = compareColumn('x', ref, cur, options('auto'));
      expect(auto.method).toBe(c.expected.distinct === 2 ? 'z' : 'chisquare');
      expect(auto.drifted).toBe(auto.method === 'z' ? c.expected.z_pvalue! < 0.05 : c.expected.chisquare_pvalue! < 0.05);
      expect(auto.newCategories).toEqual([]);
    });
  }
});

describe('the reference standard deviation at an offset of 1e12 (numpy, and exact rational arithmetic)', () => {
  for (const c of fixture.offsets) {
    it(`${c.name}: whole, and merged from JSON shards`, () => {
      const cells = c.values.map(String);
      for (const shards of [1, 3, 7]) {
        const { moments } = profileOf(cells, shards).columns.get('x')!;
        const std0 = Math.sqrt(moments.m2 / moments.n);
        const std1 = Math.sqrt(moments.m2 / (moments.n - 1));
        expect(relative(std0, c.exact.std0!), `${shards} shards: std (ddof 0) vs exact`).toBeLessThan(1e-12);
        expect(relative(std1, c.exact.std1!), `${shards} shards: std (ddof 1) vs exact`).toBeLessThan(1e-12);
        expect(relative(std0, c.numpy.std0!), `${shards} shards: std vs numpy (numpy's own error is ${relative(c.numpy.std0!, c.exact.std0!).toExponential(1)})`).toBeLessThan(1e-9);
        expect(moments.mean).toBe(c.exact.mean);
      }
    });
  }
});

describe("kstwo's upper tail past n = 10^6: the exact series, checked against 50-digit arithmetic", () => {
  for (const k of fixture.kolmogorov) {
    const exact = Number(k.exact);
    it(`n = ${k.n}, x = ${k.t}/${k.n} (n·x² = ${(k.t * k.x).toFixed(1)}): ours within 2e-10 of ${exact.toPrecision(6)}; scipy off by ${relative(k.scipy, exact).toExponential(1)}`, () => {
      expect(relative(kolmogorovSf(k.n, k.x), exact)).toBeLessThan(2e-10);
    });
  }
  it('scipy itself agrees below n = 10^6 and departs above it (what the README says)', () => {
    const below = fixture.kolmogorov.filter((k) => k.n <= 1e6);
    const above = fixture.kolmogorov.filter((k) => k.n > 1e6);
    for (const k of below) expect(relative(k.scipy, Number(k.exact))).toBeLessThan(1e-9);
    expect(Math.max(...above.map((k) => relative(k.scipy, Number(k.exact))))).toBeGreaterThan(1e-5);
  });
});
