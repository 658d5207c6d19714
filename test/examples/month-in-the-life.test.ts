// "A month in the life" of one repository: every example workflow, as committed in workflows-examples/,
// run by the local workflow runner (test/workflow) against the GitHub and results-service fakes, a serving
// stack (router with an authenticated webhook, stable and canary model servers under steady traffic), the
// real Prometheus scraping it behind basic authentication, and the real Pushgateway. The story: the first
// model (pull request, merge, first deploy as an initial roll-out), a better model in a pull request
// (gated against prod with paired statistics, one sticky comment), a fork's pull request (its comment
// arrives, escaped, through the fork-safe workflow), the merge (canary promoted), production drifts
// (drift-check dispatches retraining), retraining trains, gates against prod, registers and rolls out, and
// the next check compares with the new prod profile and dispatches nothing. The assertions are what a
// user would see: job conclusions, comments, registry tags, deployments, dispatches, the tracking issue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../src/demo/data.js';
import { scoreRows, type ChurnModel } from '../../src/demo/score.js';
import { ServingStack } from '../../src/demo/serving.js';
import { BASIC_AUTH_HEADER, PrometheusServer, prometheusAvailable } from '../canary/prometheus-server.js';
import { churnRepositoryFiles, exampleWorkflows, trainingFiles, Warehouse } from '../fixtures/churn-repository.js';
import { PushgatewayServer, pushgatewayAvailable } from '../monitor/pushgateway-server.js';
import { jobOf, stepOf, type WorkflowRunResult } from '../workflow/result.js';
import { startWorld, type World } from '../workflow/setup.js';

const REPO = 'Codertocat/Hello-World';
const ROUTER_TOKEN = 'router-secret-4f1c9a';
const PROMETHEUS_AUTHORIZATION = BASIC_AUTH_HEADER.slice('Authorization: '.length);
const ALL_FEATURES = ['tenure_months', 'monthly_spend', 'support_calls'];
const HOSTILE_METRIC = '@maintainers <img src=x onerror=alert(1)>';

const available = prometheusAvailable() && pushgatewayAvailable();
if (!available && process.env.CI) throw new Error('Debian prometheus and prometheus-pushgateway are required in CI (.ci/run installs them)');
if (!available) console.warn('Skipping the month-in-the-life scenario: /usr/bin/prometheus or /usr/bin/prometheus-pushgateway is not installed.');

const byWorkflow = (runs: WorkflowRunResult[], file: string) => {
  const run = runs.find((r) => r.workflow === file);
  if (!run) throw new Error(`no run of ${file} among ${runs.map((r) => r.workflow).join(', ')}`);
  return run;
};
const conclusions = (runs: WorkflowRunResult[]) => runs.map((r) => [r.workflow, r.event, r.conclusion]);
const steps = (run: WorkflowRunResult, job: string) => jobOf(run, job).steps.map((s) => [s.id ?? s.label.split('@')[0], s.conclusion]);

