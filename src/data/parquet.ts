// A Parquet file read column by column into batches of the profile's shapes (see parquet-column.ts):
// one row group at a time, so memory follows a row group's selected column chunks, never the file.
// Only the selected columns' chunks are read. A corrupt part of a row group is a finding naming the
// row group, column and page, and the reader goes on with the next row group.
import { open, type FileHandle } from 'node:fs/promises';
import { CODECS_LACKING } from './parquet-codecs.js';
import { clearTexts, ColumnReader, readerTexts, type ReaderTexts } from './parquet-column.js';
import { ParquetKernel } from './parquet-kernel.js';
import { fallbackReader, type FallbackReader } from './parquet-fallback.js';
import { ParquetFileError, readFooter, type ParquetColumn, type ParquetLayout, type RowGroupLayout } from './parquet-footer.js';
import { DEFAULT_MAX_COLUMNS, isSelected, type ColumnSelection, type TableVisitor } from './table.js';
import { classifyColumn, type ClassifiedColumn } from './values.js';

export interface ParquetOptions {
  /** The row groups [start, end) to read (a part of the file, for another thread); all when absent. */
  rowGroups?: { start: number; end: number };
  /** The columns to read; all when absent. */
  select?: ColumnSelection;
  /** More columns selected than this is a finding, and nothing is read (default DEFAULT_MAX_COLUMNS). */
  maxColumns?: number;
}

const NO_MISSING: ReadonlySet<string> = new Set();
/**
 * Rows per batch: more than CSV's 4,096, so that the profile's work per batch and distinct value is done
 * less often (larger batches save little more and keep more memory); fewer for a wide file, whose
 * batch holds about CELLS_PER_BATCH values.
 */
const MAX_BATCH_ROWS = 1 << 14;
const CELLS_PER_BATCH = 1 << 19;

/**
 * Reads the file's selected columns and row groups as batches; rows are numbered from the file's start.
 * Returns the names of the columns the selection left unread.
 */
export async function readParquetColumns(file: string, visitor: TableVisitor, options: ParquetOptions = {}): Promise<{ unselected: string[] }> {
  const handle = await open(file, 'r');
  try {
    let layout: ParquetLayout;
    try {
      layout = await readFooter(handle, (await handle.stat()).size);
    } catch (error) {
      if (!(error instanceof ParquetFileError)) throw error;
      visitor.malformed({ message: `not a readable Parquet file: ${error.message}` });
      return { unselected: [] };
    }
    const columns = layout.columns.filter((c) => isSelected(options.select, c.name));
    const unselected = layout.columns.filter((c) => !columns.includes(c)).map((c) => c.name);
    const max = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
    if (columns.length > max) {
      visitor.malformed({ message: `the file has ${columns.length} columns, more than max-columns (${max}); reading stopped (raise max-columns to read this file)` });
      return { unselected };
    }
    const { start = 0, end = Infinity } = options.rowGroups ?? {};
    const lacking = lackingCodec(layout, columns);
    if (lacking) {
      if (start === 0) visitor.malformed({ message: `not a readable Parquet file on this Node: ${lacking}` }); // once, by the part that starts the file
      return { unselected };
    }
    const scratch = spare.pop() ?? { kernel: new ParquetKernel(), chunks: Buffer.alloc(0), texts: [] };
    try {
      const reader = new RowGroupReader(file, layout, columns, visitor, scratch);
      if (layout.rows === 0 && start === 0) reader.emptyBatch();
      for (let g = start; g < Math.min(end, layout.rowGroups.length); g++) await reader.read(g, handle);
    } finally {
      scratch.kernel.reset();
      scratch.texts.forEach(clearTexts);
      if (spare.length < 2) spare.push(scratch);
    }
    return { unselected };
  } finally {
    await handle.close();
  }
}

/** Why this Node cannot decompress the columns' chunks, if it lacks a codec they use: one finding on the file, not one per chunk. */
function lackingCodec(layout: ParquetLayout, columns: ParquetColumn[]): string | undefined {
  if (CODECS_LACKING.size === 0) return undefined;
  for (const group of layout.rowGroups) {
    for (const column of columns) {
      const why = column.native && CODECS_LACKING.get(group.chunks[column.native.leaf]!.codec);
      if (why) return why;
    }
  }
  return undefined;
}

