import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the GitHub client', () => {
  it('names the call and the URL when GitHub cannot be reached, after its retries', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const gh = createGitHub('ghs_secret', { setSecret() {}, info() {}, env: { GITHUB_API_URL: url } });
    const failure = await gh.rest.actions.createWorkflowDispatch({ owner: 'o', repo: 'r', workflow_id: 'retrain.yml', ref: 'main' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe(
      `Could not reach the GitHub API for POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches at ${url} (connect ECONNREFUSED ${url.slice('http://'.length)}), after 3 retries. Check GITHUB_API_URL and that the runner can reach it (a self-hosted runner may need a proxy).`,
    );
  }, 30_000);
});
