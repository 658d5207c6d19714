// A column's exact numeric values, as a multiset in one of two forms.
// - Counted: while every value is an integer (under 2^52) within a span of at most the budget and
//   65,536, a dense array holds a count per integer. Memory follows the span, not the rows, so any
//   number of rows stays exact, and the values are already in order.
// - Listed: any other value turns the multiset into Float64Array chunks (8 bytes a value, off the
//   JavaScript heap, no copy as it grows), merged by sharing the other's chunks and sorted once asked;
//   or, while its owner needs the order the values came in (keepOrder), kept in that order and sorted
//   in a copy when asked.
import { EMPTY_F64, grown, release } from '../data/growable.js';
import { sortNumbers } from '../stats/arrays.js';

const CHUNK = 1 << 16;
/** Slots a count array may span (512 KB). */
const MAX_SPAN = 1 << 16;
/** How many sorted copies of lists that keep their order are kept (see sortedCopy). */
const SORTED_COPIES = 2;

/**
 * The values in ascending order. With counts, `values` are distinct, `counts` their multiplicities and
 * `ends[i]` the number of values ≤ values[i]; without, `values` is every value.
 */
export interface SortedSample {
  values: Float64Array;
  counts?: Float64Array;
  ends?: Float64Array;
  n: number;
}

export class ExactValues {
  length = 0;
  /** Counted form: counts[i] is how often offset + i occurs; undefined once listed. */
  private counts: Float64Array | undefined = EMPTY_F64;
  private offset = 0;
  private low = Infinity;
  private high = -Infinity;
  /** Listed form. */
  private chunks: Float64Array[] = [];
  private tail = EMPTY_F64;
  private filled = 0;
  private isSorted = true;
  private cached: SortedSample | undefined;
  private readonly maxSpan: number;
  /**
   * The listed values stay in the order they came, never sorted in place (see arrivals): set by the owner
   * while it has nothing else to make its sketch from, and ended by it.
   */
  keepOrder = false;

  /**
   * budget: how many values may be listed. A count array has at most as many slots (and 65,536), so
   * integers within that span stay counted, exactly, however many rows there are.
   */
  constructor(private readonly budget = Infinity) {
    this.maxSpan = Math.min(MAX_SPAN, budget);
  }

  /** From a profile: ascending values, or distinct values with their counts; undefined when over the budget. */
  static of(values: ArrayLike<number>, counts?: ArrayLike<number>, budget?: number): ExactValues | undefined {
    const exact = new ExactValues(budget);
    if (counts) {
      for (let i = 0; i < values.length; i++) if (!exact.push(values[i]!, counts[i]!)) return undefined;
      return exact;
    }
    if (values.length > exact.budget) return undefined;
    const array = values instanceof Float64Array ? values : Float64Array.from(values);
    exact.toList();
    exact.adopt(array);
    let ascending = true;
    for (let i = 1; i < array.length && ascending; i++) ascending = array[i - 1]! <= array[i]!;
    exact.isSorted = ascending; // profiles write their values sorted: no second sort
    return exact;
  }

  /** Adds `times` copies of x; false, changing nothing, when that would list more values than the budget. */
  push(x: number, times = 1): boolean {
    if (this.count(x, times)) return true;
    if (this.length + times > this.budget) return false;
    this.toList();
    for (let i = 0; i < times; i++) this.append(x);
    this.isSorted = false;
    return true;
  }

  /** Counts x if the counted form can hold it, growing within its span; false (and nothing changed) if not. */
  count(x: number, times = 1): boolean {
    const counts = this.counts;
    if (!counts) return false;
    const slot = x - this.offset;
    if (!(slot >= 0 && slot < counts.length && Number.isInteger(slot))) {
      if (!Number.isInteger(x) || Math.abs(x) >= 2 ** 52 || !this.cover(Math.min(this.low, x), Math.max(this.high, x))) return false;
    }
    this.counts![x - this.offset]! += times;
    this.length += times;
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
    return true;
  }

