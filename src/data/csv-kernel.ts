// Host of the byte scanner's WebAssembly kernel (assembly/csv.ts): lays out its memory (batch columns,
// row lines, findings, the input lines) and exposes the batch columns as typed-array views of it.
import { CSV_WASM } from './csv.wasm.js';
import { Interner } from './interner.js';
import type { ClassifiedColumn } from './values.js';

// ES2023's lib declares no WebAssembly (the DOM lib does): what this host uses of it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: KernelExports };
};
interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  layout(input: number, columns: number, rows: number, kinds: number, numbers: number, starts: number, ends: number, codes: number, lines: number, bad: number, fix: number, missing: number, missingCount: number): void;
  scan(from: number, stop: number, delimiter: number): number;
}

export type SourcedColumn = ClassifiedColumn & { source: NonNullable<ClassifiedColumn['source']> };

const PAGE = 65536;
/** i32 slots shared with the kernel (see assembly/csv.ts). */
const ROWS = 0;
const LINE = 1;
const BAD = 2;
const FIX = 3;

let compiled: object | undefined;

export class CsvKernel {
  /** The batch's columns: views of the kernel's memory, filled again by every batch. */
  readonly columns: SourcedColumn[];
  lines!: Int32Array;
  private readonly kernel: KernelExports;
  private state!: Int32Array;
  private input!: Buffer;
  private readonly at: Record<'kinds' | 'numbers' | 'starts' | 'ends' | 'codes' | 'lines' | 'bad' | 'fix' | 'input', number>;

  constructor(
    private readonly width: number,
    /** Rows in a batch. */
    readonly capacity: number,
    private readonly delimiter: number,
    missing: Buffer[],
  ) {
    compiled ??= new WebAssembly.Module(Buffer.from(CSV_WASM, 'base64'));
    this.kernel = new WebAssembly.Instance(compiled).exports;
    const cells = width * capacity;
    let next = 16;
    const take = (bytes: number) => ((next = Math.ceil(next / 8) * 8), (next += bytes) - bytes);
    const missingAt = take(8 * missing.length);
    const missingBytes = missing.map((m) => take(m.length));
    this.at = {
      kinds: take(cells),
      numbers: take(8 * cells),
      starts: take(4 * cells),
      ends: take(4 * cells),
      codes: take(4 * cells),
      lines: take(4 * capacity),
      bad: take(8 * capacity),
      fix: take(8 * (cells + width)), // good rows' fields and the row being read (a bad row's are dropped)
      input: take(0),
    };
    this.reserve(1 << 18);
    const memory = Buffer.from(this.kernel.memory.buffer);
    missing.forEach((m, k) => {
      memory.writeInt32LE(missingBytes[k]!, missingAt + 8 * k);
      memory.writeInt32LE(m.length, missingAt + 8 * k + 4);
      m.copy(memory, missingBytes[k]!);
    });
    const { kinds, numbers, starts, ends, codes, lines, bad, fix, input } = this.at;
    this.kernel.layout(input, width, capacity, kinds, numbers, starts, ends, codes, lines, bad, fix, missingAt, missing.length);
    this.columns = Array.from({ length: width }, () => ({
      kinds: new Uint8Array(0),
      numbers: new Float64Array(0),
      texts: new Array<string | null | undefined>(capacity).fill(undefined),
      source: { bytes: Buffer.alloc(0), starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0), strings: new Interner() },
    }));
    this.views();
  }

  /** Copies lines to scan into the kernel's input; the batch's texts are read from there. */
  load(bytes: Buffer, start: number, stop: number): void {
    this.reserve(stop - start + 16); // the kernel reads 16 bytes at a time
    this.input.fill(0, stop - start, stop - start + 16);
    bytes.copy(this.input, 0, start, stop);
  }

  /**
   * Scans the loaded input from `from` (a line start, on `line`) to `stop`, adding rows to the batch;
   * returns where it stopped: at stop, or after the line that filled the batch or the list of bad rows.
   */
  scan(from: number, stop: number, line: number): number {
    this.state[LINE] = line;
    this.state[BAD] = 0;
    this.state[FIX] = 0;
    const next = this.kernel.scan(from, stop, this.delimiter);
    // Long integers and exponents: the kernel leaves them to Number(), which rounds every form right.
    const fixes = new Int32Array(this.kernel.memory.buffer, this.at.fix, 2 * this.state[FIX]!);
    for (let k = 0; k < fixes.length; k += 2) {
      const column = this.columns[fixes[k]!]!;
      const row = fixes[k + 1]!;
      column.numbers[row] = Number(this.input.toString('latin1', column.source.starts[row]!, column.source.ends[row]!));
    }
    return next;
  }

  /** Rows in the batch. */
  get rows(): number {
    return this.state[ROWS]!;
  }

  /** Starts the next batch. */
  clearRows(): void {
    this.state[ROWS] = 0;
  }

  get nextLine(): number {
    return this.state[LINE]!;
  }

  /** Rows of the last scan with the wrong number of fields: [line, fields] pairs. */
  badRows(): Int32Array {
    return new Int32Array(this.kernel.memory.buffer, this.at.bad, 2 * this.state[BAD]!);
  }

  /** Grows the memory so that the input holds `bytes`; views of the old memory are made again. */
  private reserve(bytes: number): void {
    const needed = this.at.input + bytes;
    const have = this.kernel.memory.buffer.byteLength;
    if (needed <= have && this.state) return;
    if (needed > have) this.kernel.memory.grow(Math.ceil((Math.max(needed, 2 * have) - have) / PAGE));
    this.views();
  }

  private views(): void {
    const buffer = this.kernel.memory.buffer;
    const { capacity } = this;
    this.state = new Int32Array(buffer, 0, 4);
    this.input = Buffer.from(buffer, this.at.input);
    this.lines = new Int32Array(buffer, this.at.lines, capacity);
    this.columns?.forEach((column, c) => {
      column.kinds = new Uint8Array(buffer, this.at.kinds + c * capacity, capacity);
      column.numbers = new Float64Array(buffer, this.at.numbers + 8 * c * capacity, capacity);
      column.source.bytes = this.input;
      column.source.starts = new Int32Array(buffer, this.at.starts + 4 * c * capacity, capacity);
      column.source.ends = new Int32Array(buffer, this.at.ends + 4 * c * capacity, capacity);
      column.source.codes = new Int32Array(buffer, this.at.codes + 4 * c * capacity, capacity);
    });
  }
}
