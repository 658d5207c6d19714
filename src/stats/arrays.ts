// Array helpers for the statistics' hot paths (plain loops: TypedArray.from with a map function is
// several times slower on a million values).

/** Number(value) for each value. */
export function toNumbers(values: readonly string[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number(values[i]);
  return out;
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
