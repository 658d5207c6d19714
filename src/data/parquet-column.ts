// One column's values, a batch at a time, in the shapes the profile and the checks read (ClassifiedColumn):
// kinds and numbers in typed arrays, texts made only when asked for. A dictionary page is typed and
// interned once, so its values are profiled once per code; byte arrays stay bytes until read.
import type { ParquetColumn, Logical } from './parquet-footer.js';
import { PageReader, type Span } from './parquet-pages.js';
import { RleDecoder } from './parquet-rle.js';
import { pageValues, PLAIN, PLAIN_DICTIONARY, RLE_DICTIONARY, encodingName, type Physical, type Values } from './parquet-values.js';
import { Interner, MAX_ENTRIES } from './interner.js';
import { Kind, NO_CODE_YET, parseIsoTimeBytes, type ClassifiedColumn } from './values.js';

type Source = NonNullable<ClassifiedColumn['source']>;

/** Where converted values go: a batch's columns, or a dictionary's entries. */
interface Target {
  kinds: Uint8Array;
  numbers: Float64Array;
  texts: (string | null | undefined)[];
  starts: Int32Array;
  ends: Int32Array;
  codes: Int32Array;
}

interface Dictionary extends Target {
  size: number;
  /** Where the entries' texts lie (strings; numbers of a small dictionary): batches point into it. */
  bytes?: Buffer;
}

interface CurrentPage {
  rowsLeft: number;
  levels?: RleDecoder;
  values: Values;
  dictionary: boolean;
}

const TWO_32 = 4294967296;
/** Instants a Date can hold (±10^8 days). */
const MAX_MS = 8.64e15;
const BOOLEAN_TEXT = Buffer.from('falsetrue');

export class ColumnReader {
  readonly out: ClassifiedColumn;
  private readonly source: Source;
  /** out's arrays and the source's, as decoding fills them. */
  private readonly batch: Target;
  private readonly logical: Logical;
  private readonly physical: Physical;
  private readonly maxDefinition: number;
  private pages: PageReader | undefined;
  private page: CurrentPage | undefined;
  private dictionary: Dictionary | undefined;
  private readonly booleans: Int32Array | undefined;
  // Scratch for one batch: levels, the row of each present value, physical values.
  private readonly levels: Uint8Array;
  private readonly rows: Int32Array;
  private raw: Float64Array;
  private readonly indices: Int32Array;
  private rawStarts: Int32Array;
  private rawEnds: Int32Array;
  private wideAt: number[] = [];
  private wideText: string[] = [];
  private readonly scale: number;

  constructor(
    readonly column: ParquetColumn,
    private readonly capacity: number,
  ) {
    const native = column.native!;
    this.logical = native.logical;
    this.maxDefinition = native.maxDefinition;
    const { element } = native;
    this.physical = { type: element.type!, width: element.type_length ?? 0, unsigned: native.logical.kind === 'integer' && native.logical.unsigned };
    this.scale = native.logical.kind === 'decimal' ? 10 ** native.logical.scale : 1;
    this.source = { bytes: Buffer.alloc(0), starts: new Int32Array(capacity), ends: new Int32Array(capacity), codes: new Int32Array(capacity), strings: new Interner() };
    const kinds = new Uint8Array(capacity);
    const numbers = new Float64Array(capacity);
    const texts = new Array<string | null | undefined>(capacity).fill(undefined);
    this.batch = { kinds, numbers, texts, starts: this.source.starts, ends: this.source.ends, codes: this.source.codes };
    this.out = { kinds, numbers, texts, format: this.formatter(this.batch) };
    [this.levels, this.rows, this.raw, this.indices, this.rawStarts, this.rawEnds] = [new Uint8Array(capacity), new Int32Array(capacity), new Float64Array(capacity), new Int32Array(capacity), new Int32Array(capacity), new Int32Array(capacity)];
    if (this.logical.kind === 'boolean') {
      const strings = this.source.strings;
      this.booleans = Int32Array.of(strings.code(BOOLEAN_TEXT, 0, 5), strings.code(BOOLEAN_TEXT, 5, 9));
    }
  }

