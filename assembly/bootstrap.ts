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

/** Writes Poisson(1) counts for n examples (rounded up to 16) at `weights`, 16 per step; the state moves on. */
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
  v128.store(STATE, s0);
  v128.store(STATE, s1, 16);
  v128.store(STATE, s2, 32);
  v128.store(STATE, s3, 48);
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
 * Resamples first … first + count − 1, one at a time, over examples numbered cell by cell (a cell: the
 * examples that share their slice in every slicing): per cell the weighted sums Σ w·x of `columns` f64
 * columns of n values at `data`, then Σ w, each added into the rows of the groups the cell belongs to.
 * `cellEnds` holds each cell's end (u32); `cellGroups` holds per cell `perCell` u32 group rows (the first
 * is 0, all examples). `out` gets per resample `groups` rows of columns + 1 f64. Without slices there is
 * one cell and one group.
 */
export function cellSums(seed: u32, first: u32, count: i32, n: i32, columns: i32, data: usize, weights: usize, cells: i32, cellEnds: usize, cellGroups: usize, perCell: i32, groups: i32, out: usize): void {
  const width = <usize>(columns + 1);
  for (let j = 0; j < count; j++) resampleSums(seed, first + j, n, columns, data, weights, cells, cellEnds, cellGroups, perCell, groups, out + (<usize>(j * groups) * width << 3));
}

