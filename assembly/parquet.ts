// The Parquet reader's hot loops in WebAssembly (npm run wasm): definition levels and dictionary indices
// (the RLE / bit-packing hybrid) decoded as streams, dictionary entries gathered into a batch's columns,
// and a batch's distinct entries listed with their counts (for consumers that work once per value). Every address comes from src/data/parquet-kernel.ts, which lays out this module's memory:
// per column a descriptor, its batch columns, its dictionary and its current page's bytes.

// A column's descriptor: addresses (i32) of its arrays, then the states of its two streams.
const OUT_KINDS: usize = 0;
const OUT_NUMBERS: usize = 4;
const OUT_STARTS: usize = 8;
const OUT_ENDS: usize = 12;
const OUT_CODES: usize = 16;
const ROWS: usize = 20; // the row of each present value of the batch
const INDICES: usize = 24; // scratch: levels, then dictionary indices
const D_KINDS: usize = 28;
const D_NUMBERS: usize = 32;
const D_STARTS: usize = 36;
const D_ENDS: usize = 40;
const D_CODES: usize = 44;
const D_SIZE: usize = 48;
const D_TEXTS: usize = 52; // whether the dictionary's entries have texts (starts, ends, codes)
const IDENTITY: usize = 56; // set by levels(): every row of the batch is present
const LEVELS: usize = 64;
const VALUES: usize = 96;
// The batch's distinct entries (see distinct): per dictionary entry its slot + 1 (0: none yet, kept all
// 0 between batches), then per slot its entry (-1: null), count, first row, kind, number and text, and
// per row its slot.
const D_SLOTS: usize = 128;
const U_ENTRIES: usize = 132;
const U_COUNTS: usize = 136;
const U_FIRST: usize = 140;
const U_OF: usize = 144;
const U_KINDS: usize = 148;
const U_NUMBERS: usize = 152;
const U_STARTS: usize = 156;
const U_ENDS: usize = 160;
const U_CODES: usize = 164;

// A stream's state.
const POS: usize = 0; // the next run header
const END: usize = 4;
const WIDTH: usize = 8;
const LEFT: usize = 12; // values left in the current run
const PACKED: usize = 16;
const VALUE: usize = 20; // an RLE run's value
const BIT: usize = 24; // a bit-packed run's next value, as a bit address

// Errors, as src/data/parquet-kernel.ts words them.
const ENDED: i32 = -1;
const BAD_LEVEL: i32 = -2;
const BAD_INDEX: i32 = -3;

const NULL: u8 = 0;

/** Starts the next run of the stream at s; false when its data has ended. */
function nextRun(s: usize): bool {
  let pos = load<i32>(s + POS);
  const end = load<i32>(s + END);
  const width = load<i32>(s + WIDTH);
  let header: u32 = 0;
  do {
    header = 0;
    let shift: u32 = 0;
    for (;;) {
      if (pos >= end || shift > 28) return false;
      const b = <u32>load<u8>(<usize>pos);
      pos++;
      header |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) break;
      shift += 7;
    }
  } while (header <= 1); // an empty run
  if ((header & 1) == 1) {
    const groups = <i64>(header >> 1);
    // A writer may end the last run early when its padding holds no values: only what is read must be there.
    let left = groups * 8;
    if (width > 0) left = min(left, (<i64>(end - pos) * 8) / width);
    if (left == 0) return false;
    store<i32>(s + PACKED, 1);
    store<i32>(s + BIT, pos * 8);
    store<i32>(s + LEFT, <i32>left);
    store<i32>(s + POS, <i32>min(<i64>end + 1, <i64>pos + groups * width));
    return true;
  }
  const size = (width + 7) >> 3;
  if (pos + size > end) return false;
  let value: u32 = 0;
  for (let k = 0; k < size; k++) value |= <u32>load<u8>(<usize>(pos + k)) << (8 * k);
  store<i32>(s + PACKED, 0);
  store<i32>(s + VALUE, value);
  store<i32>(s + LEFT, header >> 1);
  store<i32>(s + POS, pos + size);
  return true;
}

