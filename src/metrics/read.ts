// Metrics files as DVC reads them: JSON, YAML or CSV; nested keys flatten with "." (a.b.c).
import path from 'node:path';
import YAML from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';

export type Metrics = Map<string, number>;

/** Numbers under their flattened keys; other values (strings, lists) are not metrics and are left out. */
export function flatten(value: unknown, prefix = '', out: Metrics = new Map()): Metrics {
  if (typeof value === 'number' && Number.isFinite(value)) out.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** A cell's number; an empty cell is a missing value, never 0 (Number('') is 0). */
const numberIn = (cell: string | undefined): number | undefined => (cell === undefined || cell === '' ? undefined : Number.isFinite(Number(cell)) ? Number(cell) : undefined);

/** CSV: `metric,value` rows, or a header of metric names over one row of values; empty cells are missing. */
function parseCsv(text: string, source: string): Metrics {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cells = lines.map((l) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')));
  const out: Metrics = new Map();
  const header = cells[0] ?? [];
  if (header.length === 2 && /^(metric|name|key)$/i.test(header[0]!) && /^value$/i.test(header[1]!)) {
    for (const [name, value] of cells.slice(1)) {
      const number = numberIn(value);
      if (name && number !== undefined) out.set(name, number);
    }
    return out;
  }
  if (cells.length === 2) {
    header.forEach((name, i) => {
      const value = numberIn(cells[1]![i]);
      if (name && value !== undefined) out.set(name, value);
    });
    return out;
  }
  throw new ConfigurationError(`${source}: a metrics CSV is either "metric,value" rows or one header row over one row of values.`);
}

export function parseMetrics(text: string, source: string): Metrics {
  if (/\.csv$/i.test(source)) return parseCsv(text, source);
  let document: unknown;
  try {
    document = /\.json$/i.test(source) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid ${/\.json$/i.test(source) ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  // A bare number is named after its file (accuracy.json holding 0.91 is accuracy), never "".
  const stem = path.basename(source).replace(/\.[^.]*$/, '');
  if (typeof document === 'number' && !stem) throw new ConfigurationError(`${source} holds a bare number and its file name gives it no name: write it as {"accuracy": ${document}}.`);
  const metrics = flatten(document, typeof document === 'number' ? stem : '');
  if (metrics.size === 0) throw new ConfigurationError(`${source} holds no numeric metrics (expected e.g. {"accuracy": 0.91}).`);
  return metrics;
}
