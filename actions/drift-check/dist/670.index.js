export const id = 670;
export const ids = [670];
export const modules = {

/***/ 16891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Tt: () => (/* binding */ gitOk)
/* harmony export */ });
/* unused harmony exports mergeBase, fileAtGitRef */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
// The git binary, always with an argv array (no shell ever sees an input).




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
async function gitOk(cwd, args) {
    try {
        await run('git', args, { cwd });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The merge base of HEAD and `baseSha`, fetching history as needed: Actions checks out with depth 1,
 * so the base commit and the history between are usually missing.
 */
async function mergeBase(cwd, baseSha, log) {
    if (!(await gitOk(cwd, ['cat-file', '-e', `${baseSha}^{commit}`]))) {
        log(`Fetching the base commit ${baseSha.slice(0, 12)} (shallow clone).`);
        await git(cwd, ['fetch', '--no-tags', '--depth=50', 'origin', baseSha]);
    }
    for (let attempt = 0; attempt < 6; attempt++) {
        try {
            return (await git(cwd, ['merge-base', 'HEAD', baseSha])).trim();
        }
        catch {
            if ((await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true')
                break;
            log('Deepening the clone to find the merge base.');
            await git(cwd, ['fetch', '--no-tags', '--deepen=100', 'origin', baseSha]);
        }
    }
    log(`No merge base with ${baseSha.slice(0, 12)} was found; comparing with the base commit itself.`);
    return baseSha;
}
/**
 * The text of a workspace file at `git:base` (the merge base with a pull request's base branch, fetched
 * as needed from a shallow clone) or at `git:<ref>`. `input` names the action input in errors; `baseSha`
 * and `baseRef` come from the pull_request event (undefined on other events).
 */
async function fileAtGitRef(workspace, file, spec, input, pr, log) {
    const root = (await git(workspace, ['rev-parse', '--show-toplevel']).catch(() => {
        throw new ConfigurationError(`Input '${input}' is ${spec}, but the workspace is not a git checkout. Add actions/checkout before this step.`);
    })).trim();
    const relative = path.relative(root, file).split(path.sep).join('/');
    let commit;
    let name;
    if (spec === 'git:base') {
        if (!pr)
            throw new ConfigurationError(`Input '${input}' is git:base, which needs a pull_request event. Use git:<ref>, a file, or none.`);
        commit = await mergeBase(workspace, pr.baseSha, log).catch((error) => {
            throw new ConfigurationError(`Input '${input}' is git:base, but the pull request's base commit ${String(pr.baseSha).slice(0, 12)} could not be fetched from origin (${error.message.split('\n')[0]}). Check out with actions/checkout, or name a file or none.`);
        });
        name = `merge base with ${pr.baseRef}`;
    }
    else {
        const ref = spec.slice('git:'.length);
        if (!/^[\w./@{}~^-]+$/.test(ref) || ref.startsWith('-'))
            throw new ConfigurationError(`Input '${input}': "${ref}" is not a git ref.`);
        commit = (await git(workspace, ['rev-parse', '--verify', `${ref}^{commit}`]).catch(() => {
            throw new ConfigurationError(`Input '${input}': git cannot find "${ref}" in this checkout (fetch it first, e.g. actions/checkout with fetch-depth: 0).`);
        })).trim();
        name = ref;
    }
    const text = await git(root, ['show', `${commit}:${relative}`]).catch(() => undefined);
    return { commit, name, relative, ...(text !== undefined ? { text } : {}) };
}


/***/ }),

/***/ 21670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHub: () => (/* reexport */ createGitHub),
  Uc: () => (/* reexport */ repository/* currentRepo */.Uc),
  dispatchWorkflow: () => (/* reexport */ dispatchWorkflow),
  sendRepositoryDispatch: () => (/* reexport */ sendRepositoryDispatch),
  syncTrackingIssue: () => (/* reexport */ syncTrackingIssue)
});

// UNUSED EXPORTS: Deployment, commentMarker, fileAtGitRef, git, gitOk, mergeBase, pullRequestOf, readEvent, runUrl, statusOf, upsertStickyComment

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var lib_github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/github/client.ts




