// Streaming RFC 4180 parser: bytes in, rows out with the line each row starts on.
// Asked to type values, it reads from bytes while the file allows (csv-bytes.ts) and hands the rest
// to the text path. The text path works on decoded text a chunk at a time; lines without a quote take
// the fast path (one native split), quoted fields take a character loop.
import { StringDecoder } from 'node:string_decoder';
import { isUtf8 } from 'node:buffer';
import { CsvByteScanner } from './csv-bytes.js';
import { DEFAULT_MAX_COLUMNS, type Malformed } from './table.js';
import type { ClassifiedColumn } from './values.js';

export interface CsvOptions {
  delimiter: string;
  /** A row longer than this many characters is reported and parsing stops (it would hold the whole file). */
  maxRowChars: number;
  /** The header, when the text is a later part of a file (a byte range starting after a newline). */
  columns?: string[];
  /** Texts meaning null: given, rows are typed from bytes where possible and arrive at sink.typedRows. */
  missing?: ReadonlySet<string>;
  /** A header with more columns is reported and parsing stops (default DEFAULT_MAX_COLUMNS). */
  maxColumns?: number;
}

export interface CsvSink {
  header(names: string[], line: number): void;
  row(fields: string[], line: number): void;
  /** Rows typed from bytes (only with options.missing); the arrays are filled again after it returns. */
  typedRows?(columns: ClassifiedColumn[], lines: Int32Array, length: number): void;
  malformed(problem: Malformed): void;
}

const QUOTE = '"';

/** Length of an incomplete UTF-8 sequence at the end of a chunk (0 to 3 bytes). */
function incompleteTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

export class CsvParser {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private line = 1;
  private headerSeen = false;
  private columns = 0;
  private invalidUtf8 = false;
  private utf8Carry = Buffer.alloc(0);
  private stopped = false;
  private bomChecked = false;
  private sawNul = false;
  private scanner: CsvByteScanner | undefined;

  constructor(
    private readonly sink: CsvSink,
    private readonly options: CsvOptions,
  ) {
    if (options.columns) {
      this.headerSeen = true;
      this.columns = options.columns.length;
      this.bomChecked = true;
    }
    if (options.missing && sink.typedRows) {
      const typedRows = sink.typedRows.bind(sink);
      const { delimiter, maxRowChars, columns, missing } = options;
      this.scanner = new CsvByteScanner(
        { header: (names, line) => this.header(names, line), rows: typedRows, malformed: (problem) => sink.malformed(problem) },
        { delimiter, maxRowChars, missing, ...(columns && { columns }) },
      );
    }
  }

  get isStopped(): boolean {
    return this.stopped || this.scanner?.stopped === true;
  }

  /** The line the next row would start on: one more than the newlines read so far. */
  get nextLine(): number {
    return this.scanner?.line ?? this.line;
  }