  /** Whether every integer in [low, high] can be counted now, so that counting them succeeds in any order. */
  canCount(low: number, high: number): boolean {
    if (!this.counts || !Number.isInteger(low) || !Number.isInteger(high) || Math.abs(low) >= 2 ** 52 || Math.abs(high) >= 2 ** 52) return false;
    return Math.max(this.high, high) - Math.min(this.low, low) + 1 <= this.maxSpan;
  }

  /** Adds the other's values (listed chunks are shared, and neither side changes them after); false when over the budget. */
  absorb(other: ExactValues): boolean {
    if (other.length === 0) return true;
    if (this.counts && other.counts && this.cover(Math.min(this.low, other.low), Math.max(this.high, other.high))) {
      for (let i = other.low - other.offset; i <= other.high - other.offset; i++) this.counts[i + other.offset - this.offset]! += other.counts[i]!;
      this.length += other.length;
      this.low = Math.min(this.low, other.low);
      this.high = Math.max(this.high, other.high);
      return true;
    }
    if (this.length + other.length > this.budget) return false;
    if (other.counts) {
      other.forEachCount((x, count) => this.push(x, count));
      this.keepOrder = false; // the other's order is not known
      return true;
    }
    this.toList();
    other.seal();
    this.seal();
    this.chunks.push(...other.chunks);
    this.keepOrder = (this.keepOrder || this.length === 0) && other.keepOrder; // both in the order they came: this one's, then the other's
    this.length += other.length;
    this.isSorted = this.length === other.length && other.isSorted;
    return true;
  }

  /**
   * Gives the count array's memory back now (see growable.ts); the values are gone after. Listed chunks
   * are left to the collector: absorb shares them with the profile this one was merged into.
   */
  release(): void {
    if (this.counts) release(this.counts);
    this.counts = undefined;
    this.chunks = [];
    this.tail = EMPTY_F64;
    this.filled = 0;
    this.length = 0;
    this.cached = undefined;
  }

  /** The listed values in the order they came, in chunks (while keepOrder; an empty or counted multiset has none). */
  arrivals(): Float64Array[] {
    if (this.counts || this.length === 0) return [];
    return this.filled > 0 ? [...this.chunks, this.tail.subarray(0, this.filled)] : this.chunks;
  }

  /** The values in order: the counted form as distinct values with counts, the listed form sorted once. */
  sample(): SortedSample {
    if (this.cached?.n === this.length) return this.cached;
    if (this.counts) {
      const distinct: number[] = [];
      const counts: number[] = [];
      this.forEachCount((x, count) => (distinct.push(x), counts.push(count)));
      const ends = new Float64Array(counts.length);
      let total = 0;
      counts.forEach((c, i) => (ends[i] = total += c));
      return (this.cached = { values: Float64Array.from(distinct), counts: Float64Array.from(counts), ends, n: this.length });
    }
    if (this.keepOrder) return sortedCopy(this);
    this.seal();
    if (!this.isSorted || this.chunks.length > 1) {
      const all = this.concat(); // a new array: chunks may be shared
      this.chunks = [this.isSorted ? all : sortNumbers(all)];
      this.isSorted = true;
    }
    return (this.cached = { values: this.chunks[0] ?? EMPTY_F64, n: this.length });
  }

  private forEachCount(visit: (x: number, count: number) => void): void {
    const counts = this.counts!;
    for (let i = this.low - this.offset; i <= this.high - this.offset; i++) if (counts[i]! > 0) visit(this.offset + i, counts[i]!);
  }

  /**
   * Makes the count array cover low..high, unless that span is wider than the form allows (then the
   * values are listed, if the budget allows). A new array doubles and is centred on the values: each
   * regrowth at least halves the slack left, so there are few.
   */
  private cover(low: number, high: number): boolean {
    const counts = this.counts!;
    if (low >= this.offset && high < this.offset + counts.length) return true;
    const span = high - low + 1;
    if (span > this.maxSpan) return false;
    let size = Math.max(16, 2 * counts.length);
    while (size < span) size *= 2;
    size = Math.min(size, this.maxSpan);
    const offset = Math.floor((low + high + 1 - size) / 2);
    const grown = new Float64Array(size);
    if (this.length > 0) grown.set(counts.subarray(this.low - this.offset, this.high - this.offset + 1), this.low - offset);
    this.counts = grown;
    this.offset = offset;
    return true;
  }

