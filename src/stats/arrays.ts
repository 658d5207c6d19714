// Array helpers for the statistics' hot paths (plain loops: TypedArray.from with a map function is
// several times slower on a million values).

/** Number(value) for each value. */
export function toNumbers(values: readonly string[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number(values[i]);
  return out;
}

/** A weighted sample's size: the sum of its weights, or without weights the number of values. */
export function sampleSize(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  if (!weights) return values.length;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  return sum;
}

const SMALL_SPAN = 1 << 14;
const countScratch = new Int32Array(SMALL_SPAN);

/**
 * Sorts numbers in place, ascending (NaN last). The native float sort spends most of its time on
 * mispredicted branches; integers, the usual case in data (counts, codes, delays, distances), take a
 * counting sort when their span is at most max(n, 16384), and the faster Int32Array sort otherwise.
 * −0 among integers comes back as 0, an equal value.
 */
export function sortNumbers(values: Float64Array): Float64Array {
  const n = values.length;
  if (n === 0) return values;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n && integers; i++) {
    const x = values[i]!;
    integers = (x | 0) === x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!integers) return values.sort();
  const span = max - min + 1;
  if (span <= Math.max(n, SMALL_SPAN)) {
    const counts = span <= SMALL_SPAN ? countScratch.fill(0, 0, span) : new Int32Array(span);
    for (let i = 0; i < n; i++) counts[values[i]! - min]!++;
    for (let v = 0, o = 0; v < span; v++) for (let c = counts[v]!; c > 0; c--) values[o++] = v + min;
    return values;
  }
  const ints = new Int32Array(values).sort();
  for (let i = 0; i < n; i++) values[i] = ints[i]!;
  return values;
}

/**
 * The indices of `values` in ascending order, stable: an LSD radix sort on the IEEE-754 bits, 16 bits
 * per pass (four passes for any n, where a comparison sort of a million scores takes half a second).
 * Values must not be NaN; −0 sorts with +0. (Reads the doubles' words little-endian, as every Node platform is.)
 */
export function argsort(values: Float64Array): Uint32Array {
  const n = values.length;
  // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
  const copy = new Float64Array(values);
  for (let i = 0; i < n; i++) copy[i]! += 0;
  const bits = new Uint32Array(copy.buffer);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const hi = bits[2 * i + 1]!;
    const negative = hi >>> 31 === 1;
    high[i] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
    low[i] = negative ? ~bits[2 * i]! >>> 0 : bits[2 * i]!;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(1 << 16);
  for (const [key, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(key[i]! >>> shift) & 0xffff]!++;
    if (counts.includes(n)) continue; // these 16 bits are the same everywhere
    let sum = 0;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[(key[i]! >>> shift) & 0xffff]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

const orders = new WeakMap<Float64Array, Uint32Array>();

/** argsort(scores), kept while the scores live: the point estimate and the bootstrap sort the same scores. */
export function scoreOrder(scores: Float64Array): Uint32Array {
  let order = orders.get(scores);
  if (!order) orders.set(scores, (order = argsort(scores)));
  return order;
}

/** Records the order argsort would give these scores, known without sorting (a slice's, from the whole's). */
export function rememberScoreOrder(scores: Float64Array, order: Uint32Array): void {
  orders.set(scores, order);
}
