// The Poisson bootstrap's hot loops, compiled to WebAssembly with SIMD (npm run wasm). Every address
// comes from src/stats/poisson-bootstrap.ts, which lays the inputs out in this module's memory.
//
// Resample s weights every example with an independent Poisson(1) count. Its generator is four
// xoshiro128** lanes seeded from (seed, s) alone, so a resample's weights do not depend on which
// thread runs it or in what order.

/** Poisson(1) CDF scaled to 2^32: a uniform 32-bit draw r gives the count #{k : r ≥ threshold[k]}. */
const THRESHOLDS: usize = 0; // 12 u32, written by the host before any call
const STATE: usize = 64; // 16 u32: the four lanes' xoshiro128** words

/** Murmur3's 32-bit finaliser: spreads (seed, resample, word) into generator state. */
function mix(x: u32): u32 {
  x ^= x >>> 16;
  x *= 0x85ebca6b;
  x ^= x >>> 13;
  x *= 0xc2b2ae35;
  x ^= x >>> 16;
  return x;
}

/** Words 0–3 are the lanes' first state words, set odd so that no lane's state is all zero. */
function seedResample(seed: u32, resample: u32): void {
  for (let word: u32 = 0; word < 16; word++) store<u32>(STATE + (<usize>word << 2), mix(mix(seed) + resample * 16 + word) | (word < 4 ? 1 : 0));
}

/** Counts at or above the seventh threshold (one draw in 10^4): finish counting one lane at a time. */
function count(r: u32, k: i32): i32 {
  while (k < 12 && r >= load<u32>(THRESHOLDS + (<usize>k << 2))) k++;
  return k;
}

/** Writes Poisson(1) counts for n examples (rounded up to 16) at `weights`, 16 per step. */
function poissonWeights(weights: usize, n: i32): void {
  let s0 = v128.load(STATE), s1 = v128.load(STATE, 16), s2 = v128.load(STATE, 32), s3 = v128.load(STATE, 48);
  const c0 = i32x4.splat(load<i32>(THRESHOLDS)), c1 = i32x4.splat(load<i32>(THRESHOLDS, 4)), c2 = i32x4.splat(load<i32>(THRESHOLDS, 8));
  const c3 = i32x4.splat(load<i32>(THRESHOLDS, 12)), c4 = i32x4.splat(load<i32>(THRESHOLDS, 16)), c5 = i32x4.splat(load<i32>(THRESHOLDS, 20));
  const c6 = i32x4.splat(load<i32>(THRESHOLDS, 24));
  const five = i32x4.splat(5), nine = i32x4.splat(9);
  let q0 = i32x4.splat(0), q1 = q0, q2 = q0, q3 = q0;
  for (let i = 0; i < n; i += 16) {
    for (let j = 0; j < 4; j++) {
      // xoshiro128**: r = rotl(s1 · 5, 7) · 9, then the xor-shift state update.
      let x = i32x4.mul(s1, five);
      x = v128.or(i32x4.shl(x, 7), i32x4.shr_u(x, 25));
      const r = i32x4.mul(x, nine);
      const t = i32x4.shl(s1, 9);
      s2 = v128.xor(s2, s0);
      s3 = v128.xor(s3, s1);
      s1 = v128.xor(s1, s2);
      s0 = v128.xor(s0, s3);
      s2 = v128.xor(s2, t);
      s3 = v128.or(i32x4.shl(s3, 11), i32x4.shr_u(s3, 21));
      // Each comparison is −1 where reached; the negated sum is the count.
      let w = i32x4.add(i32x4.ge_u(r, c0), i32x4.ge_u(r, c1));
      w = i32x4.add(w, i32x4.add(i32x4.ge_u(r, c2), i32x4.ge_u(r, c3)));
      w = i32x4.add(w, i32x4.add(i32x4.ge_u(r, c4), i32x4.ge_u(r, c5)));
      const top = i32x4.ge_u(r, c6);
      w = i32x4.neg(i32x4.add(w, top));
      if (v128.any_true(top)) {
        w = i32x4(
          count(<u32>i32x4.extract_lane(r, 0), i32x4.extract_lane(w, 0)),
          count(<u32>i32x4.extract_lane(r, 1), i32x4.extract_lane(w, 1)),
          count(<u32>i32x4.extract_lane(r, 2), i32x4.extract_lane(w, 2)),
          count(<u32>i32x4.extract_lane(r, 3), i32x4.extract_lane(w, 3)),
        );
      }
      q3 = q2;
      q2 = q1;
      q1 = q0;
      q0 = w;
    }
    v128.store(weights + <usize>i, i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(q3, q2), i16x8.narrow_i32x4_u(q1, q0)));
  }
}

/** Σ w[i]·x[i] over u8 weights and f64 values. */
function dot(weights: usize, x: usize, n: i32): f64 {
  let a0 = f64x2.splat(0), a1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const w = i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(weights + <usize>i)));
    a0 = f64x2.add(a0, f64x2.mul(f64x2.convert_low_i32x4_u(w), v128.load(x + (<usize>i << 3))));
    a1 = f64x2.add(a1, f64x2.mul(f64x2.convert_low_i32x4_u(i32x4.shuffle(w, w, 2, 3, 0, 1)), v128.load(x + (<usize>i << 3), 16)));
  }
  let sum = f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1) + f64x2.extract_lane(a1, 0) + f64x2.extract_lane(a1, 1);
  for (; i < n; i++) sum += <f64>load<u8>(weights + <usize>i) * load<f64>(x + (<usize>i << 3));
  return sum;
}