describe.skipIf(!available)('a month in the life of a repository: every example workflow, end to end', () => {
  let world: World;
  const warehouse = new Warehouse();
  const stack = new ServingStack({ stable: 'none', canary: 'none' });
  const prometheus = new PrometheusServer();
  const pushgateway = new PushgatewayServer();
  const started = Date.now();

  const github = () => world.github.repo(REPO);
  const tags = () => [...github().refs.keys()].map((ref) => ref.replace('refs/tags/', ''));
  const ours = (pr: number) => world.github.commentsOn(REPO, pr).filter((c) => c.user.login === 'github-actions[bot]');
  /** The model file of a registered version, as serving loads it (the release asset). */
  const registered = (version: string): ChurnModel => {
    const release = github().releases.find((r) => r.tag_name === `churn@${version}`)!;
    return JSON.parse(github().assets.find((a) => a.releaseId === release.id && a.name === 'model.json')!.data.toString('utf8'));
  };
  /** A day of production as serving logged it: the rows, the prod model's prediction and score, and the labels of all but the last fifth (not arrived yet). */
  const productionDay = (seed: number, version: string) => {
    const [header, ...rows] = scoreRows(registered(version), customers(seed, 600, 1)).trim().split('\n');
    const late = rows.map((row, i) => (i < rows.length * 0.8 ? row : row.replace(/,[01],(\d),([\d.]+)$/, ',,$1,$2')));
    warehouse.put('production.csv', `${[header, ...late].join('\n')}\n`);
  };

  beforeAll(async () => {
    await stack.start();
    stack.requiredHeaders = { Authorization: `Bearer ${ROUTER_TOKEN}` };
    stack.startTraffic(30);
    await Promise.all([prometheus.start(stack.url, { basicAuth: true }), pushgateway.start()]);
    world = await startWorld(exampleWorkflows(), churnRepositoryFiles(warehouse, { workflows: {}, training: false }), {
      vars: { TRAFFIC_WEBHOOK_URL: `${stack.url}/weight`, PROMETHEUS_URL: prometheus.url, CANARY_INTERVAL: '2s', PUSHGATEWAY_URL: pushgateway.url },
      secrets: { ROUTER_TOKEN, PROMETHEUS_AUTHORIZATION },
    });
  }, 60_000);
  afterAll(async () => {
    await world?.stop();
    await Promise.all([stack.stop(), prometheus.stop(), pushgateway.stop()]);
    warehouse.remove();
    console.log(`month in the life: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the first model: its pull request is gated on the rules\' bounds (nothing in prod yet), in one comment', async () => {
    world.fixture.commit('first-model', trainingFiles(['tenure_months']), 'a first churn model: tenure alone');
    const runs = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(1, 'first-model') });
    expect(conclusions(runs)).toEqual([['pr-train-gate.yml', 'pull_request', 'success'], ['fork-safe-comment.yml', 'workflow_run', 'skipped']]);
    const gate = jobOf(runs[0]!, 'gate');
    expect(steps(runs[0]!, 'gate')).toEqual([['actions/checkout', 'success'], ['actions/setup-node', 'success'], ['validate', 'success'], ['Train', 'success'], ['gate', 'success'], ['Keep the report for the fork-safe comment workflow', 'success'], ['Run echo "verdict=$VERDICT passed=$PASSED rows=$ROWS"', 'success']]);
    expect(stepOf(gate, 'gate').annotations).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('No version of churn holds stage prod in the github registry yet: no baseline') })]);
    expect(gate.steps.at(-1)!.log).toBe('verdict=inconclusive passed=true rows=800\n');
    expect(ours(1)).toHaveLength(1);
    expect(ours(1)[0].body).toContain('<code>accuracy</code>');
  });

  it('its merge registers v0.0.1 with its predictions, and the first deploy is an initial roll-out, promoted to prod', async () => {
    world.fixture.merge('first-model');
    const runs = await world.runner.trigger({ event: 'push', branch: 'main' });
    expect(conclusions(runs)).toEqual([['main-register-deploy.yml', 'push', 'success']]);
    const [ship] = runs;
    expect(ship!.concurrency).toEqual({ group: 'deploy-production', cancelInProgress: false });
    expect(stepOf(jobOf(ship!, 'register'), 'register').outputs).toMatchObject({ version: 'v0.0.1', 'already-registered': 'false' });
    expect(stepOf(jobOf(ship!, 'deploy'), 'canary').outputs).toMatchObject({ result: 'promoted', phase: 'initial', passed: 'true', 'final-weight': '100' });
    expect(jobOf(ship!, 'deploy').steps.map((s) => s.log).filter((l) => /^promoted/.test(l))).toEqual(['promoted (initial) at 100% (score 100)\n']);
    expect(tags()).toEqual(['churn@v0.0.1', 'churn#candidate#1', 'churn#prod#2']);
    expect(github().assets.filter((a) => a.name.startsWith('predictions')).map((a) => a.name)).toEqual(['predictions.csv']);
    expect(stack.versions.canary).toBe('v0.0.1');
    expect(stack.applied).toEqual([{ weight: 100, mirror: 0 }]);
    expect(github().deployments.map((d) => [d.environment, d.payload.version, d.payload.initial])).toEqual([['production', 'v0.0.1', true]]);
    expect(github().deploymentStatuses.at(-1)).toMatchObject({ state: 'success' });
  });

  it('a better model in a pull request: paired with prod\'s registered predictions, improved, one sticky comment across two pushes', async () => {
    world.fixture.commit('all-features', { 'train/params.json': `${JSON.stringify({ features: ALL_FEATURES, epochs: 200 }, null, 2)}\n` }, 'spend and support calls too');
    const first = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(2, 'all-features') });
    const gate = stepOf(jobOf(byWorkflow(first, 'pr-train-gate.yml'), 'gate'), 'gate');
    expect(gate.outputs).toMatchObject({ passed: 'true', verdict: 'improved' });
    expect(gate.summary).toMatch(/churn v0\.0\.1 \(churn#prod\)/);
    expect(gate.summary).toMatch(/McNemar/);
    expect(gate.summary).toMatch(/200 paired/);
    const comment = { ...ours(2)[0] }; // the fake edits the comment object in place
    world.fixture.commit('all-features', { 'train/params.json': `${JSON.stringify({ features: ALL_FEATURES, epochs: 100 }, null, 2)}\n` }, 'fewer epochs');
    const second = await world.runner.trigger({ event: 'pull_request', action: 'synchronize', pr: world.fixture.pullRequest(2, 'all-features') });
    expect(conclusions(second)).toEqual([['pr-train-gate.yml', 'pull_request', 'success'], ['fork-safe-comment.yml', 'workflow_run', 'skipped']]);
    expect(ours(2)).toHaveLength(1);
    expect(ours(2)[0]).toMatchObject({ id: comment.id });
    expect(ours(2)[0].body).not.toBe(comment.body);
  });

  it('a fork\'s pull request: its read-only run keeps the report, and the fork-safe workflow posts it, escaped, on the pull request it finds by the head commit', async () => {
    const train = trainingFiles()['train/train.mjs'] as string;
    const hostile = train.replace('mkdirSync(out, { recursive: true });', `metrics[${JSON.stringify(HOSTILE_METRIC)}] = 1;\nmkdirSync(out, { recursive: true });`);
    world.fixture.commit('fork-change', { 'train/train.mjs': hostile }, 'a contributor\'s change');
    const runs = await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(3, 'fork-change'), fork: true });
    expect(conclusions(runs)).toEqual([['pr-train-gate.yml', 'pull_request', 'success'], ['fork-safe-comment.yml', 'workflow_run', 'success']]);
    expect(jobOf(runs[0]!, 'gate').token).toEqual({ readOnly: true, writes: [] });
    expect(stepOf(jobOf(runs[0]!, 'gate'), 'gate').annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('Could not comment on pull request #3 (it comes from a fork') }));
    const comment = jobOf(runs[1]!, 'comment');
    expect(steps(runs[1]!, 'comment')).toEqual([['actions/download-artifact', 'success'], ['pr', 'success'], ['mlops-actions/mlops-actions/actions/train-gate', 'success']]);
    expect(stepOf(comment, 'pr').outputs.result).toBe('3');
    expect(ours(3)).toHaveLength(1);
    const { body } = ours(3)[0];
    expect(body).toContain('<code>@\u200bmaintainers &lt;img src=x onerror=alert(1)&gt;</code>');
    expect(body).not.toContain('<img');
    expect(body).toContain('Rendered by train-gate from the report of an earlier run');
  });

  it('the better model\'s merge: v0.0.2 rolled out as a canary in steps against v0.0.1 and promoted', async () => {
    world.fixture.merge('all-features');
    const [ship] = await world.runner.trigger({ event: 'push', branch: 'main' });
    expect(ship!.conclusion).toBe('success');
    expect(stepOf(jobOf(ship!, 'deploy'), 'canary').outputs).toMatchObject({ result: 'promoted', phase: 'canary', 'final-weight': '100' });
    expect(stack.applied.slice(1).map((a) => a.weight)).toEqual([10, 25, 50, 100]);
    expect(stack.versions).toEqual({ stable: 'v0.0.1', canary: 'v0.0.2' });
    expect(stepOf(jobOf(ship!, 'deploy'), 'canary').log).toContain('Registry: stage prod now points at churn v0.0.2');
    expect(tags().filter((t) => t.startsWith('churn#prod'))).toEqual(['churn#prod#2', 'churn#prod#4']);
    expect(github().deployments.map((d) => [d.payload.version, d.payload.stable_version])).toEqual([['v0.0.1', null], ['v0.0.2', 'v0.0.1']]);
  });

  it('production drifts: the check finds data drift and quality decay, opens the tracking issue and dispatches retraining, which trains, gates against prod, registers and rolls out', async () => {
    productionDay(3, 'v0.0.2');
    const runs = await world.runner.trigger({ event: 'schedule', workflow: 'drift-retrain.yml' });
    expect(conclusions(runs)).toEqual([['drift-retrain.yml', 'schedule', 'success'], ['retrain.yml', 'workflow_dispatch', 'success'], ['main-register-deploy.yml', 'workflow_dispatch', 'success']]);
    const drift = stepOf(jobOf(runs[0]!, 'drift'), 'drift');
    expect(drift.outputs).toMatchObject({ drifted: 'true', 'quality-decayed': 'true', dispatched: 'true', 'label-coverage': '0.8' });
    expect(JSON.parse(drift.outputs['drifted-columns']!)).not.toContain('churned'); // the label is the target, reported apart
    expect(github().issues.map((i) => [i.state, i.labels.map((l: { name: string }) => l.name)])).toEqual([['open', ['drift']]]);
    const pushed = await pushgateway.values({ check: 'drift', instance: '', job: 'mlops_actions', model: 'churn' });
    expect(pushed('mlops_dataset_drift_share')).toBe(Number(drift.outputs['drift-share']));
    expect(pushed('mlops_label_coverage')).toBe(0.8);

    const retrain = jobOf(runs[1]!, 'retrain');
    expect(stepOf(retrain, 'Say why').log).toMatch(/^Retraining churn because Data drift in .+ \(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/\d+\)\n$/);
    expect(stepOf(retrain, 'gate').outputs).toMatchObject({ passed: 'true' });
    expect(stepOf(retrain, 'register').outputs).toMatchObject({ version: 'v0.0.3' });
    expect(github().dispatches.map((d) => [d.workflow, d.inputs])).toEqual([
      ['.github/workflows/retrain.yml', { reason: expect.stringContaining('Data drift in'), report: expect.stringMatching(/actions\/runs\/\d+$/) }],
      ['.github/workflows/main-register-deploy.yml', { version: 'v0.0.3' }],
    ]);

    const deploy = runs[2]!;
    expect(deploy.jobs.map((j) => [j.name, j.result])).toEqual([['register', 'skipped'], ['deploy', 'success']]);
    expect(stepOf(jobOf(deploy, 'deploy'), 'canary').outputs).toMatchObject({ result: 'promoted', phase: 'canary' });
    expect(stack.versions).toEqual({ stable: 'v0.0.2', canary: 'v0.0.3' });
    expect(stepOf(jobOf(deploy, 'deploy'), 'canary').log).toContain('Registry: stage prod now points at churn v0.0.3');
    expect(github().deployments.map((d) => d.payload.version)).toEqual(['v0.0.1', 'v0.0.2', 'v0.0.3']);
  });

  it('the next day: the check compares with the new prod model\'s profile, finds nothing, dispatches nothing and closes the issue', async () => {
    productionDay(5, 'v0.0.3');
    const runs = await world.runner.trigger({ event: 'schedule', workflow: 'drift-retrain.yml' });
    expect(conclusions(runs)).toEqual([['drift-retrain.yml', 'schedule', 'success']]);
    const drift = stepOf(jobOf(runs[0]!, 'drift'), 'drift');
    expect(drift.outputs).toMatchObject({ drifted: 'false', 'quality-decayed': 'false', dispatched: 'false', passed: 'true' });
    expect(drift.log).toContain('Reference: the training profile of churn#prod (v0.0.3).');
    expect(github().dispatches).toHaveLength(2);
    expect(github().issues.map((i) => i.state)).toEqual(['closed']);
  });

  it('sharded-profile: four Parquet shards profiled as a matrix, merged by the job that needs them, checked against the new prod', async () => {
    const [run] = await world.runner.trigger({ event: 'workflow_dispatch', workflow: 'sharded-profile.yml' });
    expect(run!.jobs.map((j) => [j.name, j.result])).toEqual([['profile (0)', 'success'], ['profile (1)', 'success'], ['profile (2)', 'success'], ['profile (3)', 'success'], ['merge-and-check', 'success']]);
    expect(stepOf(jobOf(run!, 'merge-and-check'), 'drift').outputs).toMatchObject({ drifted: 'false' });
  });

  it('every example ran, with no reference to anything that does not exist, and no secret reached GitHub', () => {
    expect([...new Set(world.runner.runs.map((r) => r.workflow))].sort()).toEqual(Object.keys(exampleWorkflows()).sort());
    expect(world.runner.runs.flatMap((r) => r.problems)).toEqual([]);
    const published = JSON.stringify([github().comments, github().issues, github().deployments, github().deploymentStatuses, github().releases, github().assets.map((a) => a.data.toString('utf8'))]);
    for (const secret of [ROUTER_TOKEN, PROMETHEUS_AUTHORIZATION, PROMETHEUS_AUTHORIZATION.slice('Basic '.length)]) expect(published).not.toContain(secret);
    expect(world.runner.queue).toEqual([]);
  });
});
