// The compatibility rule on every constraint kind, in both directions: a change that widens what the
// schema accepts is breaking, the same change undone (narrowing) is compatible.
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { compareSchemas, schemaLocator, type SchemaChange } from '../../src/validate/compat/index.js';
import { parseSchema } from '../../src/validate/schema.js';

const parse = (document: unknown) => parseSchema(document, 'schema');
const compare = (before: unknown, after: unknown) => compareSchemas(parse(before), parse(after));
const ours = (columns: Record<string, unknown>, table?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ columns, ...(table ? { table } : {}), ...extra });
const find = (changes: SchemaChange[], column: string | null, key: string) => {
  const found = changes.find((c) => c.column === column && c.key === key);
  if (!found) throw new Error(`no change ${column}.${key} in ${JSON.stringify(changes)}`);
  return found;
};

/** Narrow, wide: the schema accepting fewer values first. Both are whole schemas. */
type Pair = [name: string, column: string | null, key: string, narrow: unknown, wide: unknown];

const col = (spec: Record<string, unknown>) => ours({ v: spec });
const PAIRS: Pair[] = [
  ['type integer ⊂ number', 'v', 'type', col({ type: 'integer' }), col({ type: 'number' })],
  ['type date ⊂ datetime', 'v', 'type', col({ type: 'date' }), col({ type: 'datetime' })],
  ['type boolean ⊂ string', 'v', 'type', col({ type: 'boolean' }), col({ type: 'string' })],
  ['type categorical ⊂ string (a closed set of categories opened)', 'v', 'type', col({ type: 'categorical' }), col({ type: 'string' })],
  ['type dropped', 'v', 'type', col({ type: 'integer' }), col({})],
  ['nullable', 'v', 'nullable', col({ nullable: false }), col({ nullable: true })],
  ['max-null-fraction', 'v', 'max-null-fraction', col({ 'max-null-fraction': 0.1 }), col({ 'max-null-fraction': 0.2 })],
  ['unique', 'v', 'unique', col({ unique: true }), col({})],
  ['min', 'v', 'min', col({ min: 10 }), col({ min: 0 })],
  ['max', 'v', 'max', col({ max: 100 }), col({ max: 200 })],
  ['strict-min', 'v', 'min', col({ min: 0, 'strict-min': true }), col({ min: 0 })],
  ['strict-max', 'v', 'max', col({ max: 1, 'strict-max': true }), col({ max: 1 })],
  ['min on dates', 'v', 'min', col({ type: 'date', min: '2024-01-01' }), col({ type: 'date', min: '2023-01-01' })],
  ['allowed value added', 'v', 'allowed', col({ allowed: ['a', 'b'] }), col({ allowed: ['a', 'b', 'c'] })],
  ['allowed list dropped', 'v', 'allowed', col({ allowed: ['a', 'b'] }), col({})],
  ['pattern widened (regular languages)', 'v', 'pattern', col({ pattern: '^\\d{5}$' }), col({ pattern: '^\\d{5}(-\\d{4})?$' })],
  ['pattern removed', 'v', 'pattern', col({ pattern: '^[A-Z]{3}$' }), col({})],
  ['min-length', 'v', 'min-length', col({ 'min-length': 5 }), col({ 'min-length': 2 })],
  ['max-length', 'v', 'max-length', col({ 'max-length': 5 }), col({ 'max-length': 8 })],
  ['mean', 'v', 'mean', col({ mean: { min: 0, max: 1 } }), col({ mean: { min: 0, max: 2 } })],
  ['median', 'v', 'median', col({ median: { min: 5 } }), col({ median: { min: 1 } })],
  ['std', 'v', 'std', col({ std: { max: 1 } }), col({})],
  ['quantiles', 'v', 'quantiles.p95', col({ quantiles: { p95: { max: 100 } } }), col({ quantiles: { p95: { max: 120 } } })],
  ['distinct-count', 'v', 'distinct-count', col({ 'distinct-count': { max: 10 } }), col({ 'distinct-count': { max: 20 } })],
  ['severity error → warning', 'v', 'max', col({ max: 100 }), col({ max: { value: 100, severity: 'warning' } })],
  ['mostly lowered', 'v', 'min', col({ min: 0 }), col({ min: { value: 0, mostly: 0.95 } })],
  ['required → optional', 'v', 'required', col({ type: 'string' }), col({ type: 'string', required: false })],
  ['row-count', null, 'table.row-count', ours({ v: {} }, { 'row-count': { min: 100 } }), ours({ v: {} }, { 'row-count': { min: 10 } })],
  ['columns exact → superset', null, 'table.columns', ours({ v: {} }, { columns: 'exact' }), ours({ v: {} }, { columns: 'superset' })],
  ['unique-together dropped', null, 'table.unique-together', ours({ a: {}, b: {} }, { 'unique-together': [['a', 'b']] }), ours({ a: {}, b: {} })],
  ['missing values: a text the old schema read as a value is now null', null, 'missing-values', ours({ v: { type: 'integer' } }), ours({ v: { type: 'integer' } }, undefined, { 'missing-values': ['', 'NA'] })],
  ['column removed', 'gone', 'column', ours({ v: {}, gone: { type: 'integer' } }), ours({ v: {} })],
];

