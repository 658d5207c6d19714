// Runner-contract tests of validate-data's governance checks, through the bundle: schema changes judged
// against the schema at the pull request's merge base (a real git repository: a bare origin, a base and
// a head commit, a shallow clone as actions/checkout makes, a pull_request event), and personal data found
// and never shown in the clear.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';

const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));

/**
 * A repository whose main branch has `base` files and whose feature branch changes them to `head`,
 * cloned shallow at the feature branch; the pull_request event names main's tip as its base.
 */
function repository(base: Record<string, string>, head: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'mlops-schema-'));
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
  const write = (dir: string, files: Record<string, string>) => Object.entries(files).forEach(([name, text]) => writeFileSync(path.join(dir, name), text));
  git(root, 'init', '-q', '--bare', 'origin.git');
  git(root, 'init', '-q', '-b', 'main', 'work');
  const work = path.join(root, 'work');
  git(work, 'remote', 'add', 'origin', path.join(root, 'origin.git'));
  write(work, base);
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'the contract the model was trained on');
  const baseSha = git(work, 'rev-parse', 'HEAD');
  git(work, 'checkout', '-q', '-b', 'feature');
  write(work, head);
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'change the contract');
  git(work, 'push', '-q', 'origin', 'main', 'feature');
  const clone = path.join(root, 'clone');
  git(root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${path.join(root, 'origin.git')}`, clone);
  const event = pullRequestEvent();
  Object.assign(event.payload.pull_request.base, { ref: 'main', sha: baseSha });
  return { clone, event, baseSha };
}

const BASE_SCHEMA = ['columns:', '  age:', '    type: integer', '    min: 0', '    max: 120', '  city:', '    type: categorical', '    allowed: [Boston, LA]', '  zip:', '    pattern: "^\\\\d{5}$"', ''].join('\n');
const DATA = 'age,city,zip\n34,Boston,02134\n51,LA,10001\n';

describe('schema changes against the merge base (git:base)', () => {
  it('fails on breaking changes, with an error annotation on the schema line of each', async () => {
    const head = ['columns:', '  age:', '    type: number', '    min: 0', '    max: 150', '  city:', '    type: categorical', '    allowed: [Boston, LA, Paris]', '  zip:', '    pattern: "^\\\\d{5}(-\\\\d{4})?$"', '    max-length: 10', ''].join('\n');
    const { clone, event, baseSha } = repository({ 'schema.yml': BASE_SCHEMA, 'data.csv': DATA }, { 'schema.yml': head });
    const result = await runAction('validate-data', { event, workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file === 'schema.yml');
    expect(errors.map((a) => [a.line, a.title])).toEqual([
      [3, 'validate-data: age: schema change (type)'],
      [5, 'validate-data: age: schema change (max)'],
      [8, 'validate-data: city: schema change (allowed)'],
      [10, 'validate-data: zip: schema change (pattern)'],
    ]);
    expect(errors[0]!.message).toBe('Breaking schema change: type: integer → number: the new schema accepts "0.5", which the old type rejects.');
    const changes = JSON.parse(result.outputs['schema-changes']!);
    expect(changes).toContainEqual({ column: 'age', change: 'max: ≤ 120 → ≤ 150', before: '≤ 120', after: '≤ 150', compatibility: 'breaking', reason: 'the new schema accepts "150", which the old max rejects' });
    expect(changes.at(-1)).toMatchObject({ column: 'zip', change: 'max-length: (none) → 10', compatibility: 'compatible' });
    expect(report(result).schemaChanges.baseline).toBe(`schema.yml at ${baseSha.slice(0, 12)} (merge base with main)`);
    const section = result.summary.slice(result.summary.indexOf('### Schema changes'));
    expect(section).toContain('4 breaking, 1 compatible');
    expect(section.indexOf('❌ breaking')).toBeLessThan(section.indexOf('✅ compatible'));
    expect(result.summary).toContain('Data validation ❌ failed');
  });

  it('turns breaking changes into warnings with allow-breaking: true; passed still says a check failed', async () => {
    const head = BASE_SCHEMA.replace('max: 120', 'max: 150');
    const { clone, event } = repository({ 'schema.yml': BASE_SCHEMA, 'data.csv': DATA }, { 'schema.yml': head });
    const result = await runAction('validate-data', { event, workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml', 'allow-breaking': 'true' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': '0', warnings: '1' });
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', file: 'schema.yml', line: 5, title: 'validate-data: age: schema change (max)' }));
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.summary).toContain('⚠️ breaking');
    expect(result.summary).toContain('Data validation ⚠️ warnings');
  });

  it('passes compatible changes (narrowed), and a schema new in the pull request has no contract to break', async () => {
    const head = BASE_SCHEMA.replace('max: 120', 'max: 100').replace('[Boston, LA]', '[Boston, LA]\n    nullable: false');
    const { clone, event } = repository({ 'schema.yml': BASE_SCHEMA, 'data.csv': DATA }, { 'schema.yml': head, 'new.yml': 'columns:\n  age: {type: number}\n' });
    const result = await runAction('validate-data', { event, workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(JSON.parse(result.outputs['schema-changes']!).map((c: { change: string; compatibility: string }) => [c.change, c.compatibility])).toEqual([
      ['max: ≤ 120 → ≤ 100', 'compatible'],
      ['nullable: nulls allowed → no nulls', 'compatible'],
    ]);
    expect(result.annotations).toEqual([]);
    const fresh = await runAction('validate-data', { event, workspace: clone, inputs: { data: 'data.csv', schema: 'new.yml' } });
    expect(fresh.exitCode).toBe(0);
    expect(report(fresh).schemaChanges).toMatchObject({ changes: [] });
    expect(report(fresh).schemaChanges.baseline).toMatch(/^new\.yml at [0-9a-f]{12} \(merge base with main\): the file did not exist/);
  });

  it('compares with git:<ref> or a file, and explains a baseline it cannot use', async () => {
    const { clone, event } = repository({ 'schema.yml': BASE_SCHEMA, 'data.csv': DATA }, { 'schema.yml': BASE_SCHEMA.replace('min: 0', 'min: -10') });
    const byRef = await runAction('validate-data', { event: pushEvent(), workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml', 'schema-baseline': 'git:HEAD~0' } });
    expect(byRef.exitCode).toBe(0);
    expect(JSON.parse(byRef.outputs['schema-changes']!)).toEqual([]);
    writeFileSync(path.join(clone, 'old.yml'), BASE_SCHEMA);
    const byFile = await runAction('validate-data', { event: pushEvent(), workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml', 'schema-baseline': 'old.yml' } });
    expect(byFile.exitCode).toBe(1);
    expect(byFile.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'schema.yml', line: 4, title: 'validate-data: age: schema change (min)' }));
    // not a pull request: no baseline by default
    const push = await runAction('validate-data', { event: pushEvent(), workspace: clone, inputs: { data: 'data.csv', schema: 'schema.yml' } });
    expect(push.exitCode).toBe(0);
    expect(report(push).schemaChanges).toBeUndefined();
    const noSchema = await runAction('validate-data', { event, workspace: clone, inputs: { data: 'data.csv', 'schema-baseline': 'git:base' } });
    expect(noSchema.exitCode).toBe(1);
    expect(noSchema.stdout).toContain("Input 'schema-baseline' is \"git:base\", but no 'schema' is given");
    const notGit = await runAction('validate-data', { event, inputs: { data: 'd.csv', schema: 's.yml', 'schema-baseline': 'git:base' }, files: { 'd.csv': DATA, 's.yml': BASE_SCHEMA } });
    expect(notGit.exitCode).toBe(1);
    expect(notGit.stdout).toContain('the workspace is not a git checkout');
  });
});

const FIRST = ['Ann', 'Bob', 'Cleo', 'Dev', 'Eve', 'Finn', 'Gus', 'Hana'];
const CARDS = ['4242424242424242', '5555555555554444', '378282246310005', '6011111111111117'];
const IBANS = ['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'];

/** The check digit that makes `payload` pass Luhn (computed here, apart from the detector's own). */
function luhnDigit(payload: string): number {
  let sum = 0;
  [...payload].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return (10 - (sum % 10)) % 10;
}

/** 400 customers: e-mail, phone, card, IBAN, SSN, IP, plus decoys (order numbers failing Luhn, versions, dates, amounts). */
function customers(): { csv: string; secrets: string[] } {
  const rows = ['id,email,phone,card,iban,ssn,ip,order_no,version,day,amount,note'];
  const secrets: string[] = [];
  for (let i = 0; i < 400; i++) {
    const email = `${FIRST[i % 8]!.toLowerCase()}.${i}@example.com`;
    const phone = `+1 (415) 555-${String(1000 + i).slice(-4)}`;
    const card = CARDS[i % 4]!;
    const iban = IBANS[i % 4]!;
    const ssn = `${String(100 + (i % 500)).padStart(3, '0')}-${String(10 + (i % 89))}-${String(1000 + i)}`;
    const ip = `10.${i % 250}.${(i * 7) % 250}.${(i * 13) % 250}`;
    const payload = `4${String(31_000_000_000_000 + i * 7919)}`; // a Visa prefix: only Luhn tells them apart
    const order = `${payload}${(luhnDigit(payload) + 1) % 10}`;
    const note = i % 40 === 0 ? `call ${phone} or ${email}` : 'ok';
    secrets.push(email, phone, card, iban, ssn, ip);
    rows.push([i + 1, email, `"${phone}"`, card, iban, ssn, ip, order, `1.${i % 10}.${i % 7}`, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, (i * 3.7).toFixed(2), note].join(','));
  }
  return { csv: rows.join('\n') + '\n', secrets };
}

describe('personal data', () => {
  it('flags each kind by column, masks values, and drops a flagged column\'s values from the profile', async () => {
    const { csv } = customers();
    const schema = { columns: { email: { pii: 'allowed', 'max-length': 10 } } };
    const result = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.yml', 'profile-path': 'p.json', 'infer-schema': 'inferred.yml' }, files: { 'c.csv': csv, 's.yml': YAML.stringify(schema) } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1); // the max-length check (an error) fails; personal data alone only warns
    const flagged = JSON.parse(result.outputs['pii-columns']!);
    expect(flagged.map((c: { column: string; kind: string }) => `${c.column}:${c.kind}`).sort()).toEqual(['card:card', 'iban:iban', 'ip:ipv4', 'phone:phone', 'ssn:ssn']);
    expect(flagged.find((c: { column: string }) => c.column === 'card')).toEqual({ column: 'card', kind: 'card', count: 400, share: 1 });
    const warnings = result.annotations.filter((a) => a.title?.includes('personal data'));
    expect(warnings.map((a) => [a.level, a.file, a.line])).toEqual(Array(5).fill(['warning', 'c.csv', 2]));
    expect(warnings.find((a) => a.title === 'validate-data: card: personal data (card)')!.message).toBe('400 of 400 value(s) (100.0%) are payment card numbers; values are masked here. First here: "•••• •••• •••• 4242".');
    const pii = report(result).pii;
    expect(pii.columns.find((c: { column: string }) => c.column === 'email')).toMatchObject({ kind: 'email', expected: true, first: { line: 2, value: 'a•••@e•••.com' } });
    expect(pii.columns.some((c: { column: string }) => ['order_no', 'version', 'day', 'amount', 'note', 'id'].includes(c.column))).toBe(false);
    const profile = JSON.parse(readFileSync(path.join(result.workspace, 'p.json'), 'utf8'));
    const card = profile.columns.find((c: { name: string }) => c.name === 'card');
    expect(card.pii).toEqual({ kind: 'card', dropped: ['numeric summaries, quantiles and bins', 'exact values', 'frequent items'] });
    expect(card.frequent ?? card.distribution ?? card.numeric).toBeUndefined();
    expect(profile.columns.find((c: { name: string }) => c.name === 'email').pii.kind).toBe('email');
    expect(profile.columns.find((c: { name: string }) => c.name === 'version').frequent.items.length).toBeGreaterThan(0);
    expect(result.summary).toContain('### Personal data');
  });

  it('fails with pii: fail, passes with pii: off, and marks pii: allowed columns as expected', async () => {
    const files = { 'c.csv': 'id,email\n1,ann@example.com\n2,bob@example.com\n', 's.yml': 'columns:\n  id: {type: integer}\n' };
    const fail = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.yml', pii: 'fail' }, files });
    expect(fail.exitCode).toBe(1);
    expect(fail.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'c.csv', line: 2, title: 'validate-data: email: personal data (email)' }));
    const off = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.yml', pii: 'off' }, files });
    expect(off.exitCode).toBe(0);
    expect([off.outputs.passed, off.outputs['pii-columns']]).toEqual(['true', '[]']);
    const allowed = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.yml', pii: 'fail' }, files: { ...files, 's.yml': 'columns:\n  email: {pii: allowed}\n' } });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs.passed).toBe('true');
    const frictionless = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.json', pii: 'fail' }, files: { ...files, 's.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'email', pii: true }] }) } });
    expect(frictionless.exitCode).toBe(0);
    const rare = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', pii: 'fail', 'pii-min-share': '0.6' }, files: { 'c.csv': 'v\nann@example.com\nx\ny\n' } });
    expect(rare.exitCode).toBe(0); // one in three is under 60%
  });

  it('never shows a value in the clear: summary, annotations, report, profile, inferred schema, stdout', async () => {
    const { csv, secrets } = customers();
    // Checks that fail on the personal columns and the free-text note, so their examples would show values.
    const schema = { columns: { email: { 'max-length': 5, unique: true }, phone: { allowed: ['x'] }, card: { type: 'string', pattern: '^x$' }, iban: { 'min-length': 40 }, ssn: { allowed: ['x'] }, ip: { 'max-length': 3 }, note: { allowed: ['ok'] } }, table: { 'unique-together': [['card', 'iban']] } };
    const result = await runAction('validate-data', { event: pushEvent(), inputs: { data: 'c.csv', schema: 's.yml', 'profile-path': 'p.json', 'infer-schema': 'i.yml', 'max-annotations': '50' }, files: { 'c.csv': csv, 's.yml': YAML.stringify(schema) } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(report(result).checks.filter((c: { status: string }) => c.status === 'failed').length).toBeGreaterThan(8);
    const read = (file: string) => readFileSync(path.join(result.workspace, file), 'utf8');
    const places = { summary: result.summary, annotations: JSON.stringify(result.annotations), report: read(result.outputs.report!), profile: read('p.json'), inferred: read('i.yml'), stdout: result.stdout, outputs: JSON.stringify(result.outputs) };
    for (const [where, text] of Object.entries(places)) {
      const leaked = secrets.filter((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)));
      expect(`${where}: ${leaked.slice(0, 3).join(', ')}`).toBe(`${where}: `);
    }
    expect(result.summary).toContain('•••• •••• •••• 4242');
    expect(report(result).checks.find((c: { id: string }) => c.id === 'note: allowed').examples[0].value).toMatch(/^call \+• \(•••\) •••-••\d\d or [a-z]•••@e•••\.com$/);
  });
});

describe('passed and fail-on', () => {
  it('with fail-on: never a failed error check is not a pass: passed=false, a warning, the summary says failed', async () => {
    const result = await runAction('validate-data', { inputs: { data: 'd.csv', schema: 's.yml', 'fail-on': 'never' }, files: { 'd.csv': 'v\n1\n-5\n', 's.yml': 'columns:\n  v: {min: 0}\n' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': '1' });
    expect(result.summary).toContain('Data validation ❌ failed');
    expect(result.summary).not.toContain('✅ passed');
    expect(result.summary).toContain('The step does not fail (fail-on: never).');
    expect(result.annotations).toContainEqual({ level: 'warning', title: 'validate-data', message: 'validate-data: 1 check(s) failed with severity error and 0 with severity warning (fail-on: never) (the step does not fail: fail-on says so). See the job summary.' });
    expect(report(result).passed).toBe(false);
  });

  it('a failed warning makes passed false too; fail-on: warning fails the step on it', async () => {
    const files = { 'd.csv': 'v\n1\n500\n', 's.yml': 'columns:\n  v: {max: {value: 100, severity: warning}}\n' };
    const lenient = await runAction('validate-data', { inputs: { data: 'd.csv', schema: 's.yml' }, files });
    expect([lenient.exitCode, lenient.outputs.passed, lenient.outputs['failed-checks'], lenient.outputs.warnings]).toEqual([0, 'false', '0', '1']);
    const strict = await runAction('validate-data', { inputs: { data: 'd.csv', schema: 's.yml', 'fail-on': 'warning' }, files });
    expect([strict.exitCode, strict.outputs.passed]).toEqual([1, 'false']);
    expect(strict.stdout).toContain('::error::validate-data failed: 0 check(s) failed with severity error and 1 with severity warning (fail-on: warning). See the job summary.');
  });
});
