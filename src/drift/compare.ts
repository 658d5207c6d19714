// Column-by-column drift between a reference and a current profile. Method choice follows
// Evidently's defaults (see DESIGN.md); every result names its formula, its sample sizes, whether it
// used exact values or a sketch, and an effect size beside any p-value.
import type { KindName } from '../data/values.js';
import type { ColumnProfile, DatasetProfile, FrequentItems } from '../profile/index.js';
import { HyperLogLog } from '../profile/index.js';
import { categoriesOf, chiSquare, hellinger, jensenShannon, klDivergence, ks2samp, ksSketchPValue, ksStatistic, psi, wasserstein, zTest, type Category } from '../stats/index.js';

export const METHODS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'] as const;
export type Method = (typeof METHODS)[number];

/** p-value methods drift when p is under the threshold; distances when at or over it. */
const DEFAULT_THRESHOLD: Record<Method, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1, kl_div: 0.1, hellinger: 0.1 };
const P_VALUE_METHODS = new Set<Method>(['ks', 'chisquare', 'z']);

export const FORMULAS: Record<Method, string> = {
  ks: 'two-sample Kolmogorov–Smirnov, scipy ks_2samp(method="auto"); drift if p ≤ threshold',
  chisquare: 'chi-square goodness of fit of current counts to reference shares, df = k − 1 (Evidently); drift if p < threshold',
  z: 'two-proportion z-test, pooled, p = 2(1 − Φ(|z|)) (Evidently); drift if p < threshold',
  wasserstein: 'Wasserstein-1 distance / reference std (ddof 0, at least 0.001) (Evidently); drift if ≥ threshold',
  jensenshannon: 'Jensen–Shannon distance, natural log (scipy jensenshannon); drift if ≥ threshold',
  psi: 'PSI Σ (r − c)·ln(r/c), empty bins 0.0001 (Evidently); drift if ≥ threshold',
  kl_div: 'Kullback–Leibler KL(reference ‖ current), empty bins 0.0001 (Evidently); drift if ≥ threshold',
  hellinger: 'Hellinger distance √(Σ(√r − √c)²)/√2 (Evidently); drift if ≥ threshold',
};

/** KS on sketches names the band it allowed for (see ksSketchPValue). */
const sketchKsFormula = (band: number) =>
  `two-sample Kolmogorov–Smirnov on KLL sketches: p = kstwo.sf(D − ${band.toPrecision(3)}, n·m/(n+m)), the largest p a D within both sketches' rank-error bounds (Apache DataSketches' 99% bound 2.446/k^0.9433 each) gives; drift if p ≤ threshold`;

export interface DriftOptions {
  method: 'auto' | Method;
  /** Per-column options are Maps: a column may be named `constructor` or `__proto__`. */
  columnMethods: ReadonlyMap<string, Method>;
  threshold?: number;
  columnThresholds: ReadonlyMap<string, number>;
  columns?: string[];
  exclude: string[];
  categorical: string[];
}

export interface ColumnDrift {
  column: string;
  type: KindName | 'categorical';
  status: 'compared' | 'skipped';
  /** Why a column was not compared (empty side, datetime, not selected). */
  reason?: string;
  method?: Method;
  formula?: string;
  statistic?: number;
  pValue?: number;
  threshold?: number;
  drifted: boolean;
  effect?: { name: string; value: number };
  /** exact: all values were kept; sketch: quantile sketch or approximate counts were used. */
  basis?: 'exact' | 'sketch';
  reference: { n: number; nulls: number; nullRate: number };
  current: { n: number; nulls: number; nullRate: number };
  nullRateChange: number;
  newCategories: string[];
  /** Shares per reference bin or category, for charts. */
  histogram?: { labels: string[]; reference: number[]; current: number[] };
}

const isNumeric = (type: string) => type === 'integer' || type === 'number';

function side(p: ColumnProfile | undefined) {
  const n = p ? p.count - p.nulls : 0;
  const nulls = p?.nulls ?? 0;
  const count = p?.count ?? 0;
  return { n, nulls, nullRate: count === 0 ? 0 : nulls / count };
}

/** Distinct values over both sides: exact when both keep exact counts (`counts`, by category), else the merged HyperLogLog. */
function distinctUnion(a: ColumnProfile, b: ColumnProfile, counts?: [Map<Category, number>, Map<Category, number>]): number {
  if (counts) return new Set([...counts[0].keys(), ...counts[1].keys()]).size;
  const merged = new HyperLogLog(Uint8Array.from(a.hll.registers));
  merged.merge(b.hll);
  return merged.estimate();
}

