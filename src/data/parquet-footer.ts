// A Parquet file's footer: read by hyparquet, then checked against the file before anything is
// allocated from it (a footer may lie), and laid out as what the reader needs: the columns, how each
// is typed, and where each row group's column chunks lie.
import type { FileHandle } from 'node:fs/promises';
import type { FileMetaData, SchemaElement } from 'hyparquet';

const MAGIC = 0x31524150; // "PAR1"
/** Deeper schemas are not data anyone writes (and would exhaust the stack). */
const MAX_DEPTH = 64;

/** How a column's physical values become the profile's values. */
export type Logical =
  | { kind: 'boolean' }
  | { kind: 'integer'; unsigned: boolean }
  | { kind: 'float' }
  | { kind: 'decimal'; scale: number }
  | { kind: 'date' }
  /** perMs: physical units in a millisecond. */
  | { kind: 'timestamp'; perMs: number }
  | { kind: 'text' };

export interface ParquetColumn {
  /** As batches name it: a flat leaf by its dotted path, a nested field by its top-level name. */
  name: string;
  /** Read by the decoders here: a flat leaf of a common type; otherwise by hyparquet (see parquet-fallback.ts). */
  native?: {
    /** The leaf's index among a row group's column chunks. */
    leaf: number;
    element: SchemaElement;
    logical: Logical;
    /** The definition level of a present value; lower levels are nulls. */
    maxDefinition: number;
  };
  /** Why hyparquet reads this column (named in reports that mention it). */
  fallback?: string;
}

export interface ColumnChunkPlace {
  start: number;
  end: number;
  codec: string;
}

export interface RowGroupLayout {
  /** As the footer says: checked against the pages as they are read. */
  rows: number;
  /** Rows of the file before this row group. */
  firstRow: number;
  /** Per leaf, where its column chunk lies (checked to lie within the file's data). */
  chunks: ColumnChunkPlace[];
  /** Uncompressed bytes, as the footer says (used to plan parallel work, never to allocate). */
  bytes: number;
}

export interface ParquetLayout {
  columns: ParquetColumn[];
  rowGroups: RowGroupLayout[];
  rows: number;
  /**
   * hyparquet's footer, for its reading of the columns it reads (see parquet-fallback.ts): kept only
   * when there are such columns, as it holds objects for every column chunk of every row group (30M rows:
   * ~5 MB, kept for the whole read on each thread, where the layout above is a fraction of it).
   */
  metadata?: FileMetaData;
  fileBytes: number;
}

/** A problem with the file as a whole: the reader reports it as a finding naming the file. */
export class ParquetFileError extends Error {}

/**
 * The last footers parsed on this thread, by their bytes (which decide the layout): each part of a large
 * file (a run of its row groups, a task of its own) reads the same footer, and parsing it (objects for
 * every column chunk of every row group) would cost each part as much as the whole file's footer, which
 * grows with the file: 30M rows, 120 KB of footer, parsed 19 times took more than the rows' own garbage.
 * Two: a drift check reads its reference and its current data at once.
 */
const parsed: { footer: Buffer; fileBytes: number; layout: ParquetLayout }[] = [];
const PARSED_KEPT = 2;
/**
 * Where a footer is read to be compared with the kept ones, on this thread: a new buffer per part (60M
 * rows: 240 KB, 40 parts) would outlive young collections while the read awaits and wait for a full one.
 * Taken while a read uses it (a drift check reads two files at once): the other read takes a new one.
 */
let scratch: Buffer | undefined;