  /** Turns the counted form into the listed one (sorted, as counts are). */
  private toList(): void {
    if (!this.counts) return;
    this.length = 0;
    this.forEachCount((x, count) => {
      for (let i = 0; i < count; i++) this.append(x);
    });
    this.counts = undefined;
    this.cached = undefined;
    this.isSorted = true;
  }

  private append(x: number): void {
    if (this.filled === this.tail.length) {
      // The tail doubles up to CHUNK, then is sealed: a short column holds a short array, a long one chunks.
      if (this.filled === CHUNK) this.seal();
      this.tail = grown(this.tail, Math.min(CHUNK, Math.max(16, 2 * this.filled)));
    }
    this.tail[this.filled++] = x;
    this.length++;
  }

  private adopt(values: Float64Array): void {
    this.seal();
    if (values.length > 0) this.chunks.push(values);
    this.length += values.length;
    this.isSorted = false;
  }

  /** The values in one new array, in the order they are listed. */
  concat(): Float64Array {
    const all = new Float64Array(this.length);
    let at = 0;
    for (const chunk of this.arrivals()) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }

  /** Ends the partly filled chunk: a view of its filled part joins the others. */
  private seal(): void {
    if (this.filled > 0) this.chunks.push(this.tail.subarray(0, this.filled));
    this.tail = EMPTY_F64;
    this.filled = 0;
  }
}

/**
 * The sorted copies of the last few lists read that keep their order: a column's summaries read its sample
 * many times in a row, and a drift check reads two columns' at a time. Kept here, not by each list, so
 * that a wide table's columns do not hold their values twice once read.
 */
const sortedCopies: { of: ExactValues; sample: SortedSample }[] = [];

function sortedCopy(values: ExactValues): SortedSample {
  let copy = sortedCopies.find((c) => c.of === values && c.sample.n === values.length);
  if (!copy) {
    copy = { of: values, sample: { values: sortNumbers(values.concat()), n: values.length } };
    sortedCopies.unshift(copy);
    sortedCopies.length = Math.min(sortedCopies.length, SORTED_COPIES);
  }
  return copy.sample;
}

/** Each distinct value of a sample, in order, with how often it occurs. */
export function forEachDistinct(sample: SortedSample, visit: (x: number, count: number) => void): void {
  const { values, counts } = sample;
  for (let i = 0; i < values.length; ) {
    let j = i + 1;
    if (!counts) while (j < values.length && values[j] === values[i]) j++;
    visit(values[i]!, counts ? counts[i]! : j - i);
    i = j;
  }
}

/** Linear interpolation between order statistics (numpy's default, type 7). */
export function exactQuantile(sample: SortedSample, q: number): number {
  if (sample.n === 0) return NaN;
  const h = (sample.n - 1) * q;
  const lo = Math.floor(h);
  const [low, high] = [valueAtRank(sample, lo), valueAtRank(sample, Math.min(lo + 1, sample.n - 1))];
  return low + (h - lo) * (high - low);
}

/** The value at a 0-based rank. */
function valueAtRank(sample: SortedSample, rank: number): number {
  if (!sample.ends) return sample.values[rank]!;
  return sample.values[firstIndex(sample.ends, rank, true)]!;
}

/** How many values are below x. */
export function countBelow(sample: SortedSample, x: number): number {
  const i = firstIndex(sample.values, x, false);
  return sample.ends ? (i === 0 ? 0 : sample.ends[i - 1]!) : i;
}

/** The first index of an ascending array whose value is ≥ x, or > x when `past`: a binary search. */
function firstIndex(sorted: Float64Array, x: number, past: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x || (past && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
