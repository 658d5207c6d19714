// Runner-contract tests: the committed bundle actions/validate-data/dist/index.js, run as the runner does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CSV_SPECTRUM, FLIGHTS_3M_PARQUET } from '../fixtures/datasets.js';
import { FakeResultsService } from '../fakes/results-server.js';
import { forkPullRequestEvent, pullRequestEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';

const spectrum = CSV_SPECTRUM;
const flights = FLIGHTS_3M_PARQUET;

const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));
const check = (r: RunResult, id: string) => {
  const found = report(r).checks.find((c: { id: string }) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${report(r).checks.map((c: { id: string }) => c.id).join(', ')}`);
  return found;
};

const CLEAN = ['id,age,zip,city,joined,score', '1,34,02134,Boston,2024-01-02,0.5', '2,51,10001,"New York, NY",2024-02-29,0.75', '3,29,90210,LA,2024-03-01,0.25', ''].join('\n');

describe('validate-data bundle under the runner contract', () => {
  it('passes clean data and writes report, profile and a stable fingerprint', async () => {
    const schema = { columns: { id: { type: 'integer', unique: true }, age: { type: 'integer', min: 0, max: 120 }, zip: { type: 'string', pattern: '^\\d{5}$' }, joined: { type: 'date' }, score: { type: 'number', mean: { min: 0.4, max: 0.6 } } } };
    const run = () => runAction('validate-data', { inputs: { data: 'data/train.csv', schema: 'schema.yml', 'profile-path': 'out/profile.json' }, files: { 'data/train.csv': CLEAN, 'schema.yml': YAML.stringify(schema) } });
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ passed: 'true', 'row-count': '3', 'failed-checks': '0', warnings: '0', report: 'mlops-reports/validate-data.json', profile: 'out/profile.json' });
    expect(first.outputs.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await run()).outputs.fingerprint).toBe(first.outputs.fingerprint);
    expect(first.annotations).toEqual([]);
    expect(first.summary).toContain('Data validation ✅ passed');
    const profile = JSON.parse(readFileSync(path.join(first.workspace, 'out/profile.json'), 'utf8'));
    expect(profile).toMatchObject({ kind: 'mlops-actions/profile', version: 1, rows: 3 });
    expect(profile.columns.find((c: { name: string }) => c.name === 'zip').type).toBe('string');
    expect(profile.columns.find((c: { name: string }) => c.name === 'joined').type).toBe('date');
  });

  it('fails each kind of check with exact counts and the lines of the failing rows', async () => {
    const csv = [
      'id,age,zip,city,note,score,day', // line 1
      '1,34,02134,Boston,ok,0.1,2024-01-01', // 2
      '2,-5,1000,Paris,"two', // 3 (quoted newline)
      'lines",0.2,2024-02-30', // 4
      '2,130,10001,LA,,0.3,2024-01-03', // 5
      '4,,ABCDE,Boston,a very long note indeed,x,2024-01-04', // 6
      '5,40,99999,LA,ok,0.5,2024-01-05', // 7
      '',
    ].join('\n');
    const schema = {
      columns: {
        id: { type: 'integer', unique: true },
        age: { type: 'integer', min: 0, max: { value: 120, severity: 'warning' }, 'strict-min': true, nullable: false },
        zip: { type: 'string', pattern: '^\\d{5}$', 'min-length': 5 },
        city: { allowed: ['Boston', 'LA'] },
        note: { 'max-length': 10, 'max-null-fraction': 0.1 },
        score: { type: 'number', mean: { min: 0.9 }, median: { max: 0.1 }, std: { max: 0.01 }, quantiles: { p95: { max: 0.2 } }, 'distinct-count': { min: 10 } },
        day: { type: 'date' },
        missing_col: { type: 'string' },
      },
      table: { 'row-count': { min: 10 }, columns: 'exact', 'unique-together': [['city', 'note']] },
    };
    const result = await runAction('validate-data', { inputs: { data: 'data.csv', schema: 'schema.yml', 'max-annotations': '50' }, files: { 'data.csv': csv, 'schema.yml': YAML.stringify(schema) } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const lines = (id: string) => check(result, id).examples.map((e: { line: number }) => e.line);
    expect(check(result, 'id: unique')).toMatchObject({ status: 'failed', failed: 2, evaluated: 5 });
    expect(lines('id: unique')).toEqual([3, 5]);
    expect(check(result, 'age: not-null')).toMatchObject({ failed: 1, evaluated: 5 });
    expect(lines('age: not-null')).toEqual([6]);
    expect(check(result, 'age: min')).toMatchObject({ failed: 1, evaluated: 4, nulls: 1, expected: '> 0' });
    expect(lines('age: min')).toEqual([3]);
    expect(check(result, 'age: max')).toMatchObject({ failed: 1, severity: 'warning' });
    expect(lines('age: max')).toEqual([5]);
    expect(check(result, 'zip: pattern')).toMatchObject({ failed: 2 });
    expect(lines('zip: pattern')).toEqual([3, 6]);
    expect(lines('zip: min-length')).toEqual([3]);
    expect(check(result, 'city: allowed').examples).toEqual([{ file: 'data.csv', row: 2, line: 3, value: 'Paris' }]);
    expect(check(result, 'note: max-length')).toMatchObject({ failed: 1, nulls: 1 });
    expect(lines('note: max-length')).toEqual([6]);
    expect(check(result, 'note: max-null-fraction')).toMatchObject({ status: 'failed', observed: '0.2 (1 of 5 rows)' });
    expect(check(result, 'score: type')).toMatchObject({ failed: 1 });
    expect(lines('score: type')).toEqual([6]);
    expect(check(result, 'score: mean').status).toBe('failed');
    expect(check(result, 'score: median')).toMatchObject({ status: 'failed', observed: '0.25 (exact)' });
    expect(check(result, 'score: std').status).toBe('failed');
    expect(check(result, 'score: quantile p95').status).toBe('failed');
    expect(check(result, 'score: distinct-count')).toMatchObject({ status: 'failed', observed: '5 (exact)' }); // 0.1, 0.2, 0.3, x, 0.5
    expect(check(result, 'day: type')).toMatchObject({ failed: 1 });
    expect(lines('day: type')).toEqual([3]);
    expect(check(result, 'missing_col: required')).toMatchObject({ status: 'failed', observed: 'missing from data.csv' });
    expect(check(result, 'table: columns')).toMatchObject({ status: 'failed', observed: 'missing: missing_col' });
    expect(check(result, 'table: row-count')).toMatchObject({ status: 'failed', observed: '5 rows' });
    expect(check(result, 'city + note: unique-together')).toMatchObject({ status: 'passed' });
    // every failed row check is pinned to its first failing line in the data file
    expect(result.annotations).toContainEqual({ level: 'error', file: 'data.csv', line: 3, title: 'validate-data: age: min', message: '1 of 4 value(s) are not > 0; 1 null value(s) not checked. First here: "-5".' });
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', file: 'data.csv', line: 5, title: 'validate-data: age: max' }));
    expect(result.outputs['failed-checks']).toBe(String(report(result).counts.errors));
    expect(result.outputs.warnings).toBe('1');
    expect(result.summary).toContain('Data validation ❌ failed');
  });

  it('applies mostly and fail-on, and caps annotations with a notice for the rest', async () => {
    const csv = ['v', ...Array.from({ length: 100 }, (_, i) => String(i < 3 ? -1 : i))].join('\n');
    const files = { 'd.csv': csv, 's.yml': 'columns:\n  v: {min: {value: 0, mostly: 0.95}, max: {value: 50, severity: warning}, type: integer}\n' };
    const lenient = await runAction('validate-data', { inputs: { data: 'd.csv', schema: 's.yml' }, files });
    expect(lenient.exitCode).toBe(0);
    expect(check(lenient, 'v: min')).toMatchObject({ status: 'passed', failed: 3, evaluated: 100 });
    expect(check(lenient, 'v: max')).toMatchObject({ status: 'failed', severity: 'warning', failed: 49 });
    const strict = await runAction('validate-data', { inputs: { data: 'd.csv', schema: 's.yml', 'fail-on': 'warning', 'max-annotations': '0' }, files });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.filter((a) => a.level !== 'error')).toEqual([{ level: 'notice', title: 'validate-data', message: '1 more failed check(s) are listed in the job summary and the report (1 in all).' }]);
  });

  it("parses csv-spectrum's edge cases right through the bundle", async () => {
    const files: Record<string, Buffer> = {};
    for (const f of readdirSync(path.join(spectrum, 'csvs'))) files[`spectrum/${f}`] = readFileSync(path.join(spectrum, 'csvs', f));
    const result = await runAction('validate-data', { inputs: { data: 'spectrum/*.csv', 'profile-path': 'p.json' }, files });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const sources = JSON.parse(readFileSync(path.join(result.workspace, 'p.json'), 'utf8')).sources;
    for (const source of sources) {
      const name = path.basename(source.file, '.csv');
      const expected = [JSON.parse(readFileSync(path.join(spectrum, 'json', `${name}.json`), 'utf8'))].flat();
      expect(`${name}: ${source.rows}`).toBe(`${name}: ${expected.length}`);
    }
    // a quoted field spanning lines does not shift the line of the next row
    const quoted = await runAction('validate-data', { inputs: { data: 'q.csv', schema: 's.yml' }, files: { 'q.csv': readFileSync(path.join(spectrum, 'csvs', 'quotes_and_newlines.csv')), 's.yml': 'columns:\n  a: {allowed: ["1"]}\n' } });
    expect(check(quoted, 'a: allowed').examples).toEqual([{ file: 'q.csv', row: 2, line: 5, value: '3' }]);
  });

  it('validates the real flights-3m Parquet file (ZSTD) in one pass', async () => {
    const schema = { columns: { delay: { type: 'integer', min: -500, max: 2000 }, distance: { type: 'integer', min: 0 }, origin: { type: 'string', pattern: '^[A-Z]{3}$' }, date: { type: 'datetime' } }, table: { 'row-count': { min: 3_000_000, max: 3_000_000 } } };
    const result = await runAction('validate-data', { inputs: { data: 'flights.parquet', schema: 'schema.yml', 'profile-path': 'flights.profile.json' }, files: { 'flights.parquet': readFileSync(flights), 'schema.yml': YAML.stringify(schema) } });
    expect(result.stderr).toBe('');
    expect(result.outputs['row-count']).toBe('3000000');
    const profile = JSON.parse(readFileSync(path.join(result.workspace, 'flights.profile.json'), 'utf8'));
    const delay = profile.columns.find((c: { name: string }) => c.name === 'delay');
    expect(delay).toMatchObject({ type: 'integer', count: 3_000_000, nulls: 0 });
    expect(profile.columns.find((c: { name: string }) => c.name === 'origin').type).toBe('string');
    expect(profile.columns.find((c: { name: string }) => c.name === 'date').type).toBe('datetime');
    expect(check(result, 'distance: min').status).toBe('passed');
    expect(check(result, 'table: row-count').status).toBe('passed');
  }, 120_000);

  it('reads a CSV larger than one range on worker threads (dist/worker), with exact lines', async () => {
    // 260,000 rows, 11 MB: two byte ranges; bad rows in both.
    const bad = new Map([[2_000, 'boston'], [150_000, 'B0S'], [259_990, 'bos']]);
    const rows = ['date,delay,distance,origin,destination'];
    for (let i = 1; i <= 260_000; i++) rows.push(`2001-01-01T00:00:00,${i % 97},${1000 + (i % 500)},${bad.get(i) ?? 'ATL'},SFO`);
    const schema = { columns: { delay: { type: 'integer', min: 0 }, origin: { pattern: '^[A-Z]{3}$' } } };
    const result = await runAction('validate-data', { inputs: { data: 'big.csv', schema: 'schema.yml', 'fail-on': 'never' }, files: { 'big.csv': rows.join('\n') + '\n', 'schema.yml': YAML.stringify(schema) } });
    expect(result.stderr).toBe('');
    expect(result.outputs['row-count']).toBe('260000');
    const origin = check(result, 'origin: pattern');
    expect([origin.failed, origin.evaluated]).toEqual([3, 260_000]);
    expect(origin.examples.map((e: { row: number; line: number; value: string }) => [e.row, e.line, e.value])).toEqual([...bad].map(([row, value]) => [row, row + 1, value]));
  }, 60_000);

  it('maps a Frictionless Table Schema onto the same checks', async () => {
    const frictionless = {
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'age', type: 'integer', constraints: { minimum: 0, exclusiveMaximum: 120 } },
        { name: 'zip', type: 'string', constraints: { pattern: '\\d{5}' } },
        { name: 'city', type: 'string', constraints: { enum: ['Boston', 'LA'] } },
        { name: 'joined', type: 'date' },
        { name: 'score', type: 'number' },
      ],
      primaryKey: 'id',
    };
    const result = await runAction('validate-data', { inputs: { data: 'train.csv', schema: 'schema.json' }, files: { 'train.csv': CLEAN.replace('120', '120'), 'schema.json': JSON.stringify(frictionless) } });
    expect(check(result, 'city: allowed')).toMatchObject({ failed: 1, examples: [{ line: 3, value: 'New York, NY' }] });
    expect(check(result, 'id: unique').status).toBe('passed');
    expect(check(result, 'zip: pattern').status).toBe('passed');
    expect(check(result, 'id: unique-together').status).toBe('passed');
    expect(check(result, 'table: columns').status).toBe('passed');
    expect(result.exitCode).toBe(1);
  });

  it('infers a schema that the same data then passes', async () => {
    const first = await runAction('validate-data', { inputs: { data: 'train.csv', 'infer-schema': 'inferred.yml' }, files: { 'train.csv': CLEAN } });
    expect(first.exitCode).toBe(0);
    const inferred = YAML.parse(readFileSync(path.join(first.workspace, 'inferred.yml'), 'utf8'));
    expect(inferred.columns).toMatchObject({ id: { type: 'integer', min: 1, max: 3, unique: true, nullable: false }, zip: { type: 'string' }, joined: { type: 'date', min: '2024-01-02', max: '2024-03-01' } });
    const second = await runAction('validate-data', { inputs: { data: 'train.csv', schema: 'inferred.yml' }, workspace: first.workspace });
    expect(second.exitCode).toBe(0);
    expect(report(second).counts.failed).toBe(0);
  });

  it('works on a fork pull request (nothing here needs write access) and reads JSONL, JSON and gzip', async () => {
    const jsonl = '{"a": 1, "b": "x"}\n{"a": 2, "b": null}\nnot json\n{"a": "3", "c": true}\n';
    const result = await runAction('validate-data', {
      event: forkPullRequestEvent(),
      inputs: { data: 'd.jsonl\nd.json\nd.csv.gz', schema: 's.yml', 'fail-on': 'never' },
      files: { 'd.jsonl': jsonl, 'd.json': JSON.stringify([{ a: 5 }, [1]]), 'd.csv.gz': gzipSync('a\n7\n8\n'), 's.yml': 'columns:\n  a: {type: integer}\n' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['row-count']).toBe('6');
    expect(check(result, 'd.jsonl: well-formed').examples).toEqual([{ file: 'd.jsonl', row: 0, line: 3, value: expect.stringMatching(/^not valid JSON/) }]);
    expect(check(result, 'd.json: well-formed').examples).toEqual([{ file: 'd.json', row: 2, value: 'record 2 is not an object' }]);
    expect(check(result, 'a: type')).toMatchObject({ failed: 1, examples: [{ file: 'd.jsonl', line: 4, value: '3' }] });
  });

  it('reports malformed files as findings and bad inputs as clear errors', async () => {
    const ragged = await runAction('validate-data', { inputs: { data: 'r.csv' }, files: { 'r.csv': 'a,b\n1,2\n3\n"x\n' } });
    expect(ragged.exitCode).toBe(1);
    expect(ragged.annotations[0]).toMatchObject({ level: 'error', file: 'r.csv', line: 3, message: expect.stringContaining('malformed') });
    const truncated = await runAction('validate-data', { inputs: { data: 't.parquet' }, files: { 't.parquet': readFileSync(flights).subarray(0, 100_000) } });
    expect(truncated.exitCode).toBe(1);
    expect(check(truncated, 't.parquet: well-formed').examples[0].value).toMatch(/not a readable Parquet file/);

    const cases: [Record<string, string>, Record<string, string>, RegExp][] = [
      [{ data: 'empty.csv' }, { 'empty.csv': '' }, /Input 'data': "empty.csv" is empty/],
      [{ data: 'nope.csv' }, {}, /Input 'data': the file "nope.csv" does not exist/],
      [{ data: 'data/*.csv' }, { 'x.txt': 'a' }, /Input 'data': the pattern "data\/\*.csv" matches no file/],
      [{ data: 'folder' }, { 'folder/a.csv': 'a\n1\n' }, /Input 'data': "folder" is a directory; name files or a glob such as folder\/\*.csv/],
      [{ data: 'a.csv', 'report-path': 'folder' }, { 'a.csv': 'a\n1\n', 'folder/x': '' }, /Input 'report-path': "folder" is a directory; give the path of a file/],
      [{ data: 'a.xlsx' }, { 'a.xlsx': 'x' }, /Cannot tell the format of "a.xlsx"/],
      [{ data: 'a.csv', schema: 's.yml' }, { 'a.csv': 'a\n1\n', 's.yml': 'columns:\n  a: {min: lots}\n' }, /Schema s.yml: columns.a.min must be a number or an ISO date, got "lots"/],
      [{ data: 'a.csv', schema: 's.yml' }, { 'a.csv': 'a\n1\n', 's.yml': 'columns:\n  a: {maximum: 3}\n' }, /Schema s.yml: columns.a.maximum is not a known column setting/],
      [{ data: 'a.csv', 'fail-on': 'sometimes' }, { 'a.csv': 'a\n1\n' }, /Input 'fail-on' must be one of 'error', 'warning', 'never', got "sometimes"/],
    ];
    for (const [inputs, files, message] of cases) {
      const result = await runAction('validate-data', { inputs, files });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
      expect(result.stdout).not.toMatch(/^\s+at /m);
    }
  });

  describe('with the results service', () => {
    const results = new FakeResultsService();
    beforeAll(() => results.start());
    afterAll(() => results.stop());

    it('uploads the report and profile as an artifact', async () => {
      const result = await runAction('validate-data', { event: pullRequestEvent(), resultsUrl: results.url, inputs: { data: 'train.csv', 'profile-path': 'profile.json', 'artifact-name': 'training-data' }, files: { 'train.csv': CLEAN } });
      expect(result.exitCode).toBe(0);
      expect(results.artifacts.map((a) => [a.name, a.finalized])).toEqual([['training-data', true]]);
      expect(result.stdout).toMatch(/Uploaded artifact training-data/);
    });
  });
});