/** How many times a rate-limited or failing request is tried again before the error reaches the user. */
const MAX_RETRIES = 3;
/**
 * The one Octokit of the project: retries 5xx (plugin-retry), waits out primary and secondary
 * rate limits (plugin-throttling, honouring retry-after), talks to GITHUB_API_URL (so GitHub
 * Enterprise Server works), and masks the token before anything can print it.
 */
function createGitHub(token, io, inputName = 'github-token', throttle = true) {
    if (!token) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}' is empty. Pass \${{ github.token }} (the default) or a token with the permissions this action needs.`);
    }
    io.setSecret(token);
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        io.info(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${MAX_RETRIES}).`);
        return retryCount < MAX_RETRIES;
    };
    const github = (0,lib_github.getOctokit)(token, {
        // Read here, not at import time, so the port's environment decides (GHES, tests, CLI).
        baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
        // Writes are spaced 1 s apart, as GitHub asks of integrations; only tests of the cores turn it off.
        throttle: { enabled: throttle, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        // 403/429 rate limits belong to plugin-throttling; plugin-retry takes 5xx and dropped connections.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
    }, dist_bundle/* retry */.L, throttling);
    // Outermost, after the retries: a request that never reached GitHub names the call and the URL.
    github.hook.wrap('request', async (request, options) => {
        try {
            return await request(options);
        }
        catch (error) {
            // Octokit gives a network failure status 500 but no response; an answer from GitHub keeps its error.
            if (error.response !== undefined || !(error instanceof Error))
                throw error;
            const why = error.message.replace(/^fetch failed$/, '') || String(error.cause ?? 'no answer');
            throw new errors/* ConfigurationError */.j(`Could not reach the GitHub API for ${options.method} ${options.url} at ${options.baseUrl} (${why}), after ${MAX_RETRIES} retries. Check GITHUB_API_URL and that the runner can reach it (a self-hosted runner may need a proxy).`);
        }
    });
    return github;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
;// CONCATENATED MODULE: ./src/github/dispatch.ts
// Dispatching a workflow so that it cannot storm: nothing while a run of the target is queued or in
// progress or started within the cooldown, which also makes a re-run of the same job a no-op.



const ACTIVE = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);
/** Why not to dispatch now, or undefined when the way is clear. */
function blockedBy(runs, cooldownMs, now) {
    const active = runs.find((r) => r.status !== null && ACTIVE.has(r.status));
    if (active)
        return `a run is already ${active.status?.replace('_', ' ')}: ${active.html_url}`;
    const recent = runs.find((r) => now - Date.parse(r.created_at) < cooldownMs);
    if (recent)
        return `a run started ${new Date(recent.created_at).toISOString()}, within the ${Math.round(cooldownMs / 3_600_000 * 10) / 10}h cooldown: ${recent.html_url}`;
    return undefined;
}
function permissionError(error, what, permission) {
    const status = (0,repository/* statusOf */.c2)(error);
    if (status === 403 || status === 404) {
        throw new errors/* ConfigurationError */.j(`${what} was refused (${status}): the token needs \`permissions: ${permission}\` on this job (and the workflow must exist and allow workflow_dispatch).`);
    }
    throw error;
}
/** The inputs the target workflow declares under on.workflow_dispatch.inputs (empty if unreadable). */
async function declaredInputs(gh, repo, path, ref) {
    try {
        const { data } = await gh.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref });
        if (!('content' in data))
            return new Set();
        const workflow = dist.parse(Buffer.from(data.content, 'base64').toString('utf8'));
        const on = workflow?.on ?? workflow?.true; // YAML 1.1 reads a bare `on:` key as true
        return new Set(Object.keys(on?.workflow_dispatch?.inputs ?? {}));
    }
    catch {
        return new Set();
    }
}
async function dispatchWorkflow(gh, repo, request) {
    let workflow;
    try {
        workflow = (await gh.rest.actions.getWorkflow({ ...repo, workflow_id: request.workflow })).data;
    }
    catch (error) {
        if ((0,repository/* statusOf */.c2)(error) === 404)
            throw new errors/* ConfigurationError */.j(`Input 'dispatch-workflow': no workflow "${request.workflow}" in ${repo.owner}/${repo.repo} (give its file name, e.g. retrain.yml, or its id).`);
        throw error;
    }
    const ref = request.ref ?? (await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo })).data.default_branch;
    const runs = (await gh.rest.actions.listWorkflowRuns({ ...repo, workflow_id: workflow.id, per_page: 50 })).data.workflow_runs;
    const blocked = blockedBy(runs, request.cooldownMs, request.now ?? Date.now());
    if (blocked)
        return { dispatched: false, reason: blocked, target: workflow.path };
    const declared = await declaredInputs(gh, repo, workflow.path, ref);
    const inputs = { ...request.inputs };
    for (const [key, value] of Object.entries(request.extra))
        if (declared.has(key) && inputs[key] === undefined)
            inputs[key] = value;
    try {
        const response = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { owner: repo.owner, repo: repo.repo, workflow_id: workflow.id, ref, inputs, return_run_details: true });
        const details = response.status === 200 ? response.data : {};
        return { dispatched: true, reason: `dispatched ${workflow.path} on ${ref}`, runUrl: details.html_url, target: workflow.path };
    }
    catch (error) {
        if ((0,repository/* statusOf */.c2)(error) === 422)
            throw new errors/* ConfigurationError */.j(`Dispatching ${workflow.path} was rejected: ${error.message}. Check that it has a workflow_dispatch trigger with these inputs: ${Object.keys(inputs).join(', ') || '(none)'}.`);
        permissionError(error, `Dispatching ${workflow.path}`, 'actions: write');
    }
}
async function sendRepositoryDispatch(gh, repo, request) {
    const runs = (await gh.rest.actions.listWorkflowRunsForRepo({ ...repo, event: 'repository_dispatch', per_page: 50 })).data.workflow_runs;
    const blocked = blockedBy(runs, request.cooldownMs, request.now ?? Date.now());
    if (blocked)
        return { dispatched: false, reason: blocked, target: `repository_dispatch ${request.eventType}` };
    try {
        await gh.rest.repos.createDispatchEvent({ ...repo, event_type: request.eventType, client_payload: request.payload });
    }
    catch (error) {
        permissionError(error, `repository_dispatch ${request.eventType}`, 'contents: write');
    }
    return { dispatched: true, reason: `sent repository_dispatch ${request.eventType}`, target: `repository_dispatch ${request.eventType}` };
}

