// Schemas are checked strictly, before any data is read: each mistake is a configuration error naming
// the schema file and the key; patterns run on a linear-time engine (RE2JS).
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseSchema } from '../../src/validate/schema.js';
import { runAction } from '../harness/run-action.js';

const frictionless = (constraints: Record<string, unknown>, type: unknown = 'string') => ({ fields: [{ name: 'x', type, constraints }] });

describe('hostile schemas', () => {
  it('matches ^(a+)+$ against 30 a\'s and a b in linear time (no backtracking) and says which rows fail', async () => {
    const values = ['a'.repeat(30), `${'a'.repeat(30)}b`, 'aaa'];
    const run = await runAction('validate-data', {
      inputs: { data: 'data.csv', schema: 'schema.yml' },
      files: { 'data.csv': `x\n${values.join('\n')}\n`, 'schema.yml': YAML.stringify({ columns: { x: { pattern: '^(a+)+$' } } }) },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ file: 'data.csv', line: 3, message: expect.stringContaining('1 of 3 value(s) are not matching /^(a+)+$/') });
  });

  const cases: [string, unknown, string][] = [
    ['pattern: a backreference', { columns: { x: { pattern: '(a)\\1' } } }, 'columns.x.pattern is not a regular expression in RE2 syntax'],
    ['pattern: lookahead', { columns: { x: { pattern: 'a(?=b)' } } }, 'columns.x.pattern is not a regular expression in RE2 syntax'],
    ['missing-values: NA', { 'missing-values': 'NA' }, 'missing-values must be a list of values, got "NA"'],
    ['allowed: a mapping in the list', { columns: { x: { allowed: ['a', { b: 1 }] } } }, 'columns.x.allowed[1] must be a text, number or boolean'],
    ['Frictionless pattern "("', frictionless({ pattern: '(' }), 'fields[0] (x).constraints.pattern is not a regular expression in RE2 syntax'],
    ['Frictionless enum "x"', frictionless({ enum: 'x' }), 'fields[0] (x).constraints.enum must be a list of values, got "x"'],
    ['Frictionless minimum {}', frictionless({ minimum: {} }, 'number'), 'fields[0] (x).constraints.minimum must be a number or an ISO date, got {}'],
    ['Frictionless minimum "abc"', frictionless({ minimum: 'abc' }, 'number'), 'fields[0] (x).constraints.minimum must be a number or an ISO date, got "abc"'],
    ['Frictionless maxLength -1', frictionless({ maxLength: -1 }), 'fields[0] (x).constraints.maxLength must be a whole number ≥ 0, got -1'],
    ['Frictionless type 5', frictionless({}, 5), 'fields[0] (x).type must be one of string, number'],
    ['Frictionless required "yes"', frictionless({ required: 'yes' }), 'fields[0] (x).constraints.required must be true or false, got "yes"'],
    ['Frictionless unknown constraint', frictionless({ minimun: 1 }), 'fields[0] (x).constraints.minimun is not a Frictionless constraint'],
    ['Frictionless missingValues NA', { fields: [{ name: 'x' }], missingValues: 'NA' }, 'missingValues must be a list of values, got "NA"'],
  ];

  it.each(cases)('refuses %s, naming the schema file and the key', (_name, document, message) => {
    expect(() => parseSchema(document, 'schema.yml')).toThrow(`Schema schema.yml: ${message}`);
  });

  it('ends the step with the schema error, before reading data', async () => {
    const run = await runAction('validate-data', {
      inputs: { data: 'data.csv', schema: 'schema.json' },
      files: { 'data.csv': 'x\n1\n', 'schema.json': JSON.stringify(frictionless({ pattern: '(' })) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('Internal error');
    expect(run.stdout).toContain('::error::Schema schema.json: fields[0] (x).constraints.pattern is not a regular expression in RE2 syntax');
    expect(run.outputs.report).toBeUndefined();
  });

  it('accepts Frictionless bounds in the field\'s own form: numbers written as text, ISO dates', () => {
    const [n] = parseSchema(frictionless({ minimum: '10', exclusiveMaximum: 20 }, 'number'), 's').columns;
    expect(n).toMatchObject({ min: { value: 10 }, max: { value: 20 }, strictMax: true });
    const [d] = parseSchema(frictionless({ minimum: '2024-01-01' }, 'date'), 's').columns;
    expect(d).toMatchObject({ min: { value: '2024-01-01' } });
  });
});
