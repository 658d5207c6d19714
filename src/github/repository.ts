import { ConfigurationError } from '../runtime/errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The repository the job runs for (GITHUB_REPOSITORY). */
export function currentRepo(env: Readonly<Record<string, string | undefined>>): RepoRef {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new ConfigurationError('GITHUB_REPOSITORY is not set: run this step in GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.');
  return { owner, repo };
}

/** The URL of this workflow run, for links in reports, issues and dispatched inputs. */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string {
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
}

/** HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}
