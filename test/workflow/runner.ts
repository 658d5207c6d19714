// A local runner for the workflow syntax the examples use (anchor: nektos/act). Events start the
// workflows whose `on:` matches; jobs run in `needs:` order with their permissions mapped onto the
// GitHub fake's token rules; every run is recorded in the fake as GitHub lists it (so drift-check's
// cooldown sees queued and running ones). A workflow_dispatch or repository_dispatch accepted by the
// fake, and the completion of a run that a workflow_run trigger names, start the next runs.
// Tags and pushes made with a workflow's token start nothing, as on GitHub: the runner never
// watches refs.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DispatchEvent, FakeGitHub } from '../fakes/github-server.js';
import type { FakeResultsService } from '../fakes/results-server.js';
import type { FixtureRepository } from '../fixtures/repository.js';
import { eventFor, workflowRunEvent, type RunEvent, type Trigger } from './events.js';
import { condition, interpolate, interpolateDeep, toText, type Scope, type Value } from './expressions.js';
import { jobBackendId, runJob, statusFunctions } from './job.js';
import { Masker } from './log.js';
import { expandMatrix, instanceName } from './matrix.js';
import { tokenIdentity, writeScopes } from './permissions.js';
import type { Conclusion, JobResult, Problem, WorkflowRunResult } from './result.js';
import { jobOrder, loadWorkflow, type JobSpec, type Workflow } from './workflow.js';

type Json = any;

export interface RunnerOptions {
  fixture: FixtureRepository;
  /** Started fakes; the runner points the GitHub fake's artifact listing at the results service. */
  github: FakeGitHub;
  results: FakeResultsService;
  /** Workflow files by name (what .github/workflows/ holds). */
  workflows: Record<string, string>;
  repository?: string;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Where workspaces go (default a new temporary folder). */
  dir?: string;
  /** Longest a step may run (default 120 s; a step's timeout-minutes may shorten it). */
  stepTimeoutMs?: number;
}

interface QueuedRun {
  workflow: Workflow;
  event: RunEvent;
  /** The run as the GitHub fake lists it. */
  record: Json;
  inputs: Record<string, Value>;
  concurrency?: { group: string; cancelInProgress: boolean };
  /** How many workflow_run links led here (GitHub follows at most three). */
  depth: number;
}

/** What the jobs of one run share. */
interface RunState {
  masker: Masker;
  problems: Problem[];
  /** Jobs that ended, in order. */
  jobs: JobResult[];
  /** needs.<job>: result and outputs of each job id (a matrix's instances together). */
  outcomes: Map<string, { result: Conclusion; outputs: Record<string, string> }>;
  /** The workflow's env, evaluated once. */
  env: Record<string, string>;
}

