// KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016):
// mergeable, memory O(k log(n/k)), rank error about 1.65/k. Coin flips come from a seeded
// generator so the same data gives the same sketch.
//
// Laid out as Apache DataSketches does: level 0 is a flat buffer of raw values, sorted natively when
// full; every higher level is kept sorted, so a compaction is a linear merge, never a re-sort. No
// compactor is narrower than MIN_WIDTH, and level 0 holds at least 2k values (a wider level only lowers
// the error).

import { EMPTY_F64 } from '../data/growable.js';
import { sortNumbers } from '../stats/arrays.js';

const MIN_WIDTH = 8;
/**
 * Level 0 is at least this wide: each of its compactions sorts it (the sketch's main cost) and cascades
 * through the narrow levels above, so fewer, larger compactions cost less (3M small integers: 220 -> 55 ms).
 */
const LEVEL0_MIN = 4096;

/** How many values level 0 holds before its first compaction: until then the sketch is the values in the order they came. */
export const level0Width = (k: number): number => Math.max(2 * k, LEVEL0_MIN);

export interface KllJson {
  k: number;
  n: number;
  levels: number[][];
  seed: number;
}

/** Merges two sorted runs into one sorted array. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

export class KllSketch {
  /** Level 0: raw values, unsorted, in a flat buffer; grown to `level0` as values come (a column of a few values holds a few). */
  private buffer = EMPTY_F64;
  private buffered = 0;
  private readonly level0: number;
  /** Levels 1…: sorted, each item weighing 2^level. levels[0] is unused (the buffer). */
  private levels: Float64Array[] = [EMPTY_F64];
  private seed: number;
  n = 0;

  constructor(
    readonly k = 200,
    seed = 0x9e3779b9,
  ) {
    this.seed = seed >>> 0 || 1;
    this.level0 = level0Width(k);
  }

  static fromJSON(json: KllJson): KllSketch {
    const sketch = new KllSketch(json.k, json.seed);
    const [level0 = [], ...rest] = json.levels;
    sketch.levels = [EMPTY_F64, ...rest.map((l) => Float64Array.from(l).sort())];
    for (const x of level0) sketch.push0(x);
    sketch.n = json.n;
    return sketch;
  }

  toJSON(): KllJson {
    return { k: this.k, n: this.n, levels: [Array.from(this.buffer.subarray(0, this.buffered)), ...this.levels.slice(1).map((l) => Array.from(l))], seed: this.seed };
  }

  update(x: number): void {
    this.n++;
    this.push0(x);
  }

  /**
   * Adds distinct ascending values, each counts[i] times: a count's binary digits place the value at
   * the levels whose items weigh those powers of two, as a merge places another sketch's items.
   */
  addCounts(values: ArrayLike<number>, counts: ArrayLike<number>): void {
    const runs: number[][] = [];
    for (let i = 0; i < values.length; i++) {
      for (let h = 0, c = counts[i]!; c > 0; h++, c = Math.floor(c / 2)) if (c % 2 === 1) (runs[h] ??= []).push(values[i]!);
      this.n += counts[i]!;
    }
    for (let h = runs.length - 1; h >= 1; h--) if (runs[h]) this.insert(h, Float64Array.from(runs[h]!));
    for (const x of runs[0] ?? []) this.push0(x);
  }

  merge(other: KllSketch): void {
    for (let h = 1; h < other.levels.length; h++) this.insert(h, other.levels[h]!);
    for (let i = 0; i < other.buffered; i++) this.push0(other.buffer[i]!);
    this.n += other.n;
  }

  /** Items with their weights, sorted: the sketch's stand-in for the sorted sample. Kept until the sketch changes. */
  weighted(): { values: number[]; weights: number[] } {
    if (this.weightedCache?.n === this.n) return this.weightedCache.items;
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.buffered; i++) pairs.push([this.buffer[i]!, 1]);
    this.levels.forEach((items, h) => items.forEach((v) => pairs.push([v, 2 ** h])));
    pairs.sort((a, b) => a[0] - b[0]);
    const items = { values: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
    this.weightedCache = { n: this.n, items };
    return items;
  }

  private weightedCache: { n: number; items: { values: number[]; weights: number[] } } | undefined;

  /** Fraction of the weight at or below x (the empirical CDF). */
  cdf(x: number): number {
    const { values, weights } = this.weighted();
    let below = 0;
    let total = 0;
    values.forEach((v, i) => {
      total += weights[i]!;
      if (v <= x) below += weights[i]!;
    });
    return total === 0 ? NaN : below / total;
  }

  quantile(q: number): number {
    const { values, weights } = this.weighted();
    if (values.length === 0) return NaN;
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    for (let i = 0; i < values.length; i++) {
      acc += weights[i]!;
      if (acc >= q * total) return values[i]!;
    }
    return values[values.length - 1]!;
  }

  private push0(x: number): void {
    if (this.buffered === this.buffer.length) {
      const grown = new Float64Array(Math.min(this.level0, Math.max(16, 2 * this.buffer.length)));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.buffered++] = x;
    if (this.buffered === this.level0) {
      this.buffered = 0;
      this.insert(1, this.halve(sortNumbers(this.buffer), 0)); // even length: nothing stays at level 0
    }
  }

  /** Capacity of level h: k·(2/3)^(depth), depth counted from the top level, at least MIN_WIDTH. */
  private capacity(h: number): number {
    return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** (this.levels.length - 1 - h)));
  }

  /** Adds a sorted run to level h; a level over capacity halves into the next one. */
  private insert(h: number, run: Float64Array): void {
    while (this.levels.length <= h) this.levels.push(EMPTY_F64);
    const merged = mergeSorted(this.levels[h]!, run);
    if (merged.length < this.capacity(h)) {
      this.levels[h] = merged;
      return;
    }
    this.levels[h] = EMPTY_F64;
    this.insert(h + 1, this.halve(merged, h));
  }

  /** Every other item of a sorted run, from a random offset; an odd item out stays at `level`. */
  private halve(sorted: Float64Array, level: number): Float64Array {
    const even = sorted.length - (sorted.length % 2);
    if (even < sorted.length) {
      if (level === 0) this.buffer[this.buffered++] = sorted[even]!;
      else this.levels[level] = mergeSorted(this.levels[level]!, sorted.subarray(even));
    }
    const offset = this.random();
    const out = new Float64Array(even / 2);
    for (let i = offset, o = 0; i < even; i += 2) out[o++] = sorted[i]!;
    return out;
  }

  private random(): number {
    // xorshift32
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed & 1;
  }
}