/** Reads and checks the footer of the open file. */
export async function readFooter(handle: FileHandle, fileBytes: number): Promise<ParquetLayout> {
  if (fileBytes < 12) throw new ParquetFileError(`it is too short (${fileBytes} bytes) to be one`);
  const tail = Buffer.alloc(8);
  const head = Buffer.alloc(4);
  await handle.read(tail, 0, 8, fileBytes - 8);
  await handle.read(head, 0, 4, 0);
  if (head.readUInt32LE(0) !== MAGIC || tail.readUInt32LE(4) !== MAGIC) throw new ParquetFileError(`it does not start and end with "PAR1" (truncated, or another format?)`);
  const length = tail.readUInt32LE(0);
  if (length > fileBytes - 12) throw new ParquetFileError(`the footer says it is ${length} bytes long, more than the file's ${fileBytes} bytes hold (truncated or corrupt)`);
  const buffer = scratch && scratch.length >= length + 8 ? scratch : Buffer.alloc(length + 8);
  scratch = undefined;
  const read = buffer.subarray(0, length + 8);
  let footer: Buffer;
  try {
    await handle.read(read, 0, length + 8, fileBytes - length - 8);
    const known = parsed.find((p) => p.fileBytes === fileBytes && p.footer.equals(read));
    if (known) return known.layout;
    footer = Buffer.from(read); // kept: the scratch is read into again
  } finally {
    scratch = buffer;
  }
  let metadata: FileMetaData;
  try {
    // The footer's module alone: hyparquet's whole reader is loaded only for its fallback (parquet-fallback.ts).
    const { parquetMetadata } = await import('hyparquet/src/metadata.js');
    metadata = parquetMetadata(footer, { geoparquet: false });
  } catch (error) {
    throw new ParquetFileError(`its footer is corrupt: ${(error as Error).message}`);
  }
  const layout = layoutOf(metadata, fileBytes, fileBytes - length - 8);
  parsed.unshift({ footer, fileBytes, layout });
  parsed.length = Math.min(parsed.length, PARSED_KEPT);
  return layout;
}

function layoutOf(metadata: FileMetaData, fileBytes: number, dataEnd: number): ParquetLayout {
  const schema = metadata.schema;
  if (!Array.isArray(schema) || schema.length === 0) throw new ParquetFileError('its footer has no schema');
  const columns: ParquetColumn[] = [];
  const leafPaths: string[][] = [];
  let at = 1;
  // Walks one schema element and its children; returns whether a repeated field lies within.
  const walk = (path: string[], definition: number): boolean => {
    const element = schema[at++];
    if (!element) throw new ParquetFileError('its footer has a schema with fewer elements than it declares');
    if (path.length > MAX_DEPTH) throw new ParquetFileError(`its schema nests fields more than ${MAX_DEPTH} deep`);
    const here = [...path, element.name];
    const level = definition + (element.repetition_type === 'OPTIONAL' ? 1 : 0);
    let repeated = element.repetition_type === 'REPEATED';
    if (element.num_children) {
      if (element.num_children > schema.length) throw new ParquetFileError('its footer has a schema with more children than elements');
      for (let c = 0; c < element.num_children; c++) repeated = walk(here, level) || repeated;
      return repeated;
    }
    leafPaths.push(here);
    const logical = logicalOf(element);
    const column: ParquetColumn = { name: here.join('.') };
    if (repeated) column.fallback = 'a repeated field';
    else if (typeof logical === 'string') column.fallback = logical;
    else column.native = { leaf: leafPaths.length - 1, element, logical, maxDefinition: level };
    columns.push(column);
    return repeated;
  };
  for (let f = 0; f < (schema[0]!.num_children ?? 0); f++) {
    const name = schema[at]?.name ?? '';
    const before = columns.length;
    // A list or map within a field: hyparquet assembles the whole field, as one column.
    if (walk([], 0)) columns.splice(before, columns.length - before, { name, fallback: 'a nested (repeated) field' });
  }
  const rowGroups: RowGroupLayout[] = [];
  let firstRow = 0;
  for (const [g, group] of (metadata.row_groups ?? []).entries()) {
    const rows = Number(group.num_rows);
    if (!Number.isSafeInteger(rows) || rows < 0) throw new ParquetFileError(`its footer gives row group ${g} ${group.num_rows} rows (corrupt)`);
    if (group.columns.length !== leafPaths.length) throw new ParquetFileError(`its footer gives row group ${g} ${group.columns.length} column chunks for ${leafPaths.length} columns`);
    const chunks = group.columns.map((chunk, c): ColumnChunkPlace => {
      const meta = chunk.meta_data;
      const name = leafPaths[c]!.join('.');
      if (!meta) throw new ParquetFileError(`row group ${g}, column "${name}": its column chunk is in another file (${chunk.file_path ?? 'not named'}), which is not supported`);
      if (meta.path_in_schema.join('.') !== name) throw new ParquetFileError(`row group ${g}: column chunk ${c} is "${meta.path_in_schema.join('.')}" where the schema has "${name}"`);
      const data = Number(meta.data_page_offset);
      const dictionary = meta.dictionary_page_offset === undefined ? undefined : Number(meta.dictionary_page_offset);
      // Some writers set the dictionary offset to 0 when there is none; the first page says what it is.
      const start = dictionary !== undefined && dictionary > 0 && dictionary < data ? dictionary : data;
      const end = start + Number(meta.total_compressed_size);
      if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 4 && end > start && end <= dataEnd)) {
        throw new ParquetFileError(`row group ${g}, column "${name}": the footer places its column chunk at bytes ${start}–${end}, outside the file's ${dataEnd} bytes of data (truncated or corrupt)`);
      }
      return { start, end, codec: meta.codec };
    });
    rowGroups.push({ rows, firstRow, chunks, bytes: Number(group.total_byte_size) || 0 });
    firstRow += rows;
  }
  return { columns, rowGroups, rows: firstRow, ...(columns.some((c) => c.fallback) && { metadata }), fileBytes };
}