  /** Starts reading a column chunk (its bytes, compressed). */
  begin(chunk: Buffer, codec: string): void {
    this.pages = new PageReader(chunk, codec, this.maxDefinition);
    this.page = undefined;
    this.dictionary = undefined;
  }

  /** 0-based number of the page being read, for messages. */
  get pageIndex(): number {
    return this.pages?.index ?? -1;
  }

  /** Rows left in the current page, reading the next page when this one is used up; 0 at the end of the chunk. */
  available(): number {
    while (!this.page || this.page.rowsLeft === 0) {
      const page = this.pages!.next();
      if (!page) return 0;
      if (page.type === 'dictionary') this.readDictionary(page.count, page.encoding, page.values);
      else this.startPage(page.count, page.encoding, page.values, page.levels, page.nulls);
    }
    return this.page.rowsLeft;
  }

  /** Decodes the next n rows (at most available()) into out[0, n); the texts made for the last batch are dropped. */
  read(n: number): void {
    const page = this.page!;
    const { out, levels, rows } = this;
    out.texts.fill(undefined, 0, n);
    let present = n;
    if (page.levels && !page.levels.skipRun(n, this.maxDefinition)) {
      page.levels.read(levels, 0, n);
      present = 0;
      const max = this.maxDefinition;
      for (let i = 0; i < n; i++) {
        if (levels[i] === max) rows[present++] = i;
        else if (levels[i]! > max) throw new Error(`a definition level ${levels[i]} above the column's ${max} (corrupt)`);
        else {
          out.kinds[i] = Kind.null;
          out.numbers[i] = NaN;
        }
      }
    }
    const at = present === n ? undefined : rows;
    page.rowsLeft -= n;
    if (page.dictionary) this.gather(page.values, present, at);
    else this.decode(page.values, present, at, this.batch, this.source);
  }

  private startPage(count: number, encoding: number, values: Span, levels: Span | undefined, nulls: number | undefined): void {
    const dictionary = encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY;
    if (dictionary && !this.dictionary) throw new Error('a dictionary-encoded page comes before any dictionary page (corrupt)');
    const width = 32 - Math.clz32(this.maxDefinition);
    const decoder = levels && new RleDecoder(levels.bytes, levels.start, levels.end, width);
    if (!levels && nulls) throw new Error(`${nulls} nulls in a column that cannot hold any (corrupt)`);
    // BYTE_STREAM_SPLIT lays values out by their count: v1 pages say it only through their levels.
    let present = count - (nulls ?? 0);
    if (levels && nulls === undefined && encoding === 9) present = new RleDecoder(levels.bytes, levels.start, levels.end, width).count(count, this.maxDefinition, this.levels);
    this.page = { rowsLeft: count, values: pageValues(encoding, this.physical, values.bytes, values.start, values.end, present), dictionary, ...(decoder && { levels: decoder }) };
  }

  private readDictionary(count: number, encoding: number, span: Span): void {
    if (encoding !== PLAIN && encoding !== PLAIN_DICTIONARY) throw new Error(`a dictionary page in ${encodingName(encoding)} is not supported`);
    const minBytes = this.physical.type === 'BOOLEAN' ? 1 / 8 : this.physical.type === 'FIXED_LEN_BYTE_ARRAY' ? Math.max(1, this.physical.width) : 4;
    if (count * minBytes > span.end - span.start) throw new Error(`a dictionary page of ${span.end - span.start} bytes cannot hold the ${count} values its header says (corrupt)`);
    const entries: Dictionary = { size: count, kinds: new Uint8Array(count), numbers: new Float64Array(count), texts: new Array(count), starts: new Int32Array(count), ends: new Int32Array(count), codes: new Int32Array(count) };
    const source = { bytes: Buffer.alloc(0), starts: entries.starts, ends: entries.ends, codes: entries.codes, strings: this.source.strings };
    this.decode(pageValues(PLAIN, this.physical, span.bytes, span.start, span.end, count), count, undefined, entries, source);
    if (!entries.texts.some((text) => text !== undefined)) entries.texts = [];
    if (this.logical.kind === 'text' || this.logical.kind === 'boolean') {
      entries.bytes = source.bytes;
      for (let e = 0; e < count; e++) if (entries.codes[e] === NO_CODE_YET) entries.codes[e] = this.source.strings.code(source.bytes, entries.starts[e]!, entries.ends[e]!);
    } else if (count <= MAX_ENTRIES) this.textsOf(entries);
    this.dictionary = entries;
  }

