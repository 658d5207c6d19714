// The runner's semantics, each on a small workflow: needs and if, step status functions and
// continue-on-error, file commands, matrix, masking, permissions, filters, and what cannot run.
import { describe, expect, it } from 'vitest';
import type { Trigger } from './events.js';
import { expandMatrix, instanceName } from './matrix.js';
import { jobOf, stepOf, type WorkflowRunResult } from './result.js';
import { startWorld, type World } from './setup.js';
import { WorkflowError } from './workflow.js';

const PUSH: Trigger = { event: 'push', branch: 'main' };

/** Runs one workflow (as ci.yml) on an event in a fresh world; returns its run. */
async function runOnce(yaml: string, trigger: Trigger = PUSH, options: Parameters<typeof startWorld>[2] = {}, check?: (world: World) => void): Promise<WorkflowRunResult> {
  const world = await startWorld({ 'ci.yml': yaml }, {}, options);
  try {
    const [run] = await world.runner.trigger(trigger);
    check?.(world);
    return run!;
  } finally {
    await world.stop();
  }
}

describe('jobs: needs, if and results', () => {
  it('skips the dependants of a failed job unless their if: says otherwise', async () => {
    const run = await runOnce(`
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{ run: exit 3 }]
  ok:
    runs-on: ubuntu-latest
    outputs: { answer: '\${{ steps.x.outputs.answer }}' }
    steps: [{ id: x, run: echo "answer=42" >> "$GITHUB_OUTPUT" }]
  b:
    needs: a
    runs-on: ubuntu-latest
    steps: [{ run: echo never }]
  c:
    needs: [a, ok]
    if: always()
    runs-on: ubuntu-latest
    outputs: { seen: '\${{ steps.s.outputs.seen }}' }
    steps:
      - id: s
        env: { A: '\${{ needs.a.result }}', ANSWER: '\${{ needs.ok.outputs.answer }}' }
        run: echo "seen=$A/$ANSWER" >> "$GITHUB_OUTPUT"
  d:
    needs: c
    runs-on: ubuntu-latest
    steps: [{ env: { SEEN: '\${{ needs.c.outputs.seen }}' }, run: echo "$SEEN" }]
  e:
    needs: a
    if: failure()
    runs-on: ubuntu-latest
    steps: [{ run: echo cleaning up }]
  f:
    needs: ok
    if: needs.ok.outputs.answer == '41'
    runs-on: ubuntu-latest
    steps: [{ run: echo never }]
`);
    expect(Object.fromEntries(run.jobs.map((j) => [j.name, j.result]))).toEqual({ a: 'failure', ok: 'success', b: 'skipped', c: 'success', d: 'success', e: 'success', f: 'skipped' });
    expect(jobOf(run, 'c').outputs).toEqual({ seen: 'failure/42' });
    expect(stepOf(jobOf(run, 'd'), 'Run echo "$SEEN"').log).toBe('failure/42\n');
    expect(run.conclusion).toBe('failure');
    expect(run.problems).toEqual([]);
  });

  it('gives a skipped job the result skipped, and a push the declared dispatch inputs as null (a job on either event)', async () => {
    const yaml = `
on:
  push:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: {}
jobs:
  build:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    outputs: { version: '\${{ steps.v.outputs.version }}' }
    steps: [{ id: v, run: echo "version=v0.0.7" >> "$GITHUB_OUTPUT" }]
  deploy:
    needs: build
    if: \${{ !cancelled() && needs.build.result != 'failure' }}
    runs-on: ubuntu-latest
    steps: [{ env: { VERSION: '\${{ inputs.version || needs.build.outputs.version }}', BUILD: '\${{ needs.build.result }}' }, run: echo "$VERSION after $BUILD" }]
`;
    const pushed = await runOnce(yaml);
    expect(jobOf(pushed, 'deploy').steps[0]!.log).toBe('v0.0.7 after success\n');
    expect(pushed.problems).toEqual([]);
    const dispatched = await runOnce(yaml, { event: 'workflow_dispatch', workflow: 'ci.yml', inputs: { version: 'v0.0.3' } });
    expect(dispatched.jobs.map((j) => [j.name, j.result])).toEqual([['build', 'skipped'], ['deploy', 'success']]);
    expect(jobOf(dispatched, 'deploy').steps[0]!.log).toBe('v0.0.3 after skipped\n');
    expect(dispatched.problems).toEqual([]);
  });

  it('runs steps after a failure only when their if: asks, and honours continue-on-error', async () => {
    const run = await runOnce(`
on: push
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: soft
        continue-on-error: true
        run: exit 1
      - id: after-soft
        run: echo "soft=\${{ steps.soft.outcome }}/\${{ steps.soft.conclusion }}"
      - id: hard
        run: echo "partial=yes" >> "$GITHUB_OUTPUT"; exit 2
      - id: skipped
        run: echo never
      - id: on-failure
        if: failure()
        run: echo "hard=\${{ steps.hard.outcome }} partial=\${{ steps.hard.outputs.partial }}"
      - id: always
        if: \${{ always() }}
        run: echo always
      - id: guarded
        if: steps.hard.outcome == 'failure'
        run: echo "guarded runs only with success()"
`);
    const job = jobOf(run, 'j');
    expect(job.steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
      ['soft', 'failure', 'success'], ['after-soft', 'success', 'success'], ['hard', 'failure', 'failure'],
      ['skipped', 'skipped', 'skipped'], ['on-failure', 'success', 'success'], ['always', 'success', 'success'], ['guarded', 'skipped', 'skipped'],
    ]);
    expect(stepOf(job, 'after-soft').log).toBe('soft=failure/success\n');
    expect(stepOf(job, 'on-failure').log).toBe('hard=failure partial=yes\n');
    expect(stepOf(job, 'hard').exitCode).toBe(2);
    expect(job.result).toBe('failure');
  });
});

