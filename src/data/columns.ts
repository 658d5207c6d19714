import { BATCH_ROWS, type RowBatch, type TableVisitor } from './table.js';
import type { ClassifiedColumn } from './values.js';

/**
 * Gathers rows into columnar batches. Records (JSON) may bring new keys at any row:
 * a column that appears late was missing (null) in the rows before it.
 */
export class BatchBuilder {
  private columns: string[] = [];
  private index = new Map<string, number>();
  private values: unknown[][] = [];
  private lines: number[] = [];
  private firstRow = 1;
  private length = 0;
  private textual = false;

  constructor(
    private readonly visitor: TableVisitor,
    private readonly withLines: boolean,
  ) {}

  setColumns(names: string[]): void {
    this.columns = names.slice();
    this.index = new Map(names.map((n, i) => [n, i]));
    this.values = names.map(() => []);
  }

  /** A row of fields in header order (CSV). */
  addFields(fields: string[], line: number): void {
    this.textual = true;
    for (let c = 0; c < fields.length; c++) this.values[c]!.push(fields[c]);
    if (this.withLines) this.lines.push(line);
    if (++this.length === BATCH_ROWS) this.flush();
  }

  /** A record by key (JSON); keys absent from it are null. */
  addRecord(record: Record<string, unknown>, line: number): void {
    for (const key of Object.keys(record)) {
      if (!this.index.has(key)) {
        this.index.set(key, this.columns.length);
        this.columns.push(key);
        this.values.push(new Array(this.length).fill(null));
      }
    }
    for (let c = 0; c < this.columns.length; c++) {
      const value = record[this.columns[c]!];
      this.values[c]!.push(value === undefined ? null : value);
    }
    if (this.withLines) this.lines.push(line);
    if (++this.length === BATCH_ROWS) this.flush();
  }

  /** Rows the CSV reader typed from bytes, in header order. */
  addTyped(classified: ClassifiedColumn[], lines: Int32Array, rows: number): void {
    this.flush();
    this.visitor.batch({ columns: this.columns, values: [], classified, lines: lines.subarray(0, rows), firstRow: this.firstRow, length: rows, textual: true });
    this.firstRow += rows;
  }

  flush(): void {
    if (this.length === 0) return;
    const batch: RowBatch = { columns: this.columns.slice(), values: this.values, firstRow: this.firstRow, length: this.length, textual: this.textual };
    if (this.withLines) batch.lines = this.lines;
    this.visitor.batch(batch);
    this.firstRow += this.length;
    this.values = this.columns.map(() => []);
    this.lines = [];
    this.length = 0;
  }
}
