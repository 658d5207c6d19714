// One column's values, a batch at a time, in the shapes the profile and the checks read (ClassifiedColumn):
// kinds and numbers in typed arrays, texts made only when asked for. A dictionary page is typed once; a
// batch of its indices comes by distinct value (ClassifiedColumn.coded: each value once, with its count,
// first row and each row's value), so that the profile and the checks work once per value, and its rows
// are gathered only if something reads them; byte arrays stay bytes until read. The batch's arrays and
// the dictionary lie in the kernel's memory (parquet-kernel.ts), which decodes the levels and indices,
// lists a batch's distinct values and gathers its rows; pages of other encodings are decoded and
// converted here (parquet-values.ts, parquet-convert.ts).
import { Converter, type Target } from './parquet-convert.js';
import type { ParquetColumn } from './parquet-footer.js';
import { DESCRIPTOR_BYTES, Slot, Stream, type ParquetKernel } from './parquet-kernel.js';
import { PageReader, type Span } from './parquet-pages.js';
import { RleDecoder } from './parquet-rle.js';
import { BYTE_STREAM_SPLIT, pageValues, PLAIN, PLAIN_DICTIONARY, RLE_DICTIONARY, encodingName, type Physical, type Values } from './parquet-values.js';
import { Interner, MAX_ENTRIES } from './interner.js';
import { Kind, NO_CODE_YET, type ClassifiedColumn, type CodedBatch } from './values.js';

type Source = NonNullable<ClassifiedColumn['source']>;

interface Dictionary extends Target {
  size: number;
  /** Where the entries' texts lie (strings; numbers of a small dictionary): batches point into it. */
  bytes?: Buffer;
  /** Whether some entries' texts were made with them (beyond 2^53, decimals): batches copy those. */
  wide: boolean;
  /** The text of entry e, from its kind and number. */
  format: (e: number) => string;
  /** A small dictionary of numbers or instants whose entries get their texts when its rows are first read (see textsOf). */
  textsLater: boolean;
}

/** A region of the kernel's memory, reused while large enough. */
interface Region {
  at: number;
  bytes: number;
}

/** The kernel's regions for a coded batch (see assembly/parquet.ts, distinct). */
const CODED_REGIONS = ['uEntries', 'uCounts', 'uFirst', 'uOf', 'uKinds', 'uNumbers', 'uStarts', 'uEnds', 'uCodes'] as const;
type CodedRegion = (typeof CODED_REGIONS)[number];

/**
 * A batch's rows, as the profile and the checks read them. A coded batch's rows (see read) are gathered
 * from its dictionary only when first read: the consumers that take it value by value (coded) read none.
 */
class Rows implements ClassifiedColumn {
  /** Gathers the rows of the coded batch, when not yet done. */
  pending: (() => void) | undefined;
  coded: CodedBatch | undefined;
  held: Source | undefined;

  constructor(
    private readonly arrays: Target,
    readonly format: (i: number) => string,
  ) {}

  get kinds(): Uint8Array {
    this.pending?.();
    return this.arrays.kinds;
  }

  get numbers(): Float64Array {
    this.pending?.();
    return this.arrays.numbers;
  }

  get texts(): (string | null | undefined)[] {
    this.pending?.();
    return this.arrays.texts;
  }

  get source(): Source | undefined {
    this.pending?.();
    return this.held;
  }
}

export class ColumnReader {
  readonly out: Rows;
  /** out's arrays and the source's, as decoding fills them. */
  private readonly batch: Target;
  private source: Source | undefined;
  private strings: Interner | undefined;
  private readonly physical: Physical;
  private readonly converter: Converter;
  private readonly maxDefinition: number;
  private pages: PageReader | undefined;
  /** Rows left in the current page; its values when not dictionary indices (which the kernel decodes). */
  private page: { rowsLeft: number; values?: Values } | undefined;
  private dictionary: Dictionary | undefined;
  /** Whether the batch came from a dictionary without entry texts (its codes are then entry numbers). */
  private fromEntries = false;
  // In the kernel's memory: the descriptor, the batch's arrays (and the rows of its present values),
  // the dictionary's entries and the current page's levels and indices.
  private readonly descriptor: number;
  private descriptorView!: Int32Array;
  private readonly regions: Record<'kinds' | 'numbers' | 'starts' | 'ends' | 'codes' | 'rows' | 'indices' | CodedRegion, number>;
  /** A batch from a dictionary page by distinct value (out.coded), and which entry each value is. */
  private readonly coded: CodedBatch;
  private valueEntries!: Int32Array;
  private rows!: Int32Array;
  private indices!: Int32Array;
  private entries: Region = { at: 0, bytes: 0 };
  private levelBytes: Region = { at: 0, bytes: 0 };
  private indexBytes: Region = { at: 0, bytes: 0 };

