// One column's values, a batch at a time, in the shapes the profile and the checks read (ClassifiedColumn):
// kinds and numbers in typed arrays, texts made only when asked for. A dictionary page is typed and
// interned once, so its values are profiled once per code; byte arrays stay bytes until read. The
// batch's arrays and the dictionary lie in the kernel's memory (parquet-kernel.ts), which decodes the
// levels and gathers dictionary entries; other encodings are decoded here (parquet-values.ts).
import type { ParquetColumn, Logical } from './parquet-footer.js';
import { DESCRIPTOR_BYTES, Slot, Stream, type ParquetKernel } from './parquet-kernel.js';
import { PageReader, type Span } from './parquet-pages.js';
import { RleDecoder } from './parquet-rle.js';
import { BYTE_STREAM_SPLIT, pageValues, PLAIN, PLAIN_DICTIONARY, RLE_DICTIONARY, encodingName, type Physical, type Values } from './parquet-values.js';
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
  /** Whether some entries' texts were made with the entries (beyond 2^53, decimals): batches take them as they are. */
  wide: boolean;
  /** Where the entries' texts lie (strings; numbers of a small dictionary): batches point into it. */
  bytes?: Buffer;
}

interface CurrentPage {
  rowsLeft: number;
  /** Values of other encodings than the dictionary's (whose indices the kernel decodes). */
  values?: Values;
}

/** A region of the kernel's memory, reused while large enough. */
interface Region {
  at: number;
  bytes: number;
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
  // In the kernel's memory: the descriptor, the batch's arrays (and the rows of its present values),
  // the dictionary's entries and the current page's levels and indices.
  private readonly descriptor: number;
  private descriptorView!: Int32Array;
  private readonly regions: Record<'kinds' | 'numbers' | 'starts' | 'ends' | 'codes' | 'rows' | 'indices', number>;
  private rows!: Int32Array;
  private indices!: Int32Array;
  private entries: Region = { at: 0, bytes: 0 };
  private levelBytes: Region = { at: 0, bytes: 0 };
  private indexBytes: Region = { at: 0, bytes: 0 };
  // Scratch for physical values (JavaScript's: the dictionary's decoding needs as many as it has entries).
  private readonly levels: Uint8Array;
  private raw: Float64Array;
  private rawStarts: Int32Array;
  private rawEnds: Int32Array;
  /** Whether the batch came from a dictionary without entry texts (its codes are then entry numbers). */
  private fromEntries = false;
  private wideAt: number[] = [];
  private wideText: string[] = [];
  private readonly scale: number;