// Frictionless Table Schema: fields, constraints, and the table's keys.
const field = (f: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ fields: [{ name: 'v', ...f }], ...extra });
const FRICTIONLESS: Pair[] = [
  ['frictionless type integer ⊂ number', 'v', 'type', field({ type: 'integer' }), field({ type: 'number' })],
  ['frictionless type year ⊂ integer... both integers: string ⊃ year', 'v', 'type', field({ type: 'year' }), field({ type: 'string' })],
  ['frictionless type time ⊂ string (a type our checks do not verify, by name)', 'v', 'type', field({ type: 'time' }), field({ type: 'string' })],
  ['frictionless required', 'v', 'nullable', field({ constraints: { required: true } }), field({})],
  ['frictionless unique', 'v', 'unique', field({ constraints: { unique: true } }), field({})],
  ['frictionless minimum', 'v', 'min', field({ type: 'integer', constraints: { minimum: 5 } }), field({ type: 'integer', constraints: { minimum: 1 } })],
  ['frictionless maximum', 'v', 'max', field({ type: 'integer', constraints: { maximum: 5 } }), field({ type: 'integer', constraints: { maximum: 9 } })],
  ['frictionless exclusiveMinimum → minimum', 'v', 'min', field({ type: 'number', constraints: { exclusiveMinimum: 0 } }), field({ type: 'number', constraints: { minimum: 0 } })],
  ['frictionless exclusiveMaximum → maximum', 'v', 'max', field({ type: 'number', constraints: { exclusiveMaximum: 1 } }), field({ type: 'number', constraints: { maximum: 1 } })],
  ['frictionless minLength', 'v', 'min-length', field({ constraints: { minLength: 3 } }), field({ constraints: { minLength: 1 } })],
  ['frictionless maxLength', 'v', 'max-length', field({ constraints: { maxLength: 3 } }), field({ constraints: { maxLength: 9 } })],
  ['frictionless pattern (anchored)', 'v', 'pattern', field({ constraints: { pattern: '[a-z]+' } }), field({ constraints: { pattern: '[a-z0-9]+' } })],
  ['frictionless enum', 'v', 'allowed', field({ constraints: { enum: ['x', 'y'] } }), field({ constraints: { enum: ['x', 'y', 'z'] } })],
  ['frictionless missingValues', null, 'missing-values', field({ type: 'integer' }, { missingValues: [''] }), field({ type: 'integer' }, { missingValues: ['', '-'] })],
  ['frictionless primaryKey dropped', null, 'table.unique-together', field({}, { primaryKey: ['v'] }), field({})],
  ['frictionless uniqueKeys dropped', null, 'table.unique-together', { fields: [{ name: 'a' }, { name: 'b' }], uniqueKeys: [['a', 'b']] }, { fields: [{ name: 'a' }, { name: 'b' }] }],
];