  constructor(
    readonly column: ParquetColumn,
    private readonly capacity: number,
    private readonly kernel: ParquetKernel,
  ) {
    const native = column.native!;
    this.maxDefinition = native.maxDefinition;
    const { element, logical } = native;
    this.physical = { type: element.type!, width: element.type_length ?? 0, unsigned: logical.kind === 'integer' && logical.unsigned };
    this.converter = new Converter(logical, this.physical, () => this.interner());
    this.descriptor = kernel.alloc(DESCRIPTOR_BYTES);
    const words = () => kernel.alloc(4 * capacity);
    this.regions = { kinds: kernel.alloc(capacity), numbers: kernel.alloc(8 * capacity), starts: words(), ends: words(), codes: words(), rows: words(), indices: words(), uEntries: words(), uCounts: words(), uFirst: words(), uOf: words(), uKinds: kernel.alloc(capacity), uNumbers: kernel.alloc(8 * capacity), uStarts: words(), uEnds: words(), uCodes: words() };
    const texts = new Array<string | null | undefined>(capacity).fill(undefined);
    this.batch = { kinds: new Uint8Array(0), numbers: new Float64Array(0), texts, starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0) };
    const format = this.converter.formatter(this.batch);
    // A batch from a large dictionary (no entry texts): each entry's text is made once, when first asked for.
    const formatRow = (i: number) => {
      this.out.pending?.();
      const d = this.dictionary;
      return this.fromEntries && d ? (d.texts[this.batch.codes[i]!] ??= format(i)) : format(i);
    };
    this.out = new Rows(this.batch, formatRow);
    // A value of a large dictionary's batch (no entry texts) is its entry: its text is made once, as a row's.
    const formatValue = (s: number) => {
      const d = this.dictionary!;
      return (d.texts[this.valueEntries[s]!] ??= d.format(this.valueEntries[s]!));
    };
    const values: ClassifiedColumn = { kinds: new Uint8Array(0), numbers: new Float64Array(0), texts: [], format: formatValue }; // texts grow with the values
    this.coded = { values, size: 0, counts: new Int32Array(0), first: new Int32Array(0), of: new Int32Array(0), nulls: 0 };
    this.views();
    kernel.onGrow(() => this.views());
    const d = this.descriptorView;
    const { kinds, numbers, starts, ends, codes, rows, indices } = this.regions;
    [d[Slot.outKinds], d[Slot.outNumbers], d[Slot.outStarts], d[Slot.outEnds], d[Slot.outCodes], d[Slot.rows], d[Slot.indices]] = [kinds, numbers, starts, ends, codes, rows, indices];
    for (const region of CODED_REGIONS) d[Slot[region]] = this.regions[region];
    d[Slot.identity] = this.maxDefinition === 0 ? 1 : 0; // levels() sets it where there are levels
  }

  /** The column's interner, made when first needed (most numeric columns never need one). */
  private interner(): Interner {
    return (this.strings ??= new Interner());
  }

  /** Views of the kernel's memory, made again whenever it grows. */
  private views(): void {
    const buffer = this.kernel.buffer;
    const { capacity, regions, batch } = this;
    this.descriptorView = new Int32Array(buffer, this.descriptor, DESCRIPTOR_BYTES / 4);
    batch.kinds = new Uint8Array(buffer, regions.kinds, capacity);
    batch.numbers = new Float64Array(buffer, regions.numbers, capacity);
    batch.starts = new Int32Array(buffer, regions.starts, capacity);
    batch.ends = new Int32Array(buffer, regions.ends, capacity);
    batch.codes = new Int32Array(buffer, regions.codes, capacity);
    if (this.source) Object.assign(this.source, { starts: batch.starts, ends: batch.ends, codes: batch.codes });
    this.rows = new Int32Array(buffer, regions.rows, capacity);
    this.indices = new Int32Array(buffer, regions.indices, capacity);
    const coded = this.coded;
    coded.values.kinds = new Uint8Array(buffer, regions.uKinds, capacity);
    coded.values.numbers = new Float64Array(buffer, regions.uNumbers, capacity);
    if (coded.values.source) Object.assign(coded.values.source, this.valueTexts());
    [coded.counts, coded.first, coded.of] = [regions.uCounts, regions.uFirst, regions.uOf].map((at) => new Int32Array(buffer, at, capacity)) as [Int32Array, Int32Array, Int32Array];
    this.valueEntries = new Int32Array(buffer, regions.uEntries, capacity);
    if (this.dictionary) Object.assign(this.dictionary, this.entryViews(this.dictionary.size));
  }

  /** Hands the batch's texts out as bytes (or, without bytes, as made from the numbers). */
  private sourced(bytes: Buffer | undefined): void {
    if (!bytes) {
      this.out.held = undefined;
      return;
    }
    const { starts, ends, codes } = this.batch;
    this.source ??= { bytes, starts, ends, codes, strings: this.interner() };
    this.source.bytes = bytes;
    this.out.held = this.source;
  }

  /** Where the texts of a coded batch's values lie (when its dictionary's entries have texts). */
  private valueTexts(): { starts: Int32Array; ends: Int32Array; codes: Int32Array } {
    const { buffer } = this.kernel;
    const { regions, capacity } = this;
    return { starts: new Int32Array(buffer, regions.uStarts, capacity), ends: new Int32Array(buffer, regions.uEnds, capacity), codes: new Int32Array(buffer, regions.uCodes, capacity) };
  }

  /** The dictionary's arrays, as views of its region (after them: a slot per entry, for distinct(), then the kinds). */
  private entryViews(size: number): Pick<Target, 'kinds' | 'numbers' | 'starts' | 'ends' | 'codes'> {
    const buffer = this.kernel.buffer;
    const at = this.entries.at;
    return { numbers: new Float64Array(buffer, at, size), starts: new Int32Array(buffer, at + 8 * size, size), ends: new Int32Array(buffer, at + 12 * size, size), codes: new Int32Array(buffer, at + 16 * size, size), kinds: new Uint8Array(buffer, at + 24 * size, size) };
  }

  /** A region of at least `bytes`: `region` itself while large enough, else a new one of twice that. */
  private reserve(region: Region, bytes: number): Region {
    if (bytes <= region.bytes) return region;
    const size = Math.max(bytes, 2 * region.bytes);
    return { at: this.kernel.alloc(size), bytes: size };
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

  /**
   * Decodes the next n rows (at most available()) into out[0, n); the texts made for the last batch are
   * dropped. A batch of a dictionary page comes by distinct value (out.coded), its rows gathered when read.
   */
  read(n: number): void {
    const page = this.page!;
    const out = this.out;
    out.pending = undefined;
    out.coded = undefined;
    const present = this.maxDefinition > 0 ? this.kernel.levels(this.descriptor, n, this.maxDefinition) : n;
    page.rowsLeft -= n;
    if (page.values) {
      this.fromEntries = false;
      this.clearTexts(n);
      this.sourced(this.converter.convert(page.values, present, present === n ? undefined : this.rows, this.batch));
      return;
    }
    this.distinct(n, present);
    const d = this.dictionary!;
    out.pending = () => {
      out.pending = undefined;
      if (d.textsLater) this.textsOf(d);
      this.fromEntries = !d.bytes;
      this.clearTexts(n);
      this.gather(present, present === n ? undefined : this.rows);
    };
  }

  private clearTexts(n: number): void {
    const texts = this.batch.texts;
    for (let i = 0; i < n; i++) texts[i] = undefined; // twice as fast as fill() on an array that has held strings
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
    if (levels && nulls === undefined && encoding === BYTE_STREAM_SPLIT) present = new RleDecoder(levels.bytes, levels.start, levels.end, width).count(count, this.maxDefinition, new Uint8Array(this.capacity));
    this.page.values = pageValues(encoding, this.physical, values.bytes, values.start, values.end, present);
  }

  private readDictionary(count: number, encoding: number, span: Span): void {
    if (encoding !== PLAIN && encoding !== PLAIN_DICTIONARY) throw new Error(`a dictionary page in ${encodingName(encoding)} is not supported`);
    const minBytes = this.physical.type === 'BOOLEAN' ? 1 / 8 : this.physical.type === 'FIXED_LEN_BYTE_ARRAY' ? Math.max(1, this.physical.width) : 4;
    if (count * minBytes > span.end - span.start) throw new Error(`a dictionary page of ${span.end - span.start} bytes cannot hold the ${count} values its header says (corrupt)`);
    this.dictionary = undefined;
    this.entries = this.reserve(this.entries, 25 * count);
    new Int32Array(this.kernel.buffer, this.entries.at + 20 * count, count).fill(0); // distinct()'s slots
    const entries: Dictionary = { size: count, wide: false, texts: new Array(count), format: () => '', textsLater: false, ...this.entryViews(count) };
    entries.format = this.converter.formatter(entries);
    this.dictionary = entries; // its views are made again if the memory grows
    const bytes = this.converter.convert(pageValues(PLAIN, this.physical, span.bytes, span.start, span.end, count), count, undefined, entries);
    entries.wide = entries.texts.some((text) => text !== undefined);
    if (bytes) {
      entries.bytes = bytes;
      const strings = this.interner();
      for (let e = 0; e < count; e++) if (entries.codes[e] === NO_CODE_YET) entries.codes[e] = strings.code(bytes, entries.starts[e]!, entries.ends[e]!);
    } else entries.textsLater = count <= MAX_ENTRIES;
    const d = this.descriptorView;
    const at = this.entries.at;
    [d[Slot.dNumbers], d[Slot.dStarts], d[Slot.dEnds], d[Slot.dCodes], d[Slot.dSlots], d[Slot.dKinds]] = [at, at + 8 * count, at + 12 * count, at + 16 * count, at + 20 * count, at + 24 * count];
    d[Slot.dSize] = count;
    d[Slot.dTexts] = entries.bytes ? 1 : 0;
  }

  /**
   * A small dictionary of numbers or instants gets the texts of its entries, interned, so that the
   * repetitions in its batches' rows are profiled once per code (as a CSV column's are), when they are
   * first read: a batch taken by value (out.coded) needs none. A large one is left without: an entry's
   * text is made when first asked for (see out.format).
   */
  private textsOf(entries: Dictionary): void {
    entries.textsLater = false;
    const texts: string[] = [];
    const format = this.converter.formatter(entries);
    for (let e = 0; e < entries.size; e++) texts.push(entries.kinds[e] === Kind.null ? '' : (entries.texts[e] ?? format(e)));
    const bytes = Buffer.from(texts.join(''), 'latin1');
    const strings = this.interner();
    let at = 0;
    for (let e = 0; e < entries.size; e++) {
      entries.starts[e] = at;
      entries.ends[e] = at += texts[e]!.length;
      entries.codes[e] = strings.code(bytes, entries.starts[e]!, entries.ends[e]!);
    }
    entries.bytes = bytes;
    this.descriptorView[Slot.dTexts] = 1;
  }

  /** The kernel gathers the entries of the page's dictionary indices (decoded by distinct) into the batch. */
  private gather(present: number, at: Int32Array | undefined): void {
    const d = this.dictionary!;
    this.kernel.gather(this.descriptor, present);
    this.sourced(d.bytes);
    if (!d.wide) return;
    for (let j = 0; j < present; j++) {
      const text = d.texts[this.indices[j]!];
      if (text !== undefined) this.out.texts[at ? at[j]! : j] = text;
    }
  }

  /** The batch's n rows by distinct value (out.coded), as the kernel lists them. */
  private distinct(n: number, present: number): void {
    const d = this.dictionary!;
    const coded = this.coded;
    const values = coded.values;
    const size = (coded.size = this.kernel.distinct(this.descriptor, n, present));
    coded.nulls = n - present;
    const texts = values.texts;
    for (let s = 0; s < size; s++) texts[s] = undefined;
    if (d.wide) for (let s = 0; s < size; s++) if (this.valueEntries[s]! >= 0) texts[s] = d.texts[this.valueEntries[s]!];
    if (d.bytes) {
      values.source ??= { bytes: d.bytes, strings: this.interner(), ...this.valueTexts() };
      values.source.bytes = d.bytes;
    } else values.source = undefined;
    this.out.coded = coded;
  }
}
