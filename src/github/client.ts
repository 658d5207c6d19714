import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError } from '../runtime/errors.js';
import type { ActionIO } from '../runtime/port.js';

export type GitHub = ReturnType<typeof getOctokit>;

/** How many times a rate-limited or failing request is tried again before the error reaches the user. */
const MAX_RETRIES = 3;

/**
 * The one Octokit of the project: retries 5xx (plugin-retry), waits out primary and secondary
 * rate limits (plugin-throttling, honouring retry-after), talks to GITHUB_API_URL (so GitHub
 * Enterprise Server works), and masks the token before anything can print it.
 */
export function createGitHub(token: string, io: Pick<ActionIO, 'setSecret' | 'info' | 'env'>, inputName = 'github-token', throttle = true): GitHub {
  if (!token) {
    throw new ConfigurationError(
      `Input '${inputName}' is empty. Pass \${{ github.token }} (the default) or a token with the permissions this action needs.`,
    );
  }
  io.setSecret(token);
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    io.info(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${MAX_RETRIES}).`);
    return retryCount < MAX_RETRIES;
  };
  const github = getOctokit(
    token,
    {
      // Read here, not at import time, so the port's environment decides (GHES, tests, CLI).
      baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      // Writes are spaced 1 s apart, as GitHub asks of integrations; only tests of the cores turn it off.
      throttle: { enabled: throttle, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // 403/429 rate limits belong to plugin-throttling; plugin-retry takes 5xx and dropped connections.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
    },
    retry,
    throttling,
  );
  // Outermost, after the retries: a request that never reached GitHub names the call and the URL.
  github.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (error) {
      // Octokit gives a network failure status 500 but no response; an answer from GitHub keeps its error.
      if ((error as { response?: unknown }).response !== undefined || !(error instanceof Error)) throw error;
      const why = error.message.replace(/^fetch failed$/, '') || String((error as { cause?: unknown }).cause ?? 'no answer');
      throw new ConfigurationError(`Could not reach the GitHub API for ${options.method} ${options.url} at ${options.baseUrl} (${why}), after ${MAX_RETRIES} retries. Check GITHUB_API_URL and that the runner can reach it (a self-hosted runner may need a proxy).`);
    }
  });
  return github;
}
