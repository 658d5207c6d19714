// Runs one job (one matrix instance) as the runner does: a fresh workspace; each step's `if:`; `run:`
// in bash, our actions and the declared equivalents as Node processes through the runner harness;
// fresh GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY files per step, read back into the steps context, the
// job's env and PATH; post steps in reverse order; the job's outputs at the end.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFileCommands, runAction } from '../harness/run-action.js';
import { runtimeToken } from '../fakes/results-server.js';
import { contractOf } from './equivalents.js';
import type { RunEvent } from './events.js';
import { condition, interpolate, toText, type ExpressionFunction, type Scope, type Value } from './expressions.js';
import { readCommands, type Masker } from './log.js';
import type { Conclusion, JobResult, Problem, StepResult } from './result.js';
import type { JobSpec, StepSpec, Workflow } from './workflow.js';

export interface JobRun {
  workflow: Workflow;
  spec: JobSpec;
  /** `profile (0)` for a matrix instance, else the job id. */
  name: string;
  matrix?: Record<string, Value>;
  event: RunEvent;
  runId: number;
  runNumber: number;
  /** github, needs, inputs, vars, secrets, matrix, strategy: what every expression of the job sees. */
  contexts: Record<string, Value>;
  /** The workflow's env, already evaluated. */
  env: Record<string, string>;
  token: string;
  tokenInfo: JobResult['token'];
  masker: Masker;
  problems: Problem[];
  /** Declared outputs of every job of the workflow (to check needs.<job>.outputs.<name>). */
  jobOutputs: Map<string, string[]>;
  services: { githubUrl: string; resultsUrl: string; remote: string };
  /** This run's artifacts uploaded by jobs this one does not need (GitHub gives no order between them). */
  unorderedArtifacts: () => { name: string; job: string }[];
  dir: string;
  stepTimeoutMs: number;
}

interface StepState {
  spec: StepSpec;
  ran: boolean;
}

const BLOCKED_ENV = new Set(['NODE_OPTIONS']); // GitHub refuses these from GITHUB_ENV

