// A column's physical values (parquet-values.ts) as the profile's values, by the column's logical type:
// kinds and numbers, instants as epoch milliseconds (rounded down), decimals as numbers with their exact
// text, text as byte ranges. Texts are made only where a number cannot give them back exactly.
import type { Logical } from './parquet-footer.js';
import type { Physical, Values } from './parquet-values.js';
import type { Interner } from './interner.js';
import { Kind, NO_CODE_YET, parseIsoTimeBytes } from './values.js';

/** Where converted values go, at the rows given: a batch's columns, or a dictionary's entries. */
export interface Target {
  kinds: Uint8Array;
  numbers: Float64Array;
  texts: (string | null | undefined)[];
  starts: Int32Array;
  ends: Int32Array;
  codes: Int32Array;
}

const TWO_32 = 4294967296;
/** Instants a Date can hold (±10^8 days). */
const MAX_MS = 8.64e15;
const BOOLEAN_TEXT = Buffer.from('falsetrue');

export class Converter {
  // Scratch for the physical values, grown to the most asked for (a dictionary's entries).
  private raw = new Float64Array(0);
  private rawStarts = new Int32Array(0);
  private rawEnds = new Int32Array(0);
  /** 64-bit values beyond 2^53 in the last call: their positions and exact texts. */
  private readonly wideAt: number[] = [];
  private readonly wideText: string[] = [];
  private readonly scale: number;
  private booleanCodes: Int32Array | undefined;

  constructor(
    private readonly logical: Logical,
    private readonly physical: Physical,
    /** The column's dictionary of texts (made when first needed). */
    private readonly strings: () => Interner,
  ) {
    this.scale = logical.kind === 'decimal' ? 10 ** logical.scale : 1;
  }

  /**
   * The next `present` values of the stream into target's rows `at` (undefined: rows 0, 1, …). Returns
   * the bytes their texts lie in (text and booleans), which target's starts and ends point into.
   */
  convert(values: Values, present: number, at: Int32Array | undefined, target: Target): Buffer | undefined {
    if (this.raw.length < present) [this.raw, this.rawStarts, this.rawEnds] = [new Float64Array(present), new Int32Array(present), new Int32Array(present)];
    const { logical } = this;
    if (logical.kind === 'text' || (logical.kind === 'decimal' && this.physical.type.endsWith('BYTE_ARRAY'))) {
      const bytes = values.bytes(this.rawStarts, this.rawEnds, present);
      if (logical.kind === 'decimal') {
        this.bigDecimals(bytes, present, at, target, logical.scale);
        return undefined;
      }
      this.texts(bytes, present, at, target);
      return bytes;
    }
    this.wideAt.length = 0;
    this.wideText.length = 0;
    values.numbers(this.raw, present, (j, hi, lo) => this.wide(j, hi, lo));
    this.numbers(present, at, target);
    if (logical.kind !== 'boolean') return undefined;
    // Booleans are the texts "false" and "true", numbered once, so that they are profiled per code.
    const strings = this.strings();
    const codes = (this.booleanCodes ??= Int32Array.of(strings.code(BOOLEAN_TEXT, 0, 5), strings.code(BOOLEAN_TEXT, 5, 9)));
    for (let j = 0; j < present; j++) {
      const i = at ? at[j]! : j;
      const b = target.numbers[i]!;
      target.starts[i] = b * 5;
      target.ends[i] = 5 + b * 4;
      target.codes[i] = codes[b]!;
    }
    return BOOLEAN_TEXT;
  }

  /** The text of value i of target, from its kind and number (the arrays are read when called). */
  formatter(target: Pick<Target, 'kinds' | 'numbers'>): (i: number) => string {
    switch (this.logical.kind) {
      case 'decimal': {
        const scale = this.logical.scale;
        // Exact where the value was (below 2^51 and 22 digits: convert() made the others' texts).
        return (i) => decimalText(Math.round(target.numbers[i]! * this.scale), scale);
      }
      case 'date':
      case 'timestamp':
        return (i) => {
          const iso = new Date(target.numbers[i]!).toISOString();
          return target.kinds[i] === Kind.date ? iso.slice(0, 10) : iso;
        };
      case 'boolean':
        return (i) => (target.numbers[i] ? 'true' : 'false');
      default:
        return (i) => String(target.numbers[i]);
    }
  }

  /** A 64-bit value beyond 2^53: its exact text (integers, decimals) or exact instant, set after conversion. */
  private wide(j: number, hi: number, lo: number): void {
    const logical = this.logical;
    this.wideAt.push(j);
    if (logical.kind === 'timestamp') {
      // Nanoseconds since 1970 are all beyond 2^53: the milliseconds are worked out exactly from the halves.
      const d = logical.perMs;
      const whole = Math.floor(TWO_32 / d);
      this.raw[j] = hi * whole + Math.floor((hi * (TWO_32 - whole * d) + lo) / d);
      this.wideText.push('');
      return;
    }
    const exact = BigInt(hi) * BigInt(TWO_32) + BigInt(lo);
    this.wideText.push(logical.kind === 'decimal' ? decimalText(exact, logical.scale) : exact.toString());
  }

