// Thrift's compact protocol, as Parquet writes its page headers and footer: structs read into plain
// objects keyed by field id, or walked field by field, skipping what the reader does not use. Every
// length is checked against the bytes before anything is made from it, so a corrupt header is an
// error, never an allocation.

export type ThriftValue = number | boolean | Uint8Array | ThriftValue[] | ThriftStruct;
export interface ThriftStruct {
  [field: number]: ThriftValue;
}

const STOP = 0;
const TRUE = 1;
const FALSE = 2;
const BYTE = 3;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const DOUBLE = 7;
export const BINARY = 8;
export const LIST = 9;
const SET = 10;
const MAP = 11;
export const STRUCT = 12;
/** Page headers nest three deep, a footer's statistics seven; anything deeper is not Parquet's. */
const MAX_DEPTH = 16;

export class ThriftReader {
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
    private readonly end = bytes.length,
  ) {}

  /** A struct, from its first field header to its STOP. */
  struct(depth = 0): ThriftStruct {
    if (depth > MAX_DEPTH) throw new Error('a Thrift struct nested too deeply');
    const out: ThriftStruct = {};
    let id = 0;
    for (;;) {
      const header = this.byte();
      const type = header & 0x0f;
      if (type === STOP) return out;
      const delta = header >> 4;
      id = delta !== 0 ? id + delta : this.zigzag();
      out[id] = this.value(type, depth);
    }
  }

  /**
   * Walks a struct's fields: `read` takes those it wants, reading each value with this reader, and
   * returns false for the rest, which are skipped without making anything of them.
   */
  fields(read: (id: number, type: number) => boolean, depth = 0): void {
    if (depth > MAX_DEPTH) throw new Error('a Thrift struct nested too deeply');
    let id = 0;
    for (;;) {
      const header = this.byte();
      const type = header & 0x0f;
      if (type === STOP) return;
      const delta = header >> 4;
      id = delta !== 0 ? id + delta : this.zigzag();
      if (!read(id, type)) this.skip(type, depth);
    }
  }

  /** A list's header: the number of its elements, which must be of `type`. */
  list(type: number): number {
    const header = this.byte();
    const size = header >> 4 === 15 ? this.varint() : header >> 4;
    if (size > 0 && (header & 0x0f) !== type) throw new Error(`a Thrift list of type ${header & 0x0f} where ${type} belongs`);
    this.need(size); // every element takes at least a byte
    return size;
  }

  binary(): Uint8Array {
    return this.value(BINARY, 0) as Uint8Array;
  }

  /** An integer field's value, of any width. */
  integer(type: number): number | bigint {
    if (type === BYTE) return (this.byte() << 24) >> 24;
    if (type !== I16 && type !== I32 && type !== I64) throw new Error(`a Thrift field of type ${type} where an integer belongs`);
    return this.long();
  }

  /** A zigzag i64: a number where it is exact, else a bigint (a corrupt footer's, reported as it is). */
  long(): number | bigint {
    const start = this.pos;
    for (let i = 0; i < 7; i++) if ((this.byte() & 0x80) === 0) return ((this.pos = start), this.zigzag());
    this.pos = start;
    let z = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (shift > 63n) throw new Error('a Thrift integer longer than 10 bytes');
      const b = this.byte();
      z |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return (z >> 1n) ^ -(z & 1n);
    }
  }

  /** Passes over a value of the type. */
  private skip(type: number, depth: number): void {
    switch (type) {
      case TRUE:
      case FALSE:
        return;
      case BYTE:
        this.need(1);
        this.pos++;
        return;
      case I16:
      case I32:
      case I64:
        while (this.byte() & 0x80);
        return;
      case DOUBLE:
        this.need(8);
        this.pos += 8;
        return;
      case BINARY: {
        const length = this.varint();
        this.need(length);
        this.pos += length;
        return;
      }
      case LIST:
      case SET: {
        const header = this.byte();
        const size = header >> 4 === 15 ? this.varint() : header >> 4;
        const element = header & 0x0f;
        this.need(size);
        for (let i = 0; i < size; i++) this.skipElement(element, depth);
        return;
      }
      case MAP: {
        const size = this.varint();
        if (size === 0) return;
        const types = this.byte();
        this.need(size);
        for (let i = 0; i < size; i++) {
          this.skipElement(types >> 4, depth);
          this.skipElement(types & 0x0f, depth);
        }
        return;
      }
      case STRUCT:
        return this.fields(() => false, depth + 1);
      default:
        throw new Error(`an unknown Thrift type ${type}`);
    }
  }

  /** A collection's booleans take a byte each, where a struct's field holds its value in its type. */
  private skipElement(type: number, depth: number): void {
    this.skip(type === TRUE || type === FALSE ? BYTE : type, depth + 1);
  }

  private value(type: number, depth: number): ThriftValue {
    switch (type) {
      case TRUE:
        return true;
      case FALSE:
        return false;
      case BYTE:
        return (this.byte() << 24) >> 24;
      case I16:
      case I32:
      case I64:
        return this.zigzag();
      case DOUBLE: {
        this.need(8);
        const value = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 8).getFloat64(0, true);
        this.pos += 8;
        return value;
      }
      case BINARY: {
        const length = this.varint();
        this.need(length);
        const value = this.bytes.subarray(this.pos, this.pos + length);
        this.pos += length;
        return value;
      }
      case LIST:
      case SET: {
        const header = this.byte();
        const size = header >> 4 === 15 ? this.varint() : header >> 4;
        const element = header & 0x0f;
        this.need(size); // every element takes at least a byte
        const list: ThriftValue[] = [];
        for (let i = 0; i < size; i++) list.push(element === TRUE || element === FALSE ? this.byte() === 1 : this.value(element, depth + 1));
        return list;
      }
      case STRUCT:
        return this.struct(depth + 1);
      default:
        throw new Error(`an unknown Thrift type ${type}`);
    }
  }

  private byte(): number {
    if (this.pos >= this.end) throw new Error('a Thrift struct runs past its bytes');
    return this.bytes[this.pos++]!;
  }

  private need(count: number): void {
    if (count > this.end - this.pos) throw new Error(`a Thrift field of ${count} bytes runs past its bytes`);
  }

  /** An unsigned LEB128 varint, exact up to 2^53 (wider values are corrupt for Parquet's fields). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new Error('a Thrift integer longer than 8 bytes');
  }

  zigzag(): number {
    const z = this.varint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}
