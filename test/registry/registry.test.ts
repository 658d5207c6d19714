// The same registry behaviour on every store: local:, git: on a real repository, and github on the fake.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { GitHubStore, GitStore, LocalStore, Registry, type ModelCard, type RegistryStore } from '../../src/registry/index.js';
import { DEFAULT_TOKEN, FakeGitHub } from '../fakes/github-server.js';

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const sh = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv }).trim();

function card(runId: string): ModelCard {
  return { kind: 'mlops-actions/model-card', version: 1, name: 'churn', modelVersion: 'auto', created: new Date().toISOString(), runId, dataFingerprints: ['abc'], metrics: { accuracy: 0.9 }, params: {}, files: [], stages: [] };
}

const fake = new FakeGitHub();
const dir = mkdtempSync(path.join(tmpdir(), 'mlops-registry-'));
const modelFile = path.join(dir, 'model.bin');
writeFileSync(modelFile, 'weights');
let commit = '';
const stores: Record<string, () => RegistryStore> = {};

beforeAll(async () => {
  await fake.start();
  sh(dir, 'init', '-q', '-b', 'main', 'repo');
  writeFileSync(path.join(dir, 'repo', 'README'), 'model repo');
  sh(path.join(dir, 'repo'), 'add', '.');
  sh(path.join(dir, 'repo'), 'commit', '-q', '-m', 'init');
  commit = sh(path.join(dir, 'repo'), 'rev-parse', 'HEAD');
  sh(dir, 'clone', '-q', '--bare', 'repo', 'origin.git');
  stores.local = () => new LocalStore(path.join(dir, 'local'));
  stores['git (local repository)'] = () => new GitStore(path.join(dir, 'repo'));
  stores['git (remote, pushed)'] = () => new GitStore(`file://${path.join(dir, 'origin.git')}`);
  stores.github = () => new GitHubStore(createGitHub(DEFAULT_TOKEN, { setSecret() {}, info() {}, env: { GITHUB_API_URL: fake.url } }, 'github-token', false), { owner: 'Codertocat', repo: 'registry' });
});
afterAll(() => fake.stop());
afterEach(() => {
  expect(fake.violations.splice(0)).toEqual([]);
});

for (const name of ['local', 'git (local repository)', 'git (remote, pushed)', 'github']) {
  describe(`registry on ${name}`, () => {
    const registry = () => new Registry(stores[name]!());
    const files = () => [{ name: 'model.bin', path: modelFile }];

    it('registers versions, re-uses the one a re-run made, and refuses an explicit version that exists', async () => {
      const first = await registry().register('churn', { version: 'auto', bump: 'patch', files: files(), card: card('run-1'), commit });
      expect(first).toMatchObject({ alreadyRegistered: false, version: { version: 'v0.0.1', tag: 'churn@v0.0.1' } });
      const rerun = await registry().register('churn', { version: 'auto', bump: 'patch', files: files(), card: card('run-1'), commit });
      expect(rerun).toMatchObject({ alreadyRegistered: true, version: { version: 'v0.0.1' } });
      const minor = await registry().register('churn', { version: 'auto', bump: 'minor', files: files(), card: card('run-2'), commit });
      expect(minor.version.version).toBe('v0.1.0');
      await expect(registry().register('churn', { version: 'v0.1.0', bump: 'patch', files: files(), card: card('run-3'), commit })).rejects.toThrow(/already registered/);
      expect((await registry().versions('churn')).map((v) => v.version)).toEqual(['v0.0.1', 'v0.1.0']);
      expect((await registry().latest('churn'))!.card.metrics).toEqual({ accuracy: 0.9 });
    });

    it('gives concurrent registrations distinct versions', async () => {
      const results = await Promise.all(['run-a', 'run-b', 'run-c'].map((run) => registry().register('churn', { version: 'auto', bump: 'patch', files: files(), card: card(run), commit })));
      const versions = results.map((r) => r.version.version).sort();
      expect(new Set(versions).size).toBe(3);
      expect(versions).toEqual(['v0.1.1', 'v0.1.2', 'v0.1.3']);
    });

    it('assigns stages with one counter per model, resolves name#stage, and keeps the history', async () => {
      const r = registry();
      expect(await r.assign('churn', 'v0.0.1', 'prod', { actor: 'alice' })).toMatchObject({ changed: true, tag: 'churn#prod#1' });
      expect(await r.assign('churn', 'v0.1.0', 'candidate', { actor: 'bob' })).toMatchObject({ tag: 'churn#candidate#2' });
      expect(await r.assign('churn', 'v0.1.0', 'prod', { actor: 'carol' })).toMatchObject({ tag: 'churn#prod#3' });
      expect(await r.assign('churn', 'v0.1.0', 'prod', {})).toEqual({ changed: false });
      expect((await r.resolve('churn#prod')).version).toBe('v0.1.0');
      expect((await r.resolve('churn@latest')).version).toBe('v0.1.3');
      expect((await r.resolve('churn@v0.0.1')).version).toBe('v0.0.1');
      await expect(r.resolve('churn#staging')).rejects.toThrow(/No version of churn holds stage staging/);
      const history = await r.stageHistory('churn');
      expect(history.map((e) => [e.stage, e.version, e.n, e.by])).toEqual([['prod', 'v0.0.1', 1, 'alice'], ['candidate', 'v0.1.0', 2, 'bob'], ['prod', 'v0.1.0', 3, 'carol']]);
      await expect(r.assign('churn', 'v9.9.9', 'prod', {})).rejects.toThrow(/v9.9.9 is not registered/);
    });

    if (name.startsWith('git')) {
      it('leaves GTO-format annotated tags in the repository', () => {
        const repo = name.includes('remote') ? path.join(dir, 'origin.git') : path.join(dir, 'repo');
        const tags = sh(repo, 'for-each-ref', 'refs/tags', '--format=%(refname:strip=2) %(objecttype)').split('\n').sort();
        expect(tags).toEqual(['churn#candidate#2 tag', 'churn#prod#1 tag', 'churn#prod#3 tag', 'churn@v0.0.1 tag', 'churn@v0.1.0 tag', 'churn@v0.1.1 tag', 'churn@v0.1.2 tag', 'churn@v0.1.3 tag']);
        expect(sh(repo, 'tag', '-l', 'churn@*')).toContain('churn@v0.1.0');
      });
    }
  });
}
