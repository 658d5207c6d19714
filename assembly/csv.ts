// The quote-free CSV/TSV scanner's hot loop in WebAssembly (npm run wasm): finds fields and rows in
// bytes and types each field where it lies, with the rules of src/data/values.ts classifyBytes (kept
// in step by the differential tests in test/data/csv-bytes.test.ts). Every address comes from
// src/data/csv-wasm.ts, which lays out this module's memory.

// Kind codes, as src/data/values.ts.
const NULL: u8 = 0;
const BOOLEAN: u8 = 1;
const INTEGER: u8 = 2;
const NUMBER: u8 = 3;
const DATE: u8 = 4;
const DATETIME: u8 = 5;
const STRING: u8 = 6;

/** i32 slots the host reads and writes between calls. */
const ROWS: usize = 0; // rows in the batch so far
const LINE: usize = 4; // the line the next row starts on
const BAD: usize = 8; // rows with the wrong number of fields, in the bad list
const FIX: usize = 12; // numeric fields for the host to parse with Number(), in the fix list

/** Layout, set once by the host. */
let input: usize = 0;
let width: i32 = 0;
let capacity: i32 = 0;
let kinds: usize = 0;
let numbers: usize = 0;
let starts: usize = 0;
let ends: usize = 0;
let codes: usize = 0;
let lines: usize = 0;
let badList: usize = 0;
let fixList: usize = 0;
/** The texts meaning null: `missingCount` (start, length) pairs at `missingList`. */
let missingList: usize = 0;
let missingCount: i32 = 0;

export function layout(inputAt: usize, columns: i32, rows: i32, kindsAt: usize, numbersAt: usize, startsAt: usize, endsAt: usize, codesAt: usize, linesAt: usize, badAt: usize, fixAt: usize, missingAt: usize, missing: i32): void {
  missingList = missingAt;
  missingCount = missing;
  input = inputAt;
  width = columns;
  capacity = rows;
  kinds = kindsAt;
  numbers = numbersAt;
  starts = startsAt;
  ends = endsAt;
  codes = codesAt;
  lines = linesAt;
  badList = badAt;
  fixList = fixAt;
}

@inline function byte(p: i32): i32 {
  return <i32>load<u8>(input + <usize>p);
}

@inline function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

/** 10^k for k ≤ 22: exact doubles, so m / 10^k with m < 2^53 is correctly rounded (Clinger). */
function pow10(k: i32): f64 {
  let x: f64 = 1;
  for (let i = 0; i < k; i++) x *= 10;
  return x;
}

function digits(from: i32, count: i32): i32 {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = byte(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/** Days from 1970-01-01 (Howard Hinnant's days_from_civil), in doubles as the JavaScript original. */
function daysFromCivil(yi: i32, m: i32, d: i32): f64 {
  const y: f64 = <f64>(yi - (m <= 2 ? 1 : 0));
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * <f64>(m + (m > 2 ? -3 : 9)) + 2) / 5) + <f64>d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: i32, m: i32): i32 {
  if (m == 2) return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
  return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
}