  /**
   * A small dictionary of numbers or instants gets the texts of its entries, interned, so that their
   * repetitions are profiled once per code (as a CSV column's are). A large one is left without: its
   * texts are made, per value, only if asked for.
   */
  private textsOf(entries: Dictionary): void {
    const texts: string[] = [];
    const format = this.formatter(entries);
    for (let e = 0; e < entries.size; e++) texts.push(entries.kinds[e] === Kind.null ? '' : (entries.texts[e] ?? format(e)));
    const bytes = Buffer.from(texts.join(''), 'latin1');
    let at = 0;
    for (let e = 0; e < entries.size; e++) {
      entries.starts[e] = at;
      entries.ends[e] = at += texts[e]!.length;
      entries.codes[e] = this.source.strings.code(bytes, entries.starts[e]!, entries.ends[e]!);
    }
    entries.bytes = bytes;
  }

  /** Dictionary indices → entries, for the present values (at: their rows, or undefined for rows 0…n−1). */
  private gather(values: Values, present: number, at: Int32Array | undefined): void {
    const { out, indices } = this;
    const d = this.dictionary!;
    values.indices(indices, present);
    const { kinds, numbers } = out;
    const { kinds: dKinds, numbers: dNumbers, size } = d;
    const bad = (e: number) => new Error(`a dictionary index ${e} beyond its ${size} entries (corrupt)`);
    if (d.bytes) {
      const { starts, ends, codes } = this.source;
      const { starts: dStarts, ends: dEnds, codes: dCodes } = d;
      for (let j = 0; j < present; j++) {
        const e = indices[j]!;
        if (e >>> 0 >= size) throw bad(e);
        const i = at ? at[j]! : j;
        kinds[i] = dKinds[e]!;
        numbers[i] = dNumbers[e]!;
        starts[i] = dStarts[e]!;
        ends[i] = dEnds[e]!;
        codes[i] = dCodes[e]!;
      }
      this.source.bytes = d.bytes;
      out.source = this.source;
    } else {
      for (let j = 0; j < present; j++) {
        const e = indices[j]!;
        if (e >>> 0 >= size) throw bad(e);
        const i = at ? at[j]! : j;
        kinds[i] = dKinds[e]!;
        numbers[i] = dNumbers[e]!;
      }
      out.source = undefined;
    }
    if (d.texts.length > 0) {
      for (let j = 0; j < present; j++) {
        const text = d.texts[indices[j]!];
        if (text !== undefined) out.texts[at ? at[j]! : j] = text;
      }
    }
  }

  /** Physical values → kinds, numbers and texts (and byte ranges for text) of `target`. */
  private decode(values: Values, present: number, at: Int32Array | undefined, target: Target, source: Source): void {
    const { logical } = this;
    const isBatch = target === this.batch;
    if (this.raw.length < present) [this.raw, this.rawStarts, this.rawEnds] = [new Float64Array(present), new Int32Array(present), new Int32Array(present)]; // a dictionary's entries
    if (logical.kind === 'text' || (logical.kind === 'decimal' && this.physical.type.endsWith('BYTE_ARRAY'))) {
      const bytes = values.bytes(this.rawStarts, this.rawEnds, present);
      if (logical.kind === 'text') this.texts(bytes, present, at, target);
      else this.bigDecimals(bytes, present, at, target);
      source.bytes = bytes;
      if (isBatch) this.out.source = logical.kind === 'text' ? this.source : undefined;
      return;
    }
    this.wideAt.length = 0;
    this.wideText.length = 0;
    values.numbers(this.raw, present, (j, hi, lo) => this.wide(j, hi, lo));
    this.numbers(present, at, target);
    if (logical.kind === 'boolean') {
      const codes = this.booleans!;
      for (let j = 0; j < present; j++) {
        const i = at ? at[j]! : j;
        const b = target.numbers[i]!;
        source.starts[i] = b * 5;
        source.ends[i] = 5 + b * 4;
        source.codes[i] = codes[b]!;
      }
      source.bytes = BOOLEAN_TEXT;
      if (isBatch) this.out.source = this.source;
    } else if (isBatch) this.out.source = undefined;
  }

