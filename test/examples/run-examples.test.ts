// Every example workflow, as committed in workflows-examples/, run by the local workflow runner
// (test/workflow) in a fixture repository with the GitHub and results-service fakes: one story, in
// order — a pull request from a branch, one from a fork, the merge, a scheduled drift check, the
// retraining it dispatches, a sharded profile. It asserts what works today and, where the loop is
// still open (issue 14), what happens instead, each marked GAP: those assertions are meant to change
// when the examples and actions are fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { churnData, churnRepositoryFiles, exampleWorkflows } from '../fixtures/churn-repository.js';
import { customers } from '../../src/demo/data.js';
import { jobOf, stepOf, type WorkflowRunResult } from '../workflow/result.js';
import { startWorld, type World } from '../workflow/setup.js';

const REPO = 'Codertocat/Hello-World';

/** What the demo does by hand and the first deploy should do: put a version in prod. */
const PROMOTE_BY_HAND = `
name: promote-by-hand
on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: { contents: write }
jobs:
  promote:
    runs-on: ubuntu-latest
    steps:
      - uses: ./actions/register-model
        with: { name: churn, version: '\${{ inputs.version }}', stage: prod }
`;

const byWorkflow = (runs: WorkflowRunResult[], file: string) => {
  const run = runs.find((r) => r.workflow === file);
  if (!run) throw new Error(`no run of ${file} among ${runs.map((r) => r.workflow).join(', ')}`);
  return run;
};
const stepsOf = (run: WorkflowRunResult, job: string) => jobOf(run, job).steps.map((s) => [s.id ?? s.label.split('@')[0], s.conclusion]);