;// CONCATENATED MODULE: ./src/github/tracking-issue.ts
// One tracking issue per purpose, found by its label and a marker in its body: opened or updated
// while the condition holds, closed with a note when it is gone.


const BODY_LIMIT = 65_000;
async function syncTrackingIssue(gh, repo, issue, open, body, closingNote) {
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
        if (!existing)
            return { action: 'none' };
        await gh.rest.issues.createComment({ ...repo, issue_number: existing.number, body: closingNote });
        await gh.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', url: existing.html_url };
    }
    catch (error) {
        const status = (0,repository/* statusOf */.c2)(error);
        if (status === 403)
            throw new errors/* ConfigurationError */.j(`Updating the tracking issue was refused (403): add \`permissions: issues: write\` to the job.`);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/event.ts

/** The webhook payload the runner saved for this run (GITHUB_EVENT_PATH), read when needed, not at import. */
function readEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (file) {
        try {
            payload = JSON.parse(readFileSync(file, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}
function pullRequestOf(event) {
    const pr = event.payload?.pull_request;
    if (!pr || !/^pull_request/.test(event.name))
        return undefined;
    return {
        number: pr.number,
        baseRef: pr.base?.ref,
        baseSha: pr.base?.sha,
        headSha: pr.head?.sha,
        fromFork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
    };
}

// EXTERNAL MODULE: ./src/github/git.ts
var git = __webpack_require__(16891);
;// CONCATENATED MODULE: ./src/github/index.ts










/***/ })

};
