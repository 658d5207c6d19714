// The runner's contact with the outside: actions/checkout against the fixture repository, artifacts
// through the results-service fake with the real toolkit, and the GitHub fake starting the next runs
// (workflow_dispatch, repository_dispatch, workflow_run) while pushes by the token start nothing.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jobOf, stepOf, type WorkflowRunResult } from './result.js';
import { startWorld } from './setup.js';

const byName = (runs: WorkflowRunResult[], file: string) => runs.find((r) => r.workflow === file)!;

describe('actions/checkout (local equivalent)', () => {
  it('checks out the event\'s commit with fetch-depth 1 (one commit, no tags) or 0 (all history and tags), and a pull request\'s merge commit', async () => {
    const yaml = (depth: number) => `
on: [push, pull_request]
permissions: { contents: read }
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: co
        uses: actions/checkout@v4
        with: { fetch-depth: ${depth} }
      - run: |
          echo "commits=$(git rev-list --count HEAD) tags=$(git tag | wc -l) head=$(git rev-parse HEAD) branch=$(git branch --show-current) shallow=$(git rev-parse --is-shallow-repository)"
`;
    const world = await startWorld({ 'shallow.yml': yaml(1), 'full.yml': yaml(0) });
    try {
      const second = world.fixture.commit('main', { 'data/train.csv': 'a\n1\n' }, 'second');
      execFileSync('git', ['-C', world.fixture.bare, 'tag', 'v1', second]);
      const [shallow, full] = await world.runner.trigger({ event: 'push', branch: 'main' });
      const log = (run: typeof shallow) => jobOf(run!, 'j').steps[1]!.log.trim();
      expect(log(shallow)).toBe(`commits=1 tags=0 head=${second} branch=main shallow=true`);
      expect(log(full)).toBe(`commits=2 tags=1 head=${second} branch=main shallow=false`);
      expect(stepOf(jobOf(shallow!, 'j'), 'co').outputs).toEqual({ ref: 'refs/heads/main', commit: second });

      world.fixture.commit('feature', { 'data/train.csv': 'a\n2\n' }, 'change data');
      const pr = world.fixture.pullRequest(5, 'feature');
      const [prShallow] = await world.runner.trigger({ event: 'pull_request', pr });
      expect(log(prShallow)).toBe(`commits=1 tags=0 head=${pr.mergeSha} branch= shallow=true`);
      expect(stepOf(jobOf(prShallow!, 'j'), 'co').outputs.ref).toBe('refs/pull/5/merge');
    } finally {
      await world.stop();
    }
  });
});

describe('artifacts (real @actions/artifact against the results-service fake)', () => {
  it('go from a matrix job to the job that needs it (by name, by pattern, merged) and to a later workflow_run by run-id', async () => {
    const producer = `
name: produce
on: push
permissions: { contents: read }
jobs:
  make:
    runs-on: ubuntu-latest
    strategy: { matrix: { part: [a, b] } }
    steps:
      - run: mkdir -p out/nested && echo "part \${{ matrix.part }}" > out/\${{ matrix.part }}.txt && echo deep > out/nested/deep.txt && echo hidden > out/.hidden
      - id: up
        uses: actions/upload-artifact@v4
        with: { name: 'part-\${{ matrix.part }}', path: out/ }
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: part-a, path: single }
      - uses: actions/download-artifact@v4
        with: { pattern: 'part-*', path: each }
      - uses: actions/download-artifact@v4
        with: { pattern: 'part-*', path: merged, merge-multiple: true }
      - run: find single each merged -type f | sort && cat merged/*.txt
      - uses: actions/upload-artifact@v4
        with: { name: missing, path: nothing/*.txt, if-no-files-found: error }
`;
    const consumer = `
name: consume
on:
  workflow_run: { workflows: [produce], types: [completed] }
permissions: { actions: read }
jobs:
  read:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: part-b, run-id: '\${{ github.event.workflow_run.id }}', github-token: '\${{ github.token }}', path: from-run }
      - run: cat from-run/b.txt
`;
    const world = await startWorld({ 'produce.yml': producer, 'consume.yml': consumer });
    try {
      const [produced, consumed] = await world.runner.trigger({ event: 'push', branch: 'main' });
      const use = jobOf(produced!, 'use');
      expect(use.steps[3]!.log).toBe([
        'each/part-a/a.txt', 'each/part-a/nested/deep.txt', 'each/part-b/b.txt', 'each/part-b/nested/deep.txt',
        'merged/a.txt', 'merged/b.txt', 'merged/nested/deep.txt', 'single/a.txt', 'single/nested/deep.txt', 'part a', 'part b', '',
      ].join('\n'));
      expect(stepOf(jobOf(produced!, 'make (a)'), 'up').outputs['artifact-id']).toMatch(/^\d+$/);
      expect(use.steps[4]).toMatchObject({ conclusion: 'failure', log: expect.stringContaining('No files were found with the provided path: nothing/*.txt') });
      expect(world.results.artifacts.map((a) => [a.name, a.runId])).toEqual([['part-a', String(produced!.runId)], ['part-b', String(produced!.runId)]]);
      expect(consumed).toMatchObject({ workflow: 'consume.yml', event: 'workflow_run', conclusion: 'success' });
      expect(jobOf(consumed!, 'read').steps[1]!.log).toBe('part b\n');
    } finally {
      await world.stop();
    }
  });
});