/** What a read decodes in: the kernel's memory and the column chunks' bytes. */
interface Scratch {
  kernel: ParquetKernel;
  chunks: Buffer;
  /** Per column of the read (by position): its reader's arrays of texts. */
  texts: ReaderTexts[];
}

/** Scratch of reads that ended, for the next on this thread: the parts of a large file reuse it, not grow their own. */
const spare: Scratch[] = [];

/**
 * Parts of a file for several threads: runs of row groups of at least `bytes` uncompressed bytes each
 * (a part has fixed costs: its own profile, merged after), from the footer alone, so that the results
 * never depend on the number of cores; with the file's columns. Undefined when one part is all.
 */
export async function planRowGroups(file: string, bytes: number): Promise<{ columns: string[]; ranges: { start: number; end: number }[] } | undefined> {
  const handle = await open(file, 'r');
  let layout: ParquetLayout;
  try {
    layout = await readFooter(handle, (await handle.stat()).size);
  } catch {
    return undefined; // the reader reports it
  } finally {
    await handle.close();
  }
  const parts: { start: number; end: number }[] = [];
  let size = 0;
  layout.rowGroups.forEach((group, g) => {
    if (parts.length === 0 || size >= bytes) {
      parts.push({ start: g, end: g });
      size = 0;
    }
    parts[parts.length - 1]!.end = g + 1;
    size += group.bytes;
  });
  // A last part much smaller than the others joins the one before.
  if (parts.length > 1 && size < bytes / 2) parts[parts.length - 2]!.end = parts.pop()!.end;
  return parts.length > 1 ? { columns: layout.columns.map((c) => c.name), ranges: parts } : undefined;
}

/** A column chunk whose pages disagree with the footer's row count (no one page is at fault). */
class ChunkError extends Error {}

class RowGroupReader {
  private readonly readers: (ColumnReader | undefined)[];
  private readonly fallbackColumns: ClassifiedColumn[] = [];
  private fallback: FallbackReader | undefined;
  private readonly names: string[];
  private readonly rowsPerBatch: number;

  constructor(
    private readonly file: string,
    private readonly layout: ParquetLayout,
    private readonly columns: ParquetColumn[],
    private readonly visitor: TableVisitor,
    private readonly scratch: Scratch,
  ) {
    this.rowsPerBatch = Math.max(64, Math.min(MAX_BATCH_ROWS, Math.floor(CELLS_PER_BATCH / Math.max(1, columns.length))));
    this.readers = columns.map((c, i) => (c.native ? new ColumnReader(c, this.rowsPerBatch, scratch.kernel, (scratch.texts[i] ??= readerTexts())) : undefined));
    this.names = columns.map((c) => c.name);
  }

  /**
   * The row group's selected column chunks, in one read when they lie together (as a whole row group's
   * do), into the scratch buffer, which holds one row group's at a time.
   */
  private async chunksOf(group: RowGroupLayout, handle: FileHandle): Promise<Map<number, Buffer>> {
    const places = this.readers.flatMap((reader) => (reader ? [group.chunks[reader.column.native!.leaf]!] : []));
    const start = Math.min(...places.map((p) => p.start));
    const span = Math.max(...places.map((p) => p.end)) - start;
    const total = places.reduce((sum, p) => sum + p.end - p.start, 0);
    const together = span <= total + (1 << 16);
    const size = together ? span : total;
    if (this.scratch.chunks.length < size) this.scratch.chunks = Buffer.allocUnsafe(size);
    const buffer = this.scratch.chunks;
    const read = async (at: number, length: number, position: number) => {
      const { bytesRead } = await handle.read(buffer, at, length, position);
      if (bytesRead !== length) throw new Error('the file ends inside its column chunks (truncated)');
    };
    const out = new Map<number, Buffer>();
    if (together) await read(0, span, start);
    let at = 0;
    for (const place of places) {
      const length = place.end - place.start;
      if (!together) await read(at, length, place.start);
      const offset = together ? place.start - start : at;
      out.set(place.start, buffer.subarray(offset, offset + length));
      at += length;
    }
    return out;
  }

  /** A file without rows still has columns: a batch of none names them. */
  emptyBatch(): void {
    const classified = this.columns.map(() => ({ kinds: new Uint8Array(0), numbers: new Float64Array(0), texts: [] }));
    this.visitor.batch({ columns: this.names, values: [], classified, firstRow: 1, length: 0, textual: false });
  }