describe('steps: file commands, env, expressions', () => {
  it('passes outputs, env, PATH and summaries between steps as the runner does', async () => {
    const run = await runOnce(`
on: push
permissions: {}
env: { LEVEL: workflow, OVERRIDDEN: workflow }
jobs:
  j:
    runs-on: ubuntu-latest
    env: { OVERRIDDEN: job }
    defaults: { run: { working-directory: sub } }
    steps:
      - uses: actions/checkout@v4
      - run: mkdir -p sub
        working-directory: .
      - id: write
        run: |
          echo "before=[$FROM_STEP]"
          { echo "text<<EOF"; echo "line one"; echo "line two"; echo "EOF"; } >> "$GITHUB_OUTPUT"
          echo "simple=a=b" >> "$GITHUB_OUTPUT"
          echo "FROM_STEP=set" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin"; printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/mytool"; chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "### first" >> "$GITHUB_STEP_SUMMARY"
          echo "::warning file=data/train.csv,line=2,title=Odd::a %25 warning"
      - id: read
        env: { OVERRIDDEN: step, TEXT: '\${{ steps.write.outputs.text }}' }
        run: |
          echo "$LEVEL $OVERRIDDEN $FROM_STEP $(pwd | xargs basename)"
          echo "$TEXT"
          echo "\${{ steps.write.outputs.simple }} \${{ github.event_name }} \${{ runner.os }} \${{ hashFiles('nothing/**') }}."
          mytool
          echo "### second" >> "$GITHUB_STEP_SUMMARY"
`);
    const job = jobOf(run, 'j');
    expect(stepOf(job, 'write').outputs).toEqual({ text: 'line one\nline two', simple: 'a=b' });
    expect(stepOf(job, 'write').log).toContain('before=[]');
    expect(stepOf(job, 'read').log).toBe('workflow step set sub\nline one\nline two\na=b push Linux .\ntool ran\n');
    expect(job.summary).toBe('### first\n### second\n');
    expect(job.annotations).toEqual([{ level: 'warning', file: 'data/train.csv', line: 2, title: 'Odd', message: 'a % warning' }]);
  });

  it('hashes files as hashFiles() does (sha256 of the files\' sha256) and types dispatch inputs', async () => {
    const run = await runOnce(`
on:
  workflow_dispatch:
    inputs:
      flag: { type: boolean, default: false }
      count: { type: number, default: 2 }
      name: { type: string, required: true }
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          expected=$( (sha256sum README.md | cut -c1-64 | xxd -r -p) | sha256sum | cut -c1-64)
          test "\${{ hashFiles('README.md') }}" = "$expected"
          echo "\${{ inputs.flag && 'on' || 'off' }} \${{ inputs.count == '2' }} \${{ inputs.name }} \${{ github.event.inputs.name }}"
`, { event: 'workflow_dispatch', workflow: 'ci.yml', inputs: { flag: 'true', name: 'x' } });
    expect(jobOf(run, 'j').steps[1]!.log).toBe('on true x x\n');
    expect(jobOf(run, 'j').result).toBe('success');
  });
});

