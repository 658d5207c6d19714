// Trust follows authorship, first half: a path the workflow's author writes may point anywhere the job
// can reach. Runner-contract tests (the bundles) reading and writing under RUNNER_TEMP, as a scheduled
// job does with `${{ runner.temp }}` (the runner expands the expression to this absolute path), and
// registering into a bare repository outside the workspace (a self-hosted runner's shared registry).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.js';
import { FixtureRepository } from '../fixtures/repository.js';
import { runAction } from '../harness/run-action.js';

/** A small dataset: a numeric column that `shift` moves, and a category. */
function dataset(seed: number, rows: number, shift: number): string {
  const random = mulberry32(seed);
  const lines = ['age,city'];
  for (let i = 0; i < rows; i++) lines.push(`${(30 + shift + 20 * random()).toFixed(1)},${['A', 'B', 'C'][i % 3]}`);
  return lines.join('\n');
}

/** The runner's temp folder of one job, outside the workspace; the harness makes the workspace elsewhere. */
function runnerTemp(files: Record<string, string>): { temp: string; env: { RUNNER_TEMP: string } } {
  const temp = mkdtempSync(path.join(tmpdir(), 'mlops-runner-temp-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(temp, name)), { recursive: true });
    writeFileSync(path.join(temp, name), content);
  }
  return { temp, env: { RUNNER_TEMP: temp } };
}

describe('inputs from an absolute path under RUNNER_TEMP', () => {
  it('validate-data reads the data and schema there and writes its profile and report there', async () => {
    const { temp, env } = runnerTemp({ 'data/train.csv': dataset(1, 300, 0), 'schema.yml': 'columns:\n  age: {type: number, min: 0}\n' });
    const result = await runAction('validate-data', {
      env,
      inputs: { data: `${temp}/data/*.csv`, schema: `${temp}/schema.yml`, 'profile-path': `${temp}/out/train.profile.json`, 'report-path': `${temp}/out/report.json` },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', profile: `${temp}/out/train.profile.json`, report: `${temp}/out/report.json` });
    const profile = JSON.parse(readFileSync(`${temp}/out/train.profile.json`, 'utf8'));
    expect(profile).toMatchObject({ kind: 'mlops-actions/profile', rows: 300 });
    expect(profile.sources.map((s: { file: string }) => s.file)).toEqual([`${temp}/data/train.csv`]); // named absolutely: it is not in the workspace
    expect(readdirSync(result.workspace)).toEqual([]); // nothing was written into the workspace
  });

  it('drift-check compares a profile and data there', async () => {
    const { temp, env } = runnerTemp({ 'train.csv': dataset(1, 300, 0), 'prod/today.csv': dataset(2, 300, 15) });
    const profiled = await runAction('validate-data', { env, inputs: { data: `${temp}/train.csv`, 'profile-path': `${temp}/train.profile.json` } });
    expect(profiled.exitCode).toBe(0);
    const result = await runAction('drift-check', { env, inputs: { reference: `${temp}/train.profile.json`, current: `${temp}/prod/*.csv`, 'report-path': `${temp}/drift.json` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ drifted: 'true', report: `${temp}/drift.json` });
    const report = JSON.parse(readFileSync(`${temp}/drift.json`, 'utf8'));
    expect(report.columns.find((c: { column: string }) => c.column === 'age')).toMatchObject({ drifted: true });
    expect(report.reference.rows).toBe(300);
  });

  it('train-gate reads the metrics, baseline and rules there', async () => {
    const { temp, env } = runnerTemp({ 'metrics.json': '{"accuracy": 0.91}', 'base.json': '{"accuracy": 0.90}', 'rules.yml': 'accuracy: {goal: maximize, max-regression: 0.02}\n' });
    const result = await runAction('train-gate', { env, inputs: { metrics: `${temp}/metrics.json`, baseline: `${temp}/base.json`, rules: `${temp}/rules.yml`, comment: 'false', 'report-path': `${temp}/gate.json` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', report: `${temp}/gate.json` });
    expect(JSON.parse(readFileSync(`${temp}/gate.json`, 'utf8')).metrics).toEqual(expect.arrayContaining([expect.objectContaining({ metric: 'accuracy', candidate: 0.91, baseline: 0.9 })]));
  });
});

describe('register-model into git:<absolute path> outside the workspace', () => {
  it('tags a shared bare repository, and a re-run of the same run makes nothing new', async () => {
    const registry = FixtureRepository.create({ 'README.md': 'the team registry' }); // a bare repository in its own temp folder
    const bare = registry.bare;
    const commit = registry.sha('main');
    const git = (...args: string[]) => execFileSync('git', ['-C', bare, ...args], { encoding: 'utf8' }).trim();
    const { temp, env } = runnerTemp({ 'model/weights.bin': 'weights', 'metrics.json': '{"accuracy": 0.9}' });

    const register = () => runAction('register-model', { env: { ...env, GITHUB_RUN_ID: '4242' }, inputs: { name: 'churn', path: `${temp}/model`, metrics: `${temp}/metrics.json`, registry: `git:${bare}`, stage: 'prod' } });
    const first = await register();
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ version: 'v0.0.1', 'model-uri': `git:${bare}#churn@v0.0.1`, 'already-registered': 'false' });
    expect(JSON.parse(first.outputs.metadata!)).toMatchObject({ metrics: { accuracy: 0.9 }, files: [{ path: 'weights.bin', size: 7 }] });
    expect(git('for-each-ref', '--format=%(refname:strip=2) %(objecttype) %(*objectname)', 'refs/tags').split('\n').sort()).toEqual([`churn#prod#1 tag ${commit}`, `churn@v0.0.1 tag ${commit}`]);

    const rerun = await register(); // the same run again: the version it made is found, not made twice
    expect(rerun.outputs).toMatchObject({ version: 'v0.0.1', 'already-registered': 'false' });
    expect(git('tag', '--list').split('\n')).toHaveLength(2);
  });
});
