// One comment per action and comment id on a pull request, edited on every re-run. All pages of
// comments are searched, and only comments written by this token's user are edited.
import type { GitHub } from './client.js';
import { statusOf, type RepoRef } from './repository.js';

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'refused'; reason: string };

/** The login behind the token; GITHUB_TOKEN (an installation token) may not ask, and is the Actions bot. */
async function tokenLogin(gh: GitHub): Promise<string> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401 || status === 404) return 'github-actions[bot]';
    throw error;
  }
}

export function commentMarker(action: string, id: string): string {
  return `<!-- mlops-actions:${action}:${id.replace(/[^A-Za-z0-9_.-]/g, '_')} -->`;
}

export async function upsertStickyComment(gh: GitHub, repo: RepoRef, issueNumber: number, marker: string, body: string): Promise<CommentOutcome> {
  const login = await tokenLogin(gh);
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.filter((c) => c.body?.includes(marker) && c.user?.login === login).at(-1);
  const text = `${body}\n\n${marker}`;
  try {
    if (mine) {
      const { data } = await gh.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: mine.id, body: text });
      return { action: 'updated', url: data.html_url };
    }
    const { data } = await gh.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body: text });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    if (statusOf(error) === 403) return { action: 'refused', reason: (error as Error).message };
    throw error;
  }
}