const WORKFLOW_RUN_DEPTH = 3;
const DEFAULT_PULL_REQUEST_TYPES = ['opened', 'synchronize', 'reopened'];
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class WorkflowRunner {
  /** Every run so far, in the order they finished (cancelled queued runs included). */
  readonly runs: WorkflowRunResult[] = [];
  /** Runs started by a dispatch or a workflow_run trigger, waiting for drain(). */
  readonly queue: QueuedRun[] = [];
  private readonly registered = new Map<string, Json>();
  private readonly runNumbers = new Map<string, number>();
  private readonly repository: string;
  /** Where the runs' workspaces are. */
  readonly dir: string;
  private nextToken = 1;

  private constructor(
    private readonly options: RunnerOptions,
    readonly workflows: Workflow[],
  ) {
    this.repository = options.repository ?? 'Codertocat/Hello-World';
    this.dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'mlops-workflow-runs-'));
  }

  static async create(options: RunnerOptions): Promise<WorkflowRunner> {
    const workflows = await Promise.all(Object.entries(options.workflows).map(([file, content]) => loadWorkflow(file, content)));
    const runner = new WorkflowRunner(options, workflows);
    const { github } = options;
    github.artifactSource ??= options.results;
    const state = github.repo(runner.repository);
    state.headSha = options.fixture.sha('main');
    for (const workflow of workflows) {
      const inputs = Object.keys(dispatchSpecs(workflow));
      const registered = github.addWorkflow(runner.repository, workflow.path, inputs);
      registered.name = workflow.name;
      state.contents.set(`${state.defaultBranch}:${workflow.path}`, Buffer.from(workflow.content));
      runner.registered.set(workflow.file, registered);
    }
    github.dispatchListeners.push((event) => runner.dispatched(event));
    return runner;
  }

  /**
   * Starts every workflow whose `on:` matches the event and runs them; with `follow` (the default)
   * then runs what they dispatched or triggered, until nothing is queued. Returns the runs that ended
   * meanwhile (cancelled ones too), in order.
   */
  async trigger(trigger: Trigger, { follow = true }: { follow?: boolean } = {}): Promise<WorkflowRunResult[]> {
    const event = eventFor(trigger, this.options.fixture);
    if (trigger.event === 'pull_request') {
      const { pr } = trigger;
      const head = event.payload.pull_request.head.repo.full_name;
      this.options.github.addPullRequest(this.repository, { number: pr.number, state: trigger.action === 'closed' ? 'closed' : 'open', head: { ref: pr.head, sha: pr.headSha, repository: head }, base: { ref: pr.base, sha: pr.baseSha } });
    }
    const matching = this.workflows.filter((w) => this.matches(w, trigger, event));
    if (trigger.event !== 'push' && trigger.event !== 'pull_request' && trigger.event !== 'repository_dispatch' && matching.length === 0) {
      throw new Error(`no workflow runs on ${trigger.event}${'workflow' in trigger && trigger.workflow ? ` named ${trigger.workflow}` : ''}`);
    }
    const direct = matching.map((workflow) => this.prepare(workflow, event, trigger.event === 'workflow_dispatch' ? trigger.inputs ?? {} : {}, 0));
    const before = this.runs.length;
    for (const run of direct) await this.execute(run);
    if (follow) await this.drain();
    return this.runs.slice(before);
  }

  /** Runs the queued runs (and what they queue in turn) until none is left; returns every run that ended, cancelled ones too. */
  async drain(): Promise<WorkflowRunResult[]> {
    const before = this.runs.length;
    for (let next = this.queue.shift(); next; next = this.queue.shift()) await this.execute(next);
    return this.runs.slice(before);
  }

  private matches(workflow: Workflow, trigger: Trigger, event: RunEvent): boolean {
    const on = workflow.events[trigger.event];
    if (on === undefined) return false;
    switch (trigger.event) {
      case 'push':
        return filterRefs(trigger.branch, on.branches, on['branches-ignore']) && !on.tags && filterPaths(event.changed, on.paths, on['paths-ignore']);
      case 'pull_request':
        return (on.types ?? DEFAULT_PULL_REQUEST_TYPES).includes(trigger.action ?? 'opened') && filterRefs(trigger.pr.base, on.branches, on['branches-ignore']) && filterPaths(event.changed, on.paths, on['paths-ignore']);
      case 'workflow_dispatch':
        return workflow.file === trigger.workflow;
      case 'schedule':
        return trigger.workflow === undefined || workflow.file === trigger.workflow;
      case 'repository_dispatch':
        return !on.types || on.types.includes(trigger.type);
    }
  }

  /** A dispatch the fake accepted: queue the run it asks for (its run already exists in the fake). */
  private dispatched(dispatch: DispatchEvent): void {
    if (dispatch.repository !== this.repository) return;
    const fixture = this.options.fixture;
    if (dispatch.kind === 'workflow_dispatch') {
      const workflow = this.workflows.find((w) => w.path === dispatch.workflow)!;
      const ref = dispatch.ref.startsWith('refs/') ? dispatch.ref : `refs/heads/${dispatch.ref}`;
      const record = this.options.github.repo(this.repository).runs.find((r) => r.id === dispatch.runId);
      const event = eventFor({ event: 'workflow_dispatch', workflow: workflow.file, ref, inputs: dispatch.inputs }, fixture);
      this.enqueue(this.prepare(workflow, event, dispatch.inputs, 0, record));
    } else {
      const trigger: Trigger = { event: 'repository_dispatch', type: dispatch.eventType, payload: dispatch.clientPayload };
      const event = eventFor(trigger, fixture);
      for (const workflow of this.workflows.filter((w) => this.matches(w, trigger, event))) this.enqueue(this.prepare(workflow, event, {}, 0));
    }
  }

  /** Queues a run; a run still waiting in the same concurrency group is cancelled, as GitHub keeps one pending run per group. */
  private enqueue(run: QueuedRun): void {
    const group = run.concurrency?.group;
    for (const waiting of this.queue.filter((q) => group !== undefined && q.concurrency?.group === group)) {
      this.queue.splice(this.queue.indexOf(waiting), 1);
      Object.assign(waiting.record, { status: 'completed', conclusion: 'cancelled', updated_at: now() });
      this.runs.push({ ...this.header(waiting), conclusion: 'cancelled', jobs: [], problems: [] });
    }
    this.queue.push(run);
  }

  /** The run's inputs, concurrency group and its record in the fake (queued). */
  private prepare(workflow: Workflow, base: RunEvent, given: Record<string, unknown>, depth: number, existing?: Json): QueuedRun {
    // A scheduled run's payload names its own cron and workflow.
    const event = base.name === 'schedule' ? { ...base, payload: { ...base.payload, schedule: workflow.events.schedule?.[0]?.cron ?? '', workflow: workflow.path } } : base;
    const inputs = dispatchInputs(workflow, event.name, given);
    const registered = this.registered.get(workflow.file)!;
    const record = existing ?? this.options.github.addRun(this.repository, registered, { event: event.name, status: 'queued' });
    const number = (this.runNumbers.get(workflow.file) ?? 0) + 1;
    this.runNumbers.set(workflow.file, number);
    const pr = event.payload.pull_request;
    Object.assign(record, {
      // A pull request's run lists the head commit, not the merge commit the jobs check out.
      event: event.name, head_sha: pr?.head.sha ?? event.sha, run_number: number, display_title: workflow.name,
      head_branch: event.headRef || event.ref.replace(/^refs\/(heads|tags)\//, ''),
      // GitHub leaves pull_requests empty for a run from a fork.
      pull_requests: pr && !event.fromFork ? [{ id: pr.id, number: pr.number, url: pr.url, head: { ref: pr.head.ref, sha: pr.head.sha, repo: { id: pr.head.repo.id, url: pr.head.repo.url, name: pr.head.repo.name } }, base: { ref: pr.base.ref, sha: pr.base.sha, repo: { id: pr.base.repo.id, url: pr.base.repo.url, name: pr.base.repo.name } } }] : [],
    });
    // The run's repository is this one; its head repository too, unless the pull request comes from a fork.
    const [owner, name] = this.repository.split('/');
    const [headOwner, headName] = (event.fromFork ? pr.head.repo.full_name : this.repository).split('/');
    record.repository = { ...record.repository, full_name: this.repository, name, owner: { ...record.repository.owner, login: owner } };
    record.head_repository = { ...record.head_repository, full_name: `${headOwner}/${headName}`, name: headName, owner: { ...record.head_repository.owner, login: headOwner } };
    const run: QueuedRun = { workflow, event, record, inputs, depth };
    const concurrency = workflow.raw.concurrency;
    if (concurrency !== undefined) {
      const scope: Scope = { contexts: { github: this.githubContext(run, '', ''), inputs, vars: this.options.vars ?? {} } };
      const spec = typeof concurrency === 'object' ? concurrency : { group: concurrency };
      run.concurrency = { group: toText(interpolate(String(spec.group), scope)), cancelInProgress: toText(interpolate(String(spec['cancel-in-progress'] ?? false), scope)) === 'true' };
    }
    return run;
  }

  private header(run: QueuedRun): Omit<WorkflowRunResult, 'conclusion' | 'jobs' | 'problems'> {
    return { workflow: run.workflow.file, name: run.workflow.name, event: run.event.name, runId: run.record.id, ...(run.concurrency ? { concurrency: run.concurrency } : {}) };
  }

  private githubContext(run: QueuedRun, token: string, job: string): Record<string, Value> {
    const [owner] = this.repository.split('/');
    const { event } = run;
    return {
      event: event.payload, event_name: event.name, event_path: '', ref: event.ref, ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ''), ref_type: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha: event.sha, head_ref: event.headRef, base_ref: event.baseRef, repository: this.repository, repository_owner: owner!, repositoryUrl: `git://github.com/${this.repository}.git`,
      run_id: String(run.record.id), run_number: String(run.record.run_number), run_attempt: '1', actor: 'Codertocat', triggering_actor: 'Codertocat',
      workflow: run.workflow.name, workflow_ref: `${this.repository}/${run.workflow.path}@${event.ref}`, server_url: 'https://github.com', api_url: this.options.github.url,
      graphql_url: `${this.options.github.url}/graphql`, job, token, retention_days: '90', secret_source: 'Actions',
    };
  }

  /** github, inputs, vars and secrets as a job sees them (a fork's pull request gets no secrets). */
  private contexts(run: QueuedRun, token: string, job: string): Record<string, Value> {
    const secrets = run.event.fromFork ? {} : this.options.secrets;
    return { github: this.githubContext(run, token, job), inputs: run.inputs, vars: this.options.vars ?? {}, secrets: { ...secrets, GITHUB_TOKEN: token } };
  }

  private async execute(run: QueuedRun): Promise<WorkflowRunResult> {
    const { workflow, event, record } = run;
    Object.assign(record, { status: 'in_progress', run_started_at: now(), updated_at: now() });
    const state: RunState = { masker: new Masker(), problems: [], jobs: [], outcomes: new Map(), env: {} };
    for (const value of Object.values(event.fromFork ? {} : this.options.secrets ?? {})) state.masker.add(value);
    state.env = Object.fromEntries(Object.entries(workflow.raw.env ?? {}).map(([k, v]) => [k, toText(interpolate(String(v), { contexts: this.contexts(run, '', '') }))]));
    for (const spec of jobOrder(workflow)) {
      const results = await this.runJobSpec(run, spec, state);
      state.jobs.push(...results);
      state.outcomes.set(spec.id, { result: overall(results), outputs: Object.assign({}, ...results.map((r) => r.outputs)) });
    }
    const conclusion = overall(state.jobs);
    Object.assign(record, { status: 'completed', conclusion, updated_at: now() });
    const result: WorkflowRunResult = { ...this.header(run), conclusion, jobs: state.jobs, problems: state.problems };
    this.runs.push(result);
    this.followWorkflowRun(run);
    return result;
  }

  /** One job of the run: its token, its if:, then each matrix combination (fail-fast cancels the rest after a failure). */
  private async runJobSpec(run: QueuedRun, spec: JobSpec, state: RunState): Promise<JobResult[]> {
    const { workflow, event, record } = run;
    const needs = Object.fromEntries(spec.needs.map((n) => [n, state.outcomes.get(n)!]));
    const permissions = workflow.raw.jobs[spec.id].permissions ?? workflow.raw.permissions;
    const token = `ghs_workflowRunner${String(this.nextToken++).padStart(6, '0')}`;
    const identity = tokenIdentity(permissions, event.fromFork);
    this.options.github.tokens.set(token, identity);
    state.masker.add(token);
    const tokenInfo = { readOnly: Boolean(identity.readOnly), writes: event.fromFork ? [] : writeScopes(permissions) };
    const contexts: Record<string, Value> = { ...this.contexts(run, token, spec.id), needs: needs as unknown as Value, matrix: {}, strategy: {} };
    const { secrets: _, ...ifContexts } = contexts; // a job's if: cannot read secrets
    const outcomes = Object.values(needs).map((n) => n.result);
    const jobStatus = { ...statusFunctions(() => outcomes.every((r) => r === 'success')), failure: () => outcomes.includes('failure') };
    const none = { outputs: {}, steps: [], summary: '', annotations: [], token: tokenInfo };
    if (!condition(spec.raw.if ?? undefined, { contexts: ifContexts, functions: jobStatus })) return [{ id: spec.id, name: spec.id, result: 'skipped', ...none }];

    const strategy = spec.raw.strategy ?? {};
    const matrix = strategy.matrix === undefined ? undefined : (interpolateDeep(strategy.matrix, { contexts }) as Record<string, Value>);
    const instances = matrix ? expandMatrix(matrix) : [undefined];
    const failFast = strategy['fail-fast'] === undefined || String(strategy['fail-fast']) !== 'false';
    const results: JobResult[] = [];
    for (const [index, combination] of instances.entries()) {
      const name = combination ? instanceName(spec.id, combination) : spec.id;
      if (failFast && results.some((r) => r.result === 'failure')) {
        results.push({ id: spec.id, name, matrix: combination, result: 'cancelled', ...none });
        continue;
      }
      results.push(await runJob({
        workflow, spec, name, ...(combination ? { matrix: combination } : {}), event, runId: record.id, runNumber: record.run_number,
        contexts: { ...contexts, matrix: combination ?? {}, strategy: { 'fail-fast': failFast, 'job-index': index, 'job-total': instances.length, 'max-parallel': instances.length } },
        env: state.env, token, tokenInfo, masker: state.masker, problems: state.problems,
        jobOutputs: new Map(workflow.jobs.map((j) => [j.id, Object.keys(j.raw.outputs ?? {})])),
        services: { githubUrl: this.options.github.url, resultsUrl: this.options.results.url, remote: this.options.fixture.url },
        dir: jobDir(this.dir, record.id, name), stepTimeoutMs: Math.min(this.options.stepTimeoutMs ?? 120_000, Number(spec.raw['timeout-minutes'] ?? Infinity) * 60_000),
        unorderedArtifacts: () => this.unorderedArtifacts(record.id, name, ancestors(workflow, spec.id), state.jobs),
      }));
    }
    return results;
  }

  /** Artifacts of this run from job instances other than `name` and those of the jobs it needs, directly or not. */
  private unorderedArtifacts(runId: number, name: string, needed: Set<string>, done: JobResult[]): { name: string; job: string }[] {
    const ordered = new Set([name, ...done.filter((j) => needed.has(j.id)).map((j) => j.name)].map((n) => jobBackendId(runId, n)));
    const names = new Map(done.map((j) => [jobBackendId(runId, j.name), j.name]));
    return this.options.results.artifacts
      .filter((a) => a.runId === String(runId) && !ordered.has(a.jobId))
      .map((a) => ({ name: a.name, job: names.get(a.jobId) ?? a.jobId }));
  }

  /** Queues the workflows whose workflow_run trigger names the workflow that just completed. */
  private followWorkflowRun(run: QueuedRun): void {
    if (run.depth >= WORKFLOW_RUN_DEPTH) return;
    for (const workflow of this.workflows) {
      const on = workflow.events.workflow_run;
      if (!on || !(on.workflows ?? []).includes(run.workflow.name) || !(on.types ?? ['completed']).includes('completed')) continue;
      if (!filterRefs(run.record.head_branch, on.branches, on['branches-ignore'])) continue;
      const event = workflowRunEvent(structuredClone(run.record), this.registered.get(run.workflow.file)!, this.options.fixture);
      this.enqueue(this.prepare(workflow, event, {}, run.depth + 1));
    }
  }
}

