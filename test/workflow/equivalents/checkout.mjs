// Local equivalent of actions/checkout: the same git commands (init, fetch of the event's commit into
// the ref's remote-tracking name with --depth, or every branch and tag with fetch-depth 0, checkout)
// against the fixture repository's bare remote, given by the runner as MLOPS_CHECKOUT_REMOTE.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';

const git = (cwd, ...args) => execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

try {
  const remote = process.env.MLOPS_CHECKOUT_REMOTE;
  if (!remote) throw new Error('the runner gave no fixture remote (MLOPS_CHECKOUT_REMOTE)');
  const depth = Number(core.getInput('fetch-depth') || '1');
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`fetch-depth must be a whole number, not ${core.getInput('fetch-depth')}`);
  const inputRef = core.getInput('ref');
  // As actions/checkout: with no ref input, the event's ref and SHA; with one, that ref (or SHA).
  let ref = inputRef || process.env.GITHUB_REF;
  const sha = inputRef ? (/^[0-9a-f]{40}$/.test(inputRef) ? inputRef : '') : process.env.GITHUB_SHA;
  if (ref === sha) ref = '';
  if (ref && !ref.startsWith('refs/')) ref = `refs/heads/${ref}`;
  const dir = path.resolve(process.env.GITHUB_WORKSPACE, core.getInput('path') || '.');
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '--quiet');
  git(dir, 'remote', 'add', 'origin', remote);

  let tracking;
  if (ref.startsWith('refs/heads/')) tracking = `refs/remotes/origin/${ref.slice('refs/heads/'.length)}`;
  else if (ref.startsWith('refs/pull/')) tracking = `refs/remotes/pull/${ref.slice('refs/pull/'.length)}`;
  else tracking = ref; // tags keep their name; a bare SHA has none
  const refspec = sha ? (tracking ? `+${sha}:${tracking}` : sha) : `+${ref}:${tracking}`;
  if (depth === 0) {
    git(dir, 'fetch', '--quiet', '--prune', '--no-recurse-submodules', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    git(dir, 'fetch', '--quiet', '--no-recurse-submodules', 'origin', refspec);
  } else {
    git(dir, 'fetch', '--quiet', '--no-tags', '--prune', '--no-recurse-submodules', `--depth=${depth}`, 'origin', refspec);
  }
  if (ref.startsWith('refs/heads/')) git(dir, 'checkout', '--quiet', '--force', '-B', ref.slice('refs/heads/'.length), tracking);
  else git(dir, 'checkout', '--quiet', '--force', '--detach', tracking || sha);
  const commit = git(dir, 'rev-parse', 'HEAD');
  core.info(`checked out ${ref || sha} at ${commit} (fetch-depth ${depth})`);
  core.setOutput('ref', ref);
  core.setOutput('commit', commit);
} catch (error) {
  core.setFailed(`checkout: ${error.message}`);
}