export async function runJob(job: JobRun): Promise<JobResult> {
  const workspace = path.join(job.dir, 'workspace');
  const runnerDir = path.join(job.dir, 'runner');
  const temp = path.join(runnerDir, 'temp');
  for (const dir of [workspace, temp, path.join(runnerDir, 'tool-cache')]) mkdirSync(dir, { recursive: true });
  const eventPath = path.join(runnerDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(job.event.payload));

  const states = new Map<string, StepState>(job.spec.steps.filter((s) => s.id).map((s) => [s.id!, { spec: s, ran: false }]));
  const stepsContext: Record<string, Value> = {};
  const results: StepResult[] = [];
  const posts: { step: StepSpec; label: string; state: Record<string, string>; inputs: Record<string, string>; env: Record<string, string> }[] = [];
  const extraPath: string[] = [];
  let failed = false;

  const runner = { os: 'Linux', arch: 'X64', name: 'local', environment: 'github-hosted', temp, tool_cache: path.join(runnerDir, 'tool-cache') };
  const scope = (where: string, stepLabel?: string, env: Record<string, string> = jobEnv): Scope => ({
    contexts: { ...job.contexts, env, steps: stepsContext, runner, job: { status: failed ? 'failure' : 'success' } },
    functions: { ...statusFunctions(() => !failed), hashfiles: hashFiles(workspace) },
    onMissing: (reference) => noteMissing(job, states, reference, where, stepLabel),
  });
  const text = (value: unknown, where: string, stepLabel?: string, env?: Record<string, string>): string => (value === undefined || value === null ? '' : toText(interpolate(String(value), scope(where, stepLabel, env))));
  const textMap = (map: Record<string, unknown> | undefined, where: string, stepLabel?: string, env?: Record<string, string>) => Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, text(v, `${where}.${k}`, stepLabel, env)]));

  // The job's env: the workflow's, the job's, then what steps add through GITHUB_ENV.
  const jobEnv: Record<string, string> = { ...job.env };
  Object.assign(jobEnv, textMap(job.spec.raw.env, 'env'));
  const github = job.contexts.github as Record<string, Value>;

  const processEnv = (stepEnv: Record<string, string>, files: Record<string, string>): Record<string, string> => ({
    HOME: process.env.HOME ?? runnerDir,
    ...stepEnv,
    PATH: [...extraPath, process.env.PATH ?? '/usr/bin:/bin'].join(path.delimiter),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: job.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_REF: job.event.ref,
    GITHUB_REF_NAME: job.event.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: job.event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: job.event.sha,
    GITHUB_HEAD_REF: job.event.headRef,
    GITHUB_BASE_REF: job.event.baseRef,
    GITHUB_RUN_ID: String(job.runId),
    GITHUB_RUN_NUMBER: String(job.runNumber),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job.spec.id,
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_TRIGGERING_ACTOR: 'Codertocat',
    GITHUB_WORKFLOW: job.workflow.name,
    GITHUB_WORKFLOW_REF: String(github.workflow_ref),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: job.services.githubUrl,
    GITHUB_GRAPHQL_URL: `${job.services.githubUrl}/graphql`,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: runner.tool_cache,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(String(job.runId), jobBackendId(job.runId, job.name)),
    ACTIONS_RESULTS_URL: `${job.services.resultsUrl}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_OUTPUT: files.output!,
    GITHUB_ENV: files.env!,
    GITHUB_PATH: files.path!,
    GITHUB_STEP_SUMMARY: files.summary!,
    GITHUB_STATE: files.state!,
  });

  for (const [index, step] of job.spec.steps.entries()) {
    const label = step.label;
    const record = (result: Omit<StepResult, 'id' | 'label' | 'uses'>) => {
      const masked = Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, job.masker.mask(v)]));
      results.push({ id: step.id, label, ...(step.raw.uses ? { uses: String(step.raw.uses) } : {}), ...result, outputs: masked });
      if (step.id) stepsContext[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
    };
    if (!condition(step.raw.if ?? undefined, scope('if', label))) {
      record({ outcome: 'skipped', conclusion: 'skipped', outputs: {}, summary: '', annotations: [], log: '' });
      continue;
    }
    if (step.id) states.get(step.id)!.ran = true;
    const stepEnv = { ...jobEnv, ...textMap(step.raw.env, 'env', label) };
    const files = stepFiles(runnerDir, index);
    const env = processEnv(stepEnv, files);
    const timeoutMs = Math.min(job.stepTimeoutMs, Number(step.raw['timeout-minutes'] ?? Infinity) * 60_000);
    let exitCode: number | null;
    let stdout: string;
    let stderr: string;
    if (step.action) {
      const inputs = actionInputs(step, (value, key) => text(value, `with.${key}`, label, stepEnv));
      for (const key of Object.keys(step.raw.with ?? {}).filter((k) => !(k in contractOf(step.action!).inputs))) {
        job.problems.push({ job: job.name, step: label, where: `with.${key}`, reference: `with.${key}`, message: `${String(step.raw.uses)} has no input '${key}' (GitHub warns "Unexpected input(s)" and passes it on)` });
      }
      if (step.action.kind === 'equivalent') Object.assign(env, equivalentEnv(step.action.equivalent.action, job));
      const result = await runAction(step.action.kind === 'ours' ? step.action.name : step.action.equivalent.action.replace('/', '-'), {
        entry: step.action.entry, workspace, inputs, event: job.event, githubUrl: job.services.githubUrl, resultsUrl: job.services.resultsUrl, token: job.token, env, timeoutMs,
      });
      ({ exitCode, stdout, stderr } = result);
      if (step.action.kind === 'ours' && step.action.post) posts.unshift({ step, label: `Post ${label}`, state: result.state, inputs, env });
    } else {
      const script = path.join(temp, `${randomUUID()}.sh`);
      writeFileSync(script, text(step.raw.run, 'run', label, stepEnv));
      const dir = step.raw['working-directory'] ?? job.spec.raw.defaults?.run?.['working-directory'] ?? job.workflow.raw.defaults?.run?.['working-directory'];
      ({ exitCode, stdout, stderr } = await bash(script, path.resolve(workspace, dir ? text(dir, 'working-directory', label, stepEnv) : '.'), env, timeoutMs));
    }
    const outputs = parseFileCommands(readFileSync(files.output!, 'utf8'));
    for (const [key, value] of Object.entries(parseFileCommands(readFileSync(files.env!, 'utf8')))) if (!BLOCKED_ENV.has(key)) jobEnv[key] = value;
    extraPath.unshift(...readFileSync(files.path!, 'utf8').split('\n').filter(Boolean).reverse());
    const annotations = readCommands(stdout, job.masker);
    const outcome: Conclusion = exitCode === 0 ? 'success' : 'failure';
    const continueOnError = toText(interpolate(String(step.raw['continue-on-error'] ?? false), scope('continue-on-error', label))) === 'true';
    const conclusion: Conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    if (conclusion === 'failure') failed = true;
    record({ outcome, conclusion, outputs, summary: job.masker.mask(readFileSync(files.summary!, 'utf8')), annotations, log: job.masker.mask(stdout + stderr), exitCode });
  }

  // Post steps (post-if defaults to always()), the last action's first.
  for (const post of posts) {
    const files = stepFiles(runnerDir, results.length);
    const env = { ...post.env, ...processEnv({ ...jobEnv }, files) };
    const action = post.step.action!;
    const result = await runAction(action.kind === 'ours' ? action.name : '', { entry: action.kind === 'ours' ? action.post : undefined, workspace, inputs: post.inputs, event: job.event, githubUrl: job.services.githubUrl, resultsUrl: job.services.resultsUrl, token: job.token, env, post: { state: post.state }, timeoutMs: job.stepTimeoutMs });
    const outcome: Conclusion = result.exitCode === 0 ? 'success' : 'failure';
    if (outcome === 'failure') failed = true;
    results.push({ label: post.label, uses: String(post.step.raw.uses), outcome, conclusion: outcome, outputs: {}, summary: job.masker.mask(result.summary), annotations: readCommands(result.stdout, job.masker), log: job.masker.mask(result.stdout + result.stderr), exitCode: result.exitCode });
  }

  const outputs: Record<string, string> = {};
  const annotations = results.flatMap((s) => s.annotations);
  for (const [key, value] of Object.entries(textMap(job.spec.raw.outputs, 'outputs'))) {
    if (job.masker.reveals(value)) annotations.push({ level: 'warning', message: `Skip output '${key}' since it may contain secret.` });
    else outputs[key] = value;
  }
  return {
    id: job.spec.id, name: job.name, ...(job.matrix ? { matrix: job.matrix } : {}), result: failed ? 'failure' : 'success', outputs, steps: results,
    summary: results.map((s) => s.summary).join(''), annotations, token: job.tokenInfo,
  };
}

/** The job's id in the results service (its token's scp claim is space-separated: no spaces). */
export function jobBackendId(runId: number, name: string): string {
  return `${runId}-${name.replace(/\s+/g, '_')}`;
}

/** What an equivalent learns from the runner: checkout its remote; download-artifact which artifacts it may not rely on. */
function equivalentEnv(action: string, job: JobRun): Record<string, string> {
  if (action === 'actions/checkout') return { MLOPS_CHECKOUT_REMOTE: job.services.remote };
  if (action === 'actions/download-artifact') return { MLOPS_UNORDERED_ARTIFACTS: JSON.stringify(job.unorderedArtifacts()) };
  return {};
}

/** success(), failure(), always(), cancelled() as a step sees them (no cancellation here). */
export function statusFunctions(succeeded: () => boolean): Record<string, ExpressionFunction> {
  return { success: () => succeeded(), failure: () => !succeeded(), always: () => true, cancelled: () => false };
}

/** GitHub's hashFiles(): sha256 over the sha256 of each matching file of the workspace, '' when none match. */
function hashFiles(workspace: string): ExpressionFunction {
  return (...patterns) => {
    const files = patterns.flatMap((p) => globSync(toText(p), { cwd: workspace })).sort();
    if (files.length === 0) return '';
    const all = createHash('sha256');
    for (const file of files) all.update(createHash('sha256').update(readFileSync(path.join(workspace, file))).digest());
    return all.digest('hex');
  };
}

function stepFiles(runnerDir: string, index: number): Record<string, string> {
  const dir = path.join(runnerDir, 'steps', String(index));
  mkdirSync(dir, { recursive: true });
  const files = { output: 'output', env: 'env', path: 'path', summary: 'summary.md', state: 'state' };
  return Object.fromEntries(Object.entries(files).map(([key, name]) => {
    writeFileSync(path.join(dir, name), '');
    return [key, path.join(dir, name)];
  }));
}

/** The step's inputs: each `with:` value, else the action's default, evaluated. */
function actionInputs(step: StepSpec, evaluate: (value: unknown, key: string) => string): Record<string, string> {
  const declared = contractOf(step.action!).inputs;
  const inputs: Record<string, string> = {};
  for (const [key, fallback] of Object.entries(declared)) {
    const given = step.raw.with?.[key];
    if (given !== undefined) inputs[key] = evaluate(given, key);
    else if (fallback !== undefined) inputs[key] = evaluate(fallback, key);
  }
  for (const [key, value] of Object.entries(step.raw.with ?? {})) if (!(key in inputs)) inputs[key] = evaluate(value, key); // GitHub passes (and warns about) unexpected inputs
  return inputs;
}

function bash(script: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: 1, stdout, stderr: `${stderr}${error.message}\n` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}

/** Records a reference to a step, output, job, input, variable or secret that does not exist. */
function noteMissing(job: JobRun, states: Map<string, StepState>, reference: string[], where: string, step?: string): void {
  const [root, name, kind, output] = reference;
  let message: string | undefined;
  if (root === 'steps') {
    const state = states.get(name!);
    if (!state) message = `job ${job.spec.id} has no step with id '${name}'`;
    else if (reference.length === 2) message = `step '${name}' has not run yet where it is referenced`;
    else if (kind === 'outputs' && output !== undefined) {
      const action = state.spec.action;
      if (action && !contractOf(action).outputs.includes(output)) message = `${action.kind === 'ours' ? action.name : action.equivalent.action} (step ${name}) has no output '${output}'`;
      else if (!action && state.ran) message = `step '${name}' wrote no output '${output}' to GITHUB_OUTPUT`;
    } else if (kind !== 'outputs') message = `steps.${name} has no '${kind}' (only outputs, outcome, conclusion)`;
  } else if (root === 'needs') {
    if (reference.length === 2) message = `job '${name}' is not in the needs: of job ${job.spec.id}`;
    else if (kind === 'outputs' && output !== undefined && !job.jobOutputs.get(name!)?.includes(output)) message = `job '${name}' declares no output '${output}'`;
  } else if (root === 'inputs') message = `the workflow has no input '${name}'`;
  else if (root === 'vars' || root === 'secrets') message = `${root}.${name} is not set for this run`;
  else if (root === 'matrix') message = `the matrix has no '${name}'`;
  if (!message) return;
  const text = reference.join('.');
  if (!job.problems.some((p) => p.job === job.name && p.step === step && p.where === where && p.reference === text)) {
    job.problems.push({ job: job.name, ...(step ? { step } : {}), where, reference: text, message });
  }
}
