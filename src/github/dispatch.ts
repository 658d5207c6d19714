// Dispatching a workflow so that it cannot storm: nothing while a run of the target is queued or in
// progress or started within the cooldown, which also makes a re-run of the same job a no-op.
import YAML from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';
import type { GitHub } from './client.js';
import { statusOf, type RepoRef } from './repository.js';

export interface DispatchOutcome {
  dispatched: boolean;
  reason: string;
  runUrl?: string;
  target?: string;
}

const ACTIVE = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);

interface RunLike {
  status: string | null;
  created_at: string;
  html_url: string;
}

/** Why not to dispatch now, or undefined when the way is clear. */
function blockedBy(runs: RunLike[], cooldownMs: number, now: number): string | undefined {
  const active = runs.find((r) => r.status !== null && ACTIVE.has(r.status));
  if (active) return `a run is already ${active.status?.replace('_', ' ')}: ${active.html_url}`;
  const recent = runs.find((r) => now - Date.parse(r.created_at) < cooldownMs);
  if (recent) return `a run started ${new Date(recent.created_at).toISOString()}, within the ${Math.round(cooldownMs / 3_600_000 * 10) / 10}h cooldown: ${recent.html_url}`;
  return undefined;
}

function permissionError(error: unknown, what: string, permission: string): never {
  const status = statusOf(error);
  if (status === 403 || status === 404) {
    throw new ConfigurationError(`${what} was refused (${status}): the token needs \`permissions: ${permission}\` on this job (and the workflow must exist and allow workflow_dispatch).`);
  }
  throw error;
}

/** The inputs the target workflow declares under on.workflow_dispatch.inputs (empty if unreadable). */
async function declaredInputs(gh: GitHub, repo: RepoRef, path: string, ref: string): Promise<Set<string>> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref });
    if (!('content' in data)) return new Set();
    const workflow = YAML.parse(Buffer.from(data.content, 'base64').toString('utf8'));
    const on = workflow?.on ?? workflow?.true; // YAML 1.1 reads a bare `on:` key as true
    return new Set(Object.keys(on?.workflow_dispatch?.inputs ?? {}));
  } catch {
    return new Set();
  }
}

export async function dispatchWorkflow(
  gh: GitHub,
  repo: RepoRef,
  request: { workflow: string; ref?: string; inputs: Record<string, string>; extra: Record<string, string>; cooldownMs: number; now?: number },
): Promise<DispatchOutcome> {
  let workflow: { id: number; path: string; name: string };
  try {
    workflow = (await gh.rest.actions.getWorkflow({ ...repo, workflow_id: request.workflow })).data;
  } catch (error) {
    if (statusOf(error) === 404) throw new ConfigurationError(`Input 'dispatch-workflow': no workflow "${request.workflow}" in ${repo.owner}/${repo.repo} (give its file name, e.g. retrain.yml, or its id).`);
    throw error;
  }
  const ref = request.ref ?? (await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo })).data.default_branch;
  const runs = (await gh.rest.actions.listWorkflowRuns({ ...repo, workflow_id: workflow.id, per_page: 50 })).data.workflow_runs;
  const blocked = blockedBy(runs, request.cooldownMs, request.now ?? Date.now());
  if (blocked) return { dispatched: false, reason: blocked, target: workflow.path };

  const declared = await declaredInputs(gh, repo, workflow.path, ref);
  const inputs: Record<string, string> = { ...request.inputs };
  for (const [key, value] of Object.entries(request.extra)) if (declared.has(key) && inputs[key] === undefined) inputs[key] = value;
  try {
    const response = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { owner: repo.owner, repo: repo.repo, workflow_id: workflow.id, ref, inputs, return_run_details: true });
    const details = response.status === 200 ? (response.data as { html_url?: string }) : {};
    return { dispatched: true, reason: `dispatched ${workflow.path} on ${ref}`, runUrl: details.html_url, target: workflow.path };
  } catch (error) {
    if (statusOf(error) === 422) throw new ConfigurationError(`Dispatching ${workflow.path} was rejected: ${(error as Error).message}. Check that it has a workflow_dispatch trigger with these inputs: ${Object.keys(inputs).join(', ') || '(none)'}.`);
    permissionError(error, `Dispatching ${workflow.path}`, 'actions: write');
  }
}

export async function sendRepositoryDispatch(
  gh: GitHub,
  repo: RepoRef,
  request: { eventType: string; payload: Record<string, unknown>; cooldownMs: number; now?: number },
): Promise<DispatchOutcome> {
  const runs = (await gh.rest.actions.listWorkflowRunsForRepo({ ...repo, event: 'repository_dispatch', per_page: 50 })).data.workflow_runs;
  const blocked = blockedBy(runs, request.cooldownMs, request.now ?? Date.now());
  if (blocked) return { dispatched: false, reason: blocked, target: `repository_dispatch ${request.eventType}` };
  try {
    await gh.rest.repos.createDispatchEvent({ ...repo, event_type: request.eventType, client_payload: request.payload });
  } catch (error) {
    permissionError(error, `repository_dispatch ${request.eventType}`, 'contents: write');
  }
  return { dispatched: true, reason: `sent repository_dispatch ${request.eventType}`, target: `repository_dispatch ${request.eventType}` };
}