/** Decodes the next n values of the stream at s into out (i32); false when its data ends first. */
function decode(s: usize, out: usize, n: i32): bool {
  const width = load<i32>(s + WIDTH);
  const mask: u64 = (<u64>1 << width) - 1;
  let at = 0;
  while (at < n) {
    if (load<i32>(s + LEFT) == 0 && !nextRun(s)) return false;
    const left = load<i32>(s + LEFT);
    const k = min(n - at, left);
    if (load<i32>(s + PACKED) == 0) {
      const value = load<i32>(s + VALUE);
      for (let i = at; i < at + k; i++) store<i32>(out + (<usize>i << 2), value);
    } else {
      // Each value lies within 5 bytes from its first: one unaligned 8-byte load (the host pads pages by 8).
      let bit = <usize>load<i32>(s + BIT);
      for (let i = at; i < at + k; i++) {
        store<i32>(out + (<usize>i << 2), <i32>((load<u64>(bit >> 3) >> (bit & 7)) & mask));
        bit += <usize>width;
      }
      store<i32>(s + BIT, <i32>bit);
    }
    store<i32>(s + LEFT, left - k);
    at += k;
  }
  return true;
}

/**
 * The definition levels of the next n rows: null rows get kind null, the rows of present values are
 * listed at ROWS (IDENTITY when all are present). Returns how many are present, or an error.
 */
export function levels(column: usize, n: i32, max: i32): i32 {
  const s = column + LEVELS;
  if (load<i32>(s + LEFT) == 0 && !nextRun(s)) return ENDED;
  // A run of present values covering the batch (columns without nulls): nothing to write.
  if (load<i32>(s + PACKED) == 0 && load<i32>(s + VALUE) == max && load<i32>(s + LEFT) >= n) {
    store<i32>(s + LEFT, load<i32>(s + LEFT) - n);
    store<i32>(column + IDENTITY, 1);
    return n;
  }
  const scratch = <usize>load<i32>(column + INDICES);
  if (!decode(s, scratch, n)) return ENDED;
  const rows = <usize>load<i32>(column + ROWS);
  const kinds = <usize>load<i32>(column + OUT_KINDS);
  const numbers = <usize>load<i32>(column + OUT_NUMBERS);
  let present = 0;
  for (let i = 0; i < n; i++) {
    const level = load<i32>(scratch + (<usize>i << 2));
    if (level == max) {
      store<i32>(rows + (<usize>present << 2), i);
      present++;
    } else if (level > max || level < 0) return BAD_LEVEL;
    else {
      store<u8>(kinds + <usize>i, NULL);
      store<f64>(numbers + (<usize>i << 3), NaN);
    }
  }
  store<i32>(column + IDENTITY, present == n ? 1 : 0);
  return present;
}

/** Writes the entries of the dictionary indices decoded by distinct to the batch's rows (see levels). */
export function gather(column: usize, present: i32): i32 {
  const indices = <usize>load<i32>(column + INDICES);
  const identity = load<i32>(column + IDENTITY) == 1;
  const texts = load<i32>(column + D_TEXTS) == 1;
  // One loop per case, each in one pass: the batch's arrays are written once, in order where rows are.
  if (identity && texts) return gatherAll(column, indices, present, true);
  if (texts) return gatherAll(column, indices, present, false);
  if (identity) return gatherNumbers(column, indices, present, true);
  return gatherNumbers(column, indices, present, false);
}

/** Kinds and numbers, and each row's entry (for the host to make and keep its text when asked). */
@inline function gatherNumbers(column: usize, indices: usize, present: i32, identity: bool): i32 {
  const size = <u32>load<i32>(column + D_SIZE);
  const rows = <usize>load<i32>(column + ROWS);
  const kinds = <usize>load<i32>(column + OUT_KINDS);
  const numbers = <usize>load<i32>(column + OUT_NUMBERS);
  const codes = <usize>load<i32>(column + OUT_CODES);
  const dKinds = <usize>load<i32>(column + D_KINDS);
  const dNumbers = <usize>load<i32>(column + D_NUMBERS);
  for (let j = 0; j < present; j++) {
    const e = load<u32>(indices + (<usize>j << 2));
    if (e >= size) return BAD_INDEX;
    const i = identity ? <usize>j : <usize>load<i32>(rows + (<usize>j << 2));
    store<u8>(kinds + i, load<u8>(dKinds + <usize>e));
    store<f64>(numbers + (i << 3), load<f64>(dNumbers + (<usize>e << 3)));
    store<u32>(codes + (i << 2), e);
  }
  return 0;
}

