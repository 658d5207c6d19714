// Slices: subsets of the evaluation examples by the value of a column (or of a pair, `a x b`), each
// compared with the same paired machinery as the whole, with the family-wise error rate controlled
// over the judged slices:
// - α = 1 − confidence is split evenly over the k metrics judged per slice (Bonferroni), then
// - accuracy: McNemar's exact p-value per slice, Holm-adjusted over the m judged slices, significant
//   when at most α/k (with a tolerance, the interval below must also lie beyond it);
// - every metric: a Bonferroni-adjusted interval at level 1 − α/(k·m), Δ ± z·SE with SE the standard
//   deviation of the slice's resampled deltas (Efron's standard interval: at such levels a percentile
//   interval would rest on the few most extreme resamples), judged against the tolerance like the whole.
import erfcinvModule from '@stdlib/math-base-special-erfcinv';
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { ConfigurationError } from '../runtime/errors.js';
import { discordantPairs, HIGHER_IS_BETTER, holm, mcnemarExact, pointEstimates, slicesOf, type PairedData, type PairedMetric, type Slicing } from '../stats/index.js';
import type { Cell } from './predictions.js';
import type { Verdict } from './verdict.js';

const erfcinv = erfcinvModule as (x: number) => number;

export const MISSING = '(missing)';
/** Numeric columns with more distinct values than this are cut at their deciles; fewer are sliced by value. */
const MAX_VALUES_BY_VALUE = 10;
/** More slices than this in one slicing would judge noise (an id column, a free-text column). */
const MAX_SLICES = 1000;

/** A slicing as the user wrote it: one column, or a pair `a x b`. */
export interface SliceSpec {
  name: string;
  columns: string[];
}

export function parseSliceSpecs(items: string[], inputName: string): SliceSpec[] {
  return items.map((item) => {
    const columns = item.split(/\s+x\s+/).map((c) => c.trim());
    if (columns.length > 2 || columns.some((c) => c === '')) throw new ConfigurationError(`Input '${inputName}': "${item}" is not a column or a pair of columns "a x b".`);
    return { name: columns.join(' x '), columns };
  });
}

/** `slice-bins`: a YAML map from column to its bin edges. */
export function parseSliceBins(document: unknown): Map<string, number[]> {
  const bins = new Map<string, number[]>();
  if (document === undefined || document === null) return bins;
  if (typeof document !== 'object' || Array.isArray(document)) throw new ConfigurationError(`Input 'slice-bins' must be a map from column to a list of edges, such as {age: [18, 30, 50, 65]}.`);
  for (const [column, edges] of Object.entries(document)) {
    if (!Array.isArray(edges) || edges.length === 0 || edges.some((e) => typeof e !== 'number' || !Number.isFinite(e))) throw new ConfigurationError(`Input 'slice-bins': ${column} must be a list of numbers, got ${JSON.stringify(edges)}.`);
    bins.set(column, [...new Set(edges as number[])].sort((a, b) => a - b));
  }
  return bins;
}

/** Edges as short as they can be while still told apart (4 significant digits, more where needed). */
function edgeTexts(edges: number[]): string[] {
  for (let digits = 4; ; digits++) {
    const texts = edges.map((x) => String(+x.toPrecision(Math.min(digits, 17))));
    if (new Set(texts).size === edges.length || digits >= 17) return texts;
  }
}

/** How one column names the slice of each value: by value, or by bin of a numeric column. */
function labeller(column: string, values: readonly Cell[], edges: number[] | undefined): { label: (value: string) => string; order: (a: string, b: string) => number } {
  const present = new Set(values);
  present.delete(null);
  const numeric = present.size > 0 && [...present].every((v) => Number.isFinite(Number(v)));
  const byValue = { label: (v: string) => `${column}=${v}`, order: (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true }) };
  if (!numeric) {
    if (edges) throw new ConfigurationError(`Input 'slice-bins' gives edges for ${column}, which is not numeric (e.g. ${JSON.stringify([...present].find((v) => !Number.isFinite(Number(v))))}).`);
    return byValue;
  }
  if (!edges) {
    if (new Set([...present].map(Number)).size <= MAX_VALUES_BY_VALUE) return byValue;
    const sorted = Float64Array.from(values.filter((v) => v !== null), Number).sort() as unknown as number[];
    edges = [...new Set([1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => quantileSorted(sorted, d / 10)))];
  }
  const cuts = edges;
  const t = edgeTexts(cuts);
  const names = [`${column}<${t[0]}`, ...t.slice(1).map((e, i) => `${column}=[${t[i]}, ${e})`), `${column}≥${t.at(-1)}`];
  const bin = (x: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x >= cuts[mid]!) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { label: (v) => names[bin(Number(v))]!, order: (a, b) => names.indexOf(a) - names.indexOf(b) };
}

export interface NamedSlicing extends Slicing {
  name: string;
  /** Slice names, e.g. `region=EU`, `age=[30, 41)`, `region=EU, plan=pro`, `region=(missing)`. */
  names: string[];
}

