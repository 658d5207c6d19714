// A local stand-in for api.github.com: keeps state, routes by GitHub's OpenAPI description,
// validates every request and response against it, and injects the faults real GitHub has.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from '../../src/demo/local-server.js';
import type { Artifact } from './results-server.js';
import { githubOpenApi, type OpenApi } from './openapi.js';

type Json = any;

export interface Identity {
  login: string;
  id: number;
  type: 'Bot' | 'User';
  /** A fork pull request's token: every write answers 403. */
  readOnly?: boolean;
  /** Permission scopes the token lacks (e.g. 'actions' for a workflow without actions: write). */
  missing?: string[];
}

export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const DEFAULT_TOKEN = 'ghs_fakeInstallationToken0000000000';
export const FORK_TOKEN = 'ghs_fakeForkReadOnlyToken000000000000';

export interface Fault {
  status?: 500 | 502 | 503 | 403 | 429;
  /** Seconds, sent as retry-after with 403/429. */
  retryAfter?: number;
  delayMs?: number;
  /** Close the connection without answering. */
  drop?: boolean;
  /** How many requests the fault hits (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string;
  status: number;
  body: unknown;
}

interface Asset { id: number; releaseId: number; name: string; label: string | null; contentType: string; data: Buffer; created: string }
interface Release { id: number; tag_name: string; target_commitish: string; name: string | null; body: string | null; draft: boolean; prerelease: boolean; created: string; published: string | null; author: Identity }
interface Workflow { id: number; path: string; name: string; inputs: string[] }

export interface RepoState {
  owner: string;
  repo: string;
  defaultBranch: string;
  headSha: string;
  comments: Json[];
  issues: Json[];
  refs: Map<string, { sha: string; type: 'commit' | 'tag' }>;
  tags: Map<string, Json>;
  releases: Release[];
  assets: Asset[];
  workflows: Workflow[];
  runs: Json[];
  dispatches: { workflow: string; ref: string; inputs: Record<string, unknown>; runId: number }[];
  repositoryDispatches: { event_type: string; client_payload: unknown }[];
  deployments: Json[];
  deploymentStatuses: Json[];
  checkRuns: Json[];
  contents: Map<string, Buffer>;
}

interface Ctx {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  raw: Buffer;
  headers: IncomingMessage['headers'];
  repo: RepoState;
  who: Identity;
  base: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: Buffer;
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const error = (status: number, message: string, extra: Json = {}): Reply => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra },
});

/** The permission a write needs, as a workflow's `permissions:` names it. */
function scopeOf(operationId: string): string {
  if (/release|content|^git\//.test(operationId)) return 'contents';
  if (/deployment/.test(operationId)) return 'deployments';
  if (/dispatch-event/.test(operationId)) return 'contents';
  const [tag] = operationId.split('/');
  return tag === 'pulls' ? 'pull-requests' : tag!;
}

/** Scopes any one of which allows the write: comments on a pull request go through the issues API, and GitHub takes `pull-requests: write` for them. */
function scopesOf(operationId: string): string[] {
  return /^issues\/(create|update|delete)-comment$/.test(operationId) ? [scopeOf(operationId), 'pull-requests'] : [scopeOf(operationId)];
}

/** A pull request the fake lists (the workflow runner adds the ones it runs workflows for); GitHub's example fills the other fields. */
export interface PullRequestState {
  number: number;
  state: 'open' | 'closed';
  head: { ref: string; sha: string; repository: string };
  base: { ref: string; sha: string };
}

/** A workflow_dispatch or repository_dispatch the fake accepted: what starts the next workflow run. */
export type DispatchEvent =
  | { kind: 'workflow_dispatch'; repository: string; workflow: string; ref: string; inputs: Record<string, unknown>; runId: number }
  | { kind: 'repository_dispatch'; repository: string; eventType: string; clientPayload: unknown };

export class FakeGitHub extends LocalServer {
  readonly api: OpenApi = githubOpenApi();
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly tokens = new Map<string, Identity>([
    [DEFAULT_TOKEN, ACTIONS_BOT],
    [FORK_TOKEN, { ...ACTIONS_BOT, readOnly: true }],
  ]);
  private readonly repos = new Map<string, RepoState>();
  /** Artifacts of runs, as the results service holds them (listed and downloaded through REST). */
  artifactSource: { artifacts: Artifact[]; blobUrl(blob: string): string } | undefined;
  private readonly faults = new Map<string, Fault[]>();
  private nextId = 1000;
  /** Told of every accepted dispatch (the workflow runner in test/workflow starts the runs they ask for). */
  readonly dispatchListeners: ((event: DispatchEvent) => void)[] = [];
  /** Pull requests by repository full name (pulls/get answers GitHub's example for any other number). */
  readonly pullRequests = new Map<string, PullRequestState[]>();

  /** Opens (or updates, by number) a pull request. */
  addPullRequest(fullName: string, pr: PullRequestState): void {
    const list = (this.pullRequests.get(fullName) ?? []).filter((p) => p.number !== pr.number);
    this.pullRequests.set(fullName, [...list, pr].sort((a, b) => a.number - b.number));
  }


  /** State of one repository, created on first use. */
  repo(fullName = 'Codertocat/Hello-World'): RepoState {
    let state = this.repos.get(fullName);
    if (!state) {
      const [owner, repo] = fullName.split('/') as [string, string];
      state = {
        owner, repo, defaultBranch: 'main', headSha: sha1(fullName),
        comments: [], issues: [], refs: new Map(), tags: new Map(), releases: [], assets: [], workflows: [], runs: [],
        dispatches: [], repositoryDispatches: [], deployments: [], deploymentStatuses: [], checkRuns: [], contents: new Map(),
      };
      this.repos.set(fullName, state);
    }
    return state;
  }

  /** Faults hit the next requests of that operation (by operationId, e.g. 'issues/create-comment'). */
  fault(operationId: string, fault: Fault): void {
    const list = this.faults.get(operationId) ?? [];
    for (let i = 0; i < (fault.times ?? 1); i++) list.push(fault);
    this.faults.set(operationId, list);
  }

  /** A workflow with a workflow_dispatch trigger declaring `inputs`; its file is in the contents too. */
  addWorkflow(fullName: string, path: string, inputs: string[] = []): Workflow {
    const workflow = { id: this.id(), path, name: path.split('/').pop()!.replace(/\.ya?ml$/, ''), inputs };
    const state = this.repo(fullName);
    state.workflows.push(workflow);
    const declared = inputs.map((i) => `      ${i}:\n        type: string\n        required: false\n`).join('');
    state.contents.set(`${state.defaultBranch}:${path}`, Buffer.from(`name: ${workflow.name}\non:\n  workflow_dispatch:\n    inputs:\n${declared}jobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo retrain\n`));
    return workflow;
  }

  /** A workflow run as GitHub lists it; `dispatch` creates these, tests may add others. */
  /** `fork`: the owner of the fork whose pull request the run is for (its head repository is the fork). */
  addRun(fullName: string, workflow: Workflow, fields: { status?: string; conclusion?: string | null; event?: string; created_at?: string; head_branch?: string; fork?: string } = {}): Json {
    const state = this.repo(fullName);
    const id = this.id();
    const run = this.api.example('workflow-run');
    Object.assign(run, {
      id, name: workflow.name, path: workflow.path, workflow_id: workflow.id, run_number: state.runs.length + 1,
      event: fields.event ?? 'workflow_dispatch', status: fields.status ?? 'queued', conclusion: fields.conclusion ?? null,
      head_branch: fields.head_branch ?? state.defaultBranch, head_sha: state.headSha,
      created_at: fields.created_at ?? now(), updated_at: fields.created_at ?? now(), run_started_at: fields.created_at ?? now(),
      url: `${this.url}/repos/${fullName}/actions/runs/${id}`, html_url: `https://github.com/${fullName}/actions/runs/${id}`,
    });
    // A run's head repository is the repository itself, unless it runs a fork's pull request.
    run.head_repository = fields.fork ? { ...run.repository, id: run.repository.id + 1, full_name: `${fields.fork}/${state.repo}`, fork: true } : run.repository;
    state.runs.push(run);
    return run;
  }

  private id(): number {
    return this.nextId++;
  }

  private user(who: Identity): Json {
    const user = this.api.example('simple-user');
    return Object.assign(user, { login: who.login, id: who.id, type: who.type, node_id: `U_${who.id}`, html_url: `https://github.com/${encodeURIComponent(who.login)}` });
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const contentType = String(req.headers['content-type'] ?? '');
    const send = (reply: Reply, operationId: string, body: unknown) => {
      this.requests.push({ method, path: url.pathname + url.search, operationId, status: reply.status, body });
      const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', ...reply.headers };
      if (reply.raw) {
        res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers });
        res.end(reply.raw);
      } else if (reply.body === undefined) {
        res.writeHead(reply.status, headers);
        res.end();
      } else {
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(reply.body));
      }
    };

