// One tracking issue per purpose, found by its label and a marker in its body: opened or updated
// while the condition holds, closed with a note when it is gone.
import { ConfigurationError } from '../runtime/errors.js';
import type { GitHub } from './client.js';
import { statusOf, type RepoRef } from './repository.js';

export interface TrackingIssue {
  label: string;
  marker: string;
  title: string;
}

export interface IssueOutcome {
  action: 'opened' | 'updated' | 'closed' | 'none';
  url?: string;
}

const BODY_LIMIT = 65_000;

export async function syncTrackingIssue(gh: GitHub, repo: RepoRef, issue: TrackingIssue, open: boolean, body: string, closingNote: string): Promise<IssueOutcome> {
  const markedBody = `${issue.marker}\n${body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}\n\n_(truncated; see the run's job summary)_` : body}`;
  try {
    const existing = (await gh.paginate(gh.rest.issues.listForRepo, { ...repo, labels: issue.label, state: 'open', per_page: 100 })).find((i) => !i.pull_request && i.body?.includes(issue.marker));
    if (open) {
      if (existing) {
        await gh.rest.issues.update({ ...repo, issue_number: existing.number, title: issue.title, body: markedBody });
        return { action: 'updated', url: existing.html_url };
      }
      const created = await gh.rest.issues.create({ ...repo, title: issue.title, body: markedBody, labels: [issue.label] });
      return { action: 'opened', url: created.data.html_url };
    }
    if (!existing) return { action: 'none' };
    await gh.rest.issues.createComment({ ...repo, issue_number: existing.number, body: closingNote });
    await gh.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', url: existing.html_url };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) throw new ConfigurationError(`Updating the tracking issue was refused (403): add \`permissions: issues: write\` to the job.`);
    throw error;
  }
}
