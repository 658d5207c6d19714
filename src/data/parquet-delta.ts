// DELTA_BINARY_PACKED, decoded as a stream, in exact 64-bit two's complement arithmetic on pairs of
// 32-bit halves (no BigInt per value). Also the lengths of DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY.
import { bitsAt, varint } from './parquet-rle.js';

const TWO_32 = 4294967296;

/** Told of each 64-bit value beyond 2^53 (its halves), whose number is rounded. */
export type Wide = (i: number, hi: number, lo: number) => void;
/** Values per miniblock beyond this are not written by any writer we know, and would be a large scratch. */
const MAX_MINIBLOCK = 1 << 16;

export class DeltaDecoder {
  /** Values not yet returned. */
  remaining: number;
  private readonly perBlock: number;
  private readonly miniblocks: number;
  private readonly perMiniblock: number;
  /** The current value, as signed high and unsigned low halves. */
  private hi: number;
  private lo: number;
  private first = true;
  private minHi = 0;
  private minLo = 0;
  private widths: Uint8Array = new Uint8Array(0);
  private miniblock = 0;
  /** Values left in the current miniblock, and the bit offset of its next one. */
  private left = 0;
  private bit = 0;
  private width = 0;

  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
    private readonly end: number,
  ) {
    [this.perBlock, this.pos] = varint(bytes, this.pos, end);
    [this.miniblocks, this.pos] = varint(bytes, this.pos, end);
    [this.remaining, this.pos] = varint(bytes, this.pos, end);
    this.perMiniblock = this.perBlock / this.miniblocks;
    if (!(this.miniblocks > 0 && Number.isInteger(this.perMiniblock) && this.perMiniblock % 8 === 0 && this.perMiniblock <= MAX_MINIBLOCK)) {
      throw new Error(`a DELTA_BINARY_PACKED header with ${this.perBlock} values in ${this.miniblocks} miniblocks (corrupt)`);
    }
    [this.hi, this.lo] = this.zigzag64();
    this.miniblock = this.miniblocks; // the first block's header comes after the first value
  }

  /**
   * The next n values as numbers into out[at, at + n): exact below 2^53; beyond, `wide` gets the exact
   * halves. INT32 values (and byte array lengths) are written modulo 2^32; `unsigned` reads them so.
   */
  read(out: Float64Array | Int32Array, at: number, n: number, int32: boolean, unsigned = false, wide?: Wide): void {
    if (n > this.remaining) throw new Error(`a DELTA_BINARY_PACKED stream holds ${this.remaining} more values where ${n} are needed (corrupt)`);
    const { bytes } = this;
    for (let i = at; i < at + n; i++) {
      if (this.first) this.first = false;
      else {
        if (this.left === 0) this.nextMiniblock();
        const width = this.width;
        let rLo = 0;
        let rHi = 0;
        if (width > 0) {
          if (width <= 32) rLo = bitsAt(bytes, this.bit, width) >>> 0;
          else {
            rLo = bitsAt(bytes, this.bit, 32) >>> 0;
            rHi = bitsAt(bytes, this.bit + 32, width - 32);
          }
          this.bit += width;
        }
        this.left--;
        const lo = this.lo + this.minLo + rLo;
        const carry = lo >= 2 * TWO_32 ? 2 : lo >= TWO_32 ? 1 : 0;
        this.lo = lo - carry * TWO_32;
        this.hi = (this.hi + this.minHi + rHi + carry) | 0;
      }
      this.remaining--;
      if (int32) out[i] = unsigned ? this.lo : this.lo | 0;
      else {
        const hi = unsigned ? this.hi >>> 0 : this.hi;
        out[i] = hi * TWO_32 + this.lo;
        if (hi >= 0x200000 || hi < -0x200000) wide?.(i, hi, this.lo);
      }
    }
  }

  /** Skips what is left of the stream without decoding it; returns the position just past it. */
  skipToEnd(): number {
    let values = this.remaining - (this.first ? 1 : 0) - this.left;
    while (values > 0) {
      if (this.miniblock >= this.miniblocks) this.blockHeader();
      this.pos += (this.perMiniblock * this.widths[this.miniblock++]!) / 8;
      values -= this.perMiniblock;
    }
    if (this.pos > this.end) throw new Error('a DELTA_BINARY_PACKED stream runs past the end of its page (corrupt)');
    this.remaining = 0;
    return this.pos;
  }

  private nextMiniblock(): void {
    if (this.miniblock >= this.miniblocks) this.blockHeader();
    const width = this.widths[this.miniblock++]!;
    if (width > 64) throw new Error(`a DELTA_BINARY_PACKED miniblock of bit width ${width} (corrupt)`);
    // Only the values still to come must be there (the spec pads the last miniblock; not every writer may).
    const needed = Math.ceil((Math.min(this.perMiniblock, this.remaining) * width) / 8);
    if (this.pos + needed > this.end) throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page (corrupt)');
    this.width = width;
    this.bit = this.pos * 8;
    this.left = this.perMiniblock;
    this.pos += (this.perMiniblock * width) / 8;
  }

  private blockHeader(): void {
    [this.minHi, this.minLo] = this.zigzag64();
    if (this.pos + this.miniblocks > this.end) throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page (corrupt)');
    this.widths = this.bytes.subarray(this.pos, this.pos + this.miniblocks);
    this.pos += this.miniblocks;
    this.miniblock = 0;
  }

  /** A zigzag varint of up to 64 bits, as [signed high half, unsigned low half]. */
  private zigzag64(): [number, number] {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      if (this.pos >= this.end || shift > 63) throw new Error('a DELTA_BINARY_PACKED integer runs past the end of its page (corrupt)');
      const b = this.bytes[this.pos++]!;
      const bits = b & 0x7f;
      if (shift < 32) {
        lo |= bits << shift;
        if (shift > 25) hi |= bits >>> (32 - shift);
      } else hi |= bits << (shift - 32);
      if ((b & 0x80) === 0) break;
    }
    const negative = lo & 1;
    const zLo = ((lo >>> 1) | (hi << 31)) ^ -negative;
    const zHi = (hi >>> 1) ^ -negative;
    return [zHi | 0, zLo >>> 0];
  }
}
