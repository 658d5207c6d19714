// strategy.matrix as GitHub expands it: the product of the lists, less the `exclude` entries (a partial
// match is enough), then each `include` entry added to every combination whose original values it
// does not change, or else added as a combination of its own.
import { looseEquals, toText, type Value } from './expressions.js';

type Combination = Record<string, Value>;

export function expandMatrix(matrix: Record<string, Value> | null | undefined): Combination[] {
  if (!matrix) return [];
  const { include, exclude, ...lists } = matrix;
  // `original` is what the lists gave; an include entry added as its own combination has none.
  let combinations: { original?: Combination; all: Combination }[] = [{ original: {}, all: {} }];
  for (const [key, values] of Object.entries(lists)) {
    if (!Array.isArray(values) || values.length === 0) throw new Error(`strategy.matrix.${key} must be a non-empty list`);
    combinations = combinations.flatMap((c) => values.map((v) => ({ original: { ...c.original!, [key]: v }, all: { ...c.all, [key]: v } })));
  }
  if (Object.keys(lists).length === 0) combinations = [];
  const matches = (c: Combination, entry: Combination) => Object.entries(entry).every(([k, v]) => !(k in c) || looseEquals(c[k]!, v));
  if (Array.isArray(exclude)) combinations = combinations.filter((c) => !exclude.some((e) => Object.keys(e as Combination).every((k) => k in c.original!) && matches(c.original!, e as Combination)));
  for (const entry of (Array.isArray(include) ? include : []) as Combination[]) {
    const fits = combinations.filter((c) => c.original && matches(c.original, entry));
    if (fits.length > 0) for (const c of fits) Object.assign(c.all, entry);
    else combinations.push({ all: { ...entry } });
  }
  return combinations.map((c) => c.all);
}

/** How GitHub names a matrix instance: `build (0, linux)`. */
export function instanceName(jobId: string, combination: Combination): string {
  return `${jobId} (${Object.values(combination).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : toText(v))).join(', ')})`;
}
