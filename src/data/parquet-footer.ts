// A Parquet file's footer: its Thrift read for what the reader needs (the schema, and each row group's
// rows and column chunks), checked against the file before anything is allocated from it (a footer may
// lie), and laid out as the columns, how each is typed, and where each row group's column chunks lie.
// Statistics, encodings and key-value metadata are passed over: as objects they cost 20 times the
// footer's bytes (60M rows: a 240 KB footer, 5.4 MB of objects on each thread), which grow with the file.
import type { FileHandle } from 'node:fs/promises';
import type { FileMetaData, LogicalType, SchemaElement } from 'hyparquet';
import { CompressionCodecs, ConvertedTypes, FieldRepetitionTypes, ParquetTypes } from 'hyparquet/src/constants.js';
import { BINARY, LIST, STRUCT, ThriftReader, type ThriftStruct, type ThriftValue } from './parquet-thrift.js';

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
  let layout: ParquetLayout;
  try {
    layout = layoutOf(new ThriftReader(footer, 0, length), fileBytes, fileBytes - length - 8);
  } catch (error) {
    throw error instanceof ParquetFileError ? error : new ParquetFileError(`its footer is corrupt: ${(error as Error).message}`);
  }
  if (layout.columns.some((c) => c.fallback)) layout.metadata = await hyparquetMetadata(footer);
  parsed.unshift({ footer, fileBytes, layout });
  parsed.length = Math.min(parsed.length, PARSED_KEPT);
  return layout;
}

/** hyparquet's reading of the whole footer, for its reading of the columns it reads (see parquet-fallback.ts). */
async function hyparquetMetadata(footer: Buffer): Promise<FileMetaData> {
  // The footer's module alone: hyparquet's whole reader is loaded only for its fallback.
  const { parquetMetadata } = await import('hyparquet/src/metadata.js');
  try {
    return parquetMetadata(footer, { geoparquet: false });
  } catch (error) {
    throw new ParquetFileError(`its footer is corrupt: ${(error as Error).message}`);
  }
}

/** The footer's FileMetaData: its schema, then its row groups (read once the schema is known, whatever their order). */
function layoutOf(reader: ThriftReader, fileBytes: number, dataEnd: number): ParquetLayout {
  let schema: SchemaElement[] = [];
  let rowGroupsAt: number | undefined;
  reader.fields((id, type) => {
    if (id === 4 && type === LIST) rowGroupsAt = reader.pos; // passed over here, read below
    if (id !== 2 || type !== LIST) return false;
    schema = Array.from({ length: reader.list(STRUCT) }, () => schemaElement(reader.struct(1)));
    return true;
  });
  const { columns, leafPaths } = columnsOf(schema);
  const rowGroups: RowGroupLayout[] = [];
  let firstRow = 0;
  if (rowGroupsAt !== undefined) {
    reader.pos = rowGroupsAt;
    const count = reader.list(STRUCT);
    for (let g = 0; g < count; g++) {
      const group = rowGroupOf(reader, g, leafPaths, dataEnd, firstRow);
      rowGroups.push(group);
      firstRow += group.rows;
    }
  }
  return { columns, rowGroups, rows: firstRow, fileBytes };
}

function columnsOf(schema: SchemaElement[]): { columns: ParquetColumn[]; leafPaths: string[][] } {
  if (schema.length === 0) throw new ParquetFileError('its footer has no schema');
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
  return { columns, leafPaths };
}

/** What a column chunk's Thrift says, before it is checked. */
interface ChunkFields {
  filePath?: string;
  /** Whether it has its metadata here (not in another file). */
  meta?: boolean;
  path?: string[];
  codec?: number | bigint;
  data?: number | bigint;
  dictionary?: number | bigint;
  compressed?: number | bigint;
}

