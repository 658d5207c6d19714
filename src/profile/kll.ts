// KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016):
// mergeable, memory O(k log(n/k)), rank error about 1.65/k. Coin flips come from a seeded
// generator so the same data gives the same sketch.
//
// Laid out as Apache DataSketches does: level 0 is a flat buffer of raw values, sorted natively when
// full; every higher level is kept sorted, so a compaction is a linear merge, never a re-sort. No
// compactor is narrower than MIN_WIDTH, and level 0 holds at least 2k values (a wider level only lowers
// the error).

import { EMPTY_F64, release } from '../data/growable.js';
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

/** Merges the sorted runs a[0, na) and b[0, nb) into out[0, na + nb). */
function mergeInto(a: Float64Array, na: number, b: Float64Array, nb: number, out: Float64Array): void {
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < na && j < nb) out[o++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < na) out[o++] = a[i++]!;
  while (j < nb) out[o++] = b[j++]!;
}

/**
 * A compaction's runs, on this thread: a merged level and its halves pass between these two, and a level
 * keeps its items in an array of its own that is refilled, so that a sketch in its steady state allocates
 * nothing (it allocated a few arrays per compaction, 46 MB per numeric column of 3M rows, whose memory
 * outside the JavaScript heap waited for garbage collections to be freed).
 */
const work: Float64Array[] = [EMPTY_F64, EMPTY_F64];

/** Work array w, with room for n items (its items are not kept when it grows). */
function workArray(w: number, n: number): Float64Array {
  if (work[w]!.length < n) work[w] = new Float64Array(Math.max(n, 2 * work[w]!.length));
  return work[w]!;
}

export class KllSketch {
  /** Level 0: raw values, unsorted, in a flat buffer; grown to `level0` as values come (a column of a few values holds a few). */
  private buffer = EMPTY_F64;
  private buffered = 0;
  private readonly level0: number;
  /** Levels 1…: sorted, each item weighing 2^level; level h holds levels[h][0, sizes[h]). levels[0] is unused (the buffer). */
  private levels: Float64Array[] = [EMPTY_F64];
  private sizes: number[] = [0];
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
    sketch.sizes = sketch.levels.map((l) => l.length);
    for (const x of level0) sketch.push0(x);
    sketch.n = json.n;
    return sketch;
  }

  toJSON(): KllJson {
    return { k: this.k, n: this.n, levels: [Array.from(this.buffer.subarray(0, this.buffered)), ...this.levels.slice(1).map((_, h) => Array.from(this.level(h + 1)))], seed: this.seed };
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
    for (let h = runs.length - 1; h >= 1; h--) if (runs[h]) this.insert(h, Float64Array.from(runs[h]!), runs[h]!.length);
    for (const x of runs[0] ?? []) this.push0(x);
  }

  merge(other: KllSketch): void {
    for (let h = 1; h < other.levels.length; h++) this.insert(h, other.levels[h]!, other.sizes[h]!);
    for (let i = 0; i < other.buffered; i++) this.push0(other.buffer[i]!);
    this.n += other.n;
  }

  /** Empties the sketch, giving its arrays' memory back now (see growable.ts). */
  release(): void {
    for (const level of [this.buffer, ...this.levels]) release(level);
    this.buffer = EMPTY_F64;
    this.buffered = 0;
    this.levels = [EMPTY_F64];
    this.sizes = [0];
    this.n = 0;
    this.weightedCache = undefined;
  }

  /** Items with their weights, sorted: the sketch's stand-in for the sorted sample. Kept until the sketch changes. */
  weighted(): { values: number[]; weights: number[] } {
    if (this.weightedCache?.n === this.n) return this.weightedCache.items;
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.buffered; i++) pairs.push([this.buffer[i]!, 1]);
    for (let h = 1; h < this.levels.length; h++) this.level(h).forEach((v) => pairs.push([v, 2 ** h]));
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
      release(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.buffered++] = x;
    if (this.buffered === this.level0) {
      this.buffered = 0;
      const sorted = sortNumbers(this.buffer);
      this.insert(1, workArray(0, sorted.length / 2), this.halve(sorted, sorted.length, 0, 0)); // even length: nothing stays at level 0
    }
  }

  /** Level h's items. */
  private level(h: number): Float64Array {
    return this.levels[h]!.subarray(0, this.sizes[h]);
  }

  /** Sets level h to items[0, n), in its own array. */
  private store(h: number, items: Float64Array, n: number): void {
    if (this.levels[h]!.length < n) {
      const old = this.levels[h]!;
      this.levels[h] = new Float64Array(Math.max(n, 2 * old.length));
      release(old); // its items are not kept: `items` replaces them
    }
    const level = this.levels[h]!;
    for (let i = 0; i < n; i++) level[i] = items[i]!;
    this.sizes[h] = n;
  }

  /** Capacity of level h: k·(2/3)^(depth), depth counted from the top level, at least MIN_WIDTH. */
  private capacity(h: number): number {
    return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** (this.levels.length - 1 - h)));
  }

  /**
   * Adds the sorted run run[0, n) to level h; a level over capacity halves into the next one. The run may
   * be a work array: the merge goes to the other one, and the half back to the run's.
   */
  private insert(h: number, run: Float64Array, n: number): void {
    while (this.levels.length <= h) {
      this.levels.push(EMPTY_F64);
      this.sizes.push(0);
    }
    const size = this.sizes[h]!;
    const into = run === work[0] ? 1 : 0;
    const merged = workArray(into, size + n);
    mergeInto(this.levels[h]!, size, run, n, merged);
    if (size + n < this.capacity(h)) {
      this.store(h, merged, size + n);
      return;
    }
    this.sizes[h] = 0;
    const half = workArray(1 - into, (size + n) >> 1);
    this.insert(h + 1, half, this.halve(merged, size + n, h, 1 - into));
  }

  /**
   * Every other item of the sorted run sorted[0, n), from a random offset, into work array `into`; returns
   * how many. An odd item out stays at `level` (empty then, or level 0's buffer).
   */
  private halve(sorted: Float64Array, n: number, level: number, into: number): number {
    const even = n - (n % 2);
    if (even < n) {
      if (level === 0) this.buffer[this.buffered++] = sorted[even]!;
      else this.store(level, sorted.subarray(even, n), 1);
    }
    const offset = this.random();
    const out = workArray(into, even / 2);
    for (let i = offset, o = 0; i < even; i += 2) out[o++] = sorted[i]!;
    return even / 2;
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