    // browser_download_url of a release asset: served by github.com, not the API.
    const download = /^\/download\/([^/]+)\/([^/]+)\/(\d+)\//.exec(url.pathname);
    if (download && method === 'GET') {
      const asset = this.repo(`${download[1]}/${download[2]}`).assets.find((a) => a.id === Number(download[3]));
      return send(asset ? { status: 200, raw: asset.data } : error(404, 'Not Found'), '(download)', undefined);
    }
    const matched = this.api.match(method, url.pathname);
    if (!matched) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return send(error(404, 'Not Found'), '(unknown)', undefined);
    }
    const { op, params } = matched;
    let body: Json;
    if (raw.length > 0 && contentType.includes('json')) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return send(error(400, 'Problems parsing JSON'), op.id, undefined);
      }
    }

    const fault = this.faults.get(op.id)?.shift();
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.drop) {
      this.requests.push({ method, path: url.pathname, operationId: op.id, status: 0, body });
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      if (fault.status === 403 || fault.status === 429) {
        return send(
          { ...error(fault.status, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.'), headers: { 'retry-after': String(fault.retryAfter ?? 1) } },
          op.id, body,
        );
      }
      return send(error(fault.status, 'Server Error'), op.id, body);
    }

    const requestProblems = this.api.validateRequest(op, params, url.searchParams, contentType, body);
    if (requestProblems.length > 0) {
      const message = `${op.id}: ${requestProblems.join('; ')}`;
      this.violations.push(`request ${method} ${url.pathname}: ${message}`);
      return send(error(422, `Invalid request (OpenAPI): ${message}`), op.id, body);
    }

    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    const who = this.tokens.get(token);
    if (!who) return send(error(401, 'Bad credentials'), op.id, body);
    if (method !== 'GET') {
      if (who.readOnly || scopesOf(op.id).every((scope) => who.missing?.includes(scope))) {
        return send(error(403, 'Resource not accessible by integration'), op.id, body);
      }
    }

    const handler = this.handlers[op.id];
    if (!handler) {
      this.violations.push(`${op.id} (${method} ${op.template}) is not implemented by the fake`);
      return send(error(501, `The fake does not implement ${op.id}`), op.id, body);
    }
    const repo = params.owner && params.repo ? this.repo(`${params.owner}/${params.repo}`) : this.repo();
    let reply: Reply;
    this.currentPath = url.pathname;
    try {
      reply = handler.call(this, { params, query: url.searchParams, body, raw, headers: req.headers, repo, who, base: this.url });
    } catch (failure) {
      this.violations.push(`${op.id}: the fake threw ${(failure as Error).stack}`);
      reply = error(500, 'fake failure');
    }
    if (!reply.raw) {
      const responseProblems = this.api.validateResponse(op, reply.status, reply.body);
      if (responseProblems.length > 0) {
        this.violations.push(`response to ${method} ${url.pathname} (${op.id}): ${responseProblems.join('; ')}`);
        // 400, not 5xx: a broken fake must fail the test at once, not be retried.
        reply = error(400, `The fake produced a response that violates the OpenAPI description: ${responseProblems.join('; ')}`);
      }
    }
    send(reply, op.id, body);
  }

  /** Pages a list the way GitHub does: per_page (default 30, at most 100), page, and a Link header. */
  private page<T>(ctx: Ctx, items: T[], wrap?: (slice: T[]) => Json): Reply {
    const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30), 100);
    const page = Math.max(Number(ctx.query.get('page') ?? 1), 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(ctx.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${ctx.base}${this.currentPath}?${q}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return { status: 200, body: wrap ? wrap(slice) : slice, headers: links.length ? { link: links.join(', ') } : {} };
  }

  private currentPath = '';

  /** Adds a comment as `who` wrote it (tests seed busy pull requests with this). */
  addComment(fullName: string, issueNumber: number, body: string, who: Identity = ACTIONS_BOT): Json {
    const id = this.id();
    const state = this.repo(fullName);
    const { owner, repo } = state;
    const c = Object.assign(this.api.example('issue-comment'), {
      id, node_id: `IC_${id}`, body, user: this.user(who), created_at: now(), updated_at: now(),
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${issueNumber}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issueNumber}`,
      author_association: who.type === 'Bot' ? 'NONE' : 'OWNER', performed_via_github_app: null,
    });
    state.comments.push(c);
    return c;
  }

  /** The comments of one issue or pull request, oldest first. */
  commentsOn(fullName: string, issueNumber: number): Json[] {
    const state = this.repo(fullName);
    return state.comments.filter((c) => c.issue_url.endsWith(`/repos/${fullName}/issues/${issueNumber}`));
  }

  private release(ctx: Ctx, r: Release): Json {
    const { owner, repo } = ctx.repo;
    const out = this.api.example('release');
    return Object.assign(out, {
      id: r.id, node_id: `RE_${r.id}`, tag_name: r.tag_name, target_commitish: r.target_commitish, name: r.name, body: r.body,
      draft: r.draft, prerelease: r.prerelease, created_at: r.created, published_at: r.published, author: this.user(r.author),
      url: `${ctx.base}/repos/${owner}/${repo}/releases/${r.id}`, html_url: `https://github.com/${owner}/${repo}/releases/tag/${encodeURIComponent(r.tag_name)}`,
      assets_url: `${ctx.base}/repos/${owner}/${repo}/releases/${r.id}/assets`,
      upload_url: `${ctx.base}/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: null, zipball_url: null,
      assets: ctx.repo.assets.filter((a) => a.releaseId === r.id).map((a) => this.asset(ctx, a)),
    });
  }

  private asset(ctx: Ctx, a: Asset): Json {
    const { owner, repo } = ctx.repo;
    const out = this.api.example('release-asset');
    return Object.assign(out, {
      id: a.id, node_id: `RA_${a.id}`, name: a.name, label: a.label, content_type: a.contentType, size: a.data.length, state: 'uploaded',
      digest: `sha256:${createHash('sha256').update(a.data).digest('hex')}`, download_count: 0, created_at: a.created, updated_at: a.created,
      uploader: this.user(ACTIONS_BOT), url: `${ctx.base}/repos/${owner}/${repo}/releases/assets/${a.id}`,
      browser_download_url: `${ctx.base}/download/${owner}/${repo}/${a.id}/${encodeURIComponent(a.name)}`,
    });
  }

  private pullsOf(ctx: Ctx): PullRequestState[] {
    return this.pullRequests.get(`${ctx.repo.owner}/${ctx.repo.repo}`) ?? [];
  }

  private pullRequest(ctx: Ctx, pr: PullRequestState, example: 'pull-request' | 'pull-request-simple'): Json {
    const { owner, repo } = ctx.repo;
    const out = this.api.example(example);
    const side = (template: Json, ref: string, sha: string, fullName: string) => {
      const [login, name] = fullName.split('/');
      return { ...template, ref, sha, label: `${login}:${ref}`, user: { ...template.user, login }, repo: { ...template.repo, name, full_name: fullName, fork: fullName !== `${owner}/${repo}`, owner: { ...template.repo.owner, login } } };
    };
    return Object.assign(out, {
      number: pr.number, state: pr.state, url: `${ctx.base}/repos/${owner}/${repo}/pulls/${pr.number}`, html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      issue_url: `${ctx.base}/repos/${owner}/${repo}/issues/${pr.number}`, comments_url: `${ctx.base}/repos/${owner}/${repo}/issues/${pr.number}/comments`,
      head: side(out.head, pr.head.ref, pr.head.sha, pr.head.repository), base: side(out.base, pr.base.ref, pr.base.sha, `${owner}/${repo}`),
      requested_teams: [], requested_reviewers: [], // GitHub's example lists a team without the type its schema requires
    });
  }

  private artifact(ctx: Ctx, a: Artifact): Json {
    const { owner, repo } = ctx.repo;
    const runId = Number(a.runId.replace(/\D/g, '')) || 1;
    const run = ctx.repo.runs.find((r) => r.id === runId); // a run the workflow runner recorded: its branch and commit
    return Object.assign(this.api.example('artifact'), {
      id: a.id, node_id: `A_${a.id}`, name: a.name, size_in_bytes: a.size, expired: false, digest: a.digest ?? null,
      created_at: a.created, updated_at: a.created, expires_at: new Date(Date.parse(a.created) + 90 * 86_400_000).toISOString(),
      url: `${ctx.base}/repos/${owner}/${repo}/actions/artifacts/${a.id}`, archive_download_url: `${ctx.base}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
      workflow_run: { id: runId, repository_id: run?.repository.id ?? 1, head_repository_id: run?.head_repository.id ?? 1, head_branch: run?.head_branch ?? 'main', head_sha: run?.head_sha ?? ctx.repo.headSha },
    });
  }

  private gitRef(ctx: Ctx, ref: string, target: { sha: string; type: string }): Json {
    const { owner, repo } = ctx.repo;
    return {
      ref, node_id: `REF_${sha1(ref).slice(0, 12)}`, url: `${ctx.base}/repos/${owner}/${repo}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
      object: { type: target.type, sha: target.sha, url: `${ctx.base}/repos/${owner}/${repo}/git/${target.type === 'tag' ? 'tags' : 'commits'}/${target.sha}` },
    };
  }

  private findIssue(ctx: Ctx): Json | undefined {
    return ctx.repo.issues.find((i) => i.number === Number(ctx.params.issue_number));
  }

  private findRelease(ctx: Ctx): Release | undefined {
    return ctx.repo.releases.find((r) => r.id === Number(ctx.params.release_id));
  }

  private readonly handlers: Record<string, (this: FakeGitHub, ctx: Ctx) => Reply> = {
    'users/get-authenticated': (ctx) =>
      ctx.who.type === 'Bot' ? error(403, 'Resource not accessible by integration') : { status: 200, body: { ...this.api.example('private-user'), login: ctx.who.login, id: ctx.who.id } },

    'repos/get': (ctx) => {
      // GitHub's own example lacks has_discussions, which its schema requires.
      const full = this.api.example('full-repository');
      return { status: 200, body: Object.assign(full, { name: ctx.repo.repo, full_name: `${ctx.repo.owner}/${ctx.repo.repo}`, default_branch: ctx.repo.defaultBranch, has_discussions: false }) };
    },

    // Issue comments: one list across the repository, ordered by ascending id as GitHub does.
    'issues/list-comments': (ctx) => {
      const url = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.repo}/issues/${ctx.params.issue_number}`;
      return this.page(ctx, ctx.repo.comments.filter((c) => c.issue_url === url));
    },
    'issues/create-comment': (ctx) => {
      const c = this.addComment(`${ctx.repo.owner}/${ctx.repo.repo}`, Number(ctx.params.issue_number), ctx.body.body, ctx.who);
      return { status: 201, body: c, headers: { location: c.url } };
    },
    'issues/get-comment': (ctx) => {
      const c = ctx.repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
      return c ? { status: 200, body: c } : error(404, 'Not Found');
    },
    'issues/update-comment': (ctx) => {
      const c = ctx.repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
      if (!c) return error(404, 'Not Found');
      if (c.user.id !== ctx.who.id) return error(403, 'Resource not accessible by integration');
      Object.assign(c, { body: ctx.body.body, updated_at: now() });
      return { status: 200, body: c };
    },
    'issues/delete-comment': (ctx) => {
      const i = ctx.repo.comments.findIndex((x) => x.id === Number(ctx.params.comment_id));
      if (i < 0) return error(404, 'Not Found');
      ctx.repo.comments.splice(i, 1);
      return { status: 204 };
    },

    // Issues
    'issues/create': (ctx) => {
      const { owner, repo } = ctx.repo;
      const number = ctx.repo.issues.length + 1;
      const issue = this.api.example('issue');
      Object.assign(issue, {
        id: this.id(), number, title: ctx.body.title, body: ctx.body.body ?? null, state: 'open', state_reason: null, locked: false,
        user: this.user(ctx.who), assignee: null, assignees: [], milestone: null, pull_request: undefined, comments: 0, closed_at: null, closed_by: null,
        labels: (ctx.body.labels ?? []).map((name: string | { name: string }) => this.label(ctx, typeof name === 'string' ? name : name.name)),
        created_at: now(), updated_at: now(),
        url: `${ctx.base}/repos/${owner}/${repo}/issues/${number}`, html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
        repository_url: `${ctx.base}/repos/${owner}/${repo}`, comments_url: `${ctx.base}/repos/${owner}/${repo}/issues/${number}/comments`,
        events_url: `${ctx.base}/repos/${owner}/${repo}/issues/${number}/events`,
      });
      delete issue.pull_request;
      delete issue.repository;
      ctx.repo.issues.push(issue);
      return { status: 201, body: issue, headers: { location: issue.url } };
    },
    'issues/get': (ctx) => {
      const issue = this.findIssue(ctx);
      return issue ? { status: 200, body: issue } : error(404, 'Not Found');
    },
    'issues/update': (ctx) => {
      const issue = this.findIssue(ctx);
      if (!issue) return error(404, 'Not Found');
      const { labels, ...rest } = ctx.body;
      Object.assign(issue, rest, { updated_at: now() });
      if (labels) issue.labels = labels.map((l: string | { name: string }) => this.label(ctx, typeof l === 'string' ? l : l.name));
      if (rest.state === 'closed') Object.assign(issue, { closed_at: now(), state_reason: rest.state_reason ?? 'completed' });
      if (rest.state === 'open') Object.assign(issue, { closed_at: null, state_reason: 'reopened' });
      return { status: 200, body: issue };
    },
    'issues/list-for-repo': (ctx) => {
      const state = ctx.query.get('state') ?? 'open';
      const labels = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
      const items = ctx.repo.issues.filter(
        (i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x: Json) => x.name === l)),
      );
      return this.page(ctx, items.slice().reverse());
    },

    // Git: annotated tag objects and refs. Creating an existing ref answers 422, as GitHub does.
    'git/create-tag': (ctx) => {
      const { owner, repo } = ctx.repo;
      const sha = sha1(`tag:${ctx.body.tag}:${ctx.body.object}:${this.id()}`);
      const tag = {
        node_id: `TAG_${sha.slice(0, 12)}`, tag: ctx.body.tag, sha, url: `${ctx.base}/repos/${owner}/${repo}/git/tags/${sha}`, message: ctx.body.message,
        tagger: ctx.body.tagger ?? { name: ctx.who.login, email: `${ctx.who.id}+${ctx.who.login}@users.noreply.github.com`, date: now() },
        object: { type: ctx.body.type, sha: ctx.body.object, url: `${ctx.base}/repos/${owner}/${repo}/git/commits/${ctx.body.object}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      };
      if (!tag.tagger.date) tag.tagger.date = now();
      ctx.repo.tags.set(sha, tag);
      return { status: 201, body: tag, headers: { location: tag.url } };
    },
    'git/get-tag': (ctx) => {
      const tag = ctx.repo.tags.get(ctx.params.tag_sha!);
      return tag ? { status: 200, body: tag } : error(404, 'Not Found');
    },
    'git/create-ref': (ctx) => {
      const ref: string = ctx.body.ref;
      if (!/^refs\/.+/.test(ref)) return error(422, 'Reference name is invalid');
      if (ctx.repo.refs.has(ref)) return error(422, 'Reference already exists');
      const type = ctx.repo.tags.has(ctx.body.sha) ? 'tag' : 'commit';
      ctx.repo.refs.set(ref, { sha: ctx.body.sha, type });
      return { status: 201, body: this.gitRef(ctx, ref, { sha: ctx.body.sha, type }) };
    },
    'git/get-ref': (ctx) => {
      const ref = `refs/${ctx.params.ref}`;
      const target = ctx.repo.refs.get(ref);
      return target ? { status: 200, body: this.gitRef(ctx, ref, target) } : error(404, 'Not Found');
    },
    'git/list-matching-refs': (ctx) => {
      const prefix = `refs/${ctx.params.ref}`;
      const items = [...ctx.repo.refs].filter(([ref]) => ref.startsWith(prefix)).map(([ref, t]) => this.gitRef(ctx, ref, t));
      return { status: 200, body: items };
    },
    'git/delete-ref': (ctx) => {
      const ref = `refs/${ctx.params.ref}`;
      if (!ctx.repo.refs.delete(ref)) return error(422, 'Reference does not exist');
      return { status: 204 };
    },

    // Releases and their assets
    'repos/create-release': (ctx) => {
      if (ctx.repo.releases.some((r) => r.tag_name === ctx.body.tag_name && !r.draft)) {
        return error(422, 'Validation Failed', { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
      }
      const r: Release = {
        id: this.id(), tag_name: ctx.body.tag_name, target_commitish: ctx.body.target_commitish ?? ctx.repo.defaultBranch, name: ctx.body.name ?? null,
        body: ctx.body.body ?? null, draft: ctx.body.draft ?? false, prerelease: ctx.body.prerelease ?? false, created: now(),
        published: ctx.body.draft ? null : now(), author: ctx.who,
      };
      ctx.repo.releases.push(r);
      return { status: 201, body: this.release(ctx, r) };
    },
    'repos/get-release': (ctx) => {
      const r = this.findRelease(ctx);
      return r ? { status: 200, body: this.release(ctx, r) } : error(404, 'Not Found');
    },
    'repos/get-release-by-tag': (ctx) => {
      const r = ctx.repo.releases.find((x) => x.tag_name === ctx.params.tag && !x.draft);
      return r ? { status: 200, body: this.release(ctx, r) } : error(404, 'Not Found');
    },
    'repos/list-releases': (ctx) => this.page(ctx, ctx.repo.releases.slice().reverse().map((r) => this.release(ctx, r))),
    'repos/update-release': (ctx) => {
      const r = this.findRelease(ctx);
      if (!r) return error(404, 'Not Found');
      for (const key of ['tag_name', 'target_commitish', 'name', 'body', 'prerelease'] as const) if (ctx.body[key] !== undefined) (r as Json)[key] = ctx.body[key];
      if (ctx.body.draft === false && r.draft) Object.assign(r, { draft: false, published: now() });
      return { status: 200, body: this.release(ctx, r) };
    },
    'repos/delete-release': (ctx) => {
      const i = ctx.repo.releases.findIndex((x) => x.id === Number(ctx.params.release_id));
      if (i < 0) return error(404, 'Not Found');
      const [removed] = ctx.repo.releases.splice(i, 1);
      ctx.repo.assets = ctx.repo.assets.filter((a) => a.releaseId !== removed!.id);
      return { status: 204 };
    },
    'repos/upload-release-asset': (ctx) => {
      const r = this.findRelease(ctx);
      if (!r) return error(404, 'Not Found');
      const name = ctx.query.get('name')!;
      if (ctx.repo.assets.some((a) => a.releaseId === r.id && a.name === name)) {
        return error(422, 'Validation Failed', { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      }
      const asset: Asset = { id: this.id(), releaseId: r.id, name, label: ctx.query.get('label'), contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream'), data: ctx.raw, created: now() };
      ctx.repo.assets.push(asset);
      return { status: 201, body: this.asset(ctx, asset) };
    },
    'repos/list-release-assets': (ctx) => this.page(ctx, ctx.repo.assets.filter((a) => a.releaseId === Number(ctx.params.release_id)).map((a) => this.asset(ctx, a))),
    'repos/get-release-asset': (ctx) => {
      const a = ctx.repo.assets.find((x) => x.id === Number(ctx.params.asset_id));
      if (!a) return error(404, 'Not Found');
      if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) return { status: 200, raw: a.data };
      return { status: 200, body: this.asset(ctx, a) };
    },
    'repos/delete-release-asset': (ctx) => {
      const i = ctx.repo.assets.findIndex((x) => x.id === Number(ctx.params.asset_id));
      if (i < 0) return error(404, 'Not Found');
      ctx.repo.assets.splice(i, 1);
      return { status: 204 };
    },

    // Actions: workflow_dispatch (both forms), runs, repository_dispatch
    'actions/create-workflow-dispatch': (ctx) => {
      const key = ctx.params.workflow_id!;
      const workflow = ctx.repo.workflows.find((w) => String(w.id) === key || w.path.endsWith(`/${key}`) || w.path === key);
      if (!workflow) return error(404, 'Not Found');
      const inputs = (ctx.body.inputs ?? {}) as Record<string, unknown>;
      const unexpected = Object.keys(inputs).filter((k) => !workflow.inputs.includes(k));
      if (unexpected.length > 0) return error(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      const run = this.addRun(`${ctx.repo.owner}/${ctx.repo.repo}`, workflow, { head_branch: ctx.body.ref });
      ctx.repo.dispatches.push({ workflow: workflow.path, ref: ctx.body.ref, inputs, runId: run.id });
      for (const listener of this.dispatchListeners) listener({ kind: 'workflow_dispatch', repository: `${ctx.repo.owner}/${ctx.repo.repo}`, workflow: workflow.path, ref: ctx.body.ref, inputs, runId: run.id });
      if (ctx.body.return_run_details) {
        return { status: 200, body: { workflow_run_id: run.id, run_url: run.url, html_url: run.html_url } };
      }
      return { status: 204 };
    },
    'actions/list-artifacts-for-repo': (ctx) => {
      const name = ctx.query.get('name');
      const artifacts = (this.artifactSource?.artifacts ?? [])
        .filter((a) => a.finalized && (!name || a.name === name))
        .map((a) => this.artifact(ctx, a))
        .reverse();
      return this.page(ctx, artifacts, (slice) => ({ total_count: artifacts.length, artifacts: slice }));
    },
    // One run's artifacts (what @actions/artifact lists with findBy, e.g. download-artifact's run-id)
    'actions/list-workflow-run-artifacts': (ctx) => {
      const name = ctx.query.get('name');
      const artifacts = (this.artifactSource?.artifacts ?? [])
        .filter((a) => a.finalized && a.runId === ctx.params.run_id && (!name || a.name === name))
        .map((a) => this.artifact(ctx, a));
      return this.page(ctx, artifacts, (slice) => ({ total_count: artifacts.length, artifacts: slice }));
    },
    'actions/download-artifact': (ctx) => {
      const artifact = this.artifactSource?.artifacts.find((a) => a.id === Number(ctx.params.artifact_id) && a.finalized);
      if (!artifact) return error(404, 'Not Found');
      return { status: 302, headers: { location: this.artifactSource!.blobUrl(artifact.blob) } };
    },
    'actions/get-workflow': (ctx) => {
      const key = ctx.params.workflow_id!;
      const workflow = ctx.repo.workflows.find((w) => String(w.id) === key || w.path.endsWith(`/${key}`) || w.path === key);
      if (!workflow) return error(404, 'Not Found');
      const { owner, repo } = ctx.repo;
      return {
        status: 200,
        body: Object.assign(this.api.example('workflow'), {
          id: workflow.id, node_id: `W_${workflow.id}`, name: workflow.name, path: workflow.path, state: 'active',
          url: `${ctx.base}/repos/${owner}/${repo}/actions/workflows/${workflow.id}`, html_url: `https://github.com/${owner}/${repo}/blob/main/${workflow.path}`,
          badge_url: `https://github.com/${owner}/${repo}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
        }),
      };
    },
    'actions/list-workflow-runs': (ctx) => {
      const key = ctx.params.workflow_id!;
      const workflow = ctx.repo.workflows.find((w) => String(w.id) === key || w.path.endsWith(`/${key}`) || w.path === key);
      if (!workflow) return error(404, 'Not Found');
      return this.listRuns(ctx, ctx.repo.runs.filter((r) => r.workflow_id === workflow.id));
    },
    'actions/list-workflow-runs-for-repo': (ctx) => this.listRuns(ctx, ctx.repo.runs),
    'actions/get-workflow-run': (ctx) => {
      const run = ctx.repo.runs.find((r) => r.id === Number(ctx.params.run_id));
      return run ? { status: 200, body: run } : error(404, 'Not Found');
    },
    'repos/create-dispatch-event': (ctx) => {
      ctx.repo.repositoryDispatches.push({ event_type: ctx.body.event_type, client_payload: ctx.body.client_payload ?? {} });
      for (const listener of this.dispatchListeners) listener({ kind: 'repository_dispatch', repository: `${ctx.repo.owner}/${ctx.repo.repo}`, eventType: ctx.body.event_type, clientPayload: ctx.body.client_payload ?? {} });
      return { status: 204 };
    },

    // Deployments and their statuses
    'repos/create-deployment': (ctx) => {
      const { owner, repo } = ctx.repo;
      const id = this.id();
      const d = Object.assign(this.api.example('deployment'), {
        id, node_id: `DE_${id}`, sha: ctx.repo.headSha, ref: ctx.body.ref, task: ctx.body.task ?? 'deploy', payload: ctx.body.payload ?? {},
        environment: ctx.body.environment ?? 'production', description: ctx.body.description ?? null, creator: this.user(ctx.who),
        created_at: now(), updated_at: now(), production_environment: ctx.body.production_environment ?? true, transient_environment: false,
        url: `${ctx.base}/repos/${owner}/${repo}/deployments/${id}`, statuses_url: `${ctx.base}/repos/${owner}/${repo}/deployments/${id}/statuses`,
        repository_url: `${ctx.base}/repos/${owner}/${repo}`, performed_via_github_app: null,
      });
      ctx.repo.deployments.push(d);
      return { status: 201, body: d };
    },
    'repos/list-deployments': (ctx) => {
      const env = ctx.query.get('environment');
      const task = ctx.query.get('task');
      return this.page(ctx, ctx.repo.deployments.filter((d) => (!env || d.environment === env) && (!task || d.task === task)).reverse());
    },
    'repos/get-deployment': (ctx) => {
      const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
      return d ? { status: 200, body: d } : error(404, 'Not Found');
    },
    'repos/create-deployment-status': (ctx) => {
      const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
      if (!d) return error(404, 'Not Found');
      const id = this.id();
      const s = Object.assign(this.api.example('deployment-status'), {
        id, node_id: `DES_${id}`, state: ctx.body.state, creator: this.user(ctx.who), description: ctx.body.description ?? '',
        environment: ctx.body.environment ?? d.environment, target_url: ctx.body.log_url ?? ctx.body.target_url ?? `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/deployments`,
        log_url: ctx.body.log_url ?? ctx.body.target_url ?? `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/deployments`,
        environment_url: ctx.body.environment_url ?? `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/deployments`, created_at: now(), updated_at: now(), deployment_url: d.url, repository_url: d.repository_url,
        url: `${d.statuses_url}/${id}`, performed_via_github_app: null,
      });
      ctx.repo.deploymentStatuses.push({ ...s, deployment_id: d.id });
      return { status: 201, body: s };
    },
    'repos/list-deployment-statuses': (ctx) => {
      const id = Number(ctx.params.deployment_id);
      return this.page(ctx, ctx.repo.deploymentStatuses.filter((s) => s.deployment_id === id).map(({ deployment_id: _, ...s }) => s).reverse());
    },

    // Check runs
    'checks/create': (ctx) => {
      const { owner, repo } = ctx.repo;
      const id = this.id();
      const run = Object.assign(this.api.example('check-run'), {
        id, node_id: `CR_${id}`, head_sha: ctx.body.head_sha, name: ctx.body.name, status: ctx.body.status ?? 'queued', conclusion: ctx.body.conclusion ?? null,
        external_id: ctx.body.external_id ?? '', details_url: ctx.body.details_url ?? null, started_at: ctx.body.started_at ?? now(), completed_at: ctx.body.completed_at ?? null,
        output: { title: ctx.body.output?.title ?? null, summary: ctx.body.output?.summary ?? null, text: ctx.body.output?.text ?? null, annotations_count: ctx.body.output?.annotations?.length ?? 0, annotations_url: `${ctx.base}/repos/${owner}/${repo}/check-runs/${id}/annotations` },
        url: `${ctx.base}/repos/${owner}/${repo}/check-runs/${id}`, html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
      });
      ctx.repo.checkRuns.push(run);
      return { status: 201, body: run };
    },
    'checks/update': (ctx) => {
      const run = ctx.repo.checkRuns.find((x) => x.id === Number(ctx.params.check_run_id));
      if (!run) return error(404, 'Not Found');
      const { output, ...rest } = ctx.body;
      Object.assign(run, rest);
      if (output) Object.assign(run.output, { title: output.title, summary: output.summary, text: output.text ?? null });
      return { status: 200, body: run };
    },

    // Pull requests and repository contents at a ref
    'pulls/get': (ctx) => {
      const stored = this.pullsOf(ctx).find((p) => p.number === Number(ctx.params.pull_number));
      if (stored) return { status: 200, body: this.pullRequest(ctx, stored, 'pull-request') };
      const pr = this.api.example('pull-request');
      return { status: 200, body: Object.assign(pr, { number: Number(ctx.params.pull_number) }) };
    },
    // Pull requests the workflow runner opened: by state, head (`owner:branch`) and base, or by head commit.
    'pulls/list': (ctx) => {
      const state = ctx.query.get('state') ?? 'open';
      const head = ctx.query.get('head');
      const base = ctx.query.get('base');
      const found = this.pullsOf(ctx).filter((p) => (state === 'all' || p.state === state) && (!base || p.base.ref === base) && (!head || `${p.head.repository.split('/')[0]}:${p.head.ref}` === head));
      return this.page(ctx, found.map((p) => this.pullRequest(ctx, p, 'pull-request-simple')));
    },
    'repos/list-pull-requests-associated-with-commit': (ctx) => this.page(ctx, this.pullsOf(ctx).filter((p) => p.head.sha === ctx.params.commit_sha).map((p) => this.pullRequest(ctx, p, 'pull-request-simple'))),
    'repos/get-content': (ctx) => {
      const ref = ctx.query.get('ref') ?? ctx.repo.defaultBranch;
      const path = ctx.params.path!;
      const data = ctx.repo.contents.get(`${ref}:${path}`);
      if (!data) return error(404, 'Not Found');
      if (String(ctx.headers.accept ?? '').includes('raw')) return { status: 200, raw: data };
      const { owner, repo } = ctx.repo;
      const sha = sha1(data.toString('binary'));
      const url = `${ctx.base}/repos/${owner}/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
      return {
        status: 200,
        body: {
          type: 'file', encoding: 'base64', size: data.length, name: path.split('/').pop(), path, content: data.toString('base64'), sha, url,
          git_url: `${ctx.base}/repos/${owner}/${repo}/git/blobs/${sha}`, html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`, download_url: null,
          _links: { self: url, git: `${ctx.base}/repos/${owner}/${repo}/git/blobs/${sha}`, html: `https://github.com/${owner}/${repo}/blob/${ref}/${path}` },
        },
      };
    },
  };

  private listRuns(ctx: Ctx, runs: Json[]): Reply {
    const status = ctx.query.get('status');
    const event = ctx.query.get('event');
    const branch = ctx.query.get('branch');
    const created = ctx.query.get('created');
    const since = created?.startsWith('>=') ? Date.parse(created.slice(2)) : undefined;
    const matching = runs
      .filter((r) => (!status || r.status === status || r.conclusion === status) && (!event || r.event === event) && (!branch || r.head_branch === branch))
      .filter((r) => since === undefined || Date.parse(r.created_at) >= since)
      .reverse();
    return this.page(ctx, matching, (slice) => ({ total_count: matching.length, workflow_runs: slice }));
  }

  private label(ctx: Ctx, name: string): Json {
    return {
      id: Number.parseInt(sha1(name).slice(0, 8), 16), node_id: `LA_${name}`, name, description: null, color: 'ededed', default: false,
      url: `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.repo}/labels/${encodeURIComponent(name)}`,
    };
  }
}

