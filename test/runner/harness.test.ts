import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkPullRequestEvent, pullRequestEvent } from '../harness/events.js';
import { ROOT, runAction } from '../harness/run-action.js';

describe('runner harness, checked against the real @actions/core', () => {
  it('reads outputs (both forms), annotations with their places, state and summary', async () => {
    const result = await runAction('probe', {
      entry: path.join(ROOT, 'test', 'fixtures', 'runner-probe.mjs'),
      inputs: { greeting: 'hello' },
      event: pullRequestEvent(),
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ single: 'hello', multi: 'line one\nline two' });
    expect(result.annotations).toEqual([
      { level: 'error', message: 'bad value, 50% off', file: 'data/train.csv', line: 7, col: 3, title: 'Check: a,b' },
      { level: 'warning', message: 'a warning without a place' },
    ]);
    expect(result.state).toEqual({ 'rollback-to': 'v1.2.3' });
    expect(result.summary).toContain('<h1>Probe</h1>');
    expect(result.stdout).toContain('event=pull_request repo=Codertocat/Hello-World');
  });

  it('builds a fork pull request from the real payload', () => {
    const fork = forkPullRequestEvent().payload.pull_request;
    expect(fork.head.repo.fork).toBe(true);
    expect(fork.head.repo.full_name).not.toBe(fork.base.repo.full_name);
    expect(pullRequestEvent().payload.pull_request.head.repo.full_name).toBe(fork.base.repo.full_name);
  });
});
