import type { ClassifiedColumn } from './values.js';

/** A problem in the data file itself (bad quoting, ragged row, bad JSON): a finding, not a crash. */
export interface Malformed {
  /** 1-based line in the file, for text formats. */
  line?: number;
  /** 1-based data row, for formats without lines (Parquet, JSON arrays). */
  row?: number;
  message: string;
}

export type Format = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

/**
 * A slice of rows, column by column: values[c][i] is column `columns[c]` of row `firstRow + i`.
 * Text formats give strings (typed later, by the schema or by inference); JSON and Parquet give typed values.
 */
export interface RowBatch {
  /** The columns of this batch: a CSV header; for JSON records, the keys the batch's records have (the others are absent, null). */
  columns: string[];
  /** Empty when `classified` is given. */
  values: unknown[][];
  /** Columns the reader typed itself (CSV/TSV read from bytes), in `columns` order; valid during the visit only. */
  classified?: ClassifiedColumn[];
  /** The file line each row starts on (text formats). */
  lines?: ArrayLike<number>;
  /** 1-based index of the first row of this batch among the file's data rows. */
  firstRow: number;
  length: number;
  /** True for CSV/TSV text, whose types are inferred; false for typed JSON and Parquet values. */
  textual: boolean;
}

/** Caps on what a file may ask of memory: past them, a finding and reading stops. */
export interface ReadLimits {
  /** Columns a file may have (a CSV header, the keys of JSON records). */
  maxColumns?: number;
  /** Nesting of arrays and objects in a JSON value. */
  maxDepth?: number;
}

export const DEFAULT_MAX_COLUMNS = 10_000;
export const DEFAULT_MAX_DEPTH = 64;
export const DEFAULT_MAX_EXAMPLES = 10;

/** Malformed parts of a file: all counted, the first `keep` kept with their lines, so memory holds `keep` however many there are. */
export class ProblemLog {
  count = 0;
  readonly first: Malformed[] = [];

  constructor(readonly keep = DEFAULT_MAX_EXAMPLES) {}

  add(problem: Malformed): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push(problem);
  }
}

export interface TableVisitor {
  batch(batch: RowBatch): void;
  malformed(problem: Malformed): void;
}

export const BATCH_ROWS = 4096;
/**
 * Cells (rows × columns) in a batch: a wide table has short batches, so that what a batch holds per
 * column (the CSV kernel's arrays, classified values) follows the data, not a fixed number of rows.
 */
export const BATCH_CELLS = 1 << 18;

/** Rows in a batch of `columns` columns: BATCH_ROWS for up to 64 columns, fewer for wider tables, at least one. */
export const batchRows = (columns: number): number => Math.max(1, Math.min(BATCH_ROWS, Math.floor(BATCH_CELLS / Math.max(1, columns))));

/** Columns by name: those included (all when absent) less those excluded. */
export interface ColumnSelection {
  include?: readonly string[];
  exclude?: readonly string[];
}

export const isSelected = (selection: ColumnSelection | undefined, name: string) => !selection || ((!selection.include || selection.include.includes(name)) && !selection.exclude?.includes(name));
