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

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const DATETIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
const BOOLEAN = /^(?:true|false)$/i;

/** Epoch milliseconds of an ISO date or datetime, NaN when the calendar has no such day (2024-02-30). */
function isoTime(text: string): number {
  const t = Date.parse(text.length > 10 ? text.replace(' ', 'T') : text);
  if (Number.isNaN(t)) return NaN;
  const [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? t : NaN;
}

/** A classified column slice: kind of each value, its number (NaN when not numeric), its text. */
export interface ClassifiedColumn {
  kinds: Uint8Array;
  numbers: Float64Array;
  texts: (string | null)[];
}

/** A date-shaped text is a date only if the calendar has that day; otherwise it is a string. */
function dated(kind: KindCode, text: string): { kind: KindCode; number: number } {
  const t = isoTime(text);
  return Number.isNaN(t) ? { kind: Kind.string, number: NaN } : { kind, number: t };
}

/** Text from CSV/TSV: types are inferred. Identifiers with leading zeros (zip codes) stay strings. */
function classifyText(text: string, missing: ReadonlySet<string>): { kind: KindCode; number: number } {
  if (missing.has(text)) return { kind: Kind.null, number: NaN };
  const first = text.charCodeAt(0);
  // digits, sign or dot: maybe numeric, maybe a date
  if ((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46) {
    if (INTEGER.test(text)) {
      const digits = first === 45 || first === 43 ? text.slice(1) : text;
      if (digits.length > 1 && digits.charCodeAt(0) === 48) return { kind: Kind.string, number: NaN };
      return { kind: Kind.integer, number: Number(text) };
    }
    if (NUMBER.test(text)) return { kind: Kind.number, number: Number(text) };
    if (text.length === 10 && DATE.test(text)) return dated(Kind.date, text);
    if (text.length >= 16 && DATETIME.test(text)) return dated(Kind.datetime, text);
    return { kind: Kind.string, number: NaN };
  }
  if (text.length <= 5 && BOOLEAN.test(text)) return { kind: Kind.boolean, number: text.length === 4 ? 1 : 0 };
  return { kind: Kind.string, number: NaN };
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
      if (value.length === 10 && DATE.test(value)) return { ...dated(Kind.date, value), text: value };
      if (value.length >= 16 && DATETIME.test(value)) return { ...dated(Kind.datetime, value), text: value };
      return { kind: Kind.string, number: NaN, text: value };
    default:
      if (value instanceof Date) return { kind: Kind.datetime, number: value.getTime(), text: value.toISOString() };
      return { kind: Kind.string, number: NaN, text: JSON.stringify(value) };
  }
}

/** `textual`: the values are CSV/TSV text whose types are to be inferred. */
export function classifyColumn(values: unknown[], length: number, missing: ReadonlySet<string>, textual: boolean): ClassifiedColumn {
  const kinds = new Uint8Array(length);
  const numbers = new Float64Array(length);
  const texts: (string | null)[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (textual) {
      const text = value as string;
      const c = classifyText(text, missing);
      kinds[i] = c.kind;
      numbers[i] = c.number;
      texts[i] = c.kind === Kind.null ? null : text;
    } else {
      const c = classifyTyped(value);
      kinds[i] = c.kind;
      numbers[i] = c.number;
      texts[i] = c.text;
    }
  }
  return { kinds, numbers, texts };
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