/** Kinds, numbers and the entries' texts (starts, ends, codes). */
@inline function gatherAll(column: usize, indices: usize, present: i32, identity: bool): i32 {
  const size = <u32>load<i32>(column + D_SIZE);
  const rows = <usize>load<i32>(column + ROWS);
  const kinds = <usize>load<i32>(column + OUT_KINDS);
  const numbers = <usize>load<i32>(column + OUT_NUMBERS);
  const starts = <usize>load<i32>(column + OUT_STARTS);
  const ends = <usize>load<i32>(column + OUT_ENDS);
  const codes = <usize>load<i32>(column + OUT_CODES);
  const dKinds = <usize>load<i32>(column + D_KINDS);
  const dNumbers = <usize>load<i32>(column + D_NUMBERS);
  const dStarts = <usize>load<i32>(column + D_STARTS);
  const dEnds = <usize>load<i32>(column + D_ENDS);
  const dCodes = <usize>load<i32>(column + D_CODES);
  for (let j = 0; j < present; j++) {
    const e = load<u32>(indices + (<usize>j << 2));
    if (e >= size) return BAD_INDEX;
    const i = identity ? <usize>j : <usize>load<i32>(rows + (<usize>j << 2));
    const e4 = <usize>e << 2;
    const i4 = i << 2;
    store<u8>(kinds + i, load<u8>(dKinds + <usize>e));
    store<f64>(numbers + (i << 3), load<f64>(dNumbers + (<usize>e << 3)));
    store<i32>(starts + i4, load<i32>(dStarts + e4));
    store<i32>(ends + i4, load<i32>(dEnds + e4));
    store<i32>(codes + i4, load<i32>(dCodes + e4));
  }
  return 0;
}

/** Slots given so far by distinct(). */
let used: i32 = 0;

/** The slot of entry e, first met at row i: a new one (count 0) if it has none yet. */
@inline function slotOf(slots: usize, entries: usize, counts: usize, first: usize, e: usize, i: i32): i32 {
  let s = load<i32>(slots + (e << 2)) - 1;
  if (s < 0) {
    s = used++;
    store<i32>(slots + (e << 2), s + 1);
    store<i32>(entries + (<usize>s << 2), <i32>e);
    store<i32>(counts + (<usize>s << 2), 0);
    store<i32>(first + (<usize>s << 2), i);
  }
  return s;
}

/**
 * The batch's n rows (`present` of them not null) by distinct value, decoding the page's dictionary
 * indices (for gather too). Slots are numbered in the order their values first occur (the nulls, if any,
 * as one slot); each slot gets its entry, how many rows hold it, the first of them, and the entry's kind,
 * number and text; each row gets its slot. Returns the slots, or an error.
 */