describe('strategy.matrix', () => {
  it('expands lists, exclude and include as GitHub documents', () => {
    expect(expandMatrix({ shard: [0, 1, 2, 3] })).toEqual([{ shard: 0 }, { shard: 1 }, { shard: 2 }, { shard: 3 }]);
    // docs.github.com "Expanding or adding matrix configurations"
    expect(expandMatrix({
      fruit: ['apple', 'pear'], animal: ['cat', 'dog'],
      include: [{ color: 'green' }, { color: 'pink', animal: 'cat' }, { fruit: 'apple', shape: 'circle' }, { fruit: 'banana' }, { fruit: 'banana', animal: 'cat' }],
    })).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
    expect(expandMatrix({ os: ['a', 'b'], v: [1, 2], exclude: [{ os: 'a', v: 2 }] })).toEqual([{ os: 'a', v: 1 }, { os: 'b', v: 1 }, { os: 'b', v: 2 }]);
    expect(instanceName('profile', { shard: 0, os: 'linux' })).toBe('profile (0, linux)');
  });

  it('runs each combination with its matrix, and fail-fast cancels the rest after a failure', async () => {
    const run = await runOnce(`
on: push
permissions: {}
jobs:
  each:
    runs-on: ubuntu-latest
    strategy:
      matrix: { n: [1, 2, 3] }
    steps: [{ env: { N: '\${{ matrix.n }}', TOTAL: '\${{ strategy.job-total }}' }, run: 'echo "$N of $TOTAL"; test "$N" != 2' }]
  dynamic:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix: \${{ fromJSON('{"shard":[7,8]}') }}
    steps: [{ run: 'echo \${{ matrix.shard }}' }]
`);
    expect(run.jobs.map((j) => [j.name, j.result])).toEqual([['each (1)', 'success'], ['each (2)', 'failure'], ['each (3)', 'cancelled'], ['dynamic (7)', 'success'], ['dynamic (8)', 'success']]);
    expect(jobOf(run, 'each (1)').steps[0]!.log).toBe('1 of 3\n');
  });
});

describe('secrets and tokens', () => {
  it('masks secrets, add-mask values and the token in logs, summaries and outputs, and withholds job outputs that hold one', async () => {
    const run = await runOnce(`
on: push
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { leak: '\${{ steps.s.outputs.value }}', fine: 'visible' }
    steps:
      - id: s
        env: { KEY: '\${{ secrets.API_KEY }}', MULTI: '\${{ secrets.PEM }}', TOKEN: '\${{ github.token }}' }
        run: |
          echo "key=$KEY token=$TOKEN"
          echo "second line: $(echo "$MULTI" | tail -n 1)"
          echo "::add-mask::generated-42"
          echo "made generated-42" >&2
          echo "value=$KEY" >> "$GITHUB_OUTPUT"
          echo "summary $KEY" >> "$GITHUB_STEP_SUMMARY"
          echo "::error::failed with $KEY"
`, PUSH, { secrets: { API_KEY: 'sk-live-123456', PEM: 'BEGIN\nsecret-body-line\nEND' } });
    const job = jobOf(run, 'j');
    const step = job.steps[0]!;
    expect(step.log).toBe('key=*** token=***\nsecond line: ***\n::add-mask::***\n::error::failed with ***\nmade ***\n');
    expect(step.summary).toBe('summary ***\n');
    expect(step.outputs).toEqual({ value: '***' });
    expect(step.annotations).toEqual([{ level: 'error', message: 'failed with ***' }]);
    expect(job.outputs).toEqual({ fine: 'visible' });
    expect(job.annotations.at(-1)).toEqual({ level: 'warning', message: "Skip output 'leak' since it may contain secret." });
    expect(JSON.stringify(run)).not.toMatch(/sk-live|secret-body|generated-42|ghs_/);
  });

  it('gives the job a token with exactly its permissions, read-only for a fork, and no secrets to a fork', async () => {
    const yaml = `
on: [push, pull_request]
permissions: { contents: read }
jobs:
  none:
    runs-on: ubuntu-latest
    steps: [{ uses: actions/github-script@v7, with: { script: 'await github.rest.issues.createComment({ ...context.repo, issue_number: 1, body: "x" })' } }]
  comments:
    runs-on: ubuntu-latest
    permissions: { pull-requests: write }
    steps:
      - uses: actions/github-script@v7
        env: { S: '\${{ secrets.API_KEY }}' }
        with: { script: 'await github.rest.issues.createComment({ ...context.repo, issue_number: 1, body: "from " + context.eventName + " secret=" + (process.env.S ? "set" : "empty") })' }
`;
    const world = await startWorld({ 'ci.yml': yaml }, {}, { secrets: { API_KEY: 'k' } });
    try {
      const [push] = await world.runner.trigger(PUSH);
      expect(jobOf(push!, 'none').result).toBe('failure');
      expect(jobOf(push!, 'none').steps[0]!.log).toMatch(/Resource not accessible by integration/);
      expect(jobOf(push!, 'comments')).toMatchObject({ result: 'success', token: { readOnly: false, writes: ['pull-requests'] } });
      world.fixture.commit('feature', { 'data/x.csv': 'a\n1\n' }, 'add data');
      const pr = world.fixture.pullRequest(1, 'feature');
      const [fork] = await world.runner.trigger({ event: 'pull_request', pr, fork: true });
      expect(jobOf(fork!, 'comments')).toMatchObject({ result: 'failure', token: { readOnly: true, writes: [] } });
      expect(world.github.commentsOn('Codertocat/Hello-World', 1).map((c) => c.body)).toEqual(['from push secret=set']);
      expect(fork!.problems).toContainEqual(expect.objectContaining({ reference: 'secrets.API_KEY', message: 'secrets.API_KEY is not set for this run' }));
    } finally {
      await world.stop();
    }
  });
});