function resampleSums(seed: u32, resample: u32, n: i32, columns: i32, data: usize, weights: usize, cells: i32, cellEnds: usize, cellGroups: usize, perCell: i32, groups: i32, out: usize): void {
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
 * ROC AUC runs BATCH resamples per pass over the examples: each example's counts in the batch share one
 * u32 (four bits each: counts stay below 13), so a pass reads each example's row and weights once for
 * all of them, and the weights of a million examples take 4 MB.
 */
const BATCH = 8;
/** Examples generated per step of a batch, each resample's counts written to scratch before interleaving. */
const CHUNK = 2048;

/** Generator states of the batch's resamples, one 64-byte block each after STATE's. */
const STATES: usize = 128;

/**
 * Poisson(1) counts of resamples first … first + count − 1 (count ≤ BATCH) for n examples numbered by
 * rank, packed by interleave into the u32 at `weights` + 4·row, rank r's row being rowOfRank[r] (u32), or
 * r itself when rowOfRank is 0. Resamples past count get 0. Each resample's counts are the ones
 * poissonWeights gives it alone, made CHUNK examples at a time. `scratch` takes BATCH rows of CHUNK
 * counts, then CHUNK packed examples.
 */
function batchWeights(seed: u32, first: u32, count: i32, n: i32, scratch: usize, rowOfRank: usize, weights: usize): void {
  for (let j = 0; j < count; j++) {
    seedResample(seed, first + j);
    memory.copy(STATES + (<usize>j << 6), STATE, 64);
  }
  if (count < BATCH) memory.fill(scratch + <usize>count * CHUNK, 0, <usize>(BATCH - count) * CHUNK);
  const interleaved = scratch + BATCH * CHUNK;
  for (let at = 0; at < n; at += CHUNK) {
    const length = min(CHUNK, n - at);
    for (let j = 0; j < count; j++) {
      const state = STATES + (<usize>j << 6);
      memory.copy(STATE, state, 64);
      poissonWeights(scratch + <usize>j * CHUNK, length);
      memory.copy(state, STATE, 64);
    }
    if (rowOfRank == 0) {
      interleave(scratch, weights + (<usize>at << 2), length);
      continue;
    }
    interleave(scratch, interleaved, length);
    const rows = rowOfRank + (<usize>at << 2);
    for (let k = 0; k < length; k++) store<u32>(weights + (<usize>load<u32>(rows + (<usize>k << 2)) << 2), load<u32>(interleaved + (<usize>k << 2)));
  }
}

/**
 * Packs 8 rows of CHUNK counts (one per resample, each below 16) into a u32 per example, 16 examples per
 * step: byte j holds resample j in its low half and resample j + 4 in its high half.
 */
function interleave(rows: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i += 16) {
    const r = rows + <usize>i;
    const e0 = v128.or(v128.load(r), i8x16.shl(v128.load(r, 4 * CHUNK), 4));
    const e1 = v128.or(v128.load(r, CHUNK), i8x16.shl(v128.load(r, 5 * CHUNK), 4));
    const e2 = v128.or(v128.load(r, 2 * CHUNK), i8x16.shl(v128.load(r, 6 * CHUNK), 4));
    const e3 = v128.or(v128.load(r, 3 * CHUNK), i8x16.shl(v128.load(r, 7 * CHUNK), 4));
    // Bytes, then pairs of bytes, side by side.
    const b0 = i8x16.shuffle(e0, e1, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
    const b1 = i8x16.shuffle(e0, e1, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
    const b2 = i8x16.shuffle(e2, e3, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
    const b3 = i8x16.shuffle(e2, e3, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
    const o = out + (<usize>i << 2);
    v128.store(o, i8x16.shuffle(b0, b2, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23));
    v128.store(o, i8x16.shuffle(b0, b2, 8, 9, 24, 25, 10, 11, 26, 27, 12, 13, 28, 29, 14, 15, 30, 31), 16);
    v128.store(o, i8x16.shuffle(b1, b3, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23), 32);
    v128.store(o, i8x16.shuffle(b1, b3, 8, 9, 24, 25, 10, 11, 26, 27, 12, 13, 28, 29, 14, 15, 30, 31), 48);
  }
}

/**
 * Twice one model's weighted Mann–Whitney area in each resample of the batch: Σ over positives of
 * w·(negative weight scoring below + negative weight scoring at or below). `rows` lists the examples in
 * score order, negatives first among ties, each as u32: its weights' row << 2 | negative << 1 | first of
 * its tie. A running sum of the negatives' weight, and its value where the tie began, give both terms at
 * every positive, so one sequential pass needs no prefix sums. Integer arithmetic, exact: the sums stay
 * below 2·12·2^26 < 2^32 in u32 lanes, the areas in u64. Writes the areas and then the negatives' and
 * positives' weights to `sums`.
 */
function area2(weights: usize, rows: usize, length: i32, sums: usize): void {
  const zero = i32x4.splat(0), low = i32x4.splat(15);
  let run0 = zero, run1 = zero, tie0 = zero, tie1 = zero, pos0 = zero, pos1 = zero;
  let a0 = zero, a1 = zero, a2 = zero, a3 = zero;
  for (let k = 0; k < length; k++) {
    const row = load<u32>(rows + (<usize>k << 2));
    const w = i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(weights + (<usize>(row >>> 2) << 2))));
    const w0 = v128.and(w, low), w1 = i32x4.shr_u(w, 4);
    const starts = i32x4.splat(-(row & 1)), negative = i32x4.splat(-((row >>> 1) & 1));
    tie0 = v128.bitselect(run0, tie0, starts);
    tie1 = v128.bitselect(run1, tie1, starts);
    const n0 = v128.and(w0, negative), n1 = v128.and(w1, negative);
    const p0 = i32x4.sub(w0, n0), p1 = i32x4.sub(w1, n1);
    run0 = i32x4.add(run0, n0);
    run1 = i32x4.add(run1, n1);
    pos0 = i32x4.add(pos0, p0);
    pos1 = i32x4.add(pos1, p1);
    const s0 = i32x4.add(run0, tie0), s1 = i32x4.add(run1, tie1);
    a0 = i64x2.add(a0, i64x2.extmul_low_i32x4_u(p0, s0));
    a1 = i64x2.add(a1, i64x2.extmul_high_i32x4_u(p0, s0));
    a2 = i64x2.add(a2, i64x2.extmul_low_i32x4_u(p1, s1));
    a3 = i64x2.add(a3, i64x2.extmul_high_i32x4_u(p1, s1));
  }
  v128.store(sums, a0);
  v128.store(sums, a1, 16);
  v128.store(sums, a2, 32);
  v128.store(sums, a3, 48);
  v128.store(sums, run0, 64);
  v128.store(sums, run1, 80);
  v128.store(sums, pos0, 96);
  v128.store(sums, pos1, 112);
}

/** Scratch for area2's sums: 8 u64 areas, 8 u32 negatives' and 8 u32 positives' weights (up to 768, where the host's arrays begin). */
const SUMS: usize = STATES + (<usize>BATCH << 6);

/**
 * Resamples first … first + count − 1 (count ≤ BATCH) of ROC AUC for two models in each of `groups`
 * groups of examples (all of them, then each slice). `table` holds per group three u32: its size and the
 * addresses of the candidate's and the baseline's rows (see area2); rowOfRank places the
 * weights (see batchWeights). `out` gets per resample and group twice the candidate's area, twice
 * the baseline's, the positives' weight and the negatives' weight.
 */
export function groupAreas(seed: u32, first: u32, count: i32, n: i32, groups: i32, table: usize, rowOfRank: usize, weights: usize, scratch: usize, out: usize): void {
  batchWeights(seed, first, count, n, scratch, rowOfRank, weights);
  for (let g = 0; g < groups; g++) {
    const row = table + <usize>g * 12;
    const length = load<i32>(row);
    for (let m = 0; m < 2; m++) {
      area2(weights, <usize>load<u32>(row + 4 + (<usize>m << 2)), length, SUMS);
      for (let j = 0; j < count; j++) {
        const at = out + ((<usize>(j * groups + g) << 5));
        store<f64>(at + (<usize>m << 3), <f64>load<u64>(SUMS + (<usize>j << 3)));
        if (m == 0) {
          store<f64>(at, <f64>load<u32>(SUMS + 96 + (<usize>j << 2)), 16);
          store<f64>(at, <f64>load<u32>(SUMS + 64 + (<usize>j << 2)), 24);
        }
      }
    }
  }
}
