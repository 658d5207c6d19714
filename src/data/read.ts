// One streaming pass over a data file: bytes are hashed for the fingerprint and parsed into
// columnar batches. Malformed content becomes a finding with its line; only I/O failures throw.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { ConfigurationError } from '../runtime/errors.js';
import { BatchBuilder } from './columns.js';
import { CsvParser } from './csv.js';
import { readParquetColumns } from './parquet.js';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_DEPTH, type ColumnSelection, type Format, type ReadLimits, type TableVisitor } from './table.js';

export interface ReadOptions extends ReadLimits {
  format: Format;
  gzip: boolean;
  /** Longest row accepted, in characters (default 64 Mi). */
  maxRowChars?: number;
  /** CSV/TSV only: read bytes [start, end) of the file, a range starting after a newline; `columns` is the file's header when the range does not hold it. */
  range?: { start: number; end: number; columns?: string[] };
  /** CSV/TSV: texts meaning null; given, the reader types values itself (batches come `classified`). */
  missing?: ReadonlySet<string>;
  /** Parquet only: read row groups [start, end) (a part of the file, on another thread); rows keep their numbers in the file. */
  rowGroups?: { start: number; end: number };
  /** The columns wanted (Parquet reads no other column chunk); all when absent. */
  select?: ColumnSelection;
}

export interface FileSummary {
  /** Of the bytes read (empty for a range: the whole file's hash is taken apart). */
  sha256: string;
  bytes: number;
  /** CSV/TSV: the line after the last one read, whether reading stopped early. */
  text?: { nextLine: number; stopped: boolean };
  /** Parquet: the file's columns the selection left unread. */
  unselected?: string[];
}

// Reads of 128 KiB. Text parsed as strings wants small reads: a chunk's lines and fields live until its
// rows are processed, and short strings alive across a scavenge are promoted (the 3M-row CSV as text
// peaked at 216 MB with 32 KiB reads and 275 MB with 1 MiB; quoted, 207 MB with 32 KiB and 223 MB with
// 128 KiB). Bytes typed in place make few strings, and fewer, larger batches are 7% faster.
const CHUNK = 1 << 17;
const MAX_JSON_BYTES = 1 << 30;
const NEWLINE = 10;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads `file` once, calling the visitor with batches and malformed findings; returns the file's hash. */
export async function readTable(file: string, options: ReadOptions, visitor: TableVisitor): Promise<FileSummary> {
  if (options.format === 'parquet') return readParquet(file, options, visitor);
  const hash = options.range ? undefined : createHash('sha256');
  let bytes = 0;
  const count = (chunk: Buffer) => {
    hash?.update(chunk);
    bytes += chunk.length;
  };
  const { push, parser } = textConsumer(options, visitor);
  const gunzip = options.gzip ? createGunzip() : undefined;
  try {
    if (gunzip) {
      const raw = createReadStream(file, { highWaterMark: CHUNK });
      raw.on('data', (chunk) => count(chunk as Buffer));
      for await (const chunk of raw.pipe(gunzip)) push(chunk as Buffer);
    } else {
      for await (const chunk of fileChunks(file, options.range)) {
        count(chunk);
        push(chunk);
      }
    }
    push(undefined);
  } catch (error) {
    // zlib's own errors (Z_DATA_ERROR: bad header, method, flags, CRC or length; Z_BUF_ERROR: truncated) are the file's.
    const code = (error as NodeJS.ErrnoException).code;
    if (!gunzip || !code?.startsWith('Z_')) throw error;
    visitor.malformed({ message: `not a readable gzip file: ${(error as Error).message} (near byte ${gunzip.bytesWritten} of the compressed file)` });
  }
  return { sha256: hash?.digest('hex') ?? '', bytes, ...(parser && { text: { nextLine: parser.nextLine, stopped: parser.isStopped } }) };
}

/**
 * The file's bytes [start, end) in chunks of two buffers, reused in turn: a chunk is valid until the
 * next one is asked for (a buffer per read left hundreds of MB to the collector), and the next read is
 * already under way while the caller works on this one.
 */