/** Evidently's default: by reference size N and the number of distinct values over both sides. */
export function autoMethod(numeric: boolean, referenceN: number, distinct: number): Method {
  if (referenceN <= 1000) {
    if (numeric && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  return numeric && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}

/**
 * A KLL sketch's bound on its rank error, as a share of the values: Apache DataSketches' 99%-confidence
 * "double-sided" normalised rank error, 2.446/k^0.9433 (1.65% at k = 200; their single-sided 1.33% holds
 * at one rank, not at the largest gap over all of them, which KS takes). test/stats/ks-sketch.test.ts
 * checks it against our sketch.
 */
export const kllRankError = (k: number) => 2.446 / k ** 0.9433;

/**
 * The sample behind a numeric column: exact sorted values (distinct, with counts, when counted), or the
 * sketch's weighted items and its rank-error bound (none while every item weighs one: the whole sample).
 */
function sample(p: ColumnProfile): { values: ArrayLike<number>; weights?: ArrayLike<number>; exact: boolean; rankError: number } {
  const exact = p.exactSample();
  if (exact) return { values: exact.values, weights: exact.counts, exact: true, rankError: 0 };
  const { values, weights } = p.kll.weighted();
  return { values, weights, exact: false, rankError: weights.every((w) => w === 1) ? 0 : kllRankError(p.kll.k) };
}

/** Counts per category: per value in a numeric column (whose frequent items are by value). */
function categoryCounts(frequent: FrequentItems | undefined, numeric: boolean): Map<Category, number> {
  if (!frequent) return new Map();
  return numeric ? frequent.numberCounts() : frequent.counts;
}

export function compareColumn(name: string, ref: ColumnProfile | undefined, cur: ColumnProfile | undefined, options: DriftOptions): ColumnDrift {
  const reference = side(ref);
  const current = side(cur);
  const base = { column: name, drifted: false, reference, current, nullRateChange: current.nullRate - reference.nullRate, newCategories: [] as string[] };
  const skip = (type: ColumnDrift['type'], reason: string): ColumnDrift => ({ ...base, type, status: 'skipped', reason });
  if (!ref) return skip(cur?.type ?? 'null', 'not in the reference');
  if (!cur) return skip(ref.type, 'not in the current data');
  const categorical = options.categorical.includes(name);
  const type: ColumnDrift['type'] = categorical ? 'categorical' : ref.type === 'null' ? cur.type : ref.type;
  if (reference.n === 0) return skip(type, 'empty or all null in the reference');
  if (current.n === 0) return skip(type, 'empty or all null in the current data');
  if ((type === 'date' || type === 'datetime') && !options.columnMethods.has(name)) return skip(type, 'datetime columns are excluded by default (name a method in column-methods to compare one)');
  const numeric = !categorical && isNumeric(type) && isNumeric(cur.type === 'null' ? type : cur.type);

  const [refFrequent, curFrequent] = [ref.frequent, cur.frequent]; // read once: a numeric column's are made by value when read
  const refCounts = categoryCounts(refFrequent, numeric);
  const curCounts = categoryCounts(curFrequent, numeric);
  const distinct = distinctUnion(ref, cur, refFrequent?.exact && curFrequent?.exact ? [refCounts, curCounts] : undefined);
  const method = options.columnMethods.get(name) ?? (options.method === 'auto' ? autoMethod(numeric, reference.n, distinct) : options.method);
  const threshold = options.columnThresholds.get(name) ?? options.threshold ?? DEFAULT_THRESHOLD[method];
  const newCategories = !numeric && refFrequent && curFrequent ? [...curCounts.keys()].filter((k) => !refCounts.has(k)).map(String).sort().slice(0, 20) : [];
  const result: ColumnDrift = { ...base, type, status: 'compared', method, formula: FORMULAS[method], threshold, newCategories, basis: 'exact' };

  // Discrete values (categorical, or numeric with few values) are compared by their counts.
  const discrete = !numeric || (refFrequent?.exact && curFrequent?.exact && distinct <= 5);
  const countsExact = !!(refFrequent?.exact && curFrequent?.exact);
  if (method === 'chisquare' || method === 'z') {
    if (!refFrequent || !curFrequent) return skip(type, `${method} needs value counts, and this column has too many distinct values to count`);
    const test = method === 'z' ? zTest(refCounts, curCounts) : chiSquare(refCounts, curCounts);
    Object.assign(result, { statistic: test.statistic, pValue: test.pValue, basis: countsExact ? 'exact' : 'sketch' });
    result.effect = method === 'z' ? cohensH(refCounts, curCounts) : cramersV(refCounts, curCounts);
  } else if (method === 'ks' || method === 'wasserstein') {
    if (!numeric) return skip(type, `${method} needs numeric values`);
    const [a, b] = [sample(ref), sample(cur)];
    result.basis = a.exact && b.exact ? 'exact' : 'sketch';
    if (method === 'ks') {
      if (a.exact && b.exact) {
        const ks = ks2samp(a.values, b.values, a.weights, b.weights);
        Object.assign(result, { statistic: ks.statistic, pValue: ks.pValue });
      } else {
        // Sketches: D from their CDFs, p the largest their rank error allows (see ksSketchPValue).
        const d = ksStatistic(a.values, b.values, a.weights, b.weights);
        const band = a.rankError + b.rankError;
        Object.assign(result, { statistic: d, pValue: ksSketchPValue(d, ref.moments.n, cur.moments.n, band), formula: sketchKsFormula(band) });
      }
      result.effect = { name: 'KS D (max CDF gap)', value: result.statistic! };
    } else {
      const std = Math.sqrt(ref.moments.n > 0 ? ref.moments.m2 / ref.moments.n : 0);
      const distance = wasserstein(a.values, b.values, a.weights, b.weights);
      result.statistic = distance / Math.max(std, 0.001);
      result.effect = { name: 'mean shift / reference std', value: (cur.moments.mean - ref.moments.mean) / Math.max(std, 0.001) };
    }
  } else {
    const [labels, r, c] = discrete ? countsOver(refCounts, curCounts) : binned(ref, cur);
    result.basis = discrete ? (countsExact ? 'exact' : 'sketch') : ref.values && cur.values ? 'exact' : 'sketch';
    result.statistic = method === 'jensenshannon' ? jensenShannon(r, c) : method === 'psi' ? psi(r, c) : method === 'kl_div' ? klDivergence(r, c) : hellinger(r, c);
    result.histogram = { labels, reference: shares(r), current: shares(c) };
  }
  if (!result.histogram) {
    const [labels, r, c] = discrete ? countsOver(refCounts, curCounts) : binned(ref, cur);
    result.histogram = { labels, reference: shares(r), current: shares(c) };
  }
  const drifted = P_VALUE_METHODS.has(method) ? (method === 'ks' ? result.pValue! <= threshold : result.pValue! < threshold) : result.statistic! >= threshold;
  result.drifted = drifted;
  return result;
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/** Counts of both sides over the union of categories (sorted), as Evidently lays them out. */
function countsOver(ref: Map<Category, number>, cur: Map<Category, number>): [string[], number[], number[]] {
  const keys = categoriesOf(ref, cur);
  return [keys.map(String), keys.map((k) => ref.get(k) ?? 0), keys.map((k) => cur.get(k) ?? 0)];
}

/** Both sides binned on the reference's frozen decile edges. */
function binned(ref: ColumnProfile, cur: ColumnProfile): [string[], number[], number[]] {
  const edges = ref.referenceBins().edges;
  const labels = edges.slice(0, -1).map((e, i) => `${short(e)}–${short(edges[i + 1]!)}`);
  return [labels, ref.binCounts(edges), cur.binCounts(edges)];
}

const short = (x: number) => (Math.abs(x) >= 1000 || Number.isInteger(x) ? String(Math.round(x)) : x.toPrecision(3));

/**
 * Cramér's V of the 2 × k table (reference, current) × category: √(χ²/N) with χ² the test of
 * independence on that table (scipy.stats.contingency.association, method 'cramer'). 0 (same shares) to
 * 1 (no category shared). Not √(χ²/(n·(k−1))) of the goodness-of-fit statistic: that one exceeds 1 when
 * a category is rare in the reference.
 */
export function cramersV(ref: ReadonlyMap<Category, number>, cur: ReadonlyMap<Category, number>): { name: string; value: number } {
  const total = (m: ReadonlyMap<Category, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [nRef, nCur] = [total(ref), total(cur)];
  const n = nRef + nCur;
  let chi2 = 0;
  for (const key of new Set([...ref.keys(), ...cur.keys()])) {
    const [r, c] = [ref.get(key) ?? 0, cur.get(key) ?? 0];
    const share = (r + c) / n;
    chi2 += (r - nRef * share) ** 2 / (nRef * share) + (c - nCur * share) ** 2 / (nCur * share);
  }
  return { name: "Cramér's V", value: nRef === 0 || nCur === 0 ? NaN : Math.sqrt(chi2 / n) };
}

/** Cohen's h = 2·asin(√p1) − 2·asin(√p2) for the share of the first category. */
function cohensH(ref: Map<Category, number>, cur: Map<Category, number>): { name: string; value: number } {
  const first = categoriesOf(ref, cur)[0]!;
  const share = (m: Map<Category, number>) => (m.get(first) ?? 0) / [...m.values()].reduce((a, b) => a + b, 0);
  return { name: "Cohen's h", value: 2 * Math.asin(Math.sqrt(share(cur))) - 2 * Math.asin(Math.sqrt(share(ref))) };
}

export interface DatasetDrift {
  columns: ColumnDrift[];
  compared: number;
  driftedColumns: string[];
  share: number;
  drifted: boolean;
}

export function compareProfiles(reference: DatasetProfile, current: DatasetProfile, options: DriftOptions, driftShare: number): DatasetDrift {
  const names = [...new Set([...reference.columns.keys(), ...current.columns.keys()])];
  const selected = names.filter((n) => (!options.columns || options.columns.includes(n)) && !options.exclude.includes(n));
  const columns = selected.map((n) => compareColumn(n, reference.columns.get(n), current.columns.get(n), options));
  const compared = columns.filter((c) => c.status === 'compared');
  const driftedColumns = compared.filter((c) => c.drifted).map((c) => c.column);
  const share = compared.length === 0 ? 0 : driftedColumns.length / compared.length;
  // Drifted first, then by how far past the threshold, then by name.
  const score = (c: ColumnDrift) => (c.status !== 'compared' ? -2 : c.drifted ? 1 : 0);
  columns.sort((a, b) => score(b) - score(a) || a.column.localeCompare(b.column));
  return { columns, compared: compared.length, driftedColumns, share, drifted: compared.length > 0 && share >= driftShare };
}
