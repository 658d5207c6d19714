// One streaming pass over a data file: bytes are hashed for the fingerprint and parsed into
// columnar batches. Malformed content becomes a finding with its line; only I/O failures throw.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { ConfigurationError } from '../runtime/errors.js';
import { BatchBuilder } from './columns.js';
import { CsvParser } from './csv.js';
import { readParquetColumns } from './parquet.js';
import type { ColumnSelection, Format, TableVisitor } from './table.js';

export interface ReadOptions {
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
  /** CSV/TSV: whether a quote appeared, the line after the last one read, whether reading stopped early. */
  text?: { quoted: boolean; nextLine: number; stopped: boolean };
}

// Reads of 128 KiB. Text parsed as strings wants small reads: a chunk's lines and fields live until its
// rows are processed, and short strings alive across a scavenge are promoted (the 3M-row CSV as text
// peaked at 216 MB with 32 KiB reads and 275 MB with 1 MiB; quoted, 207 MB with 32 KiB and 223 MB with
// 128 KiB). Bytes typed in place make few strings, and fewer, larger batches are 7% faster.
const CHUNK = 1 << 17;
const MAX_JSON_BYTES = 1 << 30;

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
  try {
    if (options.gzip) {
      const raw = createReadStream(file, { highWaterMark: CHUNK });
      raw.on('data', (chunk) => count(chunk as Buffer));
      for await (const chunk of raw.pipe(createGunzip())) push(chunk as Buffer);
    } else {
      for await (const chunk of fileChunks(file, options.range)) {
        count(chunk);
        push(chunk);
      }
    }
    push(undefined);
  } catch (error) {
    if (options.gzip && /incorrect header|unexpected end|invalid/i.test((error as Error).message)) {
      visitor.malformed({ message: `not a readable gzip file: ${(error as Error).message}` });
    } else {
      throw error;
    }
  }
  return { sha256: hash?.digest('hex') ?? '', bytes, ...(parser && { text: { quoted: parser.quoted, nextLine: parser.nextLine, stopped: parser.isStopped } }) };
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
      { delimiter: delimiterOf(options.format), maxRowChars, ...(columns && { columns }), ...(options.missing && { missing: options.missing }) },
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
  return { push: options.format === 'jsonl' ? jsonLines(visitor, maxRowChars) : jsonArray(visitor) };
}

export const delimiterOf = (format: 'csv' | 'tsv') => (format === 'tsv' ? '\t' : ',');

function jsonLines(visitor: TableVisitor, maxRowChars: number): (chunk: Buffer | undefined) => void {
  const builder = new BatchBuilder(visitor, true);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 1;
  let stopped = false;
  const parseLine = (text: string) => {
    const current = line++;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      visitor.malformed({ line: current, message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      visitor.malformed({ line: current, message: `expected a JSON object (one record per line), found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}` });
      return;
    }
    builder.addRecord(value as Record<string, unknown>, current);
  };
  return (chunk) => {
    if (stopped) return;
    pending += chunk ? decoder.write(chunk) : decoder.end();
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      parseLine(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxRowChars) {
      visitor.malformed({ line, message: `a line longer than ${maxRowChars} characters starts here; reading stopped` });
      stopped = true;
      return;
    }
    if (!chunk) {
      if (pending !== '') parseLine(pending);
      builder.flush();
    }
  };
}

/** A JSON array of records: parsed whole (JSON has no streaming form), so it is capped in size. */
function jsonArray(visitor: TableVisitor): (chunk: Buffer | undefined) => void {
  const parts: Buffer[] = [];
  let size = 0;
  return (chunk) => {
    if (chunk) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) throw new ConfigurationError(`A .json data file over 1 GiB cannot be read at once: write it as JSON Lines (.jsonl) instead, one record per line.`);
      parts.push(Buffer.from(chunk)); // chunks are reused
      return;
    }
    const text = Buffer.concat(parts).toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
      visitor.malformed({ line, message: `not valid JSON: ${message}` });
      return;
    }
    if (!Array.isArray(value)) {
      visitor.malformed({ line: 1, message: 'expected a JSON array of records ([{...}, {...}])' });
      return;
    }
    const builder = new BatchBuilder(visitor, false);
    value.forEach((record, i) => {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        visitor.malformed({ row: i + 1, message: `record ${i + 1} is not an object` });
      } else builder.addRecord(record as Record<string, unknown>, 0);
    });
    builder.flush();
  };
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
  await readParquetColumns(file, visitor, { ...(options.rowGroups && { rowGroups: options.rowGroups }), ...(options.select && { select: options.select }) });
  return (await hashing) ?? { sha256: '', bytes: 0 };
}