/** How a leaf's values are read natively, or why they are left to hyparquet (a string). */
function logicalOf(element: SchemaElement): Logical | string {
  const { type, converted_type: converted, logical_type: logical } = element;
  const decimal = logical?.type === 'DECIMAL' || converted === 'DECIMAL';
  if (decimal && (type === 'INT32' || type === 'INT64' || type === 'FIXED_LEN_BYTE_ARRAY' || type === 'BYTE_ARRAY')) {
    const scale = logical?.type === 'DECIMAL' ? logical.scale : (element.scale ?? 0);
    return scale >= 0 && scale <= 76 ? { kind: 'decimal', scale } : `a DECIMAL with scale ${scale}`;
  }
  switch (type) {
    case 'BOOLEAN':
      return { kind: 'boolean' };
    case 'FLOAT':
    case 'DOUBLE':
      return logical ? `${type} as ${logical.type}` : { kind: 'float' };
    case 'INT32':
    case 'INT64': {
      if (logical?.type === 'DATE' || converted === 'DATE') return type === 'INT32' ? { kind: 'date' } : 'a DATE stored as INT64';
      if (logical?.type === 'TIMESTAMP') return { kind: 'timestamp', perMs: logical.unit === 'MILLIS' ? 1 : logical.unit === 'MICROS' ? 1000 : 1_000_000 };
      if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') return { kind: 'timestamp', perMs: converted === 'TIMESTAMP_MILLIS' ? 1 : 1000 };
      if (logical?.type === 'INTEGER') return { kind: 'integer', unsigned: !logical.isSigned };
      if (converted?.startsWith('UINT_')) return { kind: 'integer', unsigned: true };
      if (!logical && (!converted || converted.startsWith('INT_'))) return { kind: 'integer', unsigned: false };
      return `${type} as ${logical?.type ?? converted}`;
    }
    case 'BYTE_ARRAY':
      if (!logical || logical.type === 'STRING' || logical.type === 'ENUM') return converted === undefined || converted === 'UTF8' || converted === 'ENUM' ? { kind: 'text' } : `BYTE_ARRAY as ${converted}`;
      return `BYTE_ARRAY as ${logical.type}`;
    default:
      return `${type}${logical ? ` as ${logical.type}` : converted ? ` as ${converted}` : ''}`;
  }
}