  /**
   * Reads row group g as batches. What its bytes get wrong is a finding (the rest of the row group is
   * left out); what the visitor throws is not caught here.
   */
  async read(g: number, handle: FileHandle): Promise<void> {
    const group = this.layout.rowGroups[g]!;
    const at = { done: 0, column: -1 };
    let other: unknown[][];
    try {
      other = await this.begin(group, handle, at);
    } catch (error) {
      return this.failed(g, group, at, error);
    }
    for (;;) {
      let batch: { classified: ClassifiedColumn[]; length: number } | undefined;
      try {
        batch = this.decode(group, other, at);
      } catch (error) {
        return this.failed(g, group, at, error);
      }
      if (!batch) return;
      this.visitor.batch({ columns: this.names, values: [], ...batch, firstRow: group.firstRow + at.done + 1, textual: false });
      at.done += batch.length;
    }
  }

  /** Starts every column on the row group: native ones on their chunk's bytes; hyparquet reads the others whole. */
  private async begin(group: RowGroupLayout, handle: FileHandle, at: { column: number }): Promise<unknown[][]> {
    const { readers, columns } = this;
    const other: unknown[][] = [];
    const chunks = readers.some((reader) => reader) ? await this.chunksOf(group, handle) : undefined;
    for (let c = 0; c < columns.length; c++) {
      at.column = c;
      const reader = readers[c];
      if (reader) {
        const place = group.chunks[reader.column.native!.leaf]!;
        reader.begin(chunks!.get(place.start)!, place.codec);
        continue;
      }
      const why = `read by hyparquet: ${columns[c]!.fallback}`;
      this.fallback ??= await fallbackReader(this.file, this.layout.metadata!);
      other[c] = await this.fallback.read(columns[c]!.name, group.firstRow, group.firstRow + group.rows).catch((error: Error) => {
        throw new Error(`${error.message} (${why})`);
      });
      if (other[c]!.length !== group.rows) throw new Error(`${other[c]!.length} rows where the footer says ${group.rows} (${why})`);
    }
    return other;
  }

  /** The row group's next batch; undefined at its end, once every column's pages agree with the footer. */
  private decode(group: RowGroupLayout, other: unknown[][], at: { done: number; column: number }): { classified: ClassifiedColumn[]; length: number } | undefined {
    const { readers, columns } = this;
    if (at.done === group.rows) {
      for (let c = 0; c < columns.length; c++) {
        at.column = c;
        if (readers[c] && readers[c]!.available() > 0) throw new ChunkError(`its pages hold more rows than the footer's ${group.rows} (corrupt)`);
      }
      return undefined;
    }
    let n = Math.min(this.rowsPerBatch, group.rows - at.done);
    for (let c = 0; c < columns.length; c++) {
      at.column = c;
      const available = readers[c]?.available() ?? Infinity;
      if (available === 0) throw new ChunkError(`its pages end after ${at.done} rows where the footer says ${group.rows} (truncated or corrupt)`);
      n = Math.min(n, available);
    }
    const classified = columns.map((_, c) => {
      at.column = c;
      const reader = readers[c];
      if (reader) {
        reader.read(n);
        return reader.out;
      }
      return (this.fallbackColumns[c] = classifyColumn(other[c]!.slice(at.done, at.done + n), n, NO_MISSING, false, this.fallbackColumns[c]));
    });
    return { classified, length: n };
  }

  private failed(g: number, group: RowGroupLayout, at: { done: number; column: number }, error: unknown): void {
    if (error instanceof RangeError && /memory|allocation|array length/i.test(error.message)) throw error;
    const reader = this.readers[at.column];
    const column = at.column >= 0 ? `, column "${this.columns[at.column]!.name}"` : '';
    const page = reader && reader.pageIndex >= 0 && !(error instanceof ChunkError) ? `, page ${reader.pageIndex}` : '';
    const rows = at.done < group.rows ? `; its rows ${group.firstRow + at.done + 1}–${group.firstRow + group.rows} were left out` : '';
    this.visitor.malformed({ row: group.firstRow + at.done + 1, message: `row group ${g}${column}${page}: ${(error as Error).message}${rows}` });
  }
}
