// Trust follows authorship, second half: a name that comes from a store never leaves its folder.
// Runner-contract tests (the bundles) with tampered model cards in local: and git: registries, symbolic
// links planted in a local registry, a hostile release asset name on the fake GitHub, and an artifact
// whose zip entries climb out. Each time a bait file waits outside (a valid profile: read, it would
// make the run pass), and the file system outside is compared before and after.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { GitHubStore } from '../../src/registry/index.js';
import { mulberry32 } from '../../src/stats/random.js';
import { DEFAULT_TOKEN } from '../fakes/github-server.js';
import { FakeResultsService } from '../fakes/results-server.js';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { FixtureRepository } from '../fixtures/repository.js';
import { runAction, type RunResult } from '../harness/run-action.js';

function dataset(seed: number, rows: number, shift: number): string {
  const random = mulberry32(seed);
  const lines = ['age,city'];
  for (let i = 0; i < rows; i++) lines.push(`${(30 + shift + 20 * random()).toFixed(1)},${['A', 'B', 'C'][i % 3]}`);
  return lines.join('\n');
}
const CURRENT = { 'cur.csv': dataset(2, 200, 0) };

/** Every entry under a folder (links not followed) with what it holds: equal snapshots, nothing changed. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(root, entry);
    const stats = lstatSync(full);
    out[entry] = stats.isSymbolicLink() ? `link → ${readlinkSync(full)}` : stats.isDirectory() ? 'folder' : readFileSync(full, 'base64');
  }
  return out;
}

/** A workspace with a training profile registered as churn v0.0.1 in `registry`, and a bait outside it. */
async function registered(registry: string, options: { githubUrl?: string } = {}): Promise<{ workspace: string; profile: string; outside: string; bait: string }> {
  const profiled = await runAction('validate-data', { inputs: { data: 'train.csv', 'profile-path': 'train.profile.json' }, files: { 'train.csv': dataset(1, 200, 0) } });
  expect(profiled.exitCode).toBe(0);
  const workspace = profiled.workspace;
  const result = await runAction('register-model', { workspace, githubUrl: options.githubUrl, env: { GITHUB_RUN_ID: '700' }, inputs: { name: 'churn', path: 'train.csv', profile: 'train.profile.json', registry } });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  const profile = readFileSync(path.join(workspace, 'train.profile.json'), 'utf8');
  const outside = mkdtempSync(path.join(tmpdir(), 'mlops-outside-'));
  writeFileSync(path.join(outside, 'secret.json'), profile);
  mkdirSync(path.join(outside, 'empty'));
  return { workspace, profile, outside, bait: path.join(outside, 'secret.json') };
}

/** drift-check against churn's version in the registry: what a scheduled drift job runs. */
const driftAgainst = (workspace: string, registry: string, version = 'v0.0.1', githubUrl?: string) =>
  runAction('drift-check', { workspace, githubUrl, inputs: { reference: `registry:churn@${version}`, registry, current: 'cur.csv' }, files: CURRENT });

function expectRefused(result: RunResult, message: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
  expect(result.outputs.drifted).toBeUndefined();
}

/** A register tag's message with its model card changed: what someone with write access to the registry could do. */
function tamper(message: string, change: (card: Record<string, any>) => void): string {
  const [head, json] = message.split(/\nmlops-actions: /);
  const payload = JSON.parse(json!);
  change(payload.card);
  return `${head}\nmlops-actions: ${JSON.stringify(payload)}`;
}

describe('a tampered model card in a local: registry', () => {
  const tagFile = (workspace: string) => path.join(workspace, 'reg', 'tags', `${encodeURIComponent('churn@v0.0.1')}.json`);
  const tamperLocal = (workspace: string, change: (card: Record<string, any>) => void) => {
    const record = JSON.parse(readFileSync(tagFile(workspace), 'utf8'));
    writeFileSync(tagFile(workspace), JSON.stringify({ ...record, message: tamper(record.message, change) }));
  };

  it('is read as it is when untampered (the bait works)', async () => {
    const { workspace } = await registered('local:reg');
    const result = await driftAgainst(workspace, 'local:reg');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Reference: the training profile of churn@v0.0.1 (v0.0.1).');
  });

  it('is refused when its profile climbs out or is absolute, and when a file path does', async () => {
    const { workspace, outside, bait } = await registered('local:reg');
    const before = snapshot(outside);
    const versionDir = path.join(workspace, 'reg', 'models', 'churn', 'v0.0.1');
    const climbing = path.relative(versionDir, bait); // ../../../../../mlops-outside-…/secret.json
    for (const [change, shown] of [
      [(card: Record<string, any>) => (card.profile = climbing), climbing],
      [(card: Record<string, any>) => (card.profile = bait), bait],
    ] as const) {
      tamperLocal(workspace, change);
      const result = await driftAgainst(workspace, 'local:reg');
      expectRefused(result, new RegExp(`^Refused the profile named by the model card of churn@v0\\.0\\.1 "${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": a name from a store may not be absolute or contain "\\.\\."\\. Nothing was read or written outside the local .*/reg registry \\(a tampered model card: remove or deregister churn@v0\\.0\\.1\\)\\.$`));
    }
    tamperLocal(workspace, (card) => ((card.profile = 'profile.json'), (card.predictions = '../../x.csv')));
    expectRefused(await driftAgainst(workspace, 'local:reg'), /^Refused the predictions named by the model card of churn@v0\.0\.1 "\.\.\/\.\.\/x\.csv"/);
    tamperLocal(workspace, (card) => (delete card.predictions, (card.files = [{ path: '../../x', sha256: '0', size: 1 }])));
    expectRefused(await driftAgainst(workspace, 'local:reg'), /^Refused the file named by the model card of churn@v0\.0\.1 "\.\.\/\.\.\/x"/);
    // Registering the next version lists the versions too: refused before anything is written.
    const next = await runAction('register-model', { workspace, env: { GITHUB_RUN_ID: '701' }, inputs: { name: 'churn', path: 'train.csv', registry: 'local:reg' } });
    expect(next.exitCode).toBe(1);
    expect(next.annotations[0]!.message).toMatch(/^Refused the file named by the model card of churn@v0\.0\.1 "\.\.\/\.\.\/x"/);
    expect(readdirSync(path.join(workspace, 'reg', 'models', 'churn'))).toEqual(['v0.0.1']);
    expect(snapshot(outside)).toEqual(before);
  });
});