/** parseIsoTimeBytes of src/data/values.ts: epoch milliseconds, NaN when not an ISO date or datetime. */
function isoTime(s: i32, e: i32): f64 {
  const n = e - s;
  if (n < 10 || byte(s + 4) != 45 || byte(s + 7) != 45) return NaN;
  const y = digits(s, 4);
  const m = digits(s + 5, 2);
  const d = digits(s + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  let ms = daysFromCivil(y, m, d) * 86400000;
  if (n == 10) return ms;
  const sep = byte(s + 10);
  if ((sep != 84 && sep != 32) || n < 16 || byte(s + 13) != 58) return NaN;
  const hh = digits(s + 11, 2);
  const mm = digits(s + 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NaN;
  ms += <f64>(hh * 3600000 + mm * 60000);
  let i = s + 16;
  if (i < e && byte(i) == 58) {
    if (s + 19 > e) return NaN;
    const ss = digits(s + 17, 2);
    if (ss < 0 || ss > 59) return NaN;
    ms += <f64>(ss * 1000);
    i = s + 19;
    if (i < e && byte(i) == 46) {
      let scale: f64 = 100;
      let j = i + 1;
      for (; j < e && isDigit(byte(j)); j++) {
        ms += <f64>(byte(j) - 48) * scale;
        scale /= 10;
      }
      if (j == i + 1) return NaN;
      i = j;
    }
  }
  if (i == e) return ms;
  const zone = byte(i);
  if (zone == 90 && i == e - 1) return ms; // Z
  if ((zone != 43 && zone != 45) || i + 5 > e) return NaN;
  const oh = digits(i + 1, 2);
  const colon = byte(i + 3) == 58 ? 1 : 0;
  if (i + 5 + colon != e) return NaN;
  const om = digits(i + 3 + colon, 2);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
  return ms - <f64>((zone == 43 ? 1 : -1) * (oh * 3600000 + om * 60000));
}

@inline function isWord4(s: i32, a: i32, b: i32, c: i32, d: i32): bool {
  return (byte(s) | 32) == a && (byte(s + 1) | 32) == b && (byte(s + 2) | 32) == c && (byte(s + 3) | 32) == d;
}

/** classifyBytes of src/data/values.ts for the non-empty, non-missing field [s, e) of column `column`, row `row`. */
function classify(s: i32, e: i32, at: usize, column: i32, row: i32): void {
  const kindAt = kinds + at;
  const numberAt = numbers + (at << 3);
  store<f64>(numberAt, NaN);
  const first = s < e ? byte(s) : 0;
  if (isDigit(first) || first == 45 || first == 43 || first == 46) {
    let p = first == 45 || first == 43 ? s + 1 : s;
    const intStart = p;
    let mantissa: f64 = 0;
    while (p < e && isDigit(byte(p))) mantissa = mantissa * 10 + <f64>(byte(p++) - 48);
    const intDigits = p - intStart;
    if (p == e && intDigits > 0) {
      if (intDigits > 1 && byte(intStart) == 48) {
        store<u8>(kindAt, STRING);
        return;
      }
      store<u8>(kindAt, INTEGER);
      if (intDigits <= 15) store<f64>(numberAt, first == 45 ? -mantissa : mantissa);
      else fix(column, row);
      return;
    }
    let fracDigits = 0;
    if (p < e && byte(p) == 46) {
      p++;
      while (p < e && isDigit(byte(p))) {
        mantissa = mantissa * 10 + <f64>(byte(p++) - 48);
        fracDigits++;
      }
    }
    let exponent = false;
    if (intDigits + fracDigits > 0 && p < e && (byte(p) | 32) == 101) {
      p++;
      if (p < e && (byte(p) == 43 || byte(p) == 45)) p++;
      const expStart = p;
      while (p < e && isDigit(byte(p))) p++;
      exponent = p > expStart;
      if (!exponent) p = -1;
    }
    if (p == e && intDigits + fracDigits > 0) {
      store<u8>(kindAt, NUMBER);
      if (!exponent && intDigits + fracDigits <= 15) store<f64>(numberAt, (first == 45 ? -mantissa : mantissa) / pow10(fracDigits));
      else fix(column, row);
      return;
    }
    const n = e - s;
    if (n == 10 || n >= 16) {
      const t = isoTime(s, e);
      if (!isNaN(t)) {
        store<u8>(kindAt, n == 10 ? DATE : DATETIME);
        store<f64>(numberAt, t);
        return;
      }
    }
    store<u8>(kindAt, STRING);
    return;
  }
  const n = e - s;
  if ((n == 4 && isWord4(s, 116, 114, 117, 101)) || (n == 5 && isWord4(s, 102, 97, 108, 115) && (byte(s + 4) | 32) == 101)) {
    store<u8>(kindAt, BOOLEAN);
    store<f64>(numberAt, n == 4 ? 1 : 0);
    return;
  }
  store<u8>(kindAt, STRING);
}

/** A number the fast path cannot give exactly: the host parses it with Number(). */
function fix(column: i32, row: i32): void {
  const count = load<i32>(FIX);
  store<i32>(fixList + (<usize>count << 3), column);
  store<i32>(fixList + (<usize>count << 3) + 4, row);
  store<i32>(FIX, count + 1);
}

function isMissing(s: i32, e: i32): bool {
  for (let k = 0; k < missingCount; k++) {
    const from = load<i32>(missingList + (<usize>k << 3));
    const length = load<i32>(missingList + (<usize>k << 3) + 4);
    if (length != e - s) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = load<u8>(<usize>(from + i)) == load<u8>(input + <usize>(s + i));
    if (same) return true;
  }
  return false;
}

function field(column: i32, row: i32, s: i32, e: i32): void {
  const at = <usize>(column * capacity + row);
  if (isMissing(s, e)) {
    store<u8>(kinds + at, NULL);
    store<f64>(numbers + (at << 3), NaN);
    return;
  }
  classify(s, e, at, column, row);
  store<i32>(starts + (at << 2), s);
  store<i32>(ends + (at << 2), e);
  store<i32>(codes + (at << 2), -2);
}

/**
 * Reads whole lines from input[from, stop) into the batch; returns where it stopped: at stop, or just
 * after the line that filled the batch (or the bad list, which holds `capacity` entries). Delimiters and
 * newlines are found 16 bytes at a time (the host leaves 16 readable bytes past the input).
 */
export function scan(from: i32, stop: i32, delimiter: i32): i32 {
  let rows = load<i32>(ROWS);
  let line = load<i32>(LINE);
  let bad = load<i32>(BAD);
  let column = 0;
  let fieldStart = from;
  let rowFixes = load<i32>(FIX); // the fix list's length when this row began: a bad row's fixes are dropped
  const delimiters = i8x16.splat(<i8>delimiter);
  const newlines = i8x16.splat(10);
  for (let block = from; block < stop; block += 16) {
    const bytes = v128.load(input + <usize>block);
    let mask = i8x16.bitmask(v128.or(i8x16.eq(bytes, delimiters), i8x16.eq(bytes, newlines)));
    if (stop - block < 16) mask &= (1 << (stop - block)) - 1;
    while (mask != 0) {
      const p = block + ctz(mask);
      mask &= mask - 1;
      if (byte(p) == delimiter) {
        if (column < width) field(column, rows, fieldStart, p);
        column++;
        fieldStart = p + 1;
        continue;
      }
      const end = p > fieldStart && byte(p - 1) == 13 ? p - 1 : p;
      if (column < width) field(column, rows, fieldStart, end);
      const fields = column + 1;
      if (fields == width) {
        store<i32>(lines + (<usize>rows << 2), line);
        rows++;
      } else {
        store<i32>(FIX, rowFixes);
        if (!(fields == 1 && end == fieldStart && width > 1)) {
          store<i32>(badList + (<usize>bad << 3), line);
          store<i32>(badList + (<usize>bad << 3) + 4, fields);
          bad++;
        }
      }
      rowFixes = load<i32>(FIX);
      line++;
      column = 0;
      fieldStart = p + 1;
      if (rows == capacity || bad == capacity) {
        store<i32>(ROWS, rows);
        store<i32>(LINE, line);
        store<i32>(BAD, bad);
        return p + 1;
      }
    }
  }
  store<i32>(ROWS, rows);
  store<i32>(LINE, line);
  store<i32>(BAD, bad);
  return stop;
}
