// The non-null values of one data page, in their physical form, as a stream a batch reads from: numbers
// (INT32, INT64, FLOAT, DOUBLE, BOOLEAN as 0/1) or byte arrays (as ranges of a buffer). One class per
// encoding; each checks its reads against the page's bytes. (Dictionary indices are the kernel's:
// parquet-kernel.ts.)
import { DeltaDecoder, type Wide } from './parquet-delta.js';
import { RleDecoder } from './parquet-rle.js';

export interface Physical {
  type: string;
  /** FIXED_LEN_BYTE_ARRAY's length. */
  width: number;
  /** INT32/INT64 read as unsigned. */
  unsigned: boolean;
}

export interface Values {
  /** The next n values as numbers into out[0, n); 64-bit values beyond 2^53 are also told to `wide`. */
  numbers(out: Float64Array, n: number, wide: Wide): void;
  /** The next n byte arrays as ranges of the buffer returned (valid until the next call). */
  bytes(starts: Int32Array, ends: Int32Array, n: number): Buffer;
}

// Parquet's encoding numbers.
export const PLAIN = 0;
export const PLAIN_DICTIONARY = 2;
export const RLE = 3;
export const DELTA_BINARY_PACKED = 5;
export const DELTA_LENGTH_BYTE_ARRAY = 6;
export const DELTA_BYTE_ARRAY = 7;
export const RLE_DICTIONARY = 8;
export const BYTE_STREAM_SPLIT = 9;
const ENCODING_NAMES = ['PLAIN', 'GROUP_VAR_INT', 'PLAIN_DICTIONARY', 'RLE', 'BIT_PACKED', 'DELTA_BINARY_PACKED', 'DELTA_LENGTH_BYTE_ARRAY', 'DELTA_BYTE_ARRAY', 'RLE_DICTIONARY', 'BYTE_STREAM_SPLIT'];
export const encodingName = (encoding: number) => ENCODING_NAMES[encoding] ?? `encoding ${encoding}`;

const TWO_32 = 4294967296;

/** 32-bit words of scratch, shared by every PLAIN page (each is read through before the next). */
let scratchWords = new Int32Array(1024);
function aligned(bytes: number): Int32Array {
  if (scratchWords.byteLength < bytes) scratchWords = new Int32Array(Math.ceil(bytes / 4) * 2);
  return scratchWords;
}

/** What a stream cannot give: the column's type asked for the other shape (a corrupt or unusual file). */
abstract class Base implements Values {
  constructor(protected readonly what: string) {}
  numbers(_out: Float64Array, _n: number, _wide: Wide): void {
    throw new Error(`${this.what} holds no numbers`);
  }
  bytes(_starts: Int32Array, _ends: Int32Array, _n: number): Buffer {
    throw new Error(`${this.what} holds no byte arrays`);
  }
}

/** The values stream of a page's [start, end) of `bytes`; `count`: its non-null values (BYTE_STREAM_SPLIT needs it). */
export function pageValues(encoding: number, physical: Physical, bytes: Buffer, start: number, end: number, count: number): Values {
  const { type } = physical;
  switch (encoding) {
    case PLAIN:
      return new Plain(physical, bytes, start, end);
    case RLE:
      if (type !== 'BOOLEAN') break;
      if (start + 4 > end) throw new Error('an RLE page without its length (corrupt)');
      return new Booleans(bytes, start + 4, Math.min(end, start + 4 + bytes.readUInt32LE(start)));
    case DELTA_BINARY_PACKED:
      if (type === 'INT32' || type === 'INT64') return new Deltas(physical, bytes, start, end);
      break;
    case DELTA_LENGTH_BYTE_ARRAY:
      if (type === 'BYTE_ARRAY') return new DeltaLengths(bytes, start, end);
      break;
    case DELTA_BYTE_ARRAY:
      if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY') return new DeltaStrings(bytes, start, end);
      break;
    case BYTE_STREAM_SPLIT:
      if (type !== 'BOOLEAN' && type !== 'BYTE_ARRAY') return new Split(physical, bytes, start, end, count);
      break;
  }
  throw new Error(`${encodingName(encoding)} pages of ${type} values are not supported`);
}

const widthOf = (physical: Physical) => (physical.type === 'INT32' || physical.type === 'FLOAT' ? 4 : physical.type === 'FIXED_LEN_BYTE_ARRAY' ? physical.width : 8);

/** Reads a fixed-width little-endian value at p (INT32, INT64, FLOAT, DOUBLE) as a number. */
function fixedNumber(view: DataView, p: number, physical: Physical, i: number, wide: Wide): number {
  switch (physical.type) {
    case 'INT32':
      return physical.unsigned ? view.getUint32(p, true) : view.getInt32(p, true);
    case 'INT64': {
      const lo = view.getUint32(p, true);
      const hi = physical.unsigned ? view.getUint32(p + 4, true) : view.getInt32(p + 4, true);
      if (hi >= 0x200000 || hi < -0x200000) wide(i, hi, lo);
      return hi * TWO_32 + lo;
    }
    case 'FLOAT':
      return view.getFloat32(p, true);
    default:
      return view.getFloat64(p, true);
  }
}