describe('symbolic links planted in a local: registry', () => {
  it("refuses a version's profile that is a link out of the registry", async () => {
    const { workspace, outside, bait } = await registered('local:reg');
    const planted = path.join(workspace, 'reg', 'models', 'churn', 'v0.0.1', 'profile.json');
    renameSync(planted, `${planted}.orig`);
    symlinkSync(bait, planted);
    const before = snapshot(outside);
    expectRefused(await driftAgainst(workspace, 'local:reg'), /^Refused the file of churn v0\.0\.1 "profile\.json": profile\.json is a symbolic link\. Nothing was read or written outside .*\/reg\/models\/churn\/v0\.0\.1\.$/);
    expect(snapshot(outside)).toEqual(before);
  });

  it('writes nothing through a linked model folder, tag folder or staging folder', async () => {
    const { workspace, outside } = await registered('local:reg');
    const before = snapshot(outside);
    const reg = path.join(workspace, 'reg');
    renameSync(path.join(reg, 'models', 'churn'), path.join(reg, 'churn.orig'));
    symlinkSync(path.join(outside, 'empty'), path.join(reg, 'models', 'churn'));
    const register = () => runAction('register-model', { workspace, env: { GITHUB_RUN_ID: '702' }, inputs: { name: 'churn', path: 'train.csv', registry: 'local:reg' } });
    const linkedModel = await register();
    expect(linkedModel.exitCode).toBe(1);
    expect(linkedModel.annotations[0]!.message).toMatch(/^Refused the model version folder "models\/churn\/v0\.0\.2": models\/churn is a symbolic link\./);
    expect(readdirSync(path.join(reg, 'tags'))).toHaveLength(1); // no tag for a version with no files

    for (const folder of ['tags', '.staging']) {
      const fresh = mkdtempSync(path.join(tmpdir(), 'mlops-registry-'));
      symlinkSync(path.join(outside, 'empty'), path.join(fresh, folder));
      const result = await runAction('register-model', { workspace, env: { GITHUB_RUN_ID: '703' }, inputs: { name: 'churn', path: 'train.csv', registry: `local:${fresh}` } });
      expect(result.exitCode).toBe(1);
      expect(result.annotations[0]!.message).toContain(`Refused the registry folder "${folder}": ${folder} is a symbolic link.`);
    }
    expect(snapshot(outside)).toEqual(before);
  });
});

describe('a tampered model card in a git: registry', () => {
  it('is refused, naming the tag, and nothing is registered after it', async () => {
    const repository = FixtureRepository.create({ 'README.md': 'registry' });
    const registry = `git:${repository.bare}`;
    const git = (...args: string[]) => execFileSync('git', ['-C', repository.bare, '-c', 'user.name=mallory', '-c', 'user.email=m@m', ...args], { encoding: 'utf8' }).trim();
    const { workspace, outside } = await registered(registry);
    const before = snapshot(outside);
    const message = git('tag', '-l', '--format=%(contents)', 'churn@v0.0.1');
    git('tag', '-a', 'churn@v0.0.2', '-m', tamper(message, (card) => ((card.modelVersion = 'v0.0.2'), (card.profile = '/etc/passwd'))), repository.sha('main'));
    git('tag', '-a', 'churn@v0.0.3', '-m', tamper(message, (card) => ((card.modelVersion = 'v0.0.3'), (card.files = [{ path: '../../x', sha256: '0', size: 1 }]))), repository.sha('main'));

    expectRefused(await driftAgainst(workspace, registry, 'v0.0.2'), /^Refused the profile named by the model card of churn@v0\.0\.2 "\/etc\/passwd": a name from a store may not be absolute or contain "\.\."\. Nothing was read or written outside the git .*origin\.git registry/);
    git('tag', '-d', 'churn@v0.0.2');
    const next = await runAction('register-model', { workspace, env: { GITHUB_RUN_ID: '710' }, inputs: { name: 'churn', path: 'train.csv', registry } });
    expect(next.exitCode).toBe(1);
    expect(next.annotations[0]!.message).toMatch(/^Refused the file named by the model card of churn@v0\.0\.3 "\.\.\/\.\.\/x"/);
    expect(git('tag', '-l').split('\n')).toEqual(['churn@v0.0.1', 'churn@v0.0.3']);
    expect(snapshot(outside)).toEqual(before);
  });
});

