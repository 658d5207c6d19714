// Runner-contract tests: the committed bundle actions/register-model/dist/index.js on the fake GitHub server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../fakes/github-server.js';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { forkPullRequestEvent, pushEvent } from '../harness/events.js';
import { runAction } from '../harness/run-action.js';

const FILES = { 'model/weights.bin': 'weights v1', 'model/config.json': '{"layers": 3}', 'metrics.json': '{"accuracy": 0.91, "eval": {"auc": 0.95}}', 'profile.json': '{"kind": "mlops-actions/profile"}' };

describe('register-model bundle under the runner contract', () => {
  const fake = useFakeGitHub();
  const register = (inputs: Record<string, string>, runId = '1000', event = pushEvent()) =>
    runAction('register-model', { event, githubUrl: fake.url, env: { GITHUB_RUN_ID: runId, GITHUB_SHA: fake.repo().headSha }, inputs: { name: 'churn', ...inputs }, files: FILES });

  it('registers a version with its files, card and lineage; a re-run of the same run makes nothing new', async () => {
    const first = await register({ path: 'model', metrics: 'metrics.json', profile: 'profile.json', 'data-fingerprint': 'abc123' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ version: 'v0.0.1', tag: 'churn@v0.0.1', 'model-uri': 'github://Codertocat/Hello-World/churn@v0.0.1', 'already-registered': 'false' });
    const card = JSON.parse(first.outputs.metadata!);
    expect(card).toMatchObject({ name: 'churn', modelVersion: 'v0.0.1', metrics: { accuracy: 0.91, 'eval.auc': 0.95 }, dataFingerprints: ['abc123'], runId: '1000', profile: 'profile.json' });
    expect(card.files.map((f: { path: string }) => f.path)).toEqual(['config.json', 'weights.bin']);
    const release = fake.repo().releases.find((r) => r.tag_name === 'churn@v0.0.1')!;
    expect(release.draft).toBe(false);
    expect(fake.repo().assets.filter((a) => a.releaseId === release.id).map((a) => a.name).sort()).toEqual(['config.json', 'model-card.json', 'profile.json', 'weights.bin']);
    expect(fake.repo().refs.get('refs/tags/churn@v0.0.1')?.type).toBe('tag');

    // A re-run finds the version its own run made: it did not exist before this run.
    const rerun = await register({ path: 'model' });
    expect(rerun.outputs).toMatchObject({ version: 'v0.0.1', 'already-registered': 'false' });
    expect(rerun.summary).toContain('Registered by an earlier attempt of this run');
    expect(fake.repo().releases.filter((r) => r.tag_name.startsWith('churn@'))).toHaveLength(1);
  });

  it('gives two concurrent registrations two distinct versions', async () => {
    const [a, b] = await Promise.all([register({ path: 'model' }, '2001'), register({ path: 'model' }, '2002')]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect([a.outputs.version, b.outputs.version].sort()).toEqual(['v0.0.2', 'v0.0.3']);
    expect(fake.repo().releases.filter((r) => r.tag_name.startsWith('churn@') && !r.draft)).toHaveLength(3);
  });

  it('assigns a stage, and a later assignment moves it, with the history in the card', async () => {
    const prod = await register({ stage: 'prod', version: 'v0.0.2' }, '3000');
    expect(prod.outputs).toMatchObject({ version: 'v0.0.2', tag: 'churn#prod#1', 'already-registered': 'true' });
    const moved = await register({ stage: 'prod', version: 'auto' }, '3001');
    expect(moved.outputs).toMatchObject({ version: 'v0.0.3', tag: 'churn#prod#2' });
    const history = JSON.parse(moved.outputs.metadata!).stages;
    expect(history.map((e: { stage: string; version: string; n: number }) => [e.stage, e.version, e.n])).toEqual([['prod', 'v0.0.2', 1], ['prod', 'v0.0.3', 2]]);
  });

  it('leaves no published release when an asset upload fails, and survives a passing fault', async () => {
    fake.fault('repos/upload-release-asset', { status: 500, times: 4 }); // more than the retries
    const failed = await register({ path: 'model' }, '4000');
    expect(failed.exitCode).toBe(1);
    const before = fake.repo().releases.filter((r) => r.tag_name.startsWith('churn@')).length;
    expect(fake.repo().releases.some((r) => r.draft)).toBe(false);
    expect(fake.repo().refs.has('refs/tags/churn@v0.0.4')).toBe(false);

    fake.fault('git/create-ref', { status: 502 });
    fake.fault('repos/create-release', { status: 429, retryAfter: 1 });
    const ok = await register({ path: 'model' }, '4001');
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.version).toBe('v0.0.4');
    expect(fake.repo().releases.filter((r) => r.tag_name.startsWith('churn@'))).toHaveLength(before + 1);
  });

  it('refuses untrusted code unless allowed, and bad names and versions', async () => {
    const fork = await register({ path: 'model' }, '5000', forkPullRequestEvent());
    expect(fork.exitCode).toBe(1);
    expect(fork.annotations[0]!.message).toMatch(/^Refusing to register a model from a fork pull request/);
    const cases: [Record<string, string>, RegExp][] = [
      [{ name: '-bad-', path: 'model' }, /Input 'name': "-bad-" is not a valid model name/],
      [{ path: 'model', version: '1.0' }, /Input 'version': "1.0" is not a version/],
      [{ path: 'model', version: 'v0.0.1' }, /churn v0.0.1 is already registered/],
      [{ path: '../no-such-model' }, /Input 'path': "..\/no-such-model" does not exist/],
      [{}, /Give input 'path' to register a model, or 'stage'/],
      [{ path: 'model', registry: 's3://bucket' }, /Input 'registry' must be github, local:<dir> or git:<path-or-url>/],
    ];
    for (const [inputs, message] of cases) {
      const result = await register(inputs, '5001');
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    }
  });

  it('stores the evaluation predictions with the version, reads params from the file, and writes a report (issues 14, 15)', async () => {
    const result = await runAction('register-model', {
      env: { GITHUB_RUN_ID: '7000' },
      inputs: { name: 'churn', path: 'model', registry: 'local:registry', predictions: 'eval/predictions.csv', params: 'train.params' },
      files: { ...FILES, 'eval/predictions.csv': 'id,label,prediction\n1,1,1\n', 'train.params': 'learning_rate: 0.1\nlayers: {hidden: 3}\n' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const card = JSON.parse(result.outputs.metadata!);
    expect(card.predictions).toBe('predictions.csv');
    expect(card.params).toEqual({ learning_rate: 0.1, 'layers.hidden': 3 });
    expect(card.files.map((f: { path: string }) => f.path)).toEqual(['config.json', 'weights.bin']);
    expect(readFileSync(path.join(result.workspace, 'registry/models/churn/v0.0.1/predictions.csv'), 'utf8')).toBe('id,label,prediction\n1,1,1\n');
    const written = JSON.parse(readFileSync(path.join(result.workspace, result.outputs.report!), 'utf8'));
    expect(written).toMatchObject({ kind: 'mlops-actions/register-report', model: 'churn', modelVersion: 'v0.0.1', alreadyRegistered: false, card: { predictions: 'predictions.csv' } });

    const cases: [Record<string, string>, RegExp][] = [
      [{ 'report-path': 'metrics.json', metrics: 'metrics.json' }, /^Input 'report-path': "metrics\.json" is the file given in 'metrics'/],
      [{ 'report-path': 'model/report.json' }, /^Input 'report-path': "model\/report\.json" is inside the folder given in 'path'/],
      [{ params: 'bad.params' }, /^Input 'params': bad\.params is not valid YAML or JSON/],
    ];
    for (const [inputs, message] of cases) {
      const refused = await runAction('register-model', { env: { GITHUB_RUN_ID: '7001' }, inputs: { name: 'churn', path: 'model', registry: 'local:registry', ...inputs }, files: { ...FILES, 'bad.params': 'a: [1' } });
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
      expect(readFileSync(path.join(refused.workspace, 'metrics.json'), 'utf8')).toBe(FILES['metrics.json']);
      expect(existsSync(path.join(refused.workspace, 'registry/models/churn'))).toBe(false);
    }
  });

  it('works the same on local: and git: registries', async () => {
    const local = await register({ path: 'model', registry: 'local:registry', stage: 'candidate' }, '6000');
    expect(local.outputs).toMatchObject({ version: 'v0.0.1', tag: 'churn#candidate#1' });
    const dir = mkdtempSync(path.join(tmpdir(), 'mlops-git-registry-'));
    execFileSync('git', ['init', '-q', '--bare', dir]);
    const seed = mkdtempSync(path.join(tmpdir(), 'mlops-seed-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: seed, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'init');
    git('push', '-q', dir, 'main');
    const viaGit = await register({ path: 'model', registry: `git:file://${dir}`, stage: 'prod' }, '6001');
    expect(viaGit.exitCode).toBe(0);
    expect(viaGit.outputs).toMatchObject({ version: 'v0.0.1', tag: 'churn#prod#1' });
    expect(execFileSync('git', ['for-each-ref', 'refs/tags', '--format=%(refname:strip=2) %(objecttype)'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').sort()).toEqual(['churn#prod#1 tag', 'churn@v0.0.1 tag']);
  });
});
