// Runs an action's committed bundle (actions/<name>/dist/index.js, the very code the runner runs) the
// way the runner does: inputs as INPUT_*, the file commands in a temporary folder, the workspace as
// the current folder; then its post: step, if it has one, with the state the main step saved. Its
// workflow commands become lines for a person at a terminal; secrets it masks stay masked.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ActionMetadata } from './action-metadata.js';
import { parseFileCommands, parseWorkflowCommand } from './runner-commands.js';

export interface BundleRun {
  /** 0 when the main step (and its post: step) succeeded. */
  exitCode: number;
  outputs: Record<string, string>;
  /** The job summary markdown the action wrote. */
  summary: string;
  /** Masks what the action registered as secret (`core.setSecret`) in any text. */
  mask(text: string): string;
}

export interface BundleOptions {
  /** Relative paths in inputs resolve against it, as against the runner's workspace. */
  workspace: string;
  /** The environment to start from (GITHUB_TOKEN, GITHUB_REPOSITORY, … for actions that talk to GitHub). */
  env: NodeJS.ProcessEnv;
  /** Each log line, made for a terminal. */
  log(line: string): void;
  /** Where the bundle's own stderr goes (a crash, a warning from Node). */
  stderr(text: string): void;
  /** Show `::debug::` lines too. */
  debug?: boolean;
}

/** Replaces every registered secret in a text by ***, as the runner's log does. */
const masker = (secrets: string[]) => (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);

/** The job's file commands and temp folder, named as the runner names them. */
const FILES = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path' } as const;

/** What the runner gives one step; inputs and state of the calling process never leak in. */
function stepEnvironment(base: NodeJS.ProcessEnv, workspace: string, temp: string, inputs: Record<string, string>, state: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(base).filter(([key]) => !/^(INPUT|STATE)_/.test(key)));
  env.GITHUB_WORKSPACE = workspace;
  env.RUNNER_TEMP = temp;
  for (const [variable, file] of Object.entries(FILES)) env[variable] = path.join(temp, file);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  return env;
}

function annotation(level: string, message: string, p: Record<string, string>): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}${p.col ? `:${p.col}` : ''}: ` : '';
  return `${level}: ${where}${p.title ? `${p.title}: ` : ''}${message}`;
}

/** Runs one step's script; resolves with its exit code once its output is all read. */
async function step(script: string, env: NodeJS.ProcessEnv, options: BundleOptions, secrets: string[]): Promise<number> {
  const mask = masker(secrets);
  // Deprecation warnings of bundled libraries are for their authors, not for the person running the CLI.
  const child = spawn(process.execPath, ['--no-deprecation', script], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Ctrl-C reaches the whole process group, the action too (it rolls back on SIGINT, as on a runner);
  // a termination sent to this process alone is passed on, so the action is never left running.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const ignore = () => {};
  process.on('SIGINT', ignore).on('SIGTERM', forward).on('SIGHUP', forward);
  child.stderr.on('data', (chunk: Buffer) => options.stderr(mask(chunk.toString())));
  let stopToken: string | undefined; // ::stop-commands::TOKEN turns commands off until ::TOKEN::
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      else options.log(mask(line));
      return;
    }
    const command = parseWorkflowCommand(line);
    if (!command) return options.log(mask(line));
    const { command: name, properties, data } = command;
    if (name === 'add-mask') data && secrets.push(data);
    else if (name === 'stop-commands') stopToken = data;
    else if (name === 'group') options.log(mask(`▸ ${data}`));
    else if (name === 'debug') options.debug && options.log(mask(`debug: ${data}`));
    else if (name === 'error' || name === 'warning' || name === 'notice') options.log(mask(annotation(name, data, properties)));
    // endgroup, save-state, set-output, echo: nothing to show
  });
  const [code] = await Promise.all([
    new Promise<number>((resolve) => child.on('close', (status, signal) => resolve(status ?? (signal ? 128 : 1)))),
    new Promise((resolve) => lines.on('close', resolve)),
  ]);
  process.off('SIGINT', ignore).off('SIGTERM', forward).off('SIGHUP', forward);
  return code;
}

/** Runs the action in `actionDir` (its action.yml already read into `meta`) with these inputs. */
export async function runBundle(actionDir: string, meta: ActionMetadata, inputs: Record<string, string>, options: BundleOptions): Promise<BundleRun> {
  const temp = mkdtempSync(path.join(tmpdir(), 'mlops-actions-'));
  const secrets: string[] = [];
  try {
    const fresh = () => Object.values(FILES).forEach((file) => writeFileSync(path.join(temp, file), ''));
    fresh();
    let exitCode = await step(path.join(actionDir, meta.runs.main), stepEnvironment(options.env, options.workspace, temp, inputs, {}), options, secrets);
    const outputs = parseFileCommands(readFileSync(path.join(temp, FILES.GITHUB_OUTPUT), 'utf8'));
    const summary = readFileSync(path.join(temp, FILES.GITHUB_STEP_SUMMARY), 'utf8');
    if (meta.runs.post) {
      // The runner runs post: at the end of the job, also after a failure or a cancellation.
      const state = parseFileCommands(readFileSync(path.join(temp, FILES.GITHUB_STATE), 'utf8'));
      fresh();
      const post = await step(path.join(actionDir, meta.runs.post), stepEnvironment(options.env, options.workspace, temp, inputs, state), options, secrets);
      exitCode ||= post;
    }
    return { exitCode, outputs, summary, mask: masker(secrets) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
