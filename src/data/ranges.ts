// Splits a large uncompressed CSV/TSV file into byte ranges that each start after a newline, so that
// ranges can be read on several threads. Only sound when no field is quoted (a quoted field may hold a
// newline): the plan gives up on a quote anywhere in the file (a byte search, memchr's speed), so that
// the ranges' results can be taken in as they come, never undone.
import { open, type FileHandle } from 'node:fs/promises';
import { CsvParser } from './csv.js';
import { delimiterOf } from './read.js';

export interface RangePlan {
  /** The file's header, for the ranges after the first. */
  columns: string[];
  ranges: { start: number; end: number }[];
}

/** Reads for the header and for each newline after a range's nominal end. */
const WINDOW = 1 << 16;
const QUOTE = 0x22;
/** Reads of the search for a quote. */
const SCAN = 1 << 20;

/** Byte ranges of about `rangeBytes`; undefined when the file is one range, its header is not plain or it holds a quote. */
export async function planRanges(file: string, format: 'csv' | 'tsv', rangeBytes: number): Promise<RangePlan | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= rangeBytes) return undefined;
    const head = Buffer.alloc(Math.min(size, WINDOW));
    await handle.read(head, 0, head.length, 0);
    let columns: string[] | undefined;
    const parser = new CsvParser({ header: (names) => (columns ??= names), row: () => {}, malformed: () => {} }, { delimiter: delimiterOf(format), maxRowChars: head.length });
    parser.push(head.subarray(0, head.lastIndexOf(10) + 1));
    if (!columns || (await holdsByte(handle, size, QUOTE))) return undefined;
    const ranges: RangePlan['ranges'] = [];
    let start = 0;
    const window = Buffer.alloc(WINDOW);
    for (let from = rangeBytes; from < size; ) {
      const { bytesRead } = await handle.read(window, 0, WINDOW, from);
      const newline = window.subarray(0, bytesRead).indexOf(10);
      if (newline === -1) {
        from += bytesRead; // a long line: look further
        continue;
      }
      const end = from + newline + 1;
      if (end >= size) break;
      ranges.push({ start, end });
      start = end;
      from = end + rangeBytes;
    }
    ranges.push({ start, end: size });
    return ranges.length > 1 ? { columns, ranges } : undefined;
  } finally {
    await handle.close();
  }
}

/** Whether the file's first `size` bytes hold `byte`. */
async function holdsByte(handle: FileHandle, size: number, byte: number): Promise<boolean> {
  const buffer = Buffer.allocUnsafe(Math.min(size, SCAN));
  for (let at = 0; at < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
    if (bytesRead === 0) return false;
    if (buffer.subarray(0, bytesRead).indexOf(byte) !== -1) return true;
    at += bytesRead;
  }
  return false;
}