async function* fileChunks(file: string, range?: { start: number; end: number }, size = CHUNK): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  const end = range?.end ?? Infinity;
  let position = range?.start ?? 0;
  const readInto = (buffer: Buffer) => {
    const at = position;
    const length = Math.min(size, end - at);
    position += length;
    return length <= 0 ? Promise.resolve({ at, length, bytesRead: 0 }) : handle.read(buffer, 0, length, at).then(({ bytesRead }) => ({ at, length, bytesRead }));
  };
  let turn = 0;
  let pending = readInto(buffers[0]!);
  try {
    for (;;) {
      const { at, length, bytesRead } = await pending;
      if (bytesRead === 0) return;
      if (bytesRead < length) position = at + bytesRead; // a short read: go on from where it stopped
      const current = buffers[turn]!;
      turn ^= 1;
      pending = readInto(buffers[turn]!);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    await pending.catch(() => undefined);
    await handle.close();
  }
}

type Push = (chunk: Buffer | undefined) => void;

/** A function taking decompressed chunks (undefined at the end) for the text formats. */
function textConsumer(options: ReadOptions, visitor: TableVisitor): { push: Push; parser?: CsvParser } {
  const maxRowChars = options.maxRowChars ?? 64 * 1024 * 1024;
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  if (options.format === 'csv' || options.format === 'tsv') {
    const builder = new BatchBuilder(visitor, true);
    const columns = options.range?.columns;
    if (columns) builder.setColumns(columns);
    const parser = new CsvParser(
      {
        header: (names) => builder.setColumns(names),
        row: (fields, line) => builder.addFields(fields, line),
        typedRows: (classified, lines, length) => builder.addTyped(classified, lines, length),
        malformed: (problem) => visitor.malformed(problem),
      },
      { delimiter: delimiterOf(options.format), maxRowChars, maxColumns, ...(columns && { columns }), ...(options.missing && { missing: options.missing }) },
    );
    const push: Push = (chunk) => {
      if (chunk) parser.push(chunk);
      else {
        parser.end();
        builder.flush();
      }
    };
    return { push, parser };
  }
  if (options.range) throw new Error(`byte ranges are for CSV and TSV, not ${options.format}`);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  return { push: options.format === 'jsonl' ? jsonLines(visitor, { maxRowChars, maxColumns, maxDepth }) : jsonArray(visitor, { maxColumns, maxDepth }) };
}

export const delimiterOf = (format: 'csv' | 'tsv') => (format === 'tsv' ? '\t' : ',');

/**
 * JSON Lines, split on newline bytes (a newline is never part of a longer UTF-8 sequence): a line is
 * decoded once, when whole, however many chunks it spans. A byte order mark at the start is skipped.
 */
function jsonLines(visitor: TableVisitor, limits: { maxRowChars: number; maxColumns: number; maxDepth: number }): Push {
  const builder = new BatchBuilder(visitor, true, limits.maxColumns);
  /** The line begun in earlier chunks (copies: chunks are reused). */
  let parts: Buffer[] = [];
  let carried = 0;
  let line = 1;
  let stopped = false;
  let atStart = true;
  const parseLine = (bytes: Buffer, checked: boolean) => {
    const current = line++;
    const text = bytes.toString('utf8');
    if (text.trim() === '') return;
    if (!checked && !isUtf8(bytes)) visitor.malformed({ line: current, message: 'invalid UTF-8 bytes in this line (read as U+FFFD); re-save the file as UTF-8' });
    const record = parseRecord(text, limits.maxDepth, 0, (message) => visitor.malformed({ line: current, message }));
    if (record === undefined) return;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      visitor.malformed({ line: current, message: `expected a JSON object (one record per line), found ${Array.isArray(record) ? 'an array' : JSON.stringify(record)?.slice(0, 40)}` });
      return;
    }
    if (!builder.addRecord(record as Record<string, unknown>, current)) stopped = true;
  };
  return (chunk) => {
    if (!chunk) {
      if (carried > 0 && !stopped) parseLine(Buffer.concat(parts), false);
      builder.flush(); // the rows before a stop count
      return;
    }
    if (stopped) return;
    let start = 0;
    if (atStart) {
      if (carried + chunk.length < BOM.length && BOM.subarray(0, carried + chunk.length).equals(Buffer.concat([...parts, chunk]))) {
        parts.push(Buffer.from(chunk));
        carried += chunk.length;
        return;
      }
      atStart = false;
      const head = carried > 0 ? Buffer.concat([...parts, chunk]) : chunk;
      [parts, carried] = [[], 0];
      if (head.subarray(0, BOM.length).equals(BOM)) start = BOM.length;
      chunk = head;
    }
    // Lines whole within the chunk are checked with it, at once; the slow search runs only when it fails.
    const valid = isUtf8(chunk);
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1 && !stopped; end = chunk.indexOf(NEWLINE, start)) {
      if (carried > 0) {
        parts.push(chunk.subarray(start, end));
        parseLine(Buffer.concat(parts), false);
        [parts, carried] = [[], 0];
      } else parseLine(chunk.subarray(start, end), valid);
      start = end + 1;
    }
    if (stopped || start === chunk.length) return;
    parts.push(Buffer.from(chunk.subarray(start)));
    carried += chunk.length - start;
    if (carried > limits.maxRowChars) {
      visitor.malformed({ line, message: `a line longer than ${limits.maxRowChars} bytes starts here; reading stopped` });
      stopped = true;
    }
  };
}