class Plain extends Base {
  private bit = 0;

  constructor(
    private readonly physical: Physical,
    private readonly page: Buffer,
    private pos: number,
    private readonly end: number,
  ) {
    super(`a PLAIN page of ${physical.type} values`);
  }

  override numbers(out: Float64Array, n: number, wide: Wide): void {
    const { physical, page } = this;
    if (physical.type === 'BOOLEAN') {
      if (this.pos * 8 + this.bit + n > this.end * 8) this.short();
      for (let i = 0; i < n; i++, this.bit++) out[i] = (page[this.pos + (this.bit >>> 3)]! >> (this.bit & 7)) & 1;
      return;
    }
    if (physical.type === 'BYTE_ARRAY' || physical.type === 'FIXED_LEN_BYTE_ARRAY' || physical.type === 'INT96') super.numbers(out, n, wide);
    const width = widthOf(physical);
    if (this.pos + n * width > this.end) this.short();
    const bytes = page.subarray(this.pos, this.pos + n * width);
    this.pos += n * width;
    // Little-endian values copied as they are into aligned memory, then read as typed arrays.
    if (physical.type === 'DOUBLE') {
      new Uint8Array(out.buffer, out.byteOffset, n * 8).set(bytes);
      return;
    }
    const words = aligned(n * width);
    new Uint8Array(words.buffer, 0, n * width).set(bytes);
    if (physical.type === 'FLOAT') {
      const floats = new Float32Array(words.buffer, 0, n);
      for (let i = 0; i < n; i++) out[i] = floats[i]!;
    } else if (physical.type === 'INT32') {
      if (physical.unsigned) for (let i = 0; i < n; i++) out[i] = words[i]! >>> 0;
      else for (let i = 0; i < n; i++) out[i] = words[i]!;
    } else {
      for (let i = 0; i < n; i++) {
        const lo = words[2 * i]! >>> 0;
        const hi = physical.unsigned ? words[2 * i + 1]! >>> 0 : words[2 * i + 1]!;
        if (hi >= 0x200000 || hi < -0x200000) wide(i, hi, lo);
        out[i] = hi * TWO_32 + lo;
      }
    }
  }

  override bytes(starts: Int32Array, ends: Int32Array, n: number): Buffer {
    const { page, end } = this;
    if (this.physical.type === 'FIXED_LEN_BYTE_ARRAY') {
      const width = this.physical.width;
      if (this.pos + n * width > end) this.short();
      for (let i = 0; i < n; i++, this.pos += width) [starts[i], ends[i]] = [this.pos, this.pos + width];
      return page;
    }
    if (this.physical.type !== 'BYTE_ARRAY') return super.bytes(starts, ends, n);
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      if (pos + 4 > end) this.short();
      const length = page.readUInt32LE(pos);
      pos += 4;
      if (length > end - pos) this.short();
      starts[i] = pos;
      ends[i] = pos += length;
    }
    this.pos = pos;
    return page;
  }

  private short(): never {
    throw new Error('the page ends before its values do (corrupt)');
  }
}

class Booleans extends Base {
  private readonly rle: RleDecoder;
  private scratch = new Int32Array(0);
  constructor(bytes: Buffer, start: number, end: number) {
    super('an RLE page of booleans');
    this.rle = new RleDecoder(bytes, start, end, 1);
  }
  override numbers(out: Float64Array, n: number): void {
    if (this.scratch.length < n) this.scratch = new Int32Array(n);
    this.rle.read(this.scratch, 0, n);
    for (let i = 0; i < n; i++) out[i] = this.scratch[i]!;
  }
}

class Deltas extends Base {
  private readonly delta: DeltaDecoder;
  constructor(
    private readonly physical: Physical,
    bytes: Buffer,
    start: number,
    end: number,
  ) {
    super(`a DELTA_BINARY_PACKED page of ${physical.type} values`);
    this.delta = new DeltaDecoder(bytes, start, end);
  }
  override numbers(out: Float64Array, n: number, wide: Wide): void {
    this.delta.read(out, 0, n, this.physical.type === 'INT32', this.physical.unsigned, wide);
  }
}

/** Byte array lengths as DELTA_BINARY_PACKED, then the bytes one after another. */
class DeltaLengths extends Base {
  private readonly lengths: DeltaDecoder;
  private pos: number;
  private scratch = new Int32Array(0);
  constructor(
    private readonly page: Buffer,
    start: number,
    private readonly end: number,
  ) {
    super('a DELTA_LENGTH_BYTE_ARRAY page');
    this.lengths = new DeltaDecoder(page, start, end);
    this.pos = new DeltaDecoder(page, start, end).skipToEnd();
  }
  override bytes(starts: Int32Array, ends: Int32Array, n: number): Buffer {
    if (this.scratch.length < n) this.scratch = new Int32Array(n);
    this.lengths.read(this.scratch, 0, n, true);
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const length = this.scratch[i]!;
      if (length < 0 || length > this.end - pos) throw new Error('a DELTA_LENGTH_BYTE_ARRAY page ends before its values do (corrupt)');
      starts[i] = pos;
      ends[i] = pos += length;
    }
    this.pos = pos;
    return this.page;
  }
}

