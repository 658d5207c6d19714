// Runs a committed bundle `node actions/<name>/dist/index.js` the way the GitHub runner does:
// a workspace, INPUT_* with action.yml defaults, the file commands, an event payload, and the
// service URLs pointed at the local fakes. Returns what a workflow would see.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultInputs, readActionMetadata } from '../../src/runtime/action-metadata.js';
import { parseFileCommands } from '../../src/runtime/runner-commands.js';
import { DEFAULT_TOKEN } from '../fakes/github-server.js';
import { runtimeToken } from '../fakes/results-server.js';
import { pushEvent, type GitHubEvent } from './events.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Files to create in the workspace before the run, by relative path. */
  files?: Record<string, string | Buffer>;
  workspace?: string;
  event?: GitHubEvent;
  githubUrl?: string;
  resultsUrl?: string;
  token?: string;
  env?: Record<string, string>;
  /** Run as the action's post: step, with the state the main step saved. */
  post?: { state: Record<string, string> };
  /** Signal to send after this many milliseconds (the runner's cancellation). */
  signalAfterMs?: { ms: number; signal: NodeJS.Signals };
  /** Signal to send once `when` holds (checked every 50 ms): a cancellation at a known point, under any load. */
  signalWhen?: { when: () => boolean; signal: NodeJS.Signals };
  timeoutMs?: number;
  /** Run this script instead of the action's bundle (harness self-tests). */
  entry?: string;
  /** Measure the action process's peak resident set (RunResult.peakRssKb). */
  measureMemory?: boolean;
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  state: Record<string, string>;
  workspace: string;
  /** With measureMemory: the process's peak resident set in KiB, worker threads included. */
  peakRssKb?: number;
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE (the CLI reads them the same way). */
export { parseFileCommands };

const unescapeProperty = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** The `::error file=…,line=…::message` workflow commands an action printed. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const annotation: Annotation = { level: match[1] as Annotation['level'], message: unescapeData(match[3]!) };
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      const key = pair.slice(0, at);
      const value = unescapeProperty(pair.slice(at + 1));
      if (key === 'line' || key === 'endLine' || key === 'col') annotation[key] = Number(value);
      else if (key === 'file' || key === 'title') annotation[key] = value;
    }
    annotations.push(annotation);
  }
  return annotations;
}

export async function runAction(name: string, options: RunOptions = {}): Promise<RunResult> {
  const workspace = options.workspace ?? mkdtempSync(path.join(tmpdir(), `mlops-${name}-`));
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'mlops-runner-'));
  const temp = path.join(runnerDir, 'temp');
  mkdirSync(temp, { recursive: true });
  for (const [file, content] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), content);
  }
  const files = { output: 'output', summary: 'summary.md', env: 'env', state: 'state', path: 'path' } as const;
  for (const f of Object.values(files)) writeFileSync(path.join(runnerDir, f), '');
  const event = options.event ?? pushEvent();
  writeFileSync(path.join(runnerDir, 'event.json'), JSON.stringify(event.payload));
  const repository: string = event.payload.repository?.full_name ?? 'Codertocat/Hello-World';
  const token = options.token ?? DEFAULT_TOKEN;

  const actionsDir = path.join(ROOT, 'actions');
  const defaults = existsSync(path.join(actionsDir, name, 'action.yml')) ? defaultInputs(readActionMetadata(actionsDir, name), token) : {};
  const inputs = { ...defaults, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(runnerDir, files.output),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, files.summary),
    GITHUB_ENV: path.join(runnerDir, files.env),
    GITHUB_STATE: path.join(runnerDir, files.state),
    GITHUB_PATH: path.join(runnerDir, files.path),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: path.join(runnerDir, 'event.json'),
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_REF: event.ref,
    GITHUB_SHA: event.sha,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: name,
    GITHUB_ACTION: name.replace(/-/g, '_'),
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_WORKFLOW: 'mlops',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.githubUrl ?? 'http://127.0.0.1:9'}/graphql`,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(runnerDir, 'tool-cache'),
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-1658821493', `job-${name}`),
    ACTIONS_RESULTS_URL: `${options.resultsUrl ?? 'http://127.0.0.1:9'}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ...options.env,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [key, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${key}`] = value;

  const entry = options.entry ?? path.join(ROOT, 'actions', name, 'dist', 'index.js');
  const rssFile = path.join(runnerDir, 'peak-rss');
  if (options.measureMemory) env.MLOPS_PEAK_RSS_FILE = rssFile;
  const preload = options.measureMemory ? ['--import', path.join(ROOT, 'test', 'harness', 'peak-rss.mjs')] : [];
  const child = spawn(process.execPath, [...preload, entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const signal = options.signalAfterMs;
  const signalTimer = signal ? setTimeout(() => child.kill(signal.signal), signal.ms) : undefined;
  const signalWhen = options.signalWhen;
  const signalPoll = signalWhen
    ? setInterval(() => {
        if (!signalWhen.when()) return;
        clearInterval(signalPoll);
        child.kill(signalWhen.signal);
      }, 50)
    : undefined;
  const killTimer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(killTimer);
  if (signalTimer) clearTimeout(signalTimer);
  if (signalPoll) clearInterval(signalPoll);

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    annotations: parseAnnotations(stdout),
    state: parseFileCommands(readFileSync(env.GITHUB_STATE!, 'utf8')),
    workspace,
    ...(options.measureMemory && existsSync(rssFile) && { peakRssKb: Number(readFileSync(rssFile, 'utf8')) }),
  };
}