/** Σ w[i]. */
function total(weights: usize, n: i32): f64 {
  let acc = i32x4.splat(0);
  let i = 0;
  for (; i + 16 <= n; i += 16) acc = i32x4.add(acc, i32x4.extadd_pairwise_i16x8_u(i16x8.extadd_pairwise_i8x16_u(v128.load(weights + <usize>i))));
  let sum = <f64>i32x4.extract_lane(acc, 0) + <f64>i32x4.extract_lane(acc, 1) + <f64>i32x4.extract_lane(acc, 2) + <f64>i32x4.extract_lane(acc, 3);
  for (; i < n; i++) sum += <f64>load<u8>(weights + <usize>i);
  return sum;
}

/**
 * Resample `resample` over examples numbered cell by cell (a cell: the examples that share their slice in
 * every slicing): per cell the weighted sums Σ w·x of `columns` f64 columns of n values at `data`, then Σ w,
 * each added into the rows of the groups the cell belongs to. `cellEnds` holds each cell's end (u32);
 * `cellGroups` holds per cell `perCell` u32 group rows (the first is 0, all examples). `out` gets `groups`
 * rows of columns + 1 f64. Without slices there is one cell and one group.
 */
export function cellSums(seed: u32, resample: u32, n: i32, columns: i32, data: usize, weights: usize, cells: i32, cellEnds: usize, cellGroups: usize, perCell: i32, groups: i32, out: usize): void {
  seedResample(seed, resample);
  poissonWeights(weights, n);
  const width = <usize>(columns + 1);
  memory.fill(out, 0, <usize>groups * width << 3);
  let start: i32 = 0;
  for (let c = 0; c < cells; c++) {
    const end = load<i32>(cellEnds + (<usize>c << 2));
    const length = end - start;
    const w = weights + <usize>start;
    const rows = cellGroups + (<usize>(c * perCell) << 2);
    for (let k = 0; k <= columns; k++) {
      const sum = k < columns ? dot(w, data + ((<usize>k * <usize>n + <usize>start) << 3), length) : total(w, length);
      for (let g = 0; g < perCell; g++) {
        const at = out + ((<usize>load<u32>(rows + (<usize>g << 2)) * width + <usize>k) << 3);
        store<f64>(at, load<f64>(at) + sum);
      }
    }
    start = end;
  }
}

/**
 * Twice one model's weighted Mann–Whitney area: Σ over positives of w·(negative weight scoring below +
 * negative weight scoring at or below), leaving the positives' weight in `positiveWeight`. `model` holds u32 arrays: the negatives' rows in score order, the
 * positives' rows, and for each positive how many negatives score below it and at or below it. The
 * negatives' weights are prefix-summed into `prefix` (negatives + 1 i32). Integer arithmetic: exact.
 */
let positiveWeight: i64 = 0;

function area2(weights: usize, model: usize, negatives: i32, positives: i32, prefix: usize): i64 {
  const negativeRows = model;
  const positiveRows = negativeRows + (<usize>negatives << 2);
  const below = positiveRows + (<usize>positives << 2);
  const atOrBelow = below + (<usize>positives << 2);
  let sum: i32 = 0;
  store<i32>(prefix, 0);
  for (let k = 0; k < negatives; k++) {
    sum += <i32>load<u8>(weights + <usize>load<u32>(negativeRows + (<usize>k << 2)));
    store<i32>(prefix + (<usize>(k + 1) << 2), sum);
  }
  let area: i64 = 0;
  positiveWeight = 0;
  for (let k = 0; k < positives; k++) {
    const at = <usize>k << 2;
    const w = <i64>load<u8>(weights + <usize>load<u32>(positiveRows + at));
    positiveWeight += w;
    const lo = load<u32>(below + at);
    const hi = load<u32>(atOrBelow + at);
    const under = load<i32>(prefix + (<usize>lo << 2));
    area += w * <i64>(under + (hi == lo ? under : load<i32>(prefix + (<usize>hi << 2))));
  }
  return area;
}

/**
 * Resample `resample` of ROC AUC for two models in each of `groups` groups of examples (all of them, then
 * each slice). `table` holds per group four u32: its negatives, its positives, and the addresses of the
 * candidate's and the baseline's model over it; weights are indexed by the candidate's overall score
 * rank. `out` gets per group twice the candidate's area, twice the baseline's, the positives' weight and
 * the negatives' weight.
 */
export function groupAreas(seed: u32, resample: u32, n: i32, groups: i32, table: usize, weights: usize, prefix: usize, out: usize): void {
  seedResample(seed, resample);
  poissonWeights(weights, n);
  for (let g = 0; g < groups; g++) {
    const row = table + (<usize>g << 4);
    const negatives = load<i32>(row);
    const positives = load<i32>(row, 4);
    const at = out + (<usize>g << 5);
    store<f64>(at, <f64>area2(weights, <usize>load<u32>(row, 8), negatives, positives, prefix));
    store<f64>(at, <f64>area2(weights, <usize>load<u32>(row, 12), negatives, positives, prefix), 8);
    store<f64>(at, <f64>positiveWeight, 16);
    store<f64>(at, <f64>load<i32>(prefix + (<usize>negatives << 2)), 24);
  }
}