  private numbers(present: number, at: Int32Array | undefined, target: Target): void {
    const { raw, logical } = this;
    const { kinds, numbers, texts } = target;
    switch (logical.kind) {
      case 'integer':
        for (let j = 0; j < present; j++) {
          const i = at ? at[j]! : j;
          kinds[i] = Kind.integer;
          numbers[i] = raw[j]!;
        }
        break;
      case 'float':
        for (let j = 0; j < present; j++) {
          const i = at ? at[j]! : j;
          const x = raw[j]!;
          kinds[i] = Number.isInteger(x) ? Kind.integer : Kind.number;
          numbers[i] = x;
        }
        break;
      case 'boolean':
        for (let j = 0; j < present; j++) {
          const i = at ? at[j]! : j;
          kinds[i] = Kind.boolean;
          numbers[i] = raw[j]!;
        }
        break;
      case 'decimal': {
        const kind = logical.scale > 0 ? Kind.number : Kind.integer;
        const exact = logical.scale <= 22;
        for (let j = 0; j < present; j++) {
          const i = at ? at[j]! : j;
          kinds[i] = kind;
          const u = raw[j]!;
          numbers[i] = exact ? u / this.scale : Number(decimalText(u, logical.scale));
          if (!exact || Math.abs(u) >= 2 ** 51) texts[i] = decimalText(u, logical.scale);
        }
        break;
      }
      case 'date':
        for (let j = 0; j < present; j++) instant(target, at ? at[j]! : j, raw[j]! * 86_400_000, Kind.date);
        break;
      case 'timestamp': {
        const perMs = logical.perMs;
        for (let j = 0; j < present; j++) instant(target, at ? at[j]! : j, Math.floor(raw[j]! / perMs), Kind.datetime);
        break;
      }
    }
    const { wideAt, wideText } = this;
    for (let w = 0; w < wideAt.length; w++) {
      const j = wideAt[w]!;
      const i = at ? at[j]! : j;
      if (logical.kind === 'timestamp') instant(target, i, raw[j]!, Kind.datetime);
      else {
        texts[i] = wideText[w]!;
        if (logical.kind === 'decimal') numbers[i] = Number(wideText[w]);
      }
    }
  }

  /** Byte arrays of text: strings, or ISO dates and datetimes (as typed JSON strings are). */
  private texts(bytes: Buffer, present: number, at: Int32Array | undefined, target: Target): void {
    const { kinds, numbers, starts, ends, codes } = target;
    const { rawStarts, rawEnds } = this;
    for (let j = 0; j < present; j++) {
      const i = at ? at[j]! : j;
      const s = rawStarts[j]!;
      const e = rawEnds[j]!;
      starts[i] = s;
      ends[i] = e;
      codes[i] = NO_CODE_YET;
      const n = e - s;
      const t = n === 10 || n >= 16 ? parseIsoTimeBytes(bytes, s, e) : NaN;
      if (t === t) {
        kinds[i] = n === 10 ? Kind.date : Kind.datetime;
        numbers[i] = t;
      } else {
        kinds[i] = Kind.string;
        numbers[i] = NaN;
      }
    }
  }

  /** DECIMAL in big-endian two's complement bytes (FIXED_LEN_BYTE_ARRAY, BYTE_ARRAY). */
  private bigDecimals(bytes: Buffer, present: number, at: Int32Array | undefined, target: Target, scale: number): void {
    for (let j = 0; j < present; j++) {
      const i = at ? at[j]! : j;
      const u = unscaled(bytes, this.rawStarts[j]!, this.rawEnds[j]!);
      target.kinds[i] = scale > 0 ? Kind.number : Kind.integer;
      if (typeof u === 'number' && scale <= 22) {
        target.numbers[i] = u / this.scale;
        if (Math.abs(u) >= 2 ** 51) target.texts[i] = decimalText(u, scale);
      } else {
        const text = decimalText(u, scale);
        target.texts[i] = text;
        target.numbers[i] = Number(text);
      }
    }
  }
}

/** An instant, or (beyond what a Date holds) a string saying so. */
function instant(target: Target, i: number, ms: number, kind: number): void {
  if (Math.abs(ms) <= MAX_MS) {
    target.kinds[i] = kind;
    target.numbers[i] = ms;
  } else {
    target.kinds[i] = Kind.string;
    target.numbers[i] = NaN;
    target.texts[i] = `${ms} ms since 1970 (out of range)`;
  }
}

/** The unscaled value of a big-endian two's complement integer: a number while exact, else a bigint. */
function unscaled(bytes: Buffer, s: number, e: number): number | bigint {
  const n = e - s;
  if (n === 0) return 0;
  // Leading bytes that only extend the sign leave at most 6 bytes (48 bits): exact as a number.
  const fill = bytes[s]! & 0x80 ? 0xff : 0;
  let first = s;
  while (first < e - 6 && bytes[first] === fill) first++;
  if (e - first <= 6 && (bytes[first]! & 0x80) === (fill & 0x80)) return bytes.readIntBE(first, e - first);
  let value = 0n;
  for (let k = s; k < e; k++) value = (value << 8n) | BigInt(bytes[k]!);
  return fill ? value - (1n << BigInt(8 * n)) : value;
}

/** An unscaled decimal as text with `scale` digits after the point, as a CSV writer writes it. */
export function decimalText(unscaledValue: number | bigint, scale: number): string {
  const negative = unscaledValue < 0;
  let digits = (negative ? -unscaledValue : unscaledValue).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  return negative ? `-${digits}` : digits;
}
