import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeResultsService, runtimeToken } from '../fakes/results-server.js';

describe('results-service fake with the real @actions/artifact and @actions/cache', () => {
  const results = new FakeResultsService();
  const workspace = mkdtempSync(path.join(tmpdir(), 'mlops-results-'));
  beforeAll(async () => {
    await results.start();
    // The toolkit reads these when it is called, as the runner provides them.
    Object.assign(process.env, {
      ACTIONS_RESULTS_URL: `${results.url}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken('run-1', 'job-1'),
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(workspace, '_temp'),
      GITHUB_SERVER_URL: 'https://github.com',
    });
    mkdirSync(process.env.RUNNER_TEMP!, { recursive: true });
  });
  afterAll(async () => {
    await results.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('uploads an artifact in blocks, lists it, and downloads the same bytes', async () => {
    const dir = path.join(workspace, 'reports');
    mkdirSync(dir, { recursive: true });
    const big = randomBytes(9 * 1024 * 1024); // incompressible and over the 8 MiB chunk size: more than one block
    writeFileSync(path.join(dir, 'report.json'), '{"passed":true}');
    writeFileSync(path.join(dir, 'profile.bin'), big);
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact('validate-data', [path.join(dir, 'report.json'), path.join(dir, 'profile.bin')], dir);
    expect(uploaded.id).toBeGreaterThan(0);
    expect(results.requests.filter((r) => r.startsWith('PUT /blob/') && r.endsWith('?comp=block')).length).toBeGreaterThanOrEqual(2);
    expect(results.requests.filter((r) => r.startsWith('PUT /blob/') && r.endsWith('?comp=blocklist'))).toHaveLength(1);

    const { artifact } = await client.getArtifact('validate-data');
    expect(artifact.name).toBe('validate-data');
    expect(artifact.size).toBe(uploaded.size);
    const out = path.join(workspace, 'downloaded');
    const downloaded = await client.downloadArtifact(artifact.id, { path: out, expectedHash: artifact.digest });
    expect(downloaded.digestMismatch).toBe(false);
    expect(readFileSync(path.join(out, 'report.json'), 'utf8')).toBe('{"passed":true}');
    expect(readFileSync(path.join(out, 'profile.bin')).equals(big)).toBe(true);
  });

  it('saves a cache entry and restores it by exact key and by restore-key prefix', async () => {
    const dir = path.join(workspace, 'profile-cache');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'reference.json'), '{"kind":"mlops-actions/profile"}');
    const id = await cache.saveCache([dir], 'profile-abc123');
    expect(id).toBeGreaterThan(0);
    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'profile-abc123')).toBe('profile-abc123');
    expect(readFileSync(path.join(dir, 'reference.json'), 'utf8')).toBe('{"kind":"mlops-actions/profile"}');
    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'profile-zzz', ['profile-'])).toBe('profile-abc123');
    expect(await cache.restoreCache([dir], 'other-key')).toBeUndefined();
  });
});
