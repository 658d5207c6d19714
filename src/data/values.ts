// Classifies each value once per column batch; profiling and checks read the same typed arrays.

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

const BOOLEAN = /^(?:true|false)$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/**
 * Epoch milliseconds of an ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm]),
 * NaN when it is not one or the calendar has no such day (2024-02-30). Read by position: no regex, no Date.
 */
export function parseIsoTime(text: string): number {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (d > DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0)) return NaN;
  let ms = daysFromCivil(y, m, d) * 86_400_000;
  if (n === 10) return ms;
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 16 || text.charCodeAt(13) !== 58) return NaN;
  const hh = digits(text, 11, 2);
  const mm = digits(text, 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NaN;
  ms += hh * 3_600_000 + mm * 60_000;
  let i = 16;
  if (i < n && text.charCodeAt(i) === 58) {
    const ss = digits(text, 17, 2);
    if (ss < 0 || ss > 59) return NaN;
    ms += ss * 1000;
    i = 19;
    if (i < n && text.charCodeAt(i) === 46) {
      let scale = 100;
      let j = i + 1;
      for (; j < n && isDigit(text.charCodeAt(j)); j++) {
        ms += (text.charCodeAt(j) - 48) * scale;
        scale /= 10;
      }
      if (j === i + 1) return NaN;
      i = j;
    }
  }
  if (i === n) return ms;
  const zone = text.charCodeAt(i);
  if (zone === 90 && i === n - 1) return ms; // Z
  if (zone !== 43 && zone !== 45) return NaN;
  const oh = digits(text, i + 1, 2);
  const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
  const om = digits(text, i + 3 + colon, 2);
  if (oh < 0 || oh > 23 || om < 0 || om > 59 || i + 5 + colon !== n) return NaN;
  return ms - (zone === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
}

/**
 * Integer, decimal or exponent notation, scanned by hand (faster than a regex on this hot path).
 * Returns the kind, or -1 when the text is not a plain number.
 */
function numericKind(text: string): number {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i);
  let intDigits = 0;
  while (i < n && isDigit(text.charCodeAt(i))) {
    i++;
    intDigits++;
  }
  if (i === n) return intDigits > 0 ? Kind.integer : -1;
  let fracDigits = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) {
      i++;
      fracDigits++;
    }
  }
  if (intDigits + fracDigits === 0) return -1;
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    let expDigits = 0;
    while (i < n && isDigit(text.charCodeAt(i))) {
      i++;
      expDigits++;
    }
    if (expDigits === 0) return -1;
  }
  return i === n ? Kind.number : -1;
}

/** A classified column slice: kind of each value, its number (NaN when not numeric), its text. */
export interface ClassifiedColumn {
  kinds: Uint8Array;
  numbers: Float64Array;
  texts: (string | null)[];
}

/** A date-shaped text is a date only if the calendar has that day; otherwise it is a string. */
function dated(kind: KindCode, text: string): { kind: KindCode; number: number } {
  const t = parseIsoTime(text);
  return Number.isNaN(t) ? { kind: Kind.string, number: NaN } : { kind, number: t };
}

/**
 * Text from CSV/TSV, typed by inference and written into out.kinds/out.numbers at i (no allocation
 * per value: this runs for every field). Identifiers with leading zeros (zip codes) stay strings.
 */
function classifyText(text: string, missing: ReadonlySet<string>, out: ClassifiedColumn, i: number): void {
  const { kinds, numbers } = out;
  numbers[i] = NaN;
  if (missing.has(text)) {
    kinds[i] = Kind.null;
    return;
  }
  const first = text.charCodeAt(0);
  // digits, sign or dot: maybe numeric, maybe a date
  if (isDigit(first) || first === 45 || first === 43 || first === 46) {
    const numeric = numericKind(text);
    if (numeric === Kind.integer) {
      const lead = first === 45 || first === 43 ? 1 : 0;
      if (text.length - lead > 1 && text.charCodeAt(lead) === 48) {
        kinds[i] = Kind.string;
        return;
      }
      kinds[i] = Kind.integer;
      numbers[i] = Number(text);
      return;
    }
    if (numeric === Kind.number) {
      kinds[i] = Kind.number;
      numbers[i] = Number(text);
      return;
    }
    if (text.length === 10 || text.length >= 16) {
      const t = parseIsoTime(text);
      if (!Number.isNaN(t)) {
        kinds[i] = text.length === 10 ? Kind.date : Kind.datetime;
        numbers[i] = t;
        return;
      }
    }
    kinds[i] = Kind.string;
    return;
  }
  if (text.length <= 5 && BOOLEAN.test(text)) {
    kinds[i] = Kind.boolean;
    numbers[i] = text.length === 4 ? 1 : 0;
    return;
  }
  kinds[i] = Kind.string;
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
        const d = dated(value.length === 10 ? Kind.date : Kind.datetime, value);
        if (d.kind !== Kind.string) return { ...d, text: value };
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
 * Classifies every column of a batch, filling the arrays the previous batch used (`scratch`) so that
 * no typed arrays become garbage per batch.
 */
export function classifyBatch(
  batch: { columns: string[]; values: unknown[][]; length: number; textual: boolean },
  missing: ReadonlySet<string>,
  scratch: Map<string, ClassifiedColumn>,
): Map<string, ClassifiedColumn> {
  const classified = new Map<string, ClassifiedColumn>();
  batch.columns.forEach((name, c) => {
    const column = classifyColumn(batch.values[c]!, batch.length, missing, batch.textual, scratch.get(name));
    scratch.set(name, column);
    classified.set(name, column);
  });
  return classified;
}