/** Incremental strings: each value is a prefix of the one before plus a suffix (DELTA_LENGTH_BYTE_ARRAY). */
class DeltaStrings extends Base {
  private readonly prefixes: DeltaDecoder;
  private readonly suffixes: DeltaLengths;
  private previous = Buffer.alloc(0);
  private arena = Buffer.alloc(0);
  private prefixScratch = new Int32Array(0);
  private suffixStarts = new Int32Array(0);
  private suffixEnds = new Int32Array(0);
  constructor(page: Buffer, start: number, end: number) {
    super('a DELTA_BYTE_ARRAY page');
    this.prefixes = new DeltaDecoder(page, start, end);
    this.suffixes = new DeltaLengths(page, new DeltaDecoder(page, start, end).skipToEnd(), end);
  }
  override bytes(starts: Int32Array, ends: Int32Array, n: number): Buffer {
    if (this.prefixScratch.length < n) [this.prefixScratch, this.suffixStarts, this.suffixEnds] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    const prefixes = this.prefixScratch;
    this.prefixes.read(prefixes, 0, n, true);
    const page = this.suffixes.bytes(this.suffixStarts, this.suffixEnds, n);
    let previousLength = this.previous.length;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const prefix = prefixes[i]!;
      if (prefix < 0 || prefix > previousLength) throw new Error('a DELTA_BYTE_ARRAY value reuses more bytes than the value before it has (corrupt)');
      previousLength = prefix + this.suffixEnds[i]! - this.suffixStarts[i]!;
      total += previousLength;
    }
    if (total > MAX_ARENA) throw new Error(`a DELTA_BYTE_ARRAY page's values take more than ${MAX_ARENA} bytes in a batch`);
    if (this.arena.length < total) this.arena = Buffer.allocUnsafe(Math.max(total, 2 * this.arena.length));
    const arena = this.arena;
    let at = 0;
    let previous = this.previous;
    let previousStart = 0;
    for (let i = 0; i < n; i++) {
      const prefix = prefixes[i]!;
      starts[i] = at;
      previous.copy(arena, at, previousStart, previousStart + prefix);
      at += prefix;
      at += page.copy(arena, at, this.suffixStarts[i]!, this.suffixEnds[i]!);
      ends[i] = at;
      previous = arena;
      previousStart = starts[i]!;
    }
    if (n > 0) this.previous = Buffer.from(arena.subarray(starts[n - 1]!, ends[n - 1]!));
    return arena;
  }
}

/** Values of a batch of DELTA_BYTE_ARRAY strings are built in memory; more than this is not a real page. */
const MAX_ARENA = 1 << 28;

/** BYTE_STREAM_SPLIT: byte k of every value, then byte k + 1 of every value, … */
class Split extends Base {
  private readonly scratch: Buffer;
  private readonly scratchView: DataView;
  private next = 0;
  private readonly width: number;
  constructor(
    private readonly physical: Physical,
    private readonly page: Buffer,
    private readonly start: number,
    end: number,
    private readonly count: number,
  ) {
    super(`a BYTE_STREAM_SPLIT page of ${physical.type} values`);
    this.width = widthOf(physical);
    this.scratch = Buffer.alloc(Math.max(8, this.width));
    this.scratchView = new DataView(this.scratch.buffer, this.scratch.byteOffset, this.scratch.length);
    if (count * this.width !== end - start) throw new Error(`a BYTE_STREAM_SPLIT page of ${end - start} bytes for ${count} values of ${this.width} bytes (corrupt)`);
  }
  override numbers(out: Float64Array, n: number, wide: Wide): void {
    if (this.physical.type === 'FIXED_LEN_BYTE_ARRAY') super.numbers(out, n, wide);
    this.take(n, (i) => (out[i] = fixedNumber(this.scratchView, 0, this.physical, i, wide)));
  }
  override bytes(starts: Int32Array, ends: Int32Array, n: number): Buffer {
    if (this.physical.type !== 'FIXED_LEN_BYTE_ARRAY') return super.bytes(starts, ends, n);
    const arena = Buffer.allocUnsafe(n * this.width);
    this.take(n, (i) => {
      this.scratch.copy(arena, i * this.width, 0, this.width);
      starts[i] = i * this.width;
      ends[i] = (i + 1) * this.width;
    });
    return arena;
  }
  private take(n: number, use: (i: number) => void): void {
    const { page, scratch, width, count } = this;
    if (this.next + n > count) throw new Error('a BYTE_STREAM_SPLIT page ends before its values do (corrupt)');
    for (let i = 0; i < n; i++, this.next++) {
      for (let k = 0; k < width; k++) scratch[k] = page[this.start + k * count + this.next]!;
      use(i);
    }
  }
}
