// Wrong results no longer given silently, and mistakes a user can fix named (issue 15): each hostile
// file is a finding (or a configuration error) naming the file and the line, never "Internal error".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runAction, type RunResult } from '../harness/run-action.js';
import { brokenGzip, nested } from './fixtures.js';

const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));
const check = (r: RunResult, id: string) => report(r).checks.find((c: { id: string }) => c.id === id);
const examples = (r: RunResult, file: string) => check(r, `${file}: well-formed`)?.examples.map((e: { line?: number; value: string }) => ({ line: e.line, value: e.value }));
const validate = (files: Record<string, string | Buffer>, inputs: Record<string, string> = {}) => runAction('validate-data', { inputs: { data: Object.keys(files)[0]!, ...inputs }, files });

describe('hostile data: findings that name the file and the line', () => {
  it('reports duplicate and empty header names and checks every column under its own name', async () => {
    const schema = { columns: { a: { max: 1 }, 'a.1': { max: 1 }, unnamed_3: { max: 1 } } };
    const run = await validate({ 'dup.csv': 'a,a,,b\n1,5,7,0\n', 'schema.yml': YAML.stringify(schema) }, { schema: 'schema.yml' });
    expect(run.exitCode).toBe(1);
    expect(examples(run, 'dup.csv')).toEqual([
      { line: 1, value: 'the header names "a" more than once; column 2 is read as "a.1"' },
      { line: 1, value: 'column 3 has no name in the header; it is read as "unnamed_3"' },
    ]);
    expect(check(run, 'a: max')).toMatchObject({ status: 'passed', evaluated: 1 });
    expect(check(run, 'a.1: max')).toMatchObject({ status: 'failed', examples: [{ line: 2, value: '5' }] });
    expect(check(run, 'unnamed_3: max')).toMatchObject({ status: 'failed', examples: [{ line: 2, value: '7' }] });
  });

  it('refuses a file of NUL bytes, and leaves out a row holding one', async () => {
    const nul = await validate({ 'nul.csv': Buffer.alloc(4096) });
    expect(nul.exitCode).toBe(1);
    expect(examples(nul, 'nul.csv')).toEqual([{ line: 1, value: 'NUL bytes in the header (reading stopped): not a UTF-8 text file (binary, or saved as UTF-16?)' }]);
    const row = await validate({ 'row.csv': 'a,b\n1,2\n3,\0\n5,6\n' });
    expect(row.outputs['row-count']).toBe('2');
    expect(examples(row, 'row.csv')).toEqual([{ line: 3, value: 'NUL bytes in this row (left out): not a UTF-8 text file (binary, or saved as UTF-16?)' }]);
  });

  it('reports invalid UTF-8 in JSON Lines and JSON at its line, and reads a byte order mark as one', async () => {
    const bad = Buffer.concat([Buffer.from('{"a":"ok"}\n{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const jsonl = await validate({ 'bad.jsonl': bad });
    expect(jsonl.exitCode).toBe(1);
    expect(examples(jsonl, 'bad.jsonl')).toEqual([{ line: 2, value: 'invalid UTF-8 bytes in this line (read as U+FFFD); re-save the file as UTF-8' }]);
    const json = await validate({ 'bad.json': Buffer.concat([Buffer.from('[\n{"a":1},\n{"a":"'), Buffer.from([0xc3]), Buffer.from('"}\n]\n')]) });
    expect(examples(json, 'bad.json')).toEqual([{ line: 3, value: 'invalid UTF-8 bytes from this line on (read as U+FFFD); re-save the file as UTF-8' }]);
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    for (const [file, text] of [['bom.jsonl', '{"a":1}\n{"a":2}\n'], ['bom.json', '[{"a":1},{"a":2}]']] as const) {
      const run = await validate({ [file]: Buffer.concat([bom, Buffer.from(text)]) });
      expect(run.exitCode, file).toBe(0);
      expect(run.outputs['row-count']).toBe('2');
    }
  });

  it('reports JSON nested 5,000 deep at its line instead of failing inside', async () => {
    const jsonl = await validate({ 'deep.jsonl': `{"a":1}\n{"a":${nested(5000)}}\n{"a":3}\n` });
    expect(jsonl.stdout).not.toContain('Internal error');
    expect(jsonl.exitCode).toBe(1);
    expect(jsonl.outputs['row-count']).toBe('2');
    expect(examples(jsonl, 'deep.jsonl')).toEqual([{ line: 2, value: 'a value nested deeper than 64 levels (arrays and objects); records must be flatter' }]);
    const json = await validate({ 'deep.json': `[\n{"a":1},\n{"a":${nested(5000)}}\n]` });
    expect(json.exitCode).toBe(1);
    expect(examples(json, 'deep.json')).toEqual([{ line: 3, value: 'a value nested deeper than 64 levels (arrays and objects); records must be flatter' }]);
  });

  it('names a broken gzip file (CRC, length, method, flags) instead of an internal error', async () => {
    for (const part of ['crc', 'length', 'method', 'flags'] as const) {
      const run = await validate({ [`${part}.csv.gz`]: brokenGzip('a,b\n1,2\n3,4\n', part) });
      expect(run.stdout, part).not.toContain('Internal error');
      expect(run.exitCode, part).toBe(1);
      const [finding] = examples(run, `${part}.csv.gz`);
      expect(finding.value, part).toMatch(/^not a readable gzip file: (incorrect data check|incorrect length check|unknown compression method|unknown header flags set) \(near byte \d+ of the compressed file\)$/);
    }
  });

  it('checks columns named constructor, toString, valueOf, hasOwnProperty and __proto__ end to end', async () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    const schema = `columns:\n${names.map((n) => `  ${n}: {type: integer, max: 1}`).join('\n')}\n`;
    for (const [file, text] of [
      ['names.csv', `${names.join(',')}\n1,1,1,1,1\n2,2,2,2,2\n`],
      ['names.jsonl', `${JSON.stringify(Object.fromEntries(names.map((n) => [n, 1])))}\n${JSON.stringify(Object.fromEntries(names.map((n) => [n, 2])))}\n`],
    ] as const) {
      const run = await validate({ [file]: text, 'schema.yml': schema }, { schema: 'schema.yml', 'infer-schema': 'inferred.yml' });
      expect(run.stderr, file).toBe('');
      expect(run.exitCode, file).toBe(1);
      for (const name of names) {
        expect(check(run, `${name}: type`), `${file} ${name}`).toMatchObject({ status: 'passed', evaluated: 2 });
        expect(check(run, `${name}: max`), `${file} ${name}`).toMatchObject({ status: 'failed', failed: 1, examples: [{ line: file.endsWith('.csv') ? 3 : 2, value: '2' }] });
      }
      expect(Object.keys(YAML.parse(readFileSync(path.join(run.workspace, 'inferred.yml'), 'utf8')).columns)).toEqual(names);
    }
  });
});
