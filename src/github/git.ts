// The git binary, always with an argv array (no shell ever sees an input).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
