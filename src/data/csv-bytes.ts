// The common case of a CSV/TSV file, typed straight from its bytes: no quotes, valid UTF-8. Fields are
// found and classified where they lie, by a WebAssembly kernel (csv-kernel.ts), and their text is made
// only when something reads it (textAt), so a million numbers make no strings. Anything else (a quote,
// invalid UTF-8, an over-long line) is handed back, from the start of a line, to the text parser,
// which knows every rule of RFC 4180.
import { isUtf8 } from 'node:buffer';
import { CsvKernel } from './csv-kernel.js';
import { batchRows, type Malformed } from './table.js';
import type { ClassifiedColumn } from './values.js';

export interface ByteScannerSink {
  /** The header's fields; returns the column names, or undefined to stop reading. */
  header(fields: string[], line: number): string[] | undefined;
  /** A batch of typed rows; the arrays are filled again after it returns. */
  rows(columns: ClassifiedColumn[], lines: Int32Array, length: number): void;
  malformed(problem: Malformed): void;
}

export interface ByteScannerOptions {
  delimiter: string;
  /** Texts that mean null. */
  missing: ReadonlySet<string>;
  maxRowChars: number;
  /** The header, when the bytes are a later part of a file. */
  columns?: string[];
}

const NEWLINE = 10;
const CR = 13;
const QUOTE = 0x22;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MAX_GATHER = 16 << 20;

export class CsvByteScanner {
  /** The line the next row starts on. */
  line = 1;
  /** The header said stop: nothing more is read. */
  stopped = false;
  columns: string[] | undefined;
  /** The carried bytes (a line not ended yet), then the new chunk: one buffer, reused by every push. */
  private work = Buffer.allocUnsafe(0);
  private carried = 0;
  /** work[0, ended) holds whole lines (ended is just past the last newline). */
  private ended = 0;
  /** Bytes to gather before reading: about a batch of rows, as long as the rows read so far (and at most MAX_GATHER). */
  private wanted = 0;
  private kernel: CsvKernel | undefined;
  private readonly delimiter: number;
  private readonly missing: Buffer[];
  private atFileStart: boolean;

  constructor(
    private readonly sink: ByteScannerSink,
    private readonly options: ByteScannerOptions,
  ) {
    this.delimiter = options.delimiter.charCodeAt(0);
    this.missing = [...options.missing].map((m) => Buffer.from(m));
    this.atFileStart = !options.columns;
    if (options.columns) this.setColumns(options.columns);
  }

  /**
   * Takes a chunk; reads whole lines once about a batch of them has come (a wide table's rows are
   * long: reading each chunk at once would make batches of a few rows, and work per batch and column).
   * Returns the bytes this scanner cannot read (from a line start), for the text parser. The chunk is
   * copied: the caller may reuse it.
   */
  push(chunk: Buffer): Buffer | undefined {
    if (this.stopped) return undefined;
    const length = this.carried + chunk.length;
    if (length > this.work.length) {
      const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.work.length));
      this.work.copy(grown, 0, 0, this.carried);
      this.work = grown;
    }
    chunk.copy(this.work, this.carried);
    this.carried = length;
    if (this.atFileStart) {
      if (length < BOM.length && BOM.subarray(0, length).equals(this.work.subarray(0, length))) return undefined; // maybe the start of a byte order mark
      this.atFileStart = false;
      if (this.work.subarray(0, BOM.length).equals(BOM)) {
        this.work.copyWithin(0, BOM.length, length);
        this.carried -= BOM.length;
      }
    }
    // A quote or NUL is for the text parser: the whole lines before this chunk are read here, the rest handed over.
    const handOver = chunk.indexOf(QUOTE) !== -1 || chunk.indexOf(0) !== -1;
    if (!handOver) {
      const newline = chunk.lastIndexOf(NEWLINE);
      if (newline !== -1) this.ended = this.carried - chunk.length + newline + 1;
      if (this.carried - this.ended > this.options.maxRowChars) return this.rest(0);
      if (this.carried < this.wanted) return undefined;
    }
    if (!isUtf8(this.work.subarray(0, this.ended))) return this.rest(0);
    if (this.ended > 0) this.read(this.work.subarray(0, this.carried), this.ended);
    if (handOver) return this.rest(this.ended);
    this.work.copyWithin(0, this.ended, this.carried);
    this.carried -= this.ended;
    this.ended = 0;
    return undefined;
  }

  /** The bytes from `start` (a line start) on, for the text parser. */
  private rest(start: number): Buffer {
    const rest = Buffer.from(this.work.subarray(start, this.carried));
    this.carried = this.ended = 0;
    return rest;
  }

  /** The lines not read yet, the last one maybe without a newline; returns them for the text parser if this scanner cannot read them. */
  end(): Buffer | undefined {
    const rest = Buffer.from(this.work.subarray(0, this.carried));
    this.carried = this.ended = 0;
    if (rest.length === 0 || this.stopped) return undefined;
    if (this.atFileStart || !isUtf8(rest)) return rest;
    this.read(rest[rest.length - 1] === NEWLINE ? rest : Buffer.concat([rest, Buffer.from([NEWLINE])]), rest[rest.length - 1] === NEWLINE ? rest.length : rest.length + 1);
    return undefined;
  }

  /** Whole lines in bytes[0, stop), stop just past a newline. */
  private read(bytes: Buffer, stop: number): void {
    let start = 0;
    if (!this.columns) start = this.readHeader(bytes, stop);
    const line = this.line;
    if (this.kernel && start < stop) {
      this.readRows(this.kernel, bytes, start, stop);
      this.wanted = Math.min(MAX_GATHER, Math.ceil(((stop - start) / (this.line - line)) * this.kernel.capacity));
    }
    this.flush();
  }

  /** Skips blank lines, takes the first other line as the header; returns where rows begin. */
  private readHeader(bytes: Buffer, stop: number): number {
    let start = 0;
    while (start < stop) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
      const line = this.line++;
      if (end > start) {
        const names = this.sink.header(bytes.toString('utf8', start, end).split(this.options.delimiter), line);
        if (names) this.setColumns(names);
        else this.stopped = true;
        return newline + 1;
      }
      start = newline + 1;
    }
    return stop;
  }

  private setColumns(names: string[]): void {
    this.columns = names;
    this.kernel = new CsvKernel(names.length, batchRows(names.length), this.delimiter, this.missing);
  }

  /** Rows from whole lines, a batch at a time; rows with the wrong number of fields are findings. */
  private readRows(kernel: CsvKernel, bytes: Buffer, start: number, stop: number): void {
    kernel.load(bytes, start, stop);
    const width = kernel.columns.length;
    for (let from = 0; from < stop - start; ) {
      from = kernel.scan(from, stop - start, this.line);
      const bad = kernel.badRows();
      for (let k = 0; k < bad.length; k += 2) this.sink.malformed({ line: bad[k]!, message: `expected ${width} fields as in the header, found ${bad[k + 1]}` });
      this.line = kernel.nextLine;
      if (kernel.rows === kernel.capacity) this.flush();
    }
  }

  private flush(): void {
    const kernel = this.kernel;
    if (!kernel || kernel.rows === 0) return;
    this.sink.rows(kernel.columns, kernel.lines, kernel.rows);
    for (const column of kernel.columns) column.texts.fill(undefined, 0, kernel.rows); // texts made for this batch
    kernel.clearRows();
  }
}
