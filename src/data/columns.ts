import { BATCH_CELLS, BATCH_ROWS, batchRows, DEFAULT_MAX_COLUMNS, type RowBatch, type TableVisitor } from './table.js';
import type { ClassifiedColumn } from './values.js';

/**
 * Gathers rows into columnar batches. Records (JSON) may bring new keys at any row: a batch holds the
 * keys its own records have, a column missing from a batch is null there (the profile counts it so).
 * Work and memory follow the cells present, not rows × every key seen: records that each bring a new
 * key stay linear, and a batch ends once it holds BATCH_CELLS cells.
 */
export class BatchBuilder {
  private columns: string[] = [];
  private index = new Map<string, number>();
  private values: unknown[][] = [];
  private lines: number[] = [];
  private firstRow = 1;
  private length = 0;
  private capacity = BATCH_ROWS;
  private textual = false;
  /** Every key the records had, to hold them to maxColumns. */
  private readonly keys = new Set<string>();

  constructor(
    private readonly visitor: TableVisitor,
    private readonly withLines: boolean,
    private readonly maxColumns = DEFAULT_MAX_COLUMNS,
  ) {}

  setColumns(names: string[]): void {
    this.columns = names.slice();
    this.index = new Map(names.map((n, i) => [n, i]));
    this.values = names.map(() => []);
    this.capacity = batchRows(names.length);
  }

  /** A row of fields in header order (CSV). */
  addFields(fields: string[], line: number): void {
    this.textual = true;
    for (let c = 0; c < fields.length; c++) this.values[c]!.push(fields[c]);
    if (this.withLines) this.lines.push(line);
    if (++this.length === this.capacity) this.flush();
  }

  /**
   * A record by key (JSON); keys absent from it are null. False, adding nothing, when it brings the
   * keys past maxColumns: a finding at its line (or row), and the caller stops reading.
   */
  addRecord(record: Record<string, unknown>, line: number): boolean {
    const row = this.length;
    const keys = Object.keys(record);
    for (const key of keys) {
      if (this.keys.has(key)) continue;
      if (this.keys.size === this.maxColumns) {
        const where = this.withLines ? { line } : { row: this.firstRow + row };
        this.visitor.malformed({ ...where, message: `key "${key.slice(0, 80)}" is column ${this.maxColumns + 1}, more than max-columns (${this.maxColumns}); reading stopped (raise max-columns to read this file)` });
        return false;
      }
      this.keys.add(key);
    }
    for (const key of keys) {
      let c = this.index.get(key);
      if (c === undefined) {
        c = this.columns.length;
        this.index.set(key, c);
        this.columns.push(key);
        this.values.push([]);
      }
      const column = this.values[c]!;
      while (column.length < row) column.push(null); // the batch's rows before, which lacked it
      column.push(record[key]);
    }
    if (this.withLines) this.lines.push(line);
    if (++this.length === BATCH_ROWS || this.length * this.columns.length >= BATCH_CELLS) this.flush();
    return true;
  }

  /** Rows the CSV reader typed from bytes, in header order. */
  addTyped(classified: ClassifiedColumn[], lines: Int32Array, rows: number): void {
    this.flush();
    this.visitor.batch({ columns: this.columns, values: [], classified, lines: lines.subarray(0, rows), firstRow: this.firstRow, length: rows, textual: true });
    this.firstRow += rows;
  }

  flush(): void {
    if (this.length === 0) return;
    for (const column of this.values) while (column.length < this.length) column.push(null);
    const batch: RowBatch = { columns: this.columns.slice(), values: this.values, firstRow: this.firstRow, length: this.length, textual: this.textual };
    if (this.withLines) batch.lines = this.lines;
    this.visitor.batch(batch);
    this.firstRow += this.length;
    if (this.textual) this.values = this.columns.map(() => []);
    else {
      // Records: the next batch holds the keys its own records have.
      this.columns = [];
      this.index = new Map();
      this.values = [];
    }
    this.lines = [];
    this.length = 0;
  }
}