describe('the example workflows, run end to end by the local runner (as far as they go today)', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ ...exampleWorkflows(), 'promote-by-hand.yml': PROMOTE_BY_HAND }, churnRepositoryFiles(churnData(), {}), {
      vars: { TRAFFIC_WEBHOOK_URL: 'http://127.0.0.1:9/weights', PROMETHEUS_URL: 'http://127.0.0.1:9' },
    });
    world.fixture.commit('more-data', { 'data/train.csv': customers(2, 900) }, 'more training data');
  }, 120_000);
  afterAll(() => world?.stop());

  it('loads all six: valid for GitHub\'s parser, every uses: one of ours or a declared equivalent', () => {
    expect(world.runner.workflows.map((w) => w.file).sort()).toEqual([
      'drift-retrain.yml', 'fork-safe-comment.yml', 'main-register-deploy.yml', 'pr-train-gate.yml', 'promote-by-hand.yml', 'retrain.yml', 'sharded-profile.yml',
    ]);
  });

  it('pr-train-gate on a pull request from a branch: validates, trains, gates in one sticky comment, keeps the report; fork-safe-comment stays out', async () => {
    const runs = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(1, 'more-data') });
    const gate = byWorkflow(runs, 'pr-train-gate.yml');
    expect(gate.conclusion).toBe('success');
    expect(gate.problems).toEqual([]);
    const job = jobOf(gate, 'gate');
    expect(stepsOf(gate, 'gate')).toEqual([['actions/checkout', 'success'], ['actions/setup-node', 'success'], ['validate', 'success'], ['Train', 'success'], ['gate', 'success'], ['Keep the report for the fork-safe comment workflow', 'success'], ['Run echo "verdict=$VERDICT passed=$PASSED rows=$ROWS"', 'success']]);
    expect(stepOf(job, 'validate').outputs).toMatchObject({ passed: 'true', 'row-count': '900' });
    // GAP: baseline git:base reads model/metrics.json at the merge base, but that file is a CI output nobody commits.
    expect(stepOf(job, 'gate').outputs).toMatchObject({ passed: 'true', verdict: 'inconclusive' });
    expect(stepOf(job, 'gate').annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/model\/metrics\.json does not exist at \w+ \(merge base with main\): no baseline/) }));
    expect(world.github.commentsOn(REPO, 1)).toHaveLength(1);
    expect(world.results.artifacts.filter((a) => a.runId === String(gate.runId)).map((a) => a.name)).toEqual(['train-gate-report']);
    expect(job.steps.at(-1)!.log).toBe('verdict=inconclusive passed=true rows=900\n');
    // The pull request is not from a fork: the comment workflow's job condition skips it.
    expect(jobOf(byWorkflow(runs, 'fork-safe-comment.yml'), 'comment').result).toBe('skipped');
  });

  it('pr-train-gate on a pull request from a fork: read-only token, the report stays in the summary; fork-safe-comment finds no pull request to comment on', async () => {
    const runs = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(2, 'more-data'), fork: true });
    const gate = byWorkflow(runs, 'pr-train-gate.yml');
    expect(gate.conclusion).toBe('success');
    expect(jobOf(gate, 'gate').token).toEqual({ readOnly: true, writes: [] });
    expect(stepOf(jobOf(gate, 'gate'), 'gate').annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('Could not comment on pull request #2 (it comes from a fork') }));
    expect(jobOf(gate, 'gate').summary).toContain('Train gate');
    const comment = byWorkflow(runs, 'fork-safe-comment.yml');
    expect(comment).toMatchObject({ event: 'workflow_run', conclusion: 'success', problems: [] });
    const [download, script] = jobOf(comment, 'comment').steps;
    expect(download!.conclusion).toBe('success');
    // GAP: GitHub leaves workflow_run.pull_requests empty for runs from forks, so the script returns before commenting.
    expect(script!.outputs).toEqual({ result: '' });
    expect(world.github.commentsOn(REPO, 2)).toEqual([]);
  });

  let candidate = '';
  it('main-register-deploy after the merge: validates with a profile, trains, registers a candidate; the first deploy (an initial roll-out) stops at its probe: no router in this world', async () => {
    world.fixture.merge('more-data');
    const runs = await world.runner.trigger({ event: 'push', branch: 'main' });
    expect(runs.map((r) => r.workflow)).toEqual(['main-register-deploy.yml']);
    const [ship] = runs;
    expect(ship!.concurrency).toEqual({ group: 'deploy-production', cancelInProgress: false });
    expect(ship!.problems).toEqual([]);
    const job = jobOf(ship!, 'ship');
    expect(stepOf(job, 'validate').outputs).toMatchObject({ passed: 'true', profile: 'profiles/train.json' });
    expect(stepOf(job, 'register').outputs).toMatchObject({ version: 'v0.0.1', tag: 'churn#candidate#1', 'model-uri': `github://${REPO}/churn@v0.0.1` });
    candidate = stepOf(job, 'register').outputs.version!;
    expect([...world.github.repo(REPO).refs.keys()]).toEqual(['refs/tags/churn@v0.0.1', 'refs/tags/churn#candidate#1']);
    // The first deploy is an initial roll-out (no version holds prod); it stops at its read-only probe, before
    // anything moves, because this world has no router at TRAFFIC_WEBHOOK_URL.
    expect(stepOf(job, 'canary')).toMatchObject({ conclusion: 'failure', annotations: [expect.objectContaining({ level: 'error', message: expect.stringContaining("Input 'traffic': the webhook http://127.0.0.1:9/weights cannot be reached") })] });
    expect(job.steps.map((s) => [s.label.split('@')[0], s.conclusion]).slice(-2)).toEqual([['Run echo "$MODEL_URI $RESULT at $WEIGHT% (score $SCORE)"', 'skipped'], ['Post mlops-actions/mlops-actions/actions/deploy-canary', 'success']]);
    expect(ship!.conclusion).toBe('failure');
  });

  it('drift-retrain before any version is in prod: the reference cannot be resolved (follows from the failed first deploy)', async () => {
    const [drift] = await world.runner.trigger({ event: 'schedule', workflow: 'drift-retrain.yml' });
    expect(stepOf(jobOf(drift!, 'drift'), 'drift')).toMatchObject({ conclusion: 'failure', annotations: [expect.objectContaining({ message: 'No version of churn holds stage prod in the github Codertocat/Hello-World registry.' })] });
  });

  it('with prod assigned by hand: drift is found, one tracking issue, retrain.yml dispatched and run (gated against prod, registered as candidate); nothing rolls it out, and the cooldown holds the next check', async () => {
    const [promoted] = await world.runner.trigger({ event: 'workflow_dispatch', workflow: 'promote-by-hand.yml', inputs: { version: candidate } });
    expect(stepOf(jobOf(promoted!, 'promote'), './actions/register-model').outputs).toMatchObject({ version: 'v0.0.1', tag: 'churn#prod#2' });

    const runs = await world.runner.trigger({ event: 'schedule', workflow: 'drift-retrain.yml' });
    expect(runs.map((r) => [r.workflow, r.event, r.conclusion])).toEqual([['drift-retrain.yml', 'schedule', 'success'], ['retrain.yml', 'workflow_dispatch', 'success']]);
    const drift = jobOf(runs[0]!, 'drift');
    expect(stepOf(drift, 'drift').outputs).toMatchObject({ drifted: 'true', dispatched: 'true' });
    // GAP: only id is excluded, so the target column churned is judged as a drifted feature.
    expect(JSON.parse(stepOf(drift, 'drift').outputs['drifted-columns']!)).toEqual(['tenure_months', 'monthly_spend', 'support_calls', 'plan', 'churned']);
    expect(drift.steps.at(-1)!.log).toMatch(/^drifted=true columns=\[.*\] dispatched=true https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/\d+\n$/);
    expect(world.github.repo(REPO).issues.map((i) => [i.state, i.labels.map((l: { name: string }) => l.name)])).toEqual([['open', ['drift']]]);

    const retrain = runs[1]!;
    expect(retrain.problems).toEqual([]);
    const job = jobOf(retrain, 'retrain');
    expect(stepOf(job, 'Say why').log).toMatch(/^Retraining churn because .+ \(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/\d+\)\n$/);
    // GAP: no predictions are registered with prod, so there are no paired statistics to decide on.
    expect(stepOf(job, 'gate').outputs.verdict).toBe('inconclusive');
    expect(stepOf(job, 'register').outputs).toMatchObject({ version: 'v0.0.2', tag: 'churn#candidate#3' });
    // GAP: tags made with the job token start nothing, so main-register-deploy never rolls the candidate out.
    expect(job.steps.at(-1)!.log).toBe('registered v0.0.2 (gate inconclusive); main-register-deploy rolls it out\n');
    expect(world.runner.queue).toEqual([]);
    expect(world.runner.runs.filter((r) => r.workflow === 'main-register-deploy.yml')).toHaveLength(1);

    // The next check sees the same prod profile (GAP: prod never changes) and is held only by the cooldown.
    const [again] = await world.runner.trigger({ event: 'schedule', workflow: 'drift-retrain.yml' });
    expect(stepOf(jobOf(again!, 'drift'), 'drift').outputs).toMatchObject({ drifted: 'true', dispatched: 'false' });
    expect(world.github.repo(REPO).dispatches).toHaveLength(1);
  });

  it('sharded-profile: four shards profiled as a matrix, uploaded, merged by the job that needs them and checked against prod', async () => {
    const [run] = await world.runner.trigger({ event: 'workflow_dispatch', workflow: 'sharded-profile.yml' });
    expect(run!.jobs.map((j) => [j.name, j.result])).toEqual([['profile (0)', 'success'], ['profile (1)', 'success'], ['profile (2)', 'success'], ['profile (3)', 'success'], ['merge-and-check', 'success']]);
    expect(stepOf(jobOf(run!, 'profile (2)'), 'shard').outputs).toMatchObject({ 'row-count': '300', profile: 'profiles/shard-2.profile.json' });
    expect(world.results.artifacts.filter((a) => a.runId === String(run!.runId)).map((a) => a.name)).toEqual(['profile-0', 'profile-1', 'profile-2', 'profile-3']);
    const share = stepOf(jobOf(run!, 'merge-and-check'), 'drift').outputs['drift-share'];
    expect(Number(share)).toBeGreaterThan(0);
    expect(jobOf(run!, 'merge-and-check').steps.at(-1)!.log).toBe(`drift share ${share}\n`);
    expect(run!.problems).toEqual([]);
  });
});
