import { ConfigurationError } from '../runtime/errors.js';
import type { Format } from './table.js';

const BY_EXTENSION: Record<string, Format> = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', parquet: 'parquet' };
export const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'] as const;

/** The format of a data file from its extension (`.csv.gz` is gzipped CSV), unless `override` says. */
export function detectFormat(file: string, override?: string): { format: Format; gzip: boolean } {
  const gzip = /\.gz$/i.test(file);
  if (override) {
    if (!(FORMATS as readonly string[]).includes(override)) {
      throw new ConfigurationError(`Input 'format' must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(override)}.`);
    }
    return { format: override as Format, gzip };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(file.replace(/\.gz$/i, ''))?.[1]?.toLowerCase() ?? '';
  const format = BY_EXTENSION[extension];
  if (!format) {
    throw new ConfigurationError(`Cannot tell the format of "${file}" from its extension: use .csv, .tsv, .jsonl, .ndjson, .json or .parquet (or .gz of the text formats), or set the 'format' input.`);
  }
  if (format === 'parquet' && gzip) throw new ConfigurationError(`"${file}": Parquet files are compressed inside; do not gzip them.`);
  return { format, gzip };
}
