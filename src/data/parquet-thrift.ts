// Thrift's compact protocol, as Parquet writes its page headers: structs read into plain objects keyed
// by field id. Every length is checked against the bytes before anything is made from it, so a
// corrupt header is an error, never an allocation. (The footer is read by hyparquet: parquet-footer.ts.)

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
const BINARY = 8;
const LIST = 9;
const SET = 10;
const STRUCT = 12;
/** Page headers nest three deep; anything deeper is not a page header. */
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
