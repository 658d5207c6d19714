// Hostile inputs, made by the tests (none committed): wide tables, ragged rows, records that each
// bring a new key, deep JSON, broken gzip. Each is a few MB at most.
import { gzipSync } from 'node:zlib';

/** A feature matrix: `columns` numeric columns × `rows` rows of one-decimal values (about 97 distinct per column). */
export function wideCsv(columns: number, rows: number): string {
  const lines = [Array.from({ length: columns }, (_, c) => `f${c}`).join(',')];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => (((r * 7 + c) % 97) / 10).toFixed(1)).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON Lines whose every record brings a key no record before had. */
export function newKeyPerLine(lines: number): string {
  let text = '';
  for (let i = 0; i < lines; i++) text += `${JSON.stringify({ id: i, [`k${i}`]: i % 7 })}\n`;
  return text;
}

/** A value nested `depth` arrays deep. */
export const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A gzip file of `text` with one part broken: the CRC, the length, the method or the flags. */
export function brokenGzip(text: string, part: 'crc' | 'length' | 'method' | 'flags'): Buffer {
  const bytes = Buffer.from(gzipSync(Buffer.from(text)));
  if (part === 'crc') bytes[bytes.length - 8]! ^= 0xff; // CRC-32: the trailer's first 4 bytes
  if (part === 'length') bytes[bytes.length - 4]! ^= 0xff; // ISIZE: the last 4 bytes
  if (part === 'method') bytes[2] = 7; // only 8 (deflate) exists
  if (part === 'flags') bytes[3] = 0xe0; // reserved flag bits
  return bytes;
}
