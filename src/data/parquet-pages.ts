// The pages of one column chunk, one after another: header (Thrift), CRC where the writer put one,
// decompression, and where a data page's definition levels and values lie (page formats v1 and v2).
import zlib from 'node:zlib';
import { detach } from './growable.js';
import { decompress } from './parquet-codecs.js';
import { ThriftReader, type ThriftStruct } from './parquet-thrift.js';
import { encodingName, RLE } from './parquet-values.js';

export interface Span {
  bytes: Buffer;
  start: number;
  end: number;
}

export type Page =
  | {
      type: 'data';
      /** Values in the page, nulls included: rows, for a flat column. */
      count: number;
      encoding: number;
      /** The RLE definition levels, for a column that has them. */
      levels?: Span;
      /** Nulls, where the header says (v2). */
      nulls?: number;
      values: Span;
    }
  | { type: 'dictionary'; count: number; encoding: number; values: Span };

const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const DATA_PAGE_V2 = 3;

const int = (value: unknown, what: string): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Error(`its header gives ${what} as ${String(value)} (corrupt)`);
  return value;
};

export class PageReader {
  /** 0-based number of the page last read, for messages. */
  index = -1;
  private pos = 0;
  /** The previous data page's decompressed bytes, freed when the next page is read (see release). */
  private last: Buffer | undefined;

  constructor(
    private readonly chunk: Buffer,
    private readonly codec: string,
    private readonly maxDefinition: number,
  ) {}

  /** The next data or dictionary page; undefined at the end of the column chunk. */
  next(): Page | undefined {
    if (this.last && this.codec !== 'UNCOMPRESSED') release(this.last);
    this.last = undefined;
    while (this.pos < this.chunk.length) {
      this.index++;
      const reader = new ThriftReader(this.chunk, this.pos);
      let header: ThriftStruct;
      try {
        header = reader.struct();
      } catch (error) {
        throw new Error(`its header is corrupt (${(error as Error).message})`);
      }
      const compressed = int(header[3], 'the compressed size');
      const size = int(header[2], 'the uncompressed size');
      const start = reader.pos;
      const end = start + compressed;
      if (end > this.chunk.length) throw new Error(`its ${compressed} bytes run past the end of the column chunk (truncated or corrupt)`);
      this.pos = end;
      const raw = this.chunk.subarray(start, end);
      if (typeof header[4] === 'number' && (header[4] >>> 0) !== zlib.crc32(raw)) throw new Error('its CRC does not match its bytes (corrupt)');
      const type = header[1];
      if (type === DATA_PAGE) return this.dataPage(header[5] as ThriftStruct | undefined, raw, size);
      if (type === DATA_PAGE_V2) return this.dataPageV2(header[8] as ThriftStruct | undefined, raw, size);
      if (type === DICTIONARY_PAGE) {
        const dictionary = header[7] as ThriftStruct | undefined;
        if (!dictionary) throw new Error('a dictionary page without its header (corrupt)');
        return { type: 'dictionary', count: int(dictionary[1], 'the number of values'), encoding: int(dictionary[2], 'the encoding'), values: whole(decompress(this.codec, raw, size)) };
      }
      if (type !== 1) throw new Error(`a page of unknown type ${String(type)} (corrupt)`); // index pages are skipped
    }
    return undefined;
  }

  private dataPage(header: ThriftStruct | undefined, raw: Buffer, size: number): Page {
    if (!header) throw new Error('a data page without its header (corrupt)');
    const count = int(header[1], 'the number of values');
    const encoding = int(header[2], 'the encoding');
    const page = (this.last = decompress(this.codec, raw, size));
    if (this.maxDefinition === 0) return { type: 'data', count, encoding, values: whole(page) };
    if (header[3] !== RLE) throw new Error(`definition levels in ${encodingName(header[3] as number)} are not supported`);
    if (page.length < 4 || 4 + page.readUInt32LE(0) > page.length) throw new Error('its definition levels run past the end of the page (corrupt)');
    const levelsEnd = 4 + page.readUInt32LE(0);
    return { type: 'data', count, encoding, levels: { bytes: page, start: 4, end: levelsEnd }, values: { bytes: page, start: levelsEnd, end: page.length } };
  }

  private dataPageV2(header: ThriftStruct | undefined, raw: Buffer, size: number): Page {
    if (!header) throw new Error('a data page without its header (corrupt)');
    const count = int(header[1], 'the number of values');
    const nulls = int(header[2], 'the number of nulls');
    const encoding = int(header[4], 'the encoding');
    const definitionBytes = int(header[5], 'the length of the definition levels');
    const repetitionBytes = int(header[6], 'the length of the repetition levels');
    if (repetitionBytes !== 0) throw new Error('repetition levels in a column that cannot repeat (corrupt)');
    const levelsEnd = repetitionBytes + definitionBytes;
    if (levelsEnd > raw.length || levelsEnd > size || nulls > count) throw new Error('its levels run past the end of the page (corrupt)');
    const compressed = header[7] !== false;
    const rest = raw.subarray(levelsEnd);
    const values = compressed ? (this.last = decompress(this.codec, rest, size - levelsEnd)) : rest;
    if (values.length !== size - levelsEnd) throw new Error(`the page holds ${values.length + levelsEnd} bytes where its header says ${size} (corrupt)`);
    const levels = this.maxDefinition > 0 ? { bytes: raw, start: 0, end: definitionBytes } : undefined;
    return { type: 'data', count, encoding, nulls, values: whole(values), ...(levels && { levels }) };
  }
}

const whole = (bytes: Buffer): Span => ({ bytes, start: 0, end: bytes.length });

/**
 * Frees a page's decompressed bytes now rather than at the next garbage collection, when they are a
 * buffer of their own (not the column chunk's, nor a slice of Node's shared pool): a collection comes
 * only after many pages, whose native buffers would otherwise pile up and fragment the allocator.
 */
function release(bytes: Buffer): void {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength - bytes.byteLength <= 1 && bytes.byteLength >= 4096) detach(bytes.buffer as ArrayBuffer);
}
