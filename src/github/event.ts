import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** The head lives in another repository: the workflow token is read-only. */
  fromFork: boolean;
}

/** The webhook payload the runner saved for this run (GITHUB_EVENT_PATH), read when needed, not at import. */
export function readEvent(env: Readonly<Record<string, string | undefined>>): { name: string; payload: any } {
  const file = env.GITHUB_EVENT_PATH;
  let payload: any = {};
  if (file) {
    try {
      payload = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      payload = {};
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}

export function pullRequestOf(event: { name: string; payload: any }): PullRequestInfo | undefined {
  const pr = event.payload?.pull_request;
  if (!pr || !/^pull_request/.test(event.name)) return undefined;
  return {
    number: pr.number,
    baseRef: pr.base?.ref,
    baseSha: pr.base?.sha,
    headSha: pr.head?.sha,
    fromFork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
  };
}