/** The jobs a job needs, directly or through others. */
function ancestors(workflow: Workflow, id: string, out = new Set<string>()): Set<string> {
  for (const need of workflow.jobs.find((j) => j.id === id)!.needs) if (!out.has(need)) ancestors(workflow, need, out.add(need));
  return out;
}

/** A run's or a matrix's result: any failure fails it, else any cancellation cancels it; a job that did not run is skipped. */
function overall(jobs: JobResult[]): Conclusion {
  if (jobs.some((j) => j.result === 'failure')) return 'failure';
  if (jobs.some((j) => j.result === 'cancelled')) return 'cancelled';
  return jobs.length > 0 && jobs.every((j) => j.result === 'skipped') ? 'skipped' : 'success';
}

function jobDir(root: string, runId: number, name: string): string {
  const dir = path.join(root, `run-${runId}`, name.replace(/[^\w.-]+/g, '_'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** on.workflow_dispatch.inputs as written (the parser's template drops `type: number`). */
function dispatchSpecs(workflow: Workflow): Record<string, Json> {
  return (typeof workflow.raw.on === 'object' && !Array.isArray(workflow.raw.on) ? workflow.raw.on?.workflow_dispatch?.inputs : undefined) ?? {};
}

/**
 * The inputs context: for a workflow_dispatch run the given values, else defaults, typed as declared;
 * for any other event every declared input is null (GitHub fills the context only for a dispatch).
 */
function dispatchInputs(workflow: Workflow, event: string, given: Record<string, unknown>): Record<string, Value> {
  const declared = dispatchSpecs(workflow);
  if (event !== 'workflow_dispatch') return Object.fromEntries(Object.keys(declared).map((name) => [name, null]));
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? spec.default;
    if (value === undefined) {
      if (spec.required) throw new Error(`${workflow.file}: input '${name}' is required`);
      out[name] = spec.type === 'boolean' ? false : '';
      continue;
    }
    if (spec.type === 'boolean') out[name] = String(value) === 'true';
    else if (spec.type === 'number') out[name] = Number(value);
    else out[name] = String(value);
  }
  return out;
}

/** GitHub's filters: with a list, something must match; a `!pattern` later in the list excludes again. */
function matchesList(value: string, patterns: string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (path.matchesGlob(value, pattern.slice(1))) matched = false;
    } else if (path.matchesGlob(value, pattern)) matched = true;
  }
  return matched;
}

function filterRefs(name: string, include?: string[], ignore?: string[]): boolean {
  if (include) return matchesList(name, include);
  if (ignore) return !matchesList(name, ignore);
  return true;
}

function filterPaths(changed: string[] | undefined, include?: string[], ignore?: string[]): boolean {
  if (changed === undefined) return true;
  if (include) return changed.some((file) => matchesList(file, include));
  if (ignore) return changed.some((file) => !matchesList(file, ignore));
  return true;
}