describe('schema compatibility: widening is breaking, narrowing compatible', () => {
  for (const [name, column, key, narrow, wide] of [...PAIRS, ...FRICTIONLESS]) {
    it(name, () => {
      const widened = find(compare(narrow, wide), column, key);
      expect(widened.compatibility, widened.reason).toBe('breaking');
      expect(widened.conservative).toBeUndefined();
      const narrowed = compare(wide, narrow).find((c) => c.column === column && c.key === key);
      // Undoing it narrows: compatible (a constraint added or made tighter), or no change at all for a check
      // made stricter in severity or mostly, or a column added to a table that accepts any columns.
      if (narrowed) expect(narrowed.compatibility, narrowed.reason).toBe('compatible');
      else expect(['column', 'min', 'max']).toContain(key);
    });
  }
});

describe('schema compatibility: the rule on sets, not on constraint names', () => {
  it('names the witness: a value the new schema accepts and the old one rejects', () => {
    const changes = compare(col({ type: 'integer', max: 120 }), col({ type: 'number', max: 150 }));
    expect(find(changes, 'v', 'type').reason).toBe('the new schema accepts "0.5", which the old type rejects');
    expect(find(changes, 'v', 'max').reason).toBe('the new schema accepts "150", which the old max rejects');
  });

  it('a listed set that stays within the old bound is compatible, though the bound is gone', () => {
    const [change] = compare(col({ type: 'integer', max: 10 }), col({ type: 'integer', allowed: ['1', '2', '3'] })).filter((c) => c.key === 'max');
    expect(change).toMatchObject({ compatibility: 'compatible', change: 'max: ≤ 10 → (none)' });
    const [beyond] = compare(col({ type: 'integer', max: 10 }), col({ type: 'integer', allowed: ['1', '20'] })).filter((c) => c.key === 'max');
    expect(beyond).toMatchObject({ compatibility: 'breaking', reason: 'the new schema accepts "20", which the old max rejects' });
  });

  it('a pattern implies lengths (decided on automata)', () => {
    expect(find(compare(col({ 'max-length': 5 }), col({ pattern: '^\\d{5}$' })), 'v', 'max-length').compatibility).toBe('compatible');
    expect(find(compare(col({ 'max-length': 4 }), col({ pattern: '^\\d{5}$' })), 'v', 'max-length')).toMatchObject({ compatibility: 'breaking', reason: 'the new schema accepts "00000", which the old max-length rejects' });
  });

  it('different patterns whose languages nest are decided exactly, both ways', () => {
    expect(find(compare(col({ pattern: '^[A-Z]+$' }), col({ pattern: '^[A-Z]{3}$' })), 'v', 'pattern').compatibility).toBe('compatible');
    expect(find(compare(col({ pattern: '^[A-Z]{3}$' }), col({ pattern: '^[A-Z]+$' })), 'v', 'pattern')).toMatchObject({ compatibility: 'breaking', reason: 'the new schema accepts "A", which the old pattern rejects' });
    // unanchored: a text containing "ab" contains "b"
    expect(find(compare(col({ pattern: 'b' }), col({ pattern: 'ab' })), 'v', 'pattern').compatibility).toBe('compatible');
  });

  it('says plainly when it judges conservatively (a pattern against types and bounds is beyond automata)', () => {
    const change = find(compare(col({ pattern: '^[0-9]{1,2}$' }), col({ type: 'integer', min: 0, max: 10 })), 'v', 'pattern');
    expect(change).toMatchObject({ compatibility: 'breaking', conservative: true });
    expect(change.reason).toMatch(/^judged conservatively: containment could not be proven.*combined with types and bounds/);
    const added = find(compare(col({ pattern: '^[0-9]{1,2}$' }), col({ pattern: '^[0-9]{1,2}$', 'min-length': 1 })), 'v', 'min-length');
    expect(added.compatibility).toBe('compatible');
  });

  it('nulls: the old not-null check holds only if the new schema admits no nulls', () => {
    expect(find(compare(col({ nullable: false }), col({ 'max-null-fraction': 0 })), 'v', 'nullable').compatibility).toBe('compatible');
    expect(find(compare(col({ nullable: false }), col({})), 'v', 'nullable').reason).toBe('the new schema accepts an empty cell, which the old nullable rejects');
  });

  it('a one-column unique key keeps uniqueness; a narrower unique group implies the wider one', () => {
    expect(find(compare(ours({ v: { unique: true } }), { fields: [{ name: 'v' }], primaryKey: 'v' }), 'v', 'unique').compatibility).toBe('compatible');
    const changes = compare(ours({ a: {}, b: {} }, { 'unique-together': [['a', 'b']] }), ours({ a: { unique: true }, b: {} }));
    expect(find(changes, null, 'table.unique-together')).toMatchObject({ compatibility: 'compatible', change: 'unique together [a, b] implied by a narrower key' });
  });

  it('a new column is compatible unless the old table accepted exactly its columns (as Frictionless tables do)', () => {
    expect(find(compare(ours({ v: {} }), ours({ v: {}, w: {} })), 'w', 'column').compatibility).toBe('compatible');
    expect(find(compare(ours({ v: {} }, { columns: 'exact' }), ours({ v: {}, w: {} }, { columns: 'exact' })), 'w', 'column').compatibility).toBe('breaking');
    expect(find(compare(field({}), { fields: [{ name: 'v' }, { name: 'w' }] }), 'w', 'column').compatibility).toBe('breaking');
  });

  it('an optional column removed is compatible when the new table does not accept it', () => {
    const change = find(compare(ours({ v: {}, w: { required: false, type: 'integer' } }, { columns: 'subset' }), ours({ v: {} }, { columns: 'subset' })), 'w', 'column');
    expect(change.compatibility).toBe('compatible');
  });

  it('missing values: a text the old schema read as null is now a value it must accept', () => {
    const change = find(compare(ours({ v: { nullable: false } }, undefined, { 'missing-values': ['', 'NA'] }), ours({ v: { nullable: false } })), null, 'missing-values');
    expect(change).toMatchObject({ compatibility: 'breaking', reason: 'v: "NA" is a value the new schema accepts, and as a null the old one rejects it' });
    expect(compare(ours({ v: {} }, undefined, { 'missing-values': ['', 'NA'] }), ours({ v: {} })).find((c) => c.key === 'missing-values')?.compatibility).toBe('compatible');
  });

  it('lists breaking changes first', () => {
    const changes = compare(col({ min: 0, max: 10 }), col({ min: 1, max: 20 }));
    expect(changes.map((c) => [c.key, c.compatibility])).toEqual([['max', 'breaking'], ['min', 'compatible']]);
  });
});

