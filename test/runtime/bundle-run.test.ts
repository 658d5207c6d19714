// runBundle gives an action script the runner's environment and turns what it says back into lines
// for a terminal. A small script stands in for a bundle: it writes what @actions/core writes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionMetadata } from '../../src/runtime/action-metadata.js';
import { runBundle } from '../../src/runtime/bundle-run.js';

const SCRIPT = `
import { appendFileSync, readFileSync } from 'node:fs';
const env = process.env;
const out = (name, value) => appendFileSync(env.GITHUB_OUTPUT, name + '<<EOF_1\\n' + value + '\\nEOF_1\\n');
if (env.STATE_phase === 'main-done') {
  console.log('post step sees ' + env.STATE_phase + ' and input ' + env['INPUT_DATA-PATH']);
  process.exit(0);
}
console.log('::add-mask::s3cr3t');
console.log('token is s3cr3t');
console.log('::group::Reading %25 data');
console.log('::debug::only when asked');
console.log('::warning file=data.csv,line=3,col=7,title=Odd value::value%0Ais odd: 50%25');
console.log('::stop-commands::pause-1');
console.log('::error::not a command while stopped');
console.log('::pause-1::');
console.log('::endgroup::');
console.error('a warning on stderr');
appendFileSync(env.GITHUB_STATE, 'phase<<EOF_2\\nmain-done\\nEOF_2\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '## Done with s3cr3t\\n');
out('workspace', env.GITHUB_WORKSPACE + ' ' + process.cwd());
out('inputs', Object.keys(env).filter((k) => k.startsWith('INPUT_')).sort().join(','));
out('temp', String(env.RUNNER_TEMP && env.GITHUB_OUTPUT.startsWith(env.RUNNER_TEMP)));
out('multi', 'line 1\\nline 2');
console.log('::error::Input is bad');
process.exitCode = 1;
`;

function fakeAction(post: boolean): { dir: string; meta: ActionMetadata } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-fake-action-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.mjs'), SCRIPT);
  return { dir, meta: { name: 'fake', description: '', inputs: {}, outputs: {}, runs: { using: 'node24', main: 'dist/index.mjs', ...(post ? { post: 'dist/index.mjs' } : {}) } } };
}

describe('runBundle', () => {
  it('runs the script as the runner would and translates its workflow commands', async () => {
    const { dir, meta } = fakeAction(true);
    const workspace = mkdtempSync(path.join(tmpdir(), 'mlops-fake-workspace-'));
    const lines: string[] = [];
    let stderr = '';
    const run = await runBundle(dir, meta, { 'data-path': 'x.csv' }, {
      workspace,
      env: { ...process.env, INPUT_LEFTOVER: 'from the calling process', STATE_phase: 'stale' },
      log: (line) => lines.push(line),
      stderr: (text) => (stderr += text),
    });
    expect(run.exitCode).toBe(1);
    expect(lines).toEqual([
      'token is ***',
      '▸ Reading % data',
      'warning: data.csv:3:7: Odd value: value\nis odd: 50%',
      '::error::not a command while stopped',
      'error: Input is bad',
      'post step sees main-done and input x.csv',
    ]);
    expect(stderr).toBe('a warning on stderr\n');
    expect(run.outputs).toEqual({ workspace: `${workspace} ${workspace}`, inputs: 'INPUT_DATA-PATH', temp: 'true', multi: 'line 1\nline 2' });
    expect(run.mask(run.summary)).toBe('## Done with ***\n');
  });

  it('shows debug lines when asked, and runs no post step when the action has none', async () => {
    const { dir, meta } = fakeAction(false);
    const lines: string[] = [];
    await runBundle(dir, meta, {}, { workspace: dir, env: process.env, log: (line) => lines.push(line), stderr: () => {}, debug: true });
    expect(lines).toContain('debug: only when asked');
    expect(lines.some((line) => line.startsWith('post step'))).toBe(false);
  });
});
