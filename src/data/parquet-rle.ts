// Parquet's RLE / bit-packing hybrid, decoded as a stream (a batch asks for its values and the decoder
// keeps its place in the current run, so nothing is allocated from a count the file declares): for RLE
// booleans and for counting a v1 page's present values. Levels and dictionary indices, the hot ones,
// are decoded by the kernel (assembly/parquet.ts) with the same rules.

/** Value bits at bit offset `bit` of `bytes`, for widths up to 32 (the caller has checked the bytes exist). */
export function bitsAt(bytes: Uint8Array, bit: number, width: number): number {
  const p = bit >>> 3;
  const shift = bit & 7;
  let v = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> shift;
  if (shift + width > 32) v |= bytes[p + 4]! << (32 - shift);
  return width === 32 ? v : v & ((1 << width) - 1);
}

/** An unsigned LEB128 varint below 2^32 at bytes[pos]: [value, next position]. */
export function varint(bytes: Uint8Array, pos: number, end: number): [number, number] {
  let value = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    if (pos >= end) break;
    const b = bytes[pos++]!;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, pos];
  }
  throw new Error('a run header runs past the end of its data (corrupt)');
}

export class RleDecoder {
  /** Values left in the current run. */
  private left = 0;
  private packed = false;
  /** The repeated value of an RLE run, or the bit offset of a bit-packed run's next value. */
  private value = 0;
  private bit = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private pos: number,
    private readonly end: number,
    private readonly width: number,
  ) {
    if (width > 32) throw new Error(`a bit width of ${width} (corrupt)`);
  }

  /** Decodes the next n values into out[at, at + n). */
  read(out: Int32Array | Uint8Array, at: number, n: number): void {
    const { bytes, width } = this;
    while (n > 0) {
      if (this.left === 0) this.nextRun();
      const k = Math.min(n, this.left);
      if (!this.packed) out.fill(this.value, at, at + k);
      else if (width <= 24) {
        // Bytes in order into an accumulator: fewer loads than reading each value at its bit offset.
        let p = this.bit >>> 3;
        let have = 8 - (this.bit & 7);
        let acc = bytes[p++]! >>> (this.bit & 7);
        const mask = (1 << width) - 1;
        for (let i = at; i < at + k; i++) {
          while (have < width) {
            acc |= bytes[p++]! << have;
            have += 8;
          }
          out[i] = acc & mask;
          acc >>>= width;
          have -= width;
        }
        this.bit += k * width;
      } else {
        let bit = this.bit;
        for (let i = at; i < at + k; i++, bit += width) out[i] = bitsAt(bytes, bit, width);
        this.bit = bit;
      }
      at += k;
      n -= k;
      this.left -= k;
    }
  }

  /** Reads n values and counts those equal to `target` (definition levels: the present values). */
  count(n: number, target: number, scratch: Uint8Array): number {
    let found = 0;
    while (n > 0) {
      if (this.left === 0) this.nextRun();
      const k = Math.min(n, this.left, scratch.length);
      if (!this.packed) found += this.value === target ? k : 0;
      else {
        this.read(scratch, 0, k);
        for (let i = 0; i < k; i++) if (scratch[i] === target) found++;
        n -= k;
        continue;
      }
      this.left -= k;
      n -= k;
    }
    return found;
  }

  private nextRun(): void {
    let header: number;
    do {
      if (this.pos >= this.end) throw new Error('the levels or dictionary indices end before the page\'s values (corrupt)');
      [header, this.pos] = varint(this.bytes, this.pos, this.end);
    } while (header === 0 || header === 1); // an empty run
    if ((header & 1) === 1) {
      const groups = Math.floor(header / 2);
      const bytes = groups * this.width;
      // A writer may end the last run early when its padding holds no values; what is read is checked.
      this.packed = true;
      this.bit = this.pos * 8;
      this.left = Math.min(groups * 8, Math.floor(((this.end - this.pos) * 8) / Math.max(1, this.width)));
      if (this.left === 0 && this.width > 0) throw new Error('a bit-packed run runs past the end of its data (corrupt)');
      if (this.width === 0) this.left = groups * 8;
      this.pos += bytes;
      return;
    }
    this.packed = false;
    this.left = Math.floor(header / 2);
    const size = (this.width + 7) >> 3;
    if (this.pos + size > this.end) throw new Error('a run runs past the end of its data (corrupt)');
    let value = 0;
    for (let k = 0; k < size; k++) value += this.bytes[this.pos + k]! * 2 ** (8 * k);
    this.value = value | 0;
    this.pos += size;
  }
}
