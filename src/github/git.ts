// The git binary, always with an argv array (no shell ever sees an input).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '../runtime/errors.js';

const run = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function gitOk(cwd: string, args: string[]): Promise<boolean> {
  try {
    await run('git', args, { cwd });
    return true;
  } catch {
    return false;
  }
}

/**
 * The merge base of HEAD and `baseSha`, fetching history as needed: Actions checks out with depth 1,
 * so the base commit and the history between are usually missing.
 */
export async function mergeBase(cwd: string, baseSha: string, log: (message: string) => void): Promise<string> {
  if (!(await gitOk(cwd, ['cat-file', '-e', `${baseSha}^{commit}`]))) {
    log(`Fetching the base commit ${baseSha.slice(0, 12)} (shallow clone).`);
    await git(cwd, ['fetch', '--no-tags', '--depth=50', 'origin', baseSha]);
  }
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return (await git(cwd, ['merge-base', 'HEAD', baseSha])).trim();
    } catch {
      if ((await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true') break;
      log('Deepening the clone to find the merge base.');
      await git(cwd, ['fetch', '--no-tags', '--deepen=100', 'origin', baseSha]);
    }
  }
  log(`No merge base with ${baseSha.slice(0, 12)} was found; comparing with the base commit itself.`);
  return baseSha;
}

/** A file as it was at another commit (see fileAtGitRef). `text` is undefined when it did not exist there. */
export interface FileAtCommit {
  commit: string;
  /** How the commit was chosen: `merge base with main`, or the ref given. */
  name: string;
  /** The file's path from the repository's root. */
  relative: string;
  text?: string;
}

/**
 * The text of a workspace file at `git:base` (the merge base with a pull request's base branch, fetched
 * as needed from a shallow clone) or at `git:<ref>`. `input` names the action input in errors; `baseSha`
 * and `baseRef` come from the pull_request event (undefined on other events).
 */
export async function fileAtGitRef(
  workspace: string,
  file: string,
  spec: string,
  input: string,
  pr: { baseSha: string; baseRef: string } | undefined,
  log: (message: string) => void,
): Promise<FileAtCommit> {
  const root = (await git(workspace, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new ConfigurationError(`Input '${input}' is ${spec}, but the workspace is not a git checkout. Add actions/checkout before this step.`);
  })).trim();
  const relative = path.relative(root, file).split(path.sep).join('/');
  let commit: string;
  let name: string;
  if (spec === 'git:base') {
    if (!pr) throw new ConfigurationError(`Input '${input}' is git:base, which needs a pull_request event. Use git:<ref>, a file, or none.`);
    commit = await mergeBase(workspace, pr.baseSha, log).catch((error: Error) => {
      throw new ConfigurationError(`Input '${input}' is git:base, but the pull request's base commit ${String(pr.baseSha).slice(0, 12)} could not be fetched from origin (${error.message.split('\n')[0]}). Check out with actions/checkout, or name a file or none.`);
    });
    name = `merge base with ${pr.baseRef}`;
  } else {
    const ref = spec.slice('git:'.length);
    if (!/^[\w./@{}~^-]+$/.test(ref) || ref.startsWith('-')) throw new ConfigurationError(`Input '${input}': "${ref}" is not a git ref.`);
    commit = (await git(workspace, ['rev-parse', '--verify', `${ref}^{commit}`]).catch(() => {
      throw new ConfigurationError(`Input '${input}': git cannot find "${ref}" in this checkout (fetch it first, e.g. actions/checkout with fetch-depth: 0).`);
    })).trim();
    name = ref;
  }
  const text = await git(root, ['show', `${commit}:${relative}`]).catch(() => undefined);
  return { commit, name, relative, ...(text !== undefined ? { text } : {}) };
}