/** A RowGroup: its rows, its uncompressed bytes, and where each of its column chunks lies (checked). */
function rowGroupOf(reader: ThriftReader, g: number, leafPaths: string[][], dataEnd: number, firstRow: number): RowGroupLayout {
  let rows: number | bigint | undefined;
  let bytes: number | bigint = 0;
  const fields: ChunkFields[] = [];
  reader.fields((id, type) => {
    if (id === 1 && type === LIST) for (let c = reader.list(STRUCT); c > 0; c--) fields.push(chunkFields(reader));
    else if (id === 2) bytes = reader.integer(type);
    else if (id === 3) rows = reader.integer(type);
    else return false;
    return true;
  }, 2);
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 0) throw new ParquetFileError(`its footer gives row group ${g} ${rows} rows (corrupt)`);
  if (fields.length !== leafPaths.length) throw new ParquetFileError(`its footer gives row group ${g} ${fields.length} column chunks for ${leafPaths.length} columns`);
  const chunks = fields.map((chunk, c): ColumnChunkPlace => {
    const name = leafPaths[c]!.join('.');
    if (!chunk.meta) throw new ParquetFileError(`row group ${g}, column "${name}": its column chunk is in another file (${chunk.filePath ?? 'not named'}), which is not supported`);
    const path = chunk.path?.join('.');
    if (path !== name) throw new ParquetFileError(`row group ${g}: column chunk ${c} is "${path}" where the schema has "${name}"`);
    const data = Number(chunk.data);
    const dictionary = chunk.dictionary === undefined ? undefined : Number(chunk.dictionary);
    // Some writers set the dictionary offset to 0 when there is none; the first page says what it is.
    const start = dictionary !== undefined && dictionary > 0 && dictionary < data ? dictionary : data;
    const end = start + Number(chunk.compressed);
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 4 && end > start && end <= dataEnd)) {
      throw new ParquetFileError(`row group ${g}, column "${name}": the footer places its column chunk at bytes ${start}–${end}, outside the file's ${dataEnd} bytes of data (truncated or corrupt)`);
    }
    return { start, end, codec: CompressionCodecs[Number(chunk.codec)] ?? `unknown (${chunk.codec})` };
  });
  return { rows, firstRow, chunks, bytes: Number(bytes) || 0 };
}

/** A ColumnChunk's place and its ColumnMetaData's path, codec and offsets; the rest (statistics above all) is passed over. */
function chunkFields(reader: ThriftReader): ChunkFields {
  const chunk: ChunkFields = {};
  reader.fields((id, type) => {
    if (id === 1 && type === BINARY) chunk.filePath = text(reader.binary());
    else if (id === 3 && type === STRUCT) {
      chunk.meta = true;
      reader.fields((field, kind) => {
        if (field === 3 && kind === LIST) chunk.path = Array.from({ length: reader.list(BINARY) }, () => text(reader.binary()));
        else if (field === 4) chunk.codec = reader.integer(kind);
        else if (field === 7) chunk.compressed = reader.integer(kind);
        else if (field === 9) chunk.data = reader.integer(kind);
        else if (field === 11) chunk.dictionary = reader.integer(kind);
        else return false;
        return true;
      }, 5);
    } else return false;
    return true;
  }, 4);
  return chunk;
}

const decoder = new TextDecoder();
const text = (bytes: Uint8Array): string => decoder.decode(bytes);

/** A SchemaElement's struct as hyparquet names its fields (which the fallback and the checks below read). */
function schemaElement(s: ThriftStruct): SchemaElement {
  const int = (value: ThriftValue | undefined) => (typeof value === 'number' ? value : undefined);
  return {
    type: ParquetTypes[int(s[1]) ?? -1],
    type_length: int(s[2]),
    repetition_type: FieldRepetitionTypes[int(s[3]) ?? -1],
    name: s[4] instanceof Uint8Array ? text(s[4]) : '',
    num_children: int(s[5]),
    converted_type: ConvertedTypes[int(s[6]) ?? -1],
    scale: int(s[7]),
    precision: int(s[8]),
    field_id: int(s[9]),
    logical_type: logicalType(s[10]),
  };
}

/** LogicalType is a union: the field set names the type. */
const LOGICAL_TYPES: Record<number, string> = { 1: 'STRING', 2: 'MAP', 3: 'LIST', 4: 'ENUM', 5: 'DECIMAL', 6: 'DATE', 7: 'TIME', 8: 'TIMESTAMP', 10: 'INTEGER', 11: 'NULL', 12: 'JSON', 13: 'BSON', 14: 'UUID', 15: 'FLOAT16', 16: 'VARIANT', 17: 'GEOMETRY', 18: 'GEOGRAPHY' };
const TIME_UNITS: Record<number, string> = { 1: 'MILLIS', 2: 'MICROS', 3: 'NANOS' };

function logicalType(union: ThriftValue | undefined): LogicalType | undefined {
  if (!isStruct(union)) return undefined;
  const id = Number(Object.keys(union)[0]);
  const fields = union[id];
  if (!isStruct(fields)) return undefined;
  const type = LOGICAL_TYPES[id] ?? `an unknown logical type (${id})`;
  switch (type) {
    case 'DECIMAL':
      return { type, scale: Number(fields[1] ?? 0), precision: Number(fields[2]) };
    case 'TIME':
    case 'TIMESTAMP': {
      const unit = isStruct(fields[2]) ? TIME_UNITS[Number(Object.keys(fields[2])[0])] : undefined;
      if (!unit) throw new Error(`a ${type} without its unit`);
      return { type, isAdjustedToUTC: fields[1] === true, unit } as LogicalType;
    }
    case 'INTEGER':
      return { type, bitWidth: Number(fields[1]), isSigned: fields[2] === true } as LogicalType;
    default:
      return { type } as LogicalType;
  }
}

const isStruct = (value: ThriftValue | undefined): value is ThriftStruct => typeof value === 'object' && !(value instanceof Uint8Array) && !Array.isArray(value);

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