describe('triggers', () => {
  it('starts a workflow only when its branch and paths filters match', async () => {
    const yaml = `
on:
  pull_request: { paths: ['data/**', 'schema.yml'] }
  push: { branches: [main] }
permissions: {}
jobs:
  j: { runs-on: ubuntu-latest, steps: [{ run: echo ran }] }
`;
    const world = await startWorld({ 'ci.yml': yaml });
    try {
      world.fixture.commit('docs', { 'docs/x.md': 'x' }, 'docs only');
      expect(await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(1, 'docs') })).toEqual([]);
      world.fixture.commit('data', { 'data/train.csv': 'a\n' }, 'data');
      expect(await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(2, 'data') })).toHaveLength(1);
      expect(await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(3, 'data'), action: 'closed' })).toEqual([]);
      expect(await world.runner.trigger({ event: 'push', branch: 'docs' })).toEqual([]);
      const [run] = await world.runner.trigger(PUSH);
      expect(run!.conclusion).toBe('success');
      const listed = world.github.repo().runs.map((r) => [r.event, r.status, r.conclusion, r.head_branch]);
      expect(listed).toEqual([['pull_request', 'completed', 'success', 'data'], ['push', 'completed', 'success', 'main']]);
    } finally {
      await world.stop();
    }
  });

  it('evaluates the concurrency group of a run', async () => {
    const run = await runOnce(`
on: { workflow_dispatch: { inputs: { model: { type: string, default: churn } } } }
permissions: {}
concurrency: { group: 'retrain-\${{ inputs.model }}', cancel-in-progress: false }
jobs:
  j: { runs-on: ubuntu-latest, steps: [{ run: echo ran }] }
`, { event: 'workflow_dispatch', workflow: 'ci.yml' });
    expect(run.concurrency).toEqual({ group: 'retrain-churn', cancelInProgress: false });
  });
});

describe('what cannot run is refused when the workflow loads', () => {
  const load = (yaml: string) => startWorld({ 'ci.yml': yaml }).then(async (w) => w.stop());
  const job = (steps: string, extra = '') => `on: push\npermissions: {}\njobs:\n  j:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;

  it('an unknown uses:, an input an equivalent does not honour, an unsupported key, an invalid workflow', async () => {
    await expect(load(job('      - uses: someone/deploy@v1\n'))).rejects.toThrow(/someone\/deploy@v1 cannot run here: it is neither one of our actions nor a declared local equivalent/);
    await expect(load(job('      - uses: ./actions/no-such-action\n'))).rejects.toThrow(/names no action of ours/);
    await expect(load(job('      - uses: actions/checkout@v4\n        with: { submodules: true }\n'))).rejects.toThrow(/does not honour input 'submodules'/);
    await expect(load(job('      - run: echo\n', '    services: { db: { image: postgres } }\n'))).rejects.toThrow(/'services' is not supported by the local runner/);
    await expect(load(job('      - run: echo\n        shell: pwsh\n'))).rejects.toThrow(/only bash runs here/);
    await expect(load('on: push\njobs:\n  j:\n    needs: missing\n    runs-on: x\n    steps: [{ run: echo }]\n')).rejects.toThrow(WorkflowError);
  });
});
