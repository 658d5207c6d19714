// Classifies each value once per column batch; profiling and checks read the same typed arrays.
import type { Interner } from './interner.js';

export const Kind = {
  null: 0,
  boolean: 1,
  integer: 2,
  number: 3,
  date: 4,
  datetime: 5,
  string: 6,
} as const;
export type KindCode = (typeof Kind)[keyof typeof Kind];
export const KIND_NAMES = ['null', 'boolean', 'integer', 'number', 'date', 'datetime', 'string'] as const;
export type KindName = (typeof KIND_NAMES)[number];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Powers of ten that doubles hold exactly: m / 10^k with m < 2^53 is then correctly rounded (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(bytes: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = bytes[i]!;
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/** The last valid date read: consecutive rows of a time series mostly share it. */
const lastDate = new Uint8Array(10);
let lastDateMs = NaN;

/** Epoch milliseconds of the ISO 8601 date YYYY-MM-DD at bytes[s], NaN if it is not a calendar date. */
function dayMs(bytes: Uint8Array, s: number): number {
  let same = !Number.isNaN(lastDateMs);
  for (let i = 0; i < 10 && same; i++) same = bytes[s + i] === lastDate[i];
  if (same) return lastDateMs;
  if (bytes[s + 4] !== 45 || bytes[s + 7] !== 45) return NaN;
  const y = digits(bytes, s, 4);
  const m = digits(bytes, s + 5, 2);
  const d = digits(bytes, s + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0)) return NaN;
  for (let i = 0; i < 10; i++) lastDate[i] = bytes[s + i]!;
  return (lastDateMs = daysFromCivil(y, m, d) * 86_400_000);
}

/**
 * Epoch milliseconds of the ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm])
 * in bytes [s, e), NaN when it is not one or the calendar has no such day (2024-02-30). Read by position.
 */
export function parseIsoTimeBytes(bytes: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n < 10) return NaN;
  let ms = dayMs(bytes, s);
  if (n === 10 || Number.isNaN(ms)) return ms;
  const sep = bytes[s + 10];
  if ((sep !== 84 && sep !== 32) || n < 16 || bytes[s + 13] !== 58) return NaN;
  const hh = digits(bytes, s + 11, 2);
  const mm = digits(bytes, s + 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NaN;
  ms += hh * 3_600_000 + mm * 60_000;
  let i = s + 16;
  if (i < e && bytes[i] === 58) {
    const ss = digits(bytes, s + 17, 2);
    if (ss < 0 || ss > 59 || s + 19 > e) return NaN;
    ms += ss * 1000;
    i = s + 19;
    if (i < e && bytes[i] === 46) {
      let scale = 100;
      let j = i + 1;
      for (; j < e && isDigit(bytes[j]!); j++) {
        ms += (bytes[j]! - 48) * scale;
        scale /= 10;
      }
      if (j === i + 1) return NaN;
      i = j;
    }
  }
  if (i === e) return ms;
  const zone = bytes[i];
  if (zone === 90 && i === e - 1) return ms; // Z
  if ((zone !== 43 && zone !== 45) || i + 5 > e) return NaN;
  const oh = digits(bytes, i + 1, 2);
  const colon = bytes[i + 3] === 58 ? 1 : 0;
  if (i + 5 + colon !== e) return NaN;
  const om = digits(bytes, i + 3 + colon, 2);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
  return ms - (zone === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
}

/** Text as bytes when it is ASCII (the only text that can be a number, date or boolean), else undefined. */
let asciiScratch = new Uint8Array(64);
function asciiBytes(text: string): Uint8Array | undefined {
  if (text.length > asciiScratch.length) asciiScratch = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return undefined;
    asciiScratch[i] = c;
  }
  return asciiScratch;
}

/** Epoch milliseconds of an ISO 8601 date or datetime text (see parseIsoTimeBytes), NaN when it is not one. */
export function parseIsoTime(text: string): number {
  const bytes = asciiBytes(text);
  return bytes ? parseIsoTimeBytes(bytes, 0, text.length) : NaN;
}

/** A classified column slice: kind of each value, its number (NaN when not numeric), its text. */
export interface ClassifiedColumn {
  kinds: Uint8Array;
  numbers: Float64Array;
  /** The text of each value, null for a null; undefined where the text is still bytes in `source` (see textAt). */
  texts: (string | null | undefined)[];
  /**
   * Where texts not yet made are: value i is bytes[starts[i], ends[i]). `strings` numbers the values that
   * repeat; codes[i] caches value i's number (-1: none, NO_CODE_YET: not looked up).
   */
  source?: { bytes: Buffer; starts: Int32Array; ends: Int32Array; codes: Int32Array; strings: Interner };
  /**
   * Without a source, makes the text of value i not yet made from its kind and number (typed values read
   * without text: Parquet numbers and instants). An integer's text is then String(its number).
   */
  format?: (i: number) => string;
  /**
   * A batch drawn from a dictionary (Parquet's dictionary pages): its distinct values, each once, as a
   * column of `size` values in the order they first occur (the nulls, if any, as one null value);
   * counts[s] rows hold value s, first[s] is the first of them, and row i holds value of[i]. Work that
   * depends on the value alone is then done once per value (see ColumnProfile.add, RowCheck.judge).
   */
  coded?: CodedBatch;
}

export interface CodedBatch {
  values: ClassifiedColumn;
  size: number;
  counts: Int32Array;
  first: Int32Array;
  of: Int32Array;
  /** Null rows (the null value's count). */
  nulls: number;
}

/** -2, as assembly/csv.ts writes it for every field. */
export const NO_CODE_YET = -2;

/** The dictionary code of value i (see Interner), -1 when it has none (typed values, long or rare texts). */
export function codeAt(column: ClassifiedColumn, i: number): number {
  const source = column.source;
  if (!source) return -1;
  const code = source.codes[i]!;
  return code !== NO_CODE_YET ? code : (source.codes[i] = source.strings.code(source.bytes, source.starts[i]!, source.ends[i]!));
}

/**
 * Whether integer value i is written as String(its number), so that the number stands for its text:
 * no '+' sign and not "-0" (integers never have leading zeros: those are strings).
 */
export function isPlainInteger(column: ClassifiedColumn, i: number): boolean {
  const text = column.texts[i];
  if (text !== undefined) return text === String(column.numbers[i]);
  const source = column.source;
  if (!source) return !Object.is(column.numbers[i], -0);
  return source.bytes[source.starts[i]!] !== 43 && !Object.is(column.numbers[i], -0);
}

/**
 * Whether numeric value i is written as String(its number), "1.5" or "-3" but not "1.50", "+3", ".5",
 * "-0" or "0.0000001" (String writes 1e-7): then its number stands for its text, and no text need be
 * made. Read from the bytes (or the text's characters); String() decides only for more than 15
 * significant digits, where the text may not be the shortest that gives the number. False for every
 * exponent form, even one String writes (1e+21): a caller then reads the text. A typed value without
 * bytes (a Parquet number) is plain when its text is: a decimal's "1.50" is not.
 */
export function isPlainNumber(column: ClassifiedColumn, i: number): boolean {
  const text = column.texts[i];
  const x = column.numbers[i]!;
  if (text != null) {
    const bytes = asciiBytes(text);
    const plain = bytes ? plainness(bytes, 0, text.length, x) : NOT_PLAIN;
    return plain === PLAIN || (plain === UNDECIDED && text === String(x));
  }
  if (!column.source) return textAt(column, i) === String(x); // typed values (Parquet): their text is made by format
  const { bytes, starts, ends } = column.source;
  const plain = plainness(bytes, starts[i]!, ends[i]!, x);
  return plain === PLAIN || (plain === UNDECIDED && bytes.toString('latin1', starts[i]!, ends[i]!) === String(x));
}

const NOT_PLAIN = 0;
const PLAIN = 1;
/** More than 15 significant digits: the text may not be the shortest that gives x. */
const UNDECIDED = 2;

/** Whether bytes [s, e), a number x, are written as String(x) writes x (see isPlainNumber). */
function plainness(bytes: Uint8Array, s: number, e: number, x: number): number {
  let p = s;
  if (bytes[p] === 45) {
    if (x === 0) return NOT_PLAIN; // "-0": String(-0) is "0"
    p++;
  }
  const intStart = p;
  while (p < e && isDigit(bytes[p]!)) p++;
  const intDigits = p - intStart;
  if (intDigits === 0 || intDigits > 21 || (intDigits > 1 && bytes[intStart] === 48)) return NOT_PLAIN; // "+3", ".5"; from 1e21 String writes an exponent; "00.5"
  let significant = bytes[intStart] === 48 ? 0 : intDigits;
  if (p < e) {
    if (bytes[p] !== 46) return NOT_PLAIN; // an exponent
    const fraction = ++p;
    while (p < e && isDigit(bytes[p]!)) p++;
    if (p !== e || p === fraction || bytes[e - 1] === 48) return NOT_PLAIN; // "5.", "1.5e3", "1.50"
    if (significant === 0) {
      let first = fraction;
      while (bytes[first] === 48) first++;
      if (first - fraction > 5) return NOT_PLAIN; // under 1e-6 String writes an exponent
      significant = e - first;
    } else significant += e - fraction;
  }
  // Up to 15 digits the text is the shortest that gives x (doubles hold 15 decimal digits): String's.
  return significant <= 15 ? PLAIN : UNDECIDED;
}

/** The text of value i (null for a null), made from its bytes on first use. */
export function textAt(column: ClassifiedColumn, i: number): string | null {
  if (column.kinds[i] === Kind.null) return null;
  const text = column.texts[i];
  if (text !== undefined) return text;
  if (!column.source) return (column.texts[i] = column.format!(i));
  const code = codeAt(column, i);
  const { bytes, starts, ends, strings } = column.source!;
  return (column.texts[i] = code >= 0 ? strings.textOf(code) : bytes.toString('utf8', starts[i]!, ends[i]!));
}

/**
 * Types the non-null value in bytes [s, e) by inference (assembly/csv.ts has the same rules for the
 * byte scanner; test/data/csv-bytes.test.ts holds the two to the same answers) and writes out.kinds/out.numbers at i (no
 * allocation: this runs for every field). Integers, decimals and exponents are numbers; identifiers with
 * leading zeros (zip codes) stay strings; ISO dates and datetimes are instants; true/false (any case) booleans.
 */
export function classifyBytes(bytes: Uint8Array, s: number, e: number, out: ClassifiedColumn, i: number): void {
  const { kinds, numbers } = out;
  numbers[i] = NaN;
  const first = s < e ? bytes[s]! : 0;
  if (isDigit(first) || first === 45 || first === 43 || first === 46) {
    let p = first === 45 || first === 43 ? s + 1 : s;
    const intStart = p;
    let mantissa = 0;
    while (p < e && isDigit(bytes[p]!)) mantissa = mantissa * 10 + bytes[p++]! - 48;
    const intDigits = p - intStart;
    if (p === e && intDigits > 0) {
      if (intDigits > 1 && bytes[intStart] === 48) {
        kinds[i] = Kind.string;
        return;
      }
      kinds[i] = Kind.integer;
      numbers[i] = intDigits <= 15 ? (first === 45 ? -mantissa : mantissa) : numberOf(bytes, s, e);
      return;
    }
    let fracDigits = 0;
    if (p < e && bytes[p] === 46) {
      p++;
      while (p < e && isDigit(bytes[p]!)) {
        mantissa = mantissa * 10 + bytes[p++]! - 48;
        fracDigits++;
      }
    }
    let exponent = false;
    if (intDigits + fracDigits > 0 && p < e && (bytes[p]! | 32) === 101) {
      p++;
      if (p < e && (bytes[p] === 43 || bytes[p] === 45)) p++;
      const expStart = p;
      while (p < e && isDigit(bytes[p]!)) p++;
      exponent = p > expStart;
      if (!exponent) p = -1;
    }
    if (p === e && intDigits + fracDigits > 0) {
      kinds[i] = Kind.number;
      const exact = !exponent && intDigits + fracDigits <= 15;
      numbers[i] = exact ? (first === 45 ? -mantissa : mantissa) / POW10[fracDigits]! : numberOf(bytes, s, e);
      return;
    }
    const n = e - s;
    if (n === 10 || n >= 16) {
      const t = parseIsoTimeBytes(bytes, s, e);
      if (!Number.isNaN(t)) {
        kinds[i] = n === 10 ? Kind.date : Kind.datetime;
        numbers[i] = t;
        return;
      }
    }
    kinds[i] = Kind.string;
    return;
  }
  const n = e - s;
  if ((n === 4 && isWord(bytes, s, 'true')) || (n === 5 && isWord(bytes, s, 'false'))) {
    kinds[i] = Kind.boolean;
    numbers[i] = n === 4 ? 1 : 0;
    return;
  }
  kinds[i] = Kind.string;
}

/** Number() of ASCII bytes: the rare long or exponent forms, where the fast path would not be exact. */
function numberOf(bytes: Uint8Array, s: number, e: number): number {
  let text = '';
  for (let i = s; i < e; i++) text += String.fromCharCode(bytes[i]!);
  return Number(text);
}

/** Whether bytes at s spell `word` (lower case ASCII), in any case. */
function isWord(bytes: Uint8Array, s: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((bytes[s + i]! | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** Text from CSV/TSV typed by inference, as classifyBytes types its bytes. */
function classifyText(text: string, missing: ReadonlySet<string>, out: ClassifiedColumn, i: number): void {
  if (missing.has(text)) {
    out.kinds[i] = Kind.null;
    out.numbers[i] = NaN;
    return;
  }
  const bytes = text.length > 0 ? asciiBytes(text) : undefined;
  if (bytes) classifyBytes(bytes, 0, text.length, out, i);
  else {
    out.kinds[i] = Kind.string;
    out.numbers[i] = NaN;
  }
}

/** A typed value from JSON or Parquet. Strings are only recognised as dates, never as numbers. */
function classifyTyped(value: unknown): { kind: KindCode; number: number; text: string | null } {
  if (value === null || value === undefined) return { kind: Kind.null, number: NaN, text: null };
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) return { kind: Kind.number, number: value, text: String(value) };
      return { kind: Number.isInteger(value) ? Kind.integer : Kind.number, number: value, text: String(value) };
    case 'bigint':
      return { kind: Kind.integer, number: Number(value), text: value.toString() };
    case 'boolean':
      return { kind: Kind.boolean, number: value ? 1 : 0, text: String(value) };
    case 'string':
      if (value.length === 10 || value.length >= 16) {
        const t = parseIsoTime(value);
        if (!Number.isNaN(t)) return { kind: value.length === 10 ? Kind.date : Kind.datetime, number: t, text: value };
      }
      return { kind: Kind.string, number: NaN, text: value };
    default:
      if (value instanceof Date) return { kind: Kind.datetime, number: value.getTime(), text: value.toISOString() };
      return { kind: Kind.string, number: NaN, text: JSON.stringify(value) };
  }
}

/**
 * `textual`: the values are CSV/TSV text whose types are to be inferred. `reuse` gives arrays from the
 * previous batch to fill again: fresh typed arrays per batch would be garbage the collector promotes.
 */
export function classifyColumn(values: unknown[], length: number, missing: ReadonlySet<string>, textual: boolean, reuse?: ClassifiedColumn): ClassifiedColumn {
  const out: ClassifiedColumn =
    reuse && reuse.kinds.length >= length ? reuse : { kinds: new Uint8Array(length), numbers: new Float64Array(length), texts: new Array(length) };
  const { kinds, numbers, texts } = out;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (textual) {
      classifyText(value as string, missing, out, i);
      texts[i] = kinds[i] === Kind.null ? null : (value as string);
    } else {
      const c = classifyTyped(value);
      kinds[i] = c.kind;
      numbers[i] = c.number;
      texts[i] = c.text;
    }
  }
  return out;
}

/** The narrowest type holding every non-null kind seen (a bit mask of kind codes). */
export function typeOfKinds(mask: number): KindName {
  const bits = mask & ~(1 << Kind.null);
  if (bits === 0) return 'null';
  if (bits === 1 << Kind.integer) return 'integer';
  if ((bits & ~((1 << Kind.integer) | (1 << Kind.number))) === 0) return 'number';
  if (bits === 1 << Kind.boolean) return 'boolean';
  if (bits === 1 << Kind.date) return 'date';
  if ((bits & ~((1 << Kind.date) | (1 << Kind.datetime))) === 0) return 'datetime';
  return 'string';
}

/**
 * Classifies every column of a batch, filling the arrays the previous batch used at the same position
 * (`scratch`) so that no typed arrays become garbage per batch, and memory follows a batch's cells, not
 * every column ever seen. A batch the reader classified from bytes is taken as it is.
 */
export function classifyBatch(
  batch: { columns: string[]; values: unknown[][]; length: number; textual: boolean; classified?: ClassifiedColumn[] },
  missing: ReadonlySet<string>,
  scratch: ClassifiedColumn[],
): Map<string, ClassifiedColumn> {
  const classified = new Map<string, ClassifiedColumn>();
  batch.columns.forEach((name, c) => {
    if (batch.classified) {
      classified.set(name, batch.classified[c]!);
      return;
    }
    const column = classifyColumn(batch.values[c]!, batch.length, missing, batch.textual, scratch[c]);
    scratch[c] = column;
    classified.set(name, column);
  });
  return classified;
}
