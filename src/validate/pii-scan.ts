// Counts the values of every column that are personal data, kind by kind, in the validator's pass.
// Mergeable: byte ranges read on worker threads are scanned apart and added up in file order.
// A dictionary-coded value (data/interner.ts) is looked at once per code, and a coded batch's values
// (Parquet's dictionary pages: ClassifiedColumn.coded) once each; numbers too small to be a phone or card
// number, and non-text kinds, are skipped without making their text.
import { EMPTY_U8, grown } from '../data/growable.js';
import { MAX_ENTRIES, type Interner } from '../data/interner.js';
import { codeAt, Kind, NO_CODE_YET, textAt, type ClassifiedColumn } from '../data/values.js';
import type { BatchSummary, Example } from './checks.js';
import { detectPii, maskPii, PII_KINDS, type PiiKind } from './pii.js';

/** Per kind (PII_KINDS order): how many values matched, and the first one's place, its value masked. */
export interface PiiColumnScan {
  counts: number[];
  first: (Example | null)[];
}

export type PiiScanJson = [column: string, scan: PiiColumnScan][];

/** The smallest integer that can be a phone number written with '+' (7 digits); cards have 13 or more. */
const SMALLEST = 1e6;

class ColumnScanner {
  readonly counts = new Array<number>(PII_KINDS.length).fill(0);
  readonly first: (Example | null)[] = new Array(PII_KINDS.length).fill(null);
  /** Per dictionary code: 0 not looked at yet, else 1 + kindIndex (1: not personal data). */
  private memo: { strings: Interner; found: Uint8Array } | undefined;

  add(column: ClassifiedColumn, length: number, place: (i: number, value: string) => Example, summary: BatchSummary): void {
    if (!mayHoldPii(summary)) return;
    const coded = column.coded;
    // Values in the order they first occur: the first of a kind is the first row of that kind.
    if (coded) this.addValues(coded.values, coded.size, (s, value) => place(coded.first[s]!, value), coded.counts);
    else this.addValues(column, length, place);
  }

  /** `weights`: how many rows hold each value (1 each when absent). */
  private addValues(column: ClassifiedColumn, length: number, place: (i: number, value: string) => Example, weights?: Int32Array): void {
    const { kinds, numbers, source } = column;
    if (source && this.memo?.strings !== source.strings) this.memo = { strings: source.strings, found: EMPTY_U8 };
    const codes = source?.codes;
    let memo = this.memo?.found ?? EMPTY_U8;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i];
      if (kind !== Kind.string && (kind !== Kind.integer || Math.abs(numbers[i]!) < SMALLEST)) continue;
      let code = codes === undefined ? -1 : codes[i]!;
      if (code === NO_CODE_YET) code = codeAt(column, i);
      let found: number;
      if (code >= 0) {
        if (code >= memo.length) memo = this.memo!.found = grown(memo, Math.min(MAX_ENTRIES, Math.max(64, 4 * code))); // grown with the codes looked at: numeric columns look at few
        found = memo[code]!;
        if (found === 0) found = memo[code] = 1 + kindIndex(textAt(column, i)!);
      } else found = 1 + kindIndex(textAt(column, i)!);
      if (found === 1) continue;
      const k = found - 2;
      if (this.counts[k] === 0) this.first[k] = place(i, maskPii(textAt(column, i)!, PII_KINDS[k]!));
      this.counts[k]! += weights ? weights[i]! : 1;
    }
  }
}

/** Whether a batch has text, or integers long enough to be a phone or card number (most numeric and date columns have neither). */
function mayHoldPii({ kinds, min, max }: BatchSummary): boolean {
  if ((kinds & (1 << Kind.string)) !== 0) return true;
  return (kinds & (1 << Kind.integer)) !== 0 && !(min > -SMALLEST && max < SMALLEST);
}

/** 0 for no personal data, 1 + the kind's index otherwise. */
function kindIndex(text: string): number {
  const kind = detectPii(text);
  return kind === undefined ? 0 : 1 + PII_KINDS.indexOf(kind);
}

export class PiiScanner {
  private readonly columns = new Map<string, ColumnScanner>();

  /** `summaries`: per column, summarize() of its batch. */
  add(classified: Map<string, ClassifiedColumn>, length: number, place: (i: number, value: string) => Example, summaries: Map<string, BatchSummary>): void {
    for (const [name, column] of classified) {
      let scanner = this.columns.get(name);
      if (!scanner) this.columns.set(name, (scanner = new ColumnScanner()));
      scanner.add(column, length, place, summaries.get(name)!);
    }
  }

  toJSON(): PiiScanJson {
    return [...this.columns].map(([name, { counts, first }]) => [name, { counts, first }]);
  }

  /** Adds a later part of the data (a byte range), whose examples `shift` moves to their place in the file. */
  absorb(json: PiiScanJson, shift: (example: Example) => Example): void {
    for (const [name, theirs] of json) {
      let scanner = this.columns.get(name);
      if (!scanner) this.columns.set(name, (scanner = new ColumnScanner()));
      theirs.counts.forEach((count, k) => {
        if (count > 0 && scanner.counts[k] === 0) scanner.first[k] = shift(theirs.first[k]!);
        scanner.counts[k]! += count;
      });
    }
  }

  /** Per column, the kinds found: how many values, and where the first one is (masked). */
  findings(): Map<string, { kind: PiiKind; count: number; first: Example }[]> {
    const out = new Map<string, { kind: PiiKind; count: number; first: Example }[]>();
    for (const [name, { counts, first }] of this.columns) {
      const found = PII_KINDS.flatMap((kind, k) => (counts[k]! > 0 ? [{ kind, count: counts[k]!, first: first[k]! }] : []));
      if (found.length > 0) out.set(name, found);
    }
    return out;
  }
}