/** The slice of each example: `values` holds each column of the spec, one cell per paired example. */
export function buildSlicing(spec: SliceSpec, values: Map<string, Cell[]>, bins: Map<string, number[]>): NamedSlicing {
  const n = values.get(spec.columns[0]!)!.length;
  // Per column, each example's part of its slice name as a small number (one map look-up per value),
  // then the parts together in mixed radix: the slice's key.
  const columns = spec.columns.map((column) => {
    const cells = values.get(column)!;
    const { label, order } = labeller(column, cells, bins.get(column));
    const ids = new Map<Cell, number>();
    const byName = new Map<string, number>();
    const parts: string[] = [];
    const idOf = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let id = ids.get(cells[i]!);
      if (id === undefined) {
        // Empty values form their own slice, named like the others: `region=(missing)`.
        const name = cells[i] === null ? `${column}=${MISSING}` : label(cells[i]!);
        id = byName.get(name) ?? parts.push(name) - 1;
        byName.set(name, id);
        ids.set(cells[i]!, id);
      }
      idOf[i] = id;
    }
    return { parts, idOf, order };
  });
  // Each example's slice by first appearance: its key in mixed radix looked up in a table (a map when
  // the radix is too large for one), with each slice's ids per column kept.
  const radix = columns.reduce((product, c) => product * c.parts.length, 1);
  const table = radix <= 1 << 22 ? new Int32Array(radix).fill(-1) : undefined;
  const map = new Map<number, number>();
  const distinct: number[][] = [];
  const appearance = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let key = 0;
    for (const c of columns) key = key * c.parts.length + c.idOf[i]!;
    let slice = table ? table[key]! : (map.get(key) ?? -1);
    if (slice < 0) {
      slice = distinct.push(columns.map((c) => c.idOf[i]!)) - 1;
      if (table) table[key] = slice;
      else map.set(key, slice);
    }
    appearance[i] = slice;
  }
  if (distinct.length > MAX_SLICES) throw new ConfigurationError(`Slicing by ${spec.name} gives ${distinct.length.toLocaleString('en-US')} slices, more than ${MAX_SLICES}: slice by a column with fewer values, or cut a numeric column with slice-bins.`);
  const compare = (a: number[], b: number[]) => {
    for (let k = 0; k < columns.length; k++) {
      const [x, y] = [columns[k]!.parts[a[k]!]!, columns[k]!.parts[b[k]!]!];
      const order = x.endsWith(MISSING) || y.endsWith(MISSING) ? +x.endsWith(MISSING) - +y.endsWith(MISSING) : columns[k]!.order(x, y);
      if (order !== 0) return order;
    }
    return 0;
  };
  const sorted = Array.from(distinct.keys()).sort((a, b) => compare(distinct[a]!, distinct[b]!));
  const place = new Uint32Array(distinct.length);
  sorted.forEach((slice, s) => (place[slice] = s));
  const of = new Uint32Array(n);
  for (let i = 0; i < n; i++) of[i] = place[appearance[i]!]!;
  const names = sorted.map((slice) => distinct[slice]!.map((id, k) => columns[k]!.parts[id]).join(', '));
  return { name: spec.name, names, count: names.length, of };
}

export interface SliceMetric {
  metric: PairedMetric;
  baseline: number;
  candidate: number;
  delta: number;
  low: number;
  high: number;
  tolerance: number;
  /** Accuracy: McNemar's exact p-value, and Holm's adjustment over the judged slices. */
  p?: number;
  pAdjusted?: number;
  verdict: Verdict;
}

export interface SliceResult {
  slicing: string;
  slice: string;
  n: number;
  /** Slices smaller than the minimum size are listed, not judged. */
  judged: boolean;
  regressed: boolean;
  metrics: SliceMetric[];
}

export interface SliceComparison {
  slicings: string[];
  /** The metric slices are ranked and charted by, and whether higher is better for it. */
  primary: { metric: PairedMetric; higherIsBetter: boolean };
  minSize: number;
  judged: number;
  /** α split over the metrics judged per slice; the interval level after Bonferroni over the judged slices. */
  alpha: number;
  level: number;
  method: string;
  slices: SliceResult[];
  regressed: string[];
}

export interface SliceOptions {
  confidence: number;
  minSize: number;
  /** Tolerated regression per metric (absolute), and the better direction per metric. */
  tolerances: Map<string, number>;
  higherIsBetter: (metric: PairedMetric) => boolean;
}