  push(chunk: Buffer): void {
    if (this.stopped) return;
    if (this.scanner) {
      const rest = this.scanner.push(chunk);
      if (rest === undefined) return;
      this.handOver();
      chunk = rest;
    }
    this.checkUtf8(chunk);
    if (!this.sawNul && chunk.indexOf(0) !== -1) this.sawNul = true;
    let text = this.decoder.write(chunk);
    if (!this.bomChecked && text !== '') {
      this.bomChecked = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.pending = this.pending === '' ? text : this.pending + text;
    this.consume(false);
  }

  /**
   * isUtf8 is native and fast; the slow search for the bad row runs only when it fails.
   * A sequence cut by the chunk boundary is carried over and checked with the next chunk.
   */
  private checkUtf8(chunk: Buffer): void {
    if (this.invalidUtf8) return;
    const joined = this.utf8Carry.length > 0 ? Buffer.concat([this.utf8Carry, chunk]) : chunk;
    const tail = incompleteTail(joined);
    if (!isUtf8(joined.subarray(0, joined.length - tail))) this.invalidUtf8 = true;
    this.utf8Carry = Buffer.from(joined.subarray(joined.length - tail));
  }

  /** The byte scanner met what only the text path reads: it goes on from the scanner's line and header. */
  private handOver(): void {
    const scanner = this.scanner!;
    this.scanner = undefined;
    this.line = scanner.line;
    if (scanner.columns) {
      this.headerSeen = true;
      this.columns = scanner.columns.length;
      this.bomChecked = true;
    }
  }

  end(): void {
    if (this.stopped) return;
    if (this.scanner) {
      const rest = this.scanner.end();
      if (rest === undefined) return;
      this.handOver();
      this.push(rest);
    }
    if (this.utf8Carry.length > 0) this.invalidUtf8 = true;
    this.pending += this.decoder.end();
    this.consume(true);
  }

  private consume(final: boolean): void {
    if (this.pending.indexOf(QUOTE) === -1) this.consumeUnquoted(final);
    else this.consumeQuoted(final);
    if (this.pending.length > this.options.maxRowChars) {
      this.sink.malformed({
        line: this.line,
        message: `a row longer than ${this.options.maxRowChars} characters starts here (an unclosed quote, or not a delimited text file); reading stopped`,
      });
      this.stopped = true;
    }
  }

  /** The common case, a chunk with no quote at all: one native split into lines, one per line into fields. */
  private consumeUnquoted(final: boolean): void {
    const text = this.pending;
    const delimiter = this.options.delimiter;
    const lastNewline = text.lastIndexOf('\n');
    const rest = text.slice(lastNewline + 1);
    if (lastNewline !== -1) {
      const lines = text.slice(0, lastNewline).split('\n');
      for (const line of lines) {
        this.emit((line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line).split(delimiter), this.line);
        this.line++;
      }
    }
    this.pending = rest;
    if (final && rest !== '') {
      this.emit((rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest).split(delimiter), this.line);
      this.line++;
      this.pending = '';
    }
  }

  private consumeQuoted(final: boolean): void {
    const text = this.pending;
    const delimiter = this.options.delimiter;
    let pos = 0;
    let nextQuote = text.indexOf(QUOTE);
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf(QUOTE, pos);
      if (nextQuote === -1 || (end !== -1 && nextQuote > end)) {
        // Fast path: no quote before the end of this line.
        if (end === -1) {
          if (!final) break;
          end = text.length;
        }
        const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        this.emit(text.slice(pos, stop).split(delimiter), this.line);
        this.line++;
        pos = end + 1;
        continue;
      }
      const parsed = this.parseQuotedRow(text, pos, final);
      if (parsed === undefined) break; // row continues in the next chunk
      const startLine = this.line;
      this.line += parsed.newlines;
      this.emit(parsed.fields, startLine);
      if (parsed.bad) this.sink.malformed({ line: startLine, message: parsed.bad });
      pos = parsed.next;
    }
    this.pending = pos >= text.length ? '' : text.slice(pos);
  }

