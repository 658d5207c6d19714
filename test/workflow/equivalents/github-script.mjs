// Local equivalent of actions/github-script v7: the script runs as the body of an async function with
// the same arguments (require, github — an authenticated Octokit with paginate and rest —, context,
// core, exec, glob, io, fetch); its return value is the `result` output (JSON unless result-encoding: string).
import { createRequire } from 'node:module';
import path from 'node:path';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { context, getOctokit } from '@actions/github';
import * as glob from '@actions/glob';
import * as io from '@actions/io';

try {
  const script = core.getInput('script', { required: true });
  const token = core.getInput('github-token', { required: true });
  const require = createRequire(path.join(process.cwd(), 'index.js'));
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  const body = new AsyncFunction('require', '__original_require__', 'github', 'context', 'core', 'exec', 'glob', 'io', 'fetch', script);
  const result = await body(require, require, getOctokit(token), context, core, exec, glob, io, fetch);
  core.setOutput('result', core.getInput('result-encoding') === 'string' ? String(result) : JSON.stringify(result));
} catch (error) {
  core.setFailed(`Unhandled error: ${error}`);
}