/** Judges every slice from its resampled deltas (group 1 + slice's place among all slices, see cellsOf). */
export function compareSlices(data: PairedData, names: PairedMetric[], slicings: NamedSlicing[], deltas: Map<PairedMetric, Float64Array[]>, options: SliceOptions): SliceComparison {
  const slices: (SliceResult & { data: PairedData; group: number })[] = [];
  let group = 1;
  for (const slicing of slicings) {
    for (const [s, slice] of slicesOf(data, slicing).entries()) {
      const n = slice.labels.length;
      slices.push({ slicing: slicing.name, slice: slicing.names[s]!, n, judged: n >= options.minSize, regressed: false, metrics: [], data: slice, group: group + s });
    }
    group += slicing.count;
  }
  const judged = slices.filter((s) => s.judged);
  const alpha = (1 - options.confidence) / Math.max(1, names.length);
  const tail = alpha / Math.max(1, judged.length);
  const z = Math.SQRT2 * erfcinv(tail);
  // McNemar per judged slice, Holm over them.
  const mcnemar = new Map<(typeof slices)[number], { p: number; pAdjusted: number }>();
  if (names.includes('accuracy')) {
    const ps = judged.map(({ data: d }) => {
      const { b, c } = discordantPairs(d);
      return mcnemarExact(b, c).pValue;
    });
    holm(ps).forEach((pAdjusted, k) => mcnemar.set(judged[k]!, { p: ps[k]!, pAdjusted }));
  }
  for (const slice of slices) {
    for (const metric of names) {
      const [candidate, baseline] = slice.n === 0 ? [NaN, NaN] : pointEstimates(slice.data, metric);
      const delta = candidate - baseline;
      const resampled = Array.from(deltas.get(metric)![slice.group]!).filter((x) => !Number.isNaN(x));
      const se = resampled.length >= 2 ? sampleStandardDeviation(resampled) : NaN;
      const [low, high] = [delta - z * se, delta + z * se];
      const tolerance = options.tolerances.get(metric) ?? 0;
      const test = metric === 'accuracy' ? mcnemar.get(slice) : undefined;
      const result: SliceMetric = { metric, baseline, candidate, delta, low, high, tolerance, ...test, verdict: 'inconclusive' };
      if (slice.judged && Number.isFinite(delta)) result.verdict = verdictOf(result, options.higherIsBetter(metric), test ? test.pAdjusted <= alpha : undefined);
      slice.metrics.push(result);
    }
    slice.regressed = slice.metrics.some((m) => m.verdict === 'regressed');
  }
  const level = 1 - (1 - options.confidence) / Math.max(1, names.length * judged.length);
  const primary = names.find((m) => options.tolerances.has(m)) ?? names[0]!;
  return {
    slicings: slicings.map((s) => s.name),
    primary: { metric: primary, higherIsBetter: options.higherIsBetter(primary) },
    minSize: options.minSize,
    judged: judged.length,
    alpha,
    level,
    method: `family-wise error ${+(1 - options.confidence).toFixed(4)} over ${judged.length} judged slice(s) and ${names.length} metric(s): accuracy by McNemar's exact test with Holm's adjustment (significant at p ≤ ${+alpha.toPrecision(3)}); every metric by a Bonferroni-adjusted ${+(level * 100).toPrecision(6)}% interval Δ ± ${z.toFixed(3)}·SE, SE the standard deviation of the slice's ${deltas.get(names[0]!)?.[0]?.length ?? 0} resampled deltas`,
    slices: slices.map(({ data: _, group: __, ...rest }) => rest),
    regressed: slices.filter((s) => s.regressed).map((s) => s.slice),
  };
}

/**
 * As verdict.ts judges the whole, in "better" units: regressed when the interval lies beyond the
 * tolerance, improved when it lies above 0, unchanged when inside ±tolerance. With McNemar (accuracy),
 * a regression or improvement must also be significant after Holm.
 */
function verdictOf(m: SliceMetric, higherIsBetter: boolean, significant: boolean | undefined): Verdict {
  const [low, high] = higherIsBetter ? [m.low, m.high] : [-m.high, -m.low];
  const better = higherIsBetter ? m.delta : -m.delta;
  if (significant !== undefined) {
    if (significant && better < 0 && (m.tolerance === 0 || high < -m.tolerance)) return 'regressed';
    if (significant && better > 0) return 'improved';
  } else {
    if (high < -m.tolerance) return 'regressed';
    if (low > 0) return 'improved';
  }
  return m.tolerance > 0 && low >= -m.tolerance && high <= m.tolerance ? 'unchanged' : 'inconclusive';
}

/** `max-slice-regression`: metric → tolerated regression in any slice (absolute). */
export function parseSliceTolerances(document: unknown): Map<string, number> | undefined {
  if (document === undefined || document === null) return undefined;
  if (typeof document !== 'object' || Array.isArray(document)) throw new ConfigurationError(`Input 'max-slice-regression' must be a map from metric to the tolerated regression in any slice, such as {accuracy: 0.02}.`);
  const out = new Map<string, number>();
  for (const [metric, value] of Object.entries(document)) {
    if (!(metric in HIGHER_IS_BETTER)) throw new ConfigurationError(`Input 'max-slice-regression': ${metric} is not compared per slice (the paired metrics are ${Object.keys(HIGHER_IS_BETTER).join(', ')}).`);
    if (typeof value !== 'number' || !(value >= 0)) throw new ConfigurationError(`Input 'max-slice-regression': ${metric} must be a number at least 0 (absolute), got ${JSON.stringify(value)}.`);
    out.set(metric, value);
  }
  return out;
}
