// The common case of a CSV/TSV file, typed straight from its bytes: no quotes, valid UTF-8. Fields are
// found and classified where they lie, by a WebAssembly kernel (csv-kernel.ts), and their text is made
// only when something reads it (textAt), so a million numbers make no strings. Anything else (a quote,
// invalid UTF-8, an over-long line) is handed back, from the start of a line, to the text parser,
// which knows every rule of RFC 4180.
import { isUtf8 } from 'node:buffer';
import { CsvKernel } from './csv-kernel.js';
import { BATCH_ROWS, type Malformed } from './table.js';
import type { ClassifiedColumn } from './values.js';

export interface ByteScannerSink {
  header(names: string[], line: number): void;
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

export class CsvByteScanner {
  /** The line the next row starts on. */
  line = 1;
  columns: string[] | undefined;
  /** The carried bytes (a line not ended yet), then the new chunk: one buffer, reused by every push. */
  private work = Buffer.allocUnsafe(0);
  private carried = 0;
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
   * Reads the chunk's whole lines; returns the bytes this scanner cannot read (from a line start), for
   * the text parser. The chunk is copied: the caller may reuse it.
   */
  push(chunk: Buffer): Buffer | undefined {
    const length = this.carried + chunk.length;
    if (length > this.work.length) {
      const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.work.length));
      this.work.copy(grown, 0, 0, this.carried);
      this.work = grown;
    }
    chunk.copy(this.work, this.carried);
    let begin = 0;
    if (this.atFileStart) {
      if (length < BOM.length && BOM.subarray(0, length).equals(this.work.subarray(0, length))) {
        this.carried = length; // maybe the start of a byte order mark
        return undefined;
      }
      this.atFileStart = false;
      if (this.work.subarray(0, BOM.length).equals(BOM)) begin = BOM.length;
    }
    const bytes = this.work.subarray(begin, length);
    const last = bytes.lastIndexOf(NEWLINE);
    const unended = bytes.length - last - 1;
    if (bytes.indexOf(QUOTE) !== -1 || (last !== -1 && !isUtf8(bytes.subarray(0, last + 1))) || unended > this.options.maxRowChars) return Buffer.from(bytes);
    if (last !== -1) this.read(bytes, last + 1);
    this.work.copyWithin(0, length - unended, length);
    this.carried = unended;
    return undefined;
  }

  /** The last line, if it has no newline; returns it for the text parser if this scanner cannot read it. */
  end(): Buffer | undefined {
    const rest = Buffer.from(this.work.subarray(0, this.carried));
    this.carried = 0;
    if (rest.length === 0) return undefined;
    if (this.atFileStart || !isUtf8(rest)) return rest;
    this.read(Buffer.concat([rest, Buffer.from([NEWLINE])]), rest.length + 1);
    return undefined;
  }

  /** Whole lines in bytes[0, stop), stop just past a newline. */
  private read(bytes: Buffer, stop: number): void {
    let start = 0;
    if (!this.columns) start = this.readHeader(bytes, stop);
    if (this.kernel && start < stop) this.readRows(this.kernel, bytes, start, stop);
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
        const names = bytes.toString('utf8', start, end).split(this.options.delimiter);
        this.setColumns(names);
        this.sink.header(names, line);
        return newline + 1;
      }
      start = newline + 1;
    }
    return stop;
  }

  private setColumns(names: string[]): void {
    this.columns = names;
    this.kernel = new CsvKernel(names.length, BATCH_ROWS, this.delimiter, this.missing);
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
      if (kernel.rows === BATCH_ROWS) this.flush();
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