describe('schema lines', () => {
  it('finds the line of each changed key, ours and Frictionless, YAML and JSON', () => {
    const yaml = ['columns:', '  age:', '    type: integer', '    max: 120', '  city:', '    allowed: [a, b]', 'table:', '  columns: exact', ''].join('\n');
    const at = schemaLocator(yaml);
    expect([at('age', 'max'), at('age', 'type'), at('city', 'allowed'), at('city', 'pattern'), at('gone', 'column'), at(null, 'table.columns')]).toEqual([4, 3, 6, 5, 1, 8]);
    const json = JSON.stringify({ fields: [{ name: 'a', type: 'integer' }, { name: 'b', constraints: { maximum: 5, enum: ['1'] } }], primaryKey: ['a'] }, null, 2);
    const fat = schemaLocator(json);
    const line = (needle: string) => json.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(fat('b', 'max')).toBe(line('"maximum"'));
    expect(fat('b', 'allowed')).toBe(line('"enum"'));
    expect(fat('a', 'type')).toBe(line('"type"'));
    expect(fat(null, 'table.unique-together')).toBe(line('"primaryKey"'));
    expect(fat('zzz', 'column')).toBe(line('"fields"'));
  });
});

it('parses pii: allowed and Frictionless "pii": true', () => {
  expect(parse(ours({ email: { pii: 'allowed' } })).columns[0]!.pii).toBe('allowed');
  expect(parse({ fields: [{ name: 'email', pii: true }] }).columns[0]!.pii).toBe('allowed');
  expect(() => parse(ours({ email: { pii: 'yes' } }))).toThrow(/columns\.email\.pii must be allowed/);
  expect(YAML.stringify(parse({ fields: [{ name: 't', type: 'time' }] }).columns[0]!.declaredType)).toBe('time\n');
});
