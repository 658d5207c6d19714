// A column's exact numeric values: a multiset, kept in Float64Array chunks (8 bytes a value, off the
// JavaScript heap, no copy as it grows), merged by sharing the other's chunks, and sorted into one
// array once asked for, which is also how it is written (order is not part of a multiset).
import { sortNumbers } from '../stats/arrays.js';

const CHUNK = 1 << 16;

export class ExactValues {
  private chunks: Float64Array[] = [];
  private tail = new Float64Array(0);
  private filled = 0;
  length = 0;

  static of(values: ArrayLike<number>): ExactValues {
    const exact = new ExactValues();
    const array = values instanceof Float64Array ? values : Float64Array.from(values);
    exact.adopt(array);
    let ascending = true;
    for (let i = 1; i < array.length && ascending; i++) ascending = array[i - 1]! <= array[i]!;
    exact.isSorted = ascending; // profiles write their values sorted: no second sort
    return exact;
  }

  push(x: number): void {
    if (this.filled === this.tail.length) {
      this.seal();
      this.tail = new Float64Array(CHUNK);
    }
    this.tail[this.filled++] = x;
    this.length++;
  }

  /** Adds the other's values by sharing its chunks, which neither side changes after. */
  absorb(other: ExactValues): void {
    other.seal();
    this.seal();
    this.chunks.push(...other.chunks);
    this.length += other.length;
    this.isSorted = false;
  }

  /** The values sorted, in a new array that becomes this multiset's only chunk (chunks may be shared). */
  sorted(): Float64Array {
    this.seal();
    if (!this.isSorted) {
      this.chunks = [sortNumbers(this.concat())];
      this.isSorted = true;
    }
    return this.chunks[0] ?? new Float64Array(0);
  }

  private isSorted = false;

  private adopt(values: Float64Array): void {
    this.seal();
    if (values.length > 0) this.chunks.push(values);
    this.length += values.length;
    this.isSorted = false;
  }

  private concat(): Float64Array {
    const all = new Float64Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }

  /** Ends the partly filled chunk: a view of its filled part joins the others. */
  private seal(): void {
    if (this.filled > 0) {
      this.chunks.push(this.tail.subarray(0, this.filled));
      this.isSorted = false;
    }
    this.tail = new Float64Array(0);
    this.filled = 0;
  }
}
