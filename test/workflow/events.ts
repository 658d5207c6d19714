// The events that start workflow runs, as payloads GitHub would send for the fixture repository:
// real webhook examples (@octokit/webhooks-examples) with the refs, SHAs, inputs and fork details of
// this repository filled in.
import { example } from '../harness/events.js';
import type { FixtureRepository, PullRequestRefs } from '../fixtures/repository.js';

type Json = any;

export type Trigger =
  | { event: 'push'; branch: string; before?: string }
  | { event: 'pull_request'; pr: PullRequestRefs; action?: string; fork?: boolean }
  | { event: 'workflow_dispatch'; workflow: string; ref?: string; inputs?: Record<string, unknown> }
  | { event: 'schedule'; workflow?: string }
  | { event: 'repository_dispatch'; type: string; payload?: unknown };

export interface RunEvent {
  name: string;
  payload: Json;
  ref: string;
  sha: string;
  headRef: string;
  baseRef: string;
  /** A pull request from a fork: its token is read-only and its secrets are empty. */
  fromFork: boolean;
  /** Files the push or pull request changed (for paths filters); undefined when the event has none. */
  changed?: string[];
}

const FORK_OWNER = 'forker';

function repository(): Json {
  const repo = example('push').repository;
  return Object.assign(repo, { default_branch: 'main', master_branch: 'main' });
}

export function eventFor(trigger: Trigger, fixture: FixtureRepository): RunEvent {
  const plain = { headRef: '', baseRef: '', fromFork: false };
  switch (trigger.event) {
    case 'push': {
      const after = fixture.sha(trigger.branch);
      const before = trigger.before ?? fixture.parent(after) ?? '0'.repeat(40);
      const payload = Object.assign(example('push'), { ref: `refs/heads/${trigger.branch}`, before, after, base_ref: null, created: false, deleted: false, repository: repository() });
      payload.head_commit = { ...payload.head_commit, id: after, tree_id: after };
      return { ...plain, name: 'push', payload, ref: payload.ref, sha: after, changed: /^0+$/.test(before) ? undefined : fixture.changedFiles(before, after) };
    }
    case 'pull_request': {
      const { pr, fork = false } = trigger;
      const payload = example('pull_request', 'opened');
      Object.assign(payload, { action: trigger.action ?? 'opened', number: pr.number, repository: repository() });
      const p = payload.pull_request;
      Object.assign(p, { number: pr.number, url: p.url.replace(/\d+$/, String(pr.number)), html_url: p.html_url.replace(/\d+$/, String(pr.number)) });
      Object.assign(p.base, { ref: pr.base, sha: pr.baseSha, label: `Codertocat:${pr.base}`, repo: payload.repository });
      Object.assign(p.head, { ref: pr.head, sha: pr.headSha, label: `Codertocat:${pr.head}`, repo: payload.repository });
      if (fork) {
        const owner = { ...p.head.user, login: FORK_OWNER, id: 424242 };
        p.head.repo = { ...p.head.repo, id: p.head.repo.id + 1, owner, full_name: `${FORK_OWNER}/${p.head.repo.name}`, fork: true };
        Object.assign(p.head, { label: `${FORK_OWNER}:${pr.head}`, user: owner });
      }
      return { name: 'pull_request', payload, ref: `refs/pull/${pr.number}/merge`, sha: pr.mergeSha, headRef: pr.head, baseRef: pr.base, fromFork: fork, changed: fixture.changedFiles(pr.baseSha, pr.headSha) };
    }
    case 'workflow_dispatch': {
      const ref = trigger.ref ?? 'refs/heads/main';
      const payload = Object.assign(example('workflow_dispatch'), { inputs: trigger.inputs ?? {}, ref, workflow: `.github/workflows/${trigger.workflow}`, repository: repository() });
      delete payload.organization;
      return { ...plain, name: 'workflow_dispatch', payload, ref, sha: fixture.sha(ref) };
    }
    case 'schedule':
      return { ...plain, name: 'schedule', payload: { schedule: '', workflow: `.github/workflows/${trigger.workflow ?? ''}`, repository: repository(), sender: example('push').sender }, ref: 'refs/heads/main', sha: fixture.sha('main') };
    case 'repository_dispatch': {
      const payload = Object.assign(example('repository_dispatch'), { action: trigger.type, branch: 'main', client_payload: trigger.payload ?? {}, repository: repository() });
      delete payload.organization;
      delete payload.installation;
      return { ...plain, name: 'repository_dispatch', payload, ref: 'refs/heads/main', sha: fixture.sha('main') };
    }
  }
}

/** The `workflow_run` event of a completed run, as the next workflow sees it (on the default branch). */
export function workflowRunEvent(run: Json, workflow: { id: number; name: string; path: string }, fixture: FixtureRepository): RunEvent {
  const payload = Object.assign(example('workflow_run', 'completed'), { action: 'completed', workflow_run: run, repository: repository() });
  Object.assign(payload.workflow, { id: workflow.id, name: workflow.name, path: workflow.path });
  delete payload.organization;
  return { name: 'workflow_run', payload, ref: 'refs/heads/main', sha: fixture.sha('main'), headRef: '', baseRef: '', fromFork: false };
}