  /** A 64-bit value beyond 2^53: its exact text (integers, decimals) or exact instant, fixed after conversion. */
  private wide(j: number, hi: number, lo: number): void {
    const logical = this.logical;
    if (logical.kind === 'timestamp') {
      // Nanoseconds since 1970 are all beyond 2^53: the milliseconds are worked out exactly from the halves.
      const d = logical.perMs;
      const whole = Math.floor(TWO_32 / d);
      this.raw[j] = hi * whole + Math.floor((hi * (TWO_32 - whole * d) + lo) / d);
      this.wideAt.push(j);
      this.wideText.push('');
      return;
    }
    const exact = BigInt(hi) * BigInt(TWO_32) + BigInt(lo);
    this.wideAt.push(j);
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
          // The text is made from the number when asked (format); where that is not exact, now.
          if (!exact || Math.abs(u) >= 2 ** 51) texts[i] = decimalText(u, logical.scale);
        }
        break;
      }
      case 'date':
        for (let j = 0; j < present; j++) this.instant(target, at ? at[j]! : j, raw[j]! * 86_400_000, Kind.date);
        break;
      case 'timestamp': {
        const perMs = logical.perMs;
        for (let j = 0; j < present; j++) this.instant(target, at ? at[j]! : j, Math.floor(raw[j]! / perMs), Kind.datetime);
        break;
      }
    }
    const { wideAt, wideText } = this;
    for (let w = 0; w < wideAt.length; w++) {
      const j = wideAt[w]!;
      const i = at ? at[j]! : j;
      if (logical.kind === 'timestamp') this.instant(target, i, raw[j]!, Kind.datetime);
      else {
        texts[i] = wideText[w]!;
        if (logical.kind === 'decimal') numbers[i] = Number(wideText[w]);
      }
    }
  }

  /** An instant, or (beyond what a Date holds) a string saying so. */
  private instant(target: Target, i: number, ms: number, kind: number): void {
    if (Math.abs(ms) <= MAX_MS) {
      target.kinds[i] = kind;
      target.numbers[i] = ms;
    } else {
      target.kinds[i] = Kind.string;
      target.numbers[i] = NaN;
      target.texts[i] = `${ms} ms since 1970 (out of range)`;
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
  private bigDecimals(bytes: Buffer, present: number, at: Int32Array | undefined, target: Target): void {
    const scale = (this.logical as { scale: number }).scale;
    for (let j = 0; j < present; j++) {
      const i = at ? at[j]! : j;
      const u = unscaled(bytes, this.rawStarts[j]!, this.rawEnds[j]!);
      this.raw[j] = typeof u === 'number' ? u : 0;
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

  /** The text of value i, from its kind and number, for values read without bytes. */
  private formatter(target: Target): (i: number) => string {
    const { numbers, kinds } = target;
    switch (this.logical.kind) {
      case 'decimal': {
        const scale = this.logical.scale;
        return (i) => decimalText(Math.round(numbers[i]! * this.scale), scale);
      }
      case 'date':
      case 'timestamp':
        return (i) => {
          const iso = new Date(numbers[i]!).toISOString();
          return kinds[i] === Kind.date ? iso.slice(0, 10) : iso;
        };
      case 'boolean':
        return (i) => (numbers[i] ? 'true' : 'false');
      default:
        return (i) => String(numbers[i]);
    }
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