  /** A row holding quotes, from `start`; undefined when it runs past the text and more may come. */
  private parseQuotedRow(text: string, start: number, final: boolean): { fields: string[]; next: number; newlines: number; bad?: string } | undefined {
    const delimiter = this.options.delimiter;
    const fields: string[] = [];
    let pos = start;
    let newlines = 0;
    let bad: string | undefined;
    for (;;) {
      if (text[pos] === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf(QUOTE, from);
          if (close === -1) {
            if (!final) return undefined;
            value += text.slice(from);
            newlines += countNewlines(text, from, text.length);
            bad ??= `a quoted field is never closed (it runs to the end of the file)`;
            fields.push(value);
            return { fields, next: text.length, newlines: newlines + 1, bad };
          }
          newlines += countNewlines(text, from, close);
          value += text.slice(from, close);
          if (text[close + 1] === QUOTE) {
            value += QUOTE;
            from = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        if (pos === text.length && !final) return undefined; // the row may go on in the next chunk
        // After a closing quote only a delimiter or the end of the row may follow.
        const after = text[pos];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
          bad ??= `unexpected text after a closing quote in column ${fields.length + 1}`;
          const stop = findFieldEnd(text, pos, delimiter);
          value += text.slice(pos, stop);
          pos = stop;
        }
        fields.push(value);
      } else {
        const stop = findFieldEnd(text, pos, delimiter);
        if (stop === text.length && !final) return undefined;
        fields.push(text.slice(pos, stop));
        pos = stop;
      }
      const c = text[pos];
      if (c === delimiter) {
        pos++;
        continue;
      }
      if (c === '\r' && text[pos + 1] === '\n') pos++;
      if (c === '\r' && pos + 1 >= text.length && !final) return undefined;
      return { fields, next: pos + 1, newlines: newlines + 1, bad };
    }
  }

  private emit(fields: string[], line: number): void {
    if (this.stopped) return;
    if (this.sawNul && fields.some((f) => f.includes('\0'))) {
      // A NUL byte is no character of a text table: a binary file, or UTF-16 text read as UTF-8.
      const what = this.headerSeen ? 'this row (left out)' : 'the header (reading stopped)';
      this.sink.malformed({ line, message: `NUL bytes in ${what}: not a UTF-8 text file (binary, or saved as UTF-16?)` });
      this.stopped ||= !this.headerSeen;
      return;
    }
    if (this.invalidUtf8 && fields.some((f) => f.includes('\uFFFD'))) {
      this.sink.malformed({ line, message: 'invalid UTF-8 bytes in this row (shown as U+FFFD); re-save the file as UTF-8' });
    }
    if (!this.headerSeen) {
      if (fields.length === 1 && fields[0] === '') return; // blank lines before the header
      this.headerSeen = true;
      this.columns = fields.length;
      this.header(fields, line);
      return;
    }
    if (fields.length === 1 && fields[0] === '' && this.columns > 1) return; // blank line
    if (fields.length !== this.columns) {
      this.sink.malformed({ line, message: `expected ${this.columns} fields as in the header, found ${fields.length}` });
      return;
    }
    this.sink.row(fields, line);
  }

  /**
   * Hands the header on with every column named once (renamed columns are findings at its line); a
 * header wider than maxColumns is a finding and stops the reading. Returns the names, or undefined then.
 */
  private header(fields: string[], line: number): string[] | undefined {
    const max = this.options.maxColumns ?? DEFAULT_MAX_COLUMNS;
    if (fields.length > max) {
      this.sink.malformed({ line, message: `the header has ${fields.length} columns, more than max-columns (${max}); reading stopped (raise max-columns to read this file)` });
      this.stopped = true;
      return undefined;
    }
    const names = uniqueNames(fields, (message) => this.sink.malformed({ line, message }));
    this.sink.header(names, line);
    return names;
  }
}

/**
 * Header names made unique and non-empty, as a table needs them: an empty name becomes unnamed_<column>,
 * a repeated one <name>.1, <name>.2 … (pandas' convention), never a name the header has. `report` hears each.
 */
export function uniqueNames(fields: string[], report?: (message: string) => void): string[] {
  const used = new Set(fields);
  const seen = new Set<string>();
  return fields.map((field, c) => {
    if (field !== '' && !seen.has(field)) {
      seen.add(field);
      return field;
    }
    const base = field === '' ? `unnamed_${c + 1}` : field;
    let name = field === '' ? base : `${base}.1`;
    for (let k = 2; used.has(name); k++) name = `${base}.${k}`;
    used.add(name);
    report?.(field === '' ? `column ${c + 1} has no name in the header; it is read as "${name}"` : `the header names "${field}" more than once; column ${c + 1} is read as "${name}"`);
    return name;
  });
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function findFieldEnd(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return text.length;
}
