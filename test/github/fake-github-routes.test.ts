import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { DEFAULT_TOKEN, FORK_TOKEN, FakeGitHub } from '../fakes/github-server.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };

describe('fake GitHub routes and faults, through the real Octokit with retry and throttling', () => {
  const fake = new FakeGitHub();
  let gh: GitHub;
  const logs: string[] = [];
  beforeAll(async () => {
    await fake.start();
    gh = createGitHub(DEFAULT_TOKEN, { setSecret() {}, info: (m) => logs.push(m), env: { GITHUB_API_URL: fake.url } });
  });
  afterAll(() => fake.stop());
  afterEach(() => {
    expect(fake.violations.splice(0)).toEqual([]);
  });

  it('creates annotated tags and refs; an existing ref answers 422', async () => {
    const commit = fake.repo().headSha;
    const tag = await gh.rest.git.createTag({ ...repo, tag: 'churn@v1.0.0', message: 'Registering churn v1.0.0', object: commit, type: 'commit', tagger: { name: 'bot', email: 'bot@example.com', date: new Date().toISOString() } });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/tags/churn@v1.0.0', sha: tag.data.sha });
    await expect(gh.rest.git.createRef({ ...repo, ref: 'refs/tags/churn@v1.0.0', sha: tag.data.sha })).rejects.toMatchObject({ status: 422 });
    const refs = await gh.rest.git.listMatchingRefs({ ...repo, ref: 'tags/churn' });
    expect(refs.data.map((r) => r.ref)).toEqual(['refs/tags/churn@v1.0.0']);
    expect(refs.data[0]!.object.type).toBe('tag');
    const got = await gh.rest.git.getTag({ ...repo, tag_sha: tag.data.sha });
    expect(got.data.message).toBe('Registering churn v1.0.0');
  });

  it('creates a draft release, uploads and downloads an asset, publishes it', async () => {
    const release = await gh.rest.repos.createRelease({ ...repo, tag_name: 'churn@v1.0.0', name: 'churn v1.0.0', draft: true });
    const data = Buffer.from('model bytes \u0000\u0001');
    await gh.rest.repos.uploadReleaseAsset({ ...repo, release_id: release.data.id, name: 'model.bin', data: data as unknown as string, headers: { 'content-type': 'application/octet-stream' }, url: release.data.upload_url });
    const assets = await gh.rest.repos.listReleaseAssets({ ...repo, release_id: release.data.id });
    expect(assets.data.map((a) => [a.name, a.size])).toEqual([['model.bin', data.length]]);
    const raw = await gh.rest.repos.getReleaseAsset({ ...repo, asset_id: assets.data[0]!.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(raw.data as unknown as ArrayBuffer)).toEqual(data);
    await expect(gh.rest.repos.getReleaseByTag({ ...repo, tag: 'churn@v1.0.0' })).rejects.toMatchObject({ status: 404 });
    await gh.rest.repos.updateRelease({ ...repo, release_id: release.data.id, draft: false });
    const published = await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'churn@v1.0.0' });
    expect(published.data.draft).toBe(false);
  });

  it('records workflow dispatches (both forms) as runs, and refuses undeclared inputs', async () => {
    fake.addWorkflow('Codertocat/Hello-World', '.github/workflows/retrain.yml', ['reason']);
    const plain = await gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main', inputs: { reason: 'drift' } });
    expect(plain.status).toBe(204);
    const detailed = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, workflow_id: 'retrain.yml', ref: 'main', return_run_details: true });
    expect(detailed.status).toBe(200);
    expect((detailed.data as { workflow_run_id: number }).workflow_run_id).toBeGreaterThan(0);
    await expect(gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main', inputs: { nope: 'x' } })).rejects.toMatchObject({ status: 422 });
    const runs = await gh.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'retrain.yml', status: 'queued' });
    expect(runs.data.total_count).toBe(2);
    expect(fake.repo().dispatches.map((d) => [d.ref, d.inputs])).toEqual([['main', { reason: 'drift' }], ['main', {}]]);
    await gh.rest.repos.createDispatchEvent({ ...repo, event_type: 'retrain', client_payload: { reason: 'drift' } });
    expect(fake.repo().repositoryDispatches).toEqual([{ event_type: 'retrain', client_payload: { reason: 'drift' } }]);
  });

  it('keeps deployments, statuses, check runs, issues and contents', async () => {
    const dep = await gh.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [], payload: { model: 'churn', version: 'v1.0.0', weight: 10 } });
    if (dep.status !== 201) throw new Error('expected a deployment');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: dep.data.id, state: 'in_progress', description: 'weight 10%' });
    const statuses = await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: dep.data.id });
    expect(statuses.data.map((s) => s.state)).toEqual(['in_progress']);
    const deployments = await gh.rest.repos.listDeployments({ ...repo, environment: 'production' });
    expect(deployments.data[0]!.payload).toEqual({ model: 'churn', version: 'v1.0.0', weight: 10 });

    const check = await gh.rest.checks.create({ ...repo, name: 'validate-data', head_sha: fake.repo().headSha, status: 'in_progress' });
    await gh.rest.checks.update({ ...repo, check_run_id: check.data.id, status: 'completed', conclusion: 'success', output: { title: 'ok', summary: 'all good' } });

    const issue = await gh.rest.issues.create({ ...repo, title: 'Data drift detected', labels: ['drift'] });
    const open = await gh.rest.issues.listForRepo({ ...repo, labels: 'drift', state: 'open' });
    expect(open.data.map((i) => i.number)).toEqual([issue.data.number]);
    await gh.rest.issues.update({ ...repo, issue_number: issue.data.number, state: 'closed' });
    expect((await gh.rest.issues.listForRepo({ ...repo, labels: 'drift', state: 'open' })).data).toEqual([]);

    fake.repo().contents.set('abc123:metrics.json', Buffer.from('{"accuracy":0.9}'));
    const content = await gh.rest.repos.getContent({ ...repo, path: 'metrics.json', ref: 'abc123' });
    expect(Buffer.from((content.data as { content: string }).content, 'base64').toString()).toBe('{"accuracy":0.9}');
  });

  it('survives a 429 secondary rate limit, a 502 and a dropped connection', async () => {
    fake.fault('issues/create-comment', { status: 429, retryAfter: 1 });
    fake.fault('issues/list-comments', { status: 502 });
    fake.fault('issues/get-comment', { drop: true });
    const created = await gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'after a rate limit' });
    expect(created.status).toBe(201);
    const listed = await gh.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(listed.data.map((c) => c.body)).toEqual(['after a rate limit']);
    const got = await gh.rest.issues.getComment({ ...repo, comment_id: created.data.id });
    expect(got.data.body).toBe('after a rate limit');
    const statuses = fake.requests.filter((r) => r.path.includes('/issues/')).map((r) => `${r.operationId}:${r.status}`);
    expect(statuses).toEqual(expect.arrayContaining(['issues/create-comment:429', 'issues/create-comment:201', 'issues/list-comments:502', 'issues/list-comments:200', 'issues/get-comment:0', 'issues/get-comment:200']));
    expect(logs).toEqual(expect.arrayContaining([expect.stringMatching(/secondary rate limit/)]));
  });

  it("answers a fork pull request's read-only token with 403 on writes, and /user with 403 for the bot", async () => {
    const fork = createGitHub(FORK_TOKEN, { setSecret() {}, info() {}, env: { GITHUB_API_URL: fake.url } });
    await expect(fork.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Resource not accessible by integration/) });
    await expect(gh.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
  });
});