describe('the GitHub fake starts the next runs', () => {
  const dispatcher = `
name: dispatcher
on: push
permissions: { actions: write, contents: write }
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            await github.rest.actions.createWorkflowDispatch({ ...context.repo, workflow_id: 'target.yml', ref: 'main', inputs: { reason: 'drift <b>' } });
            await github.rest.repos.createDispatchEvent({ ...context.repo, event_type: 'retrain', client_payload: { model: 'churn' } });
            // A tag made with the job token starts nothing (GitHub's rule), even though a workflow runs on tags.
            await github.rest.git.createRef({ ...context.repo, ref: 'refs/tags/v9', sha: context.sha });
`;
  const target = `
name: target
on:
  workflow_dispatch: { inputs: { reason: { type: string, required: false } } }
  repository_dispatch: { types: [retrain] }
  push: { tags: ['v*'] }
permissions: {}
concurrency: target
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - env: { REASON: '\${{ inputs.reason }}', MODEL: '\${{ github.event.client_payload.model }}' }
        run: echo "\${{ github.event_name }} reason=$REASON model=$MODEL"
`;

  it('runs a workflow_dispatch with its inputs and a repository_dispatch; a tag pushed by the token runs nothing', async () => {
    const world = await startWorld({ 'dispatcher.yml': dispatcher, 'target.yml': target });
    try {
      const runs = await world.runner.trigger({ event: 'push', branch: 'main' });
      // In the order they ended: the first dispatched run was cancelled while the dispatcher still ran.
      expect(runs.map((r) => [r.workflow, r.event, r.conclusion])).toEqual([['target.yml', 'workflow_dispatch', 'cancelled'], ['dispatcher.yml', 'push', 'success'], ['target.yml', 'repository_dispatch', 'success']]);
      // Both waited in the concurrency group `target`: GitHub keeps one pending run and cancels the older.
      expect(runs[2]!.concurrency).toEqual({ group: 'target', cancelInProgress: false });
      expect(jobOf(runs[2]!, 't').steps[0]!.log).toBe('repository_dispatch reason= model=churn\n');
      expect(world.github.repo().refs.has('refs/tags/v9')).toBe(true);
    } finally {
      await world.stop();
    }
  });

  it('leaves dispatched runs queued (as the fake lists them) until drained, and runs them with the dispatch\'s run id', async () => {
    const world = await startWorld({ 'dispatcher.yml': dispatcher.replace(/\n\s+await github.rest.repos.createDispatchEvent.*\n/, '\n'), 'target.yml': target.replace('concurrency: target\n', '') });
    try {
      const [first] = await world.runner.trigger({ event: 'push', branch: 'main' }, { follow: false });
      expect(first!.workflow).toBe('dispatcher.yml');
      const [dispatch] = world.github.repo().dispatches;
      const queued = world.github.repo().runs.find((r) => r.id === dispatch!.runId);
      expect(queued).toMatchObject({ status: 'queued', event: 'workflow_dispatch', path: '.github/workflows/target.yml' });
      expect(world.runner.queue).toHaveLength(1);
      const [next] = await world.runner.drain();
      expect(next).toMatchObject({ workflow: 'target.yml', runId: dispatch!.runId, conclusion: 'success' });
      expect(jobOf(next!, 't').steps[0]!.log).toBe('workflow_dispatch reason=drift <b> model=\n');
      expect(queued).toMatchObject({ status: 'completed', conclusion: 'success' });
    } finally {
      await world.stop();
    }
  });

  it('gives a workflow_run from a fork no pull_requests, but the pull request can be found by its head SHA or head label', async () => {
    const gate = 'name: gate\non: pull_request\npermissions: {}\njobs:\n  g: { runs-on: ubuntu-latest, steps: [{ run: echo gated }] }\n';
    const comment = `
name: comment
on:
  workflow_run: { workflows: [gate], types: [completed] }
permissions: { pull-requests: write }
jobs:
  c:
    runs-on: ubuntu-latest
    steps:
      - id: find
        uses: actions/github-script@v7
        with:
          script: |
            const run = context.payload.workflow_run;
            const { data: bySha } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...context.repo, commit_sha: run.head_sha });
            const { data: byHead } = await github.rest.pulls.list({ ...context.repo, head: run.head_repository.owner.login + ':' + run.head_branch });
            await github.rest.issues.createComment({ ...context.repo, issue_number: bySha[0].number, body: 'found' });
            return { listed: run.pull_requests.length, bySha: bySha.map((p) => p.number), byHead: byHead.map((p) => p.number), fork: bySha[0].head.repo.fork };
`;
    const world = await startWorld({ 'gate.yml': gate, 'comment.yml': comment });
    try {
      world.fixture.commit('patch', { 'x.txt': 'x' }, 'a fork\'s change');
      const runs = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(7, 'patch'), fork: true });
      const found = stepOf(jobOf(byName(runs, 'comment.yml'), 'c'), 'find');
      expect(JSON.parse(found.outputs.result!)).toEqual({ listed: 0, bySha: [7], byHead: [7], fork: true });
      expect(world.github.commentsOn('Codertocat/Hello-World', 7).map((c) => c.body)).toEqual(['found']);
    } finally {
      await world.stop();
    }
  });
});

