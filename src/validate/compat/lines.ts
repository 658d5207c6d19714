// Where a schema change is written: the line of its key in the schema file (YAML or JSON, ours or a
// Frictionless Table Schema), so an annotation lands on it in the pull request. A key that is gone
// (a removed column, a dropped constraint) falls back to the nearest enclosing key that is still there.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type SchemaLocator = (column: string | null, key: string) => number | undefined;

/** Our keys as a Frictionless field names them under `constraints` (or on the field itself). */
const FRICTIONLESS: Record<string, string[][]> = {
  type: [['type']],
  nullable: [['constraints', 'required']],
  unique: [['constraints', 'unique']],
  min: [['constraints', 'minimum'], ['constraints', 'exclusiveMinimum']],
  max: [['constraints', 'maximum'], ['constraints', 'exclusiveMaximum']],
  allowed: [['constraints', 'enum']],
  pattern: [['constraints', 'pattern']],
  'min-length': [['constraints', 'minLength']],
  'max-length': [['constraints', 'maxLength']],
};
const FRICTIONLESS_TABLE: Record<string, string[][]> = {
  'table.columns': [['fields']],
  'table.unique-together': [['primaryKey'], ['uniqueKeys']],
  'missing-values': [['missingValues']],
};

export function schemaLocator(text: string): SchemaLocator {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const root = document.contents;

  /** The line of the deepest key of `path` found, and how many segments were found. */
  const find = (path: (string | number)[]): { line?: number; depth: number } => {
    let node: unknown = root;
    let line: number | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = lines.linePos(key.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        const range = (node as Node).range;
        if (range) line = lines.linePos(range[0]).line;
      } else break;
      depth++;
    }
    return { line, depth };
  };
  /** The candidate path found deepest. */
  const best = (paths: (string | number)[][]) => paths.map(find).sort((a, b) => b.depth - a.depth)[0]!.line;

  const fields = isMap(root) ? root.get('fields') : undefined;
  if (isSeq(fields)) {
    const index = (name: string) => fields.items.findIndex((f) => isMap(f) && String(f.get('name')) === name);
    return (column, key) => {
      if (column === null) return best(FRICTIONLESS_TABLE[key] ?? [[]]);
      const i = index(column);
      if (i < 0) return best([['fields']]);
      return best((FRICTIONLESS[key] ?? [[]]).map((tail) => ['fields', i, ...tail]));
    };
  }
  return (column, key) => {
    if (column === null) return best([key.split('.')]);
    const tail = key === 'column' || key === 'required' ? [] : key.split('.');
    const strict = key === 'min' || key === 'max' ? [['columns', column, `strict-${key}`]] : [];
    return best([['columns', column, ...tail], ...strict, ...(key === 'required' ? [['columns', column, 'required']] : [])]);
  };
}
