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

export interface TableVisitor {
  batch(batch: RowBatch): void;
  malformed(problem: Malformed): void;
}

export const BATCH_ROWS = 4096;

/** Columns by name: those included (all when absent) less those excluded. */
export interface ColumnSelection {
  include?: readonly string[];
  exclude?: readonly string[];
}

export const isSelected = (selection: ColumnSelection | undefined, name: string) => !selection || ((!selection.include || selection.include.includes(name)) && !selection.exclude?.includes(name));