describe('a hostile release asset name on GitHub', () => {
  const fake = useFakeGitHub();

  it('is refused by the registry, before any download, and the store refuses it by name', async () => {
    const { workspace, profile } = await registered('github', { githubUrl: fake.url });
    const repo = fake.repo();
    const release = repo.releases.find((r) => r.tag_name === 'churn@v0.0.1')!;
    repo.assets.push({ id: 99_001, releaseId: release.id, name: '../x', label: null, contentType: 'application/octet-stream', data: Buffer.from(profile), created: new Date().toISOString() });
    const tag = [...repo.tags.values()].find((t) => t.tag === 'churn@v0.0.1')!;
    tag.message = tamper(tag.message, (card) => (card.profile = '../x'));
    const parent = path.dirname(workspace);
    const around = readdirSync(parent).filter((name) => name === 'x');

    const downloads = () => fake.requests.filter((r) => r.operationId === 'repos/get-release-asset').length;
    const before = downloads();
    const result = await driftAgainst(workspace, 'github', 'v0.0.1', fake.url);
    expectRefused(result, /^Refused the profile named by the model card of churn@v0\.0\.1 "\.\.\/x": a name from a store may not be absolute or contain "\.\."\. Nothing was read or written outside the github Codertocat\/Hello-World registry/);
    expect(downloads()).toBe(before);
    expect(readdirSync(parent).filter((name) => name === 'x')).toEqual(around);

    const store = new GitHubStore(createGitHub(DEFAULT_TOKEN, { setSecret() {}, info() {}, env: { GITHUB_API_URL: fake.url } }, 'github-token', false), { owner: 'Codertocat', repo: 'Hello-World' });
    await expect(store.readFile('churn', 'v0.0.1', '../x')).rejects.toThrow(/^Refused the release asset of churn v0\.0\.1 "\.\.\/x"/);
    expect(downloads()).toBe(before);
    expect((await store.readFile('churn', 'v0.0.1', 'profile.json'))!.toString()).toBe(profile); // the store itself still works
  });
});

/** A zip archive (stored, no compression) with these entries, as a hostile artifact would carry them. */
function zip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

describe('an artifact whose zip entries climb out (artifact:<name>)', () => {
  const fake = useFakeGitHub();

  it('lands every entry inside the download folder: the toolkit turns ".." into "." and roots absolute names there', async () => {
    const { workspace, profile } = await registered('local:reg');
    const outside = mkdtempSync(path.join(tmpdir(), 'mlops-outside-'));
    const climbing = `${'../'.repeat(12)}${outside.slice(1)}/climbed.txt`;
    const absolute = `${outside}/absolute.txt`;
    const results = await new FakeResultsService().start();
    fake.artifactSource = { artifacts: results.artifacts, blobUrl: (blob) => results.blobUrl(blob) };
    try {
      // Uploaded by a run of the default branch, the only kind drift-check takes a reference from.
      const run = fake.addRun('Codertocat/Hello-World', fake.addWorkflow('Codertocat/Hello-World', '.github/workflows/train.yml'), { event: 'push', status: 'completed', conclusion: 'success' });
      const blob = `artifacts/run-${run.id}/hostile/training-profile.zip`;
      results.blobs.set(blob, zip({ 'train.profile.json': profile, [climbing]: 'climbed', [absolute]: 'absolute', 'sub/../../../../../../../../../../escape.txt': 'escaped' }));
      results.artifacts.push({ id: 9001, runId: `run-${run.id}`, jobId: 'job-1', name: 'training-profile', size: results.blobs.get(blob)!.length, blob, created: new Date().toISOString(), finalized: true });
      const result = await runAction('drift-check', { workspace, githubUrl: fake.url, resultsUrl: results.url, inputs: { reference: 'artifact:training-profile', current: 'cur.csv' }, files: CURRENT });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/reference: artifact training-profile \(id 9001\)/);
      expect(readdirSync(outside)).toEqual([]);
      expect(existsSync('/escape.txt') || existsSync(path.join(workspace, 'escape.txt'))).toBe(false);
      const landed = readdirSync(path.join(workspace, '.mlops-actions', 'artifacts', 'training-profile'), { recursive: true, encoding: 'utf8' });
      expect(landed).toEqual(expect.arrayContaining(['train.profile.json', `${outside.slice(1)}/climbed.txt`, `${outside.slice(1)}/absolute.txt`, 'sub/escape.txt']));
    } finally {
      fake.artifactSource = undefined;
      await results.stop();
    }
  });
});
