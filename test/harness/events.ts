// Real webhook payloads from @octokit/webhooks-examples, as the runner writes them to GITHUB_EVENT_PATH.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Json = any;
const examples: { name: string; examples: Json[] }[] = require('@octokit/webhooks-examples');

export function example(name: string, action?: string): Json {
  const group = examples.find((e) => e.name === name);
  const found = group?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${name}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

export interface GitHubEvent {
  name: string;
  payload: Json;
  /** GITHUB_REF and GITHUB_SHA the runner sets for this event. */
  ref: string;
  sha: string;
}

/** A pull request opened from a branch of the same repository (token can write). */
export function pullRequestEvent(): GitHubEvent {
  const payload = example('pull_request', 'opened');
  return { name: 'pull_request', payload, ref: `refs/pull/${payload.number}/merge`, sha: payload.pull_request.head.sha };
}

/**
 * A pull request from a fork. The examples hold none, so this is the same-repository example with
 * its head moved to a fork, the one difference that matters to an action (head.repo.fork, owner).
 */
export function forkPullRequestEvent(): GitHubEvent {
  const event = pullRequestEvent();
  const head = event.payload.pull_request.head;
  const owner = { ...head.repo.owner, login: 'forker', id: 424242 };
  head.repo = { ...head.repo, id: head.repo.id + 1, owner, full_name: `forker/${head.repo.name}`, fork: true };
  head.label = `forker:${head.ref}`;
  head.user = owner;
  return event;
}

export function pushEvent(): GitHubEvent {
  const payload = example('push');
  return { name: 'push', payload, ref: payload.ref, sha: payload.after };
}

export function workflowDispatchEvent(): GitHubEvent {
  const payload = example('workflow_dispatch');
  return { name: 'workflow_dispatch', payload, ref: payload.ref, sha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' };
}

/** Scheduled runs carry only the cron, the workflow and the repository. */
export function scheduleEvent(cron = '0 6 * * *'): GitHubEvent {
  const push = example('push');
  return { name: 'schedule', payload: { schedule: cron, workflow: '.github/workflows/drift-retrain.yml', repository: push.repository, sender: push.sender }, ref: 'refs/heads/main', sha: push.after };
}