/**
 * JSON.parse of one record (a JSON Lines line, or a whole .json document with `outer` 1 for its array),
 * after a look that it nests no deeper than maxDepth: deeper values are a finding, never recursion
 * without end later on. `bad` hears the finding (with the line within `text`); undefined then.
 */
function parseRecord(text: string, maxDepth: number, outer: number, bad: (message: string, line?: number) => void): unknown {
  const deep = deepAt(text, maxDepth + outer);
  if (deep !== -1) {
    bad(`a value nested deeper than ${maxDepth} levels (arrays and objects); records must be flatter`, lineAt(text, deep));
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    bad(`not valid JSON: ${message}`, at ? lineAt(text, Number(at[1])) : undefined);
    return undefined;
  }
}

/** Where `text` first nests arrays and objects deeper than `max`, or -1; one pass, no recursion. */
function deepAt(text: string, max: number): number {
  let opens = 0;
  for (let i = text.indexOf('['); i !== -1 && opens <= max; i = text.indexOf('[', i + 1)) opens++;
  for (let i = text.indexOf('{'); i !== -1 && opens <= max; i = text.indexOf('{', i + 1)) opens++;
  if (opens <= max) return -1; // fewer brackets than the cap cannot nest deeper
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** The 1-based line of position `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A JSON array of records: parsed whole (JSON has no streaming form), so it is capped in size. */
function jsonArray(visitor: TableVisitor, limits: { maxColumns: number; maxDepth: number }): Push {
  const parts: Buffer[] = [];
  let size = 0;
  return (chunk) => {
    if (chunk) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) throw new ConfigurationError(`A .json data file over 1 GiB cannot be read at once: write it as JSON Lines (.jsonl) instead, one record per line.`);
      parts.push(Buffer.from(chunk)); // chunks are reused
      return;
    }
    let bytes = Buffer.concat(parts);
    if (bytes.subarray(0, BOM.length).equals(BOM)) bytes = bytes.subarray(BOM.length);
    if (!isUtf8(bytes)) visitor.malformed({ line: firstInvalidLine(bytes), message: 'invalid UTF-8 bytes from this line on (read as U+FFFD); re-save the file as UTF-8' });
    const text = bytes.toString('utf8');
    const value = parseRecord(text, limits.maxDepth, 1, (message, line) => visitor.malformed({ line, message }));
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      visitor.malformed({ line: 1, message: 'expected a JSON array of records ([{...}, {...}])' });
      return;
    }
    const builder = new BatchBuilder(visitor, false, limits.maxColumns);
    for (let i = 0; i < value.length; i++) {
      const record: unknown = value[i];
      if (record === null || typeof record !== 'object' || Array.isArray(record)) visitor.malformed({ row: i + 1, message: `record ${i + 1} is not an object` });
      else if (!builder.addRecord(record as Record<string, unknown>, 0)) break;
    }
    builder.flush();
  };
}

/** The first line of `bytes` that is not valid UTF-8. */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}

/**
 * The file's sha256 and size (a separate pass where parsing is split up). Reads of 1 MiB: the pass
 * shares its thread with range reads, and each read waits its turn in the event loop.
 */
export async function hashFile(file: string): Promise<FileSummary> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fileChunks(file, undefined, 1 << 20)) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Parquet, column by column (parquet.ts); the file's hash is taken while it is read, or apart for a part of it. */
async function readParquet(file: string, options: ReadOptions, visitor: TableVisitor): Promise<FileSummary> {
  const hashing = options.rowGroups ? undefined : hashFile(file);
  const { unselected } = await readParquetColumns(file, visitor, options);
  return { ...((await hashing) ?? { sha256: '', bytes: 0 }), ...(unselected.length > 0 && { unselected }) };
}
