// Host of the Parquet kernel (assembly/parquet.ts): an instance per read under way (a thread keeps one for
// its next read), its memory shared by the columns read. Each column holds regions of it (its batch
// columns, dictionary, current page) that it reuses while they are large enough; growing the memory
// makes every view again (onGrow).
import { PARQUET_WASM } from './parquet.wasm.js';

// ES2023's lib declares no WebAssembly (the DOM lib does): what this host uses of it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: KernelExports };
};
interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  levels(column: number, n: number, max: number): number;
  gather(column: number, present: number): number;
  distinct(column: number, n: number, present: number): number;
}

const PAGE = 65536;
/** A column's descriptor (see assembly/parquet.ts): i32 slots. */
export const Slot = {
  outKinds: 0, outNumbers: 1, outStarts: 2, outEnds: 3, outCodes: 4, rows: 5, indices: 6,
  dKinds: 7, dNumbers: 8, dStarts: 9, dEnds: 10, dCodes: 11, dSize: 12, dTexts: 13, identity: 14,
  levels: 16, values: 24,
  dSlots: 32, uEntries: 33, uCounts: 34, uFirst: 35, uOf: 36, uKinds: 37, uNumbers: 38, uStarts: 39, uEnds: 40, uCodes: 41,
} as const;
/** A stream's state, from its slot. */
export const Stream = { pos: 0, end: 1, width: 2, left: 3 } as const;
export const DESCRIPTOR_BYTES = 192;

const ERRORS: Record<number, string> = {
  [-1]: 'the levels or dictionary indices end before the page\'s values (corrupt)',
  [-2]: 'a definition level above the column\'s maximum (corrupt)',
  [-3]: 'a dictionary index beyond the dictionary\'s entries (corrupt)',
};

let compiled: object | undefined;

export class ParquetKernel {
  private readonly kernel: KernelExports;
  private top = 8;
  private readonly listeners: (() => void)[] = [];

  constructor() {
    compiled ??= new WebAssembly.Module(Buffer.from(PARQUET_WASM, 'base64'));
    this.kernel = new WebAssembly.Instance(compiled).exports;
  }

  get buffer(): ArrayBuffer {
    return this.kernel.memory.buffer;
  }

  /** Forgets every region and listener (the memory stays, for the next read to use). */
  reset(): void {
    this.top = 8;
    this.listeners.length = 0;
  }

  /** Called after the memory grows, when every view of it must be made again. */
  onGrow(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A new region of `bytes` (8-aligned, with 8 readable bytes past it). */
  alloc(bytes: number): number {
    const at = this.top;
    this.top = Math.ceil((at + bytes + 8) / 8) * 8;
    const have = this.kernel.memory.buffer.byteLength;
    if (this.top > have) {
      this.kernel.memory.grow(Math.ceil((Math.max(this.top, 2 * have) - have) / PAGE));
      for (const listener of this.listeners) listener();
    }
    return at;
  }

  /** See assembly/parquet.ts: the present values of the next n rows (or throws what is wrong). */
  levels(column: number, n: number, max: number): number {
    return check(this.kernel.levels(column, n, max));
  }

  gather(column: number, present: number): void {
    check(this.kernel.gather(column, present));
  }

  /** See assembly/parquet.ts: the batch's distinct entries (decoding its dictionary indices); returns how many. */
  distinct(column: number, n: number, present: number): number {
    return check(this.kernel.distinct(column, n, present));
  }
}

function check(result: number): number {
  if (result < 0) throw new Error(ERRORS[result] ?? `error ${result}`);
  return result;
}
