import { Octokit } from '@octokit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { DEFAULT_TOKEN, FakeGitHub } from '../fakes/github-server.js';



describe('fake GitHub server (validated against @octokit/openapi)', () => {
  const fake = new FakeGitHub();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(() => fake.stop());
  afterEach(() => {
    expect(fake.violations.splice(0)).toEqual([]);
  });

  it('round-trips issue comments through the real Octokit with pagination', async () => {
    const gh = createGitHub(DEFAULT_TOKEN, { setSecret() {}, info() {}, env: { GITHUB_API_URL: fake.url } });
    for (let i = 0; i < 34; i++) fake.addComment('Codertocat/Hello-World', 1, `c${i}`);
    fake.addComment('Codertocat/Hello-World', 2, 'on another issue');
    await gh.rest.issues.createComment({ owner: 'Codertocat', repo: 'Hello-World', issue_number: 1, body: 'c34' });
    const first = await gh.rest.issues.listComments({ owner: 'Codertocat', repo: 'Hello-World', issue_number: 1 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('rel="next"');
    const all = await gh.paginate(gh.rest.issues.listComments, { owner: 'Codertocat', repo: 'Hello-World', issue_number: 1, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 35 }, (_, i) => `c${i}`));
    expect(all[0]!.user!.login).toBe('github-actions[bot]');
  });

  it('rejects a request body that violates the OpenAPI schema', async () => {
    const octokit = new Octokit({ auth: DEFAULT_TOKEN, baseUrl: fake.url });
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1, body: 42 as unknown as string }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(/request body: \/body must be string/);
    fake.violations.length = 0;
  });
});
