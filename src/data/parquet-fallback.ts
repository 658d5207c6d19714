// The fallback for what the decoders here leave alone (nested lists and maps, INT96, TIME, UUID,
// FLOAT16, JSON, plain binary): hyparquet reads the column of one row group as JavaScript values, which
// are classified as JSON's are. Slower and held whole per row group, but these are rarely large.
import type { FileMetaData } from 'hyparquet';

export interface FallbackReader {
  /** The values of `column` in the row group's rows [rowStart, rowEnd) of the file. */
  read(column: string, rowStart: number, rowEnd: number): Promise<unknown[]>;
}

export async function fallbackReader(file: string, metadata: FileMetaData): Promise<FallbackReader> {
  // Loaded only when needed: the decoders (brotli's above all) are most of a bundle that reads CSV.
  const [{ asyncBufferFromFile, parquetRead }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
  const buffer = await asyncBufferFromFile(file);
  return {
    async read(column, rowStart, rowEnd) {
      let values: unknown[] = [];
      await parquetRead({
        file: buffer, metadata, compressors, columns: [column], rowStart, rowEnd,
        onComplete: (rows: unknown[][]) => (values = rows.map((row) => plain(row[0]))),
      });
      return values;
    },
  };
}

/**
 * A value as the profile takes typed values: safe INT64s as numbers (others, and bytes, as their text,
 * so that nested values can be written as JSON), undefined as null.
 */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