  constructor(
    readonly column: ParquetColumn,
    private readonly capacity: number,
    private readonly kernel: ParquetKernel,
  ) {
    const native = column.native!;
    this.logical = native.logical;
    this.maxDefinition = native.maxDefinition;
    const { element } = native;
    this.physical = { type: element.type!, width: element.type_length ?? 0, unsigned: native.logical.kind === 'integer' && native.logical.unsigned };
    this.scale = native.logical.kind === 'decimal' ? 10 ** native.logical.scale : 1;
    this.descriptor = kernel.alloc(DESCRIPTOR_BYTES);
    this.regions = { kinds: kernel.alloc(capacity), numbers: kernel.alloc(8 * capacity), starts: kernel.alloc(4 * capacity), ends: kernel.alloc(4 * capacity), codes: kernel.alloc(4 * capacity), rows: kernel.alloc(4 * capacity), indices: kernel.alloc(4 * capacity) };
    const texts = new Array<string | null | undefined>(capacity).fill(undefined);
    this.source = { bytes: Buffer.alloc(0), starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0), strings: new Interner() };
    this.batch = { kinds: new Uint8Array(0), numbers: new Float64Array(0), texts, starts: this.source.starts, ends: this.source.ends, codes: this.source.codes };
    const format = this.formatter(this.batch);
    // A batch from a large dictionary (no entry texts): each entry's text is made once, when first asked for.
    const formatRow = (i: number) => {
      const d = this.dictionary;
      if (!this.fromEntries || !d) return format(i);
      const e = this.batch.codes[i]!;
      return (d.texts[e] ??= format(i));
    };
    this.out = { kinds: this.batch.kinds, numbers: this.batch.numbers, texts, format: formatRow };
    this.views();
    kernel.onGrow(() => this.views());
    const d = this.descriptorView;
    [d[Slot.outKinds], d[Slot.outNumbers], d[Slot.outStarts], d[Slot.outEnds], d[Slot.outCodes], d[Slot.rows], d[Slot.indices]] = [this.regions.kinds, this.regions.numbers, this.regions.starts, this.regions.ends, this.regions.codes, this.regions.rows, this.regions.indices];
    [this.levels, this.raw, this.rawStarts, this.rawEnds] = [new Uint8Array(capacity), new Float64Array(capacity), new Int32Array(capacity), new Int32Array(capacity)];
    if (this.logical.kind === 'boolean') {
      const strings = this.source.strings;
      this.booleans = Int32Array.of(strings.code(BOOLEAN_TEXT, 0, 5), strings.code(BOOLEAN_TEXT, 5, 9));
    }
  }

  /** Views of the kernel's memory, made again whenever it grows. */
  private views(): void {
    const buffer = this.kernel.buffer;
    const { capacity, regions, batch, source, out } = this;
    this.descriptorView = new Int32Array(buffer, this.descriptor, DESCRIPTOR_BYTES / 4);
    batch.kinds = out.kinds = new Uint8Array(buffer, regions.kinds, capacity);
    batch.numbers = out.numbers = new Float64Array(buffer, regions.numbers, capacity);
    batch.starts = source.starts = new Int32Array(buffer, regions.starts, capacity);
    batch.ends = source.ends = new Int32Array(buffer, regions.ends, capacity);
    batch.codes = source.codes = new Int32Array(buffer, regions.codes, capacity);
    this.rows = new Int32Array(buffer, regions.rows, capacity);
    this.indices = new Int32Array(buffer, regions.indices, capacity);
    if (this.dictionary) Object.assign(this.dictionary, this.entryViews(this.dictionary.size));
  }

  /** The dictionary's arrays, as views of its region. */
  private entryViews(size: number): Pick<Target, 'kinds' | 'numbers' | 'starts' | 'ends' | 'codes'> {
    const buffer = this.kernel.buffer;
    const at = this.entries.at;
    return { numbers: new Float64Array(buffer, at, size), starts: new Int32Array(buffer, at + 8 * size, size), ends: new Int32Array(buffer, at + 12 * size, size), codes: new Int32Array(buffer, at + 16 * size, size), kinds: new Uint8Array(buffer, at + 20 * size, size) };
  }

  /** A region of at least `bytes`: `region` itself while large enough, else a new one of twice that. */
  private reserve(region: Region, bytes: number): Region {
    return bytes <= region.bytes ? region : { at: this.kernel.alloc(Math.max(bytes, 2 * region.bytes)), bytes: Math.max(bytes, 2 * region.bytes) };
  }

  /** Copies bytes into a region of the kernel's memory and points the stream at `slot` to them. */
  private stream(slot: number, region: 'levelBytes' | 'indexBytes', bytes: Uint8Array, width: number): void {
    if (width > 32) throw new Error(`a bit width of ${width} (corrupt)`);
    this[region] = this.reserve(this[region], bytes.length);
    const at = this[region].at;
    new Uint8Array(this.kernel.buffer, at, bytes.length).set(bytes);
    const d = this.descriptorView;
    d[slot + Stream.pos] = at;
    d[slot + Stream.end] = at + bytes.length;
    d[slot + Stream.width] = width;
    d[slot + Stream.left] = 0;
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
    this.out.texts.fill(undefined, 0, n);
    const present = this.maxDefinition > 0 ? this.kernel.levels(this.descriptor, n, this.maxDefinition) : n;
    const at = present === n ? undefined : this.rows;
    page.rowsLeft -= n;
    this.fromEntries = !page.values && !this.dictionary!.bytes;
    if (page.values) this.decode(page.values, present, at, this.batch, this.source);
    else this.gather(present, at);
  }

  private startPage(count: number, encoding: number, values: Span, levels: Span | undefined, nulls: number | undefined): void {
    const dictionary = encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY;
    if (dictionary && !this.dictionary) throw new Error('a dictionary-encoded page comes before any dictionary page (corrupt)');
    if (!levels && nulls) throw new Error(`${nulls} nulls in a column that cannot hold any (corrupt)`);
    const width = 32 - Math.clz32(this.maxDefinition);
    if (levels) this.stream(Slot.levels, 'levelBytes', levels.bytes.subarray(levels.start, levels.end), width);
    this.page = { rowsLeft: count };
    if (dictionary) {
      if (values.start >= values.end && count > (nulls ?? 0)) throw new Error('a dictionary-encoded page without its bit width (corrupt)');
      this.stream(Slot.values, 'indexBytes', values.bytes.subarray(values.start + 1, values.end), values.bytes[values.start] ?? 0);
      return;
    }
    // BYTE_STREAM_SPLIT lays values out by their count: v1 pages say it only through their levels.
    let present = count - (nulls ?? 0);
    if (levels && nulls === undefined && encoding === BYTE_STREAM_SPLIT) present = new RleDecoder(levels.bytes, levels.start, levels.end, width).count(count, this.maxDefinition, this.levels);
    this.page.values = pageValues(encoding, this.physical, values.bytes, values.start, values.end, present);
  }

  private readDictionary(count: number, encoding: number, span: Span): void {
    if (encoding !== PLAIN && encoding !== PLAIN_DICTIONARY) throw new Error(`a dictionary page in ${encodingName(encoding)} is not supported`);
    const minBytes = this.physical.type === 'BOOLEAN' ? 1 / 8 : this.physical.type === 'FIXED_LEN_BYTE_ARRAY' ? Math.max(1, this.physical.width) : 4;
    if (count * minBytes > span.end - span.start) throw new Error(`a dictionary page of ${span.end - span.start} bytes cannot hold the ${count} values its header says (corrupt)`);
    this.dictionary = undefined;
    this.entries = this.reserve(this.entries, 21 * count);
    const entries: Dictionary = { size: count, wide: false, texts: new Array(count), ...this.entryViews(count) };
    this.dictionary = entries; // its views are made again if the memory grows
    const source = { bytes: Buffer.alloc(0), starts: entries.starts, ends: entries.ends, codes: entries.codes, strings: this.source.strings };
    this.decode(pageValues(PLAIN, this.physical, span.bytes, span.start, span.end, count), count, undefined, entries, source);
    entries.wide = entries.texts.some((text) => text !== undefined);
    if (this.logical.kind === 'text' || this.logical.kind === 'boolean') {
      entries.bytes = source.bytes;
      for (let e = 0; e < count; e++) if (entries.codes[e] === NO_CODE_YET) entries.codes[e] = this.source.strings.code(source.bytes, entries.starts[e]!, entries.ends[e]!);
    } else if (count <= MAX_ENTRIES) this.textsOf(entries);
    const d = this.descriptorView;
    const at = this.entries.at;
    [d[Slot.dNumbers], d[Slot.dStarts], d[Slot.dEnds], d[Slot.dCodes], d[Slot.dKinds]] = [at, at + 8 * count, at + 12 * count, at + 16 * count, at + 20 * count];
    d[Slot.dSize] = count;
    d[Slot.dTexts] = entries.bytes ? 1 : 0;
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

  /** The kernel decodes the page's dictionary indices and gathers their entries into the batch. */
  private gather(present: number, at: Int32Array | undefined): void {
    const d = this.dictionary!;
    this.kernel.gather(this.descriptor, present);
    this.out.source = d.bytes ? this.source : undefined;
    if (d.bytes) this.source.bytes = d.bytes;
    if (!d.wide) return;
    for (let j = 0; j < present; j++) {
      const text = d.texts[this.indices[j]!];
      if (text !== undefined) this.out.texts[at ? at[j]! : j] = text;
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

  /** The text of value i, from its kind and number, for values read without bytes (the arrays are read when called). */
  private formatter(target: Target): (i: number) => string {
    switch (this.logical.kind) {
      case 'decimal': {
        const scale = this.logical.scale;
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