export function distinct(column: usize, n: i32, present: i32): i32 {
  const indices = <usize>load<i32>(column + INDICES);
  const slots = <usize>load<i32>(column + D_SLOTS);
  const entries = <usize>load<i32>(column + U_ENTRIES);
  const counts = <usize>load<i32>(column + U_COUNTS);
  const first = <usize>load<i32>(column + U_FIRST);
  const rowSlots = <usize>load<i32>(column + U_OF);
  const size = <u32>load<i32>(column + D_SIZE);
  used = 0;
  if (load<i32>(column + IDENTITY) == 1) {
    // Every row present: the indices are taken as they are decoded, a run of one index at once.
    const st = column + VALUES;
    const width = load<i32>(st + WIDTH);
    const mask: u64 = (<u64>1 << width) - 1;
    let at = 0;
    while (at < n) {
      if (load<i32>(st + LEFT) == 0 && !nextRun(st)) return unmark(column, ENDED);
      const left = load<i32>(st + LEFT);
      const k = min(n - at, left);
      if (load<i32>(st + PACKED) == 0) {
        const e = <u32>load<i32>(st + VALUE);
        if (e >= size) return unmark(column, BAD_INDEX);
        const s = slotOf(slots, entries, counts, first, <usize>e, at);
        store<i32>(counts + (<usize>s << 2), load<i32>(counts + (<usize>s << 2)) + k);
        for (let i = at; i < at + k; i++) {
          store<i32>(rowSlots + (<usize>i << 2), s);
          store<i32>(indices + (<usize>i << 2), e);
        }
      } else {
        let bit = <usize>load<i32>(st + BIT);
        for (let i = at; i < at + k; i++) {
          const e = <u32>((load<u64>(bit >> 3) >> (bit & 7)) & mask);
          bit += <usize>width;
          if (e >= size) return unmark(column, BAD_INDEX);
          const s = slotOf(slots, entries, counts, first, <usize>e, i);
          store<i32>(counts + (<usize>s << 2), load<i32>(counts + (<usize>s << 2)) + 1);
          store<i32>(rowSlots + (<usize>i << 2), s);
          store<i32>(indices + (<usize>i << 2), e);
        }
        store<i32>(st + BIT, <i32>bit);
      }
      store<i32>(st + LEFT, left - k);
      at += k;
    }
  } else {
    if (!decode(column + VALUES, indices, present)) return ENDED;
    const rows = <usize>load<i32>(column + ROWS);
    let nullSlot = -1;
    let j = 0;
    for (let i = 0; i < n; i++) {
      let s: i32;
      if (j < present && load<i32>(rows + (<usize>j << 2)) == i) {
        const e = load<u32>(indices + (<usize>j << 2));
        j++;
        if (e >= size) return unmark(column, BAD_INDEX);
        s = slotOf(slots, entries, counts, first, <usize>e, i);
      } else {
        if (nullSlot < 0) {
          nullSlot = used++;
          store<i32>(entries + (<usize>nullSlot << 2), -1);
          store<i32>(counts + (<usize>nullSlot << 2), 0);
          store<i32>(first + (<usize>nullSlot << 2), i);
        }
        s = nullSlot;
      }
      const c = counts + (<usize>s << 2);
      store<i32>(c, load<i32>(c) + 1);
      store<i32>(rowSlots + (<usize>i << 2), s);
    }
  }
  const texts = load<i32>(column + D_TEXTS) == 1;
  const kinds = <usize>load<i32>(column + U_KINDS);
  const numbers = <usize>load<i32>(column + U_NUMBERS);
  const starts = <usize>load<i32>(column + U_STARTS);
  const ends = <usize>load<i32>(column + U_ENDS);
  const codes = <usize>load<i32>(column + U_CODES);
  const dKinds = <usize>load<i32>(column + D_KINDS);
  const dNumbers = <usize>load<i32>(column + D_NUMBERS);
  const dStarts = <usize>load<i32>(column + D_STARTS);
  const dEnds = <usize>load<i32>(column + D_ENDS);
  const dCodes = <usize>load<i32>(column + D_CODES);
  for (let s = 0; s < used; s++) {
    const s4 = <usize>s << 2;
    const e = load<i32>(entries + s4);
    if (e < 0) {
      store<u8>(kinds + <usize>s, NULL);
      store<f64>(numbers + (<usize>s << 3), NaN);
      store<i32>(codes + s4, -1);
      continue;
    }
    const e4 = <usize>e << 2;
    store<i32>(slots + e4, 0);
    store<u8>(kinds + <usize>s, load<u8>(dKinds + <usize>e));
    store<f64>(numbers + (<usize>s << 3), load<f64>(dNumbers + (<usize>e << 3)));
    if (texts) {
      store<i32>(starts + s4, load<i32>(dStarts + e4));
      store<i32>(ends + s4, load<i32>(dEnds + e4));
      store<i32>(codes + s4, load<i32>(dCodes + e4));
    } else store<i32>(codes + s4, e);
  }
  return used;
}

/** Clears the slot marks distinct() left on the entries of the slots given so far; returns `result`. */
function unmark(column: usize, result: i32): i32 {
  const slots = <usize>load<i32>(column + D_SLOTS);
  const entries = <usize>load<i32>(column + U_ENTRIES);
  for (let s = 0; s < used; s++) {
    const e = load<i32>(entries + (<usize>s << 2));
    if (e >= 0) store<i32>(slots + (<usize>e << 2), 0);
  }
  return result;
}
