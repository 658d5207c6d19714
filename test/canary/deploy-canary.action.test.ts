// End-to-end: the committed bundle actions/deploy-canary/dist/index.js drives a real serving stack
// (router + stable + canary) under real traffic, judged by the real Prometheus server from Debian,
// with deployments on the fake GitHub server and the stage in a local registry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'vitest';
import YAML from 'yaml';
import type { ServingStack } from '../../src/demo/serving.js';
import type { FakeGitHub } from '../fakes/github-server.js';
import { canaryEnvironment, ERROR_RATE, LATENCY, readReport, registryAt, seedRegistry } from './fixtures.js';
import { prometheusAvailable } from './prometheus-server.js';

const weights = (stack: ServingStack) => stack.applied.map((a) => a.weight);
const statuses = (fake: FakeGitHub, id: string) => fake.repo().deploymentStatuses.filter((s) => s.deployment_id === Number(id)).map((s) => [s.state, s.description]);

const available = prometheusAvailable();
if (!available && process.env.CI) throw new Error('Debian prometheus is required in CI (.ci/run installs it)');
if (!available) console.warn('Skipping deploy-canary end-to-end tests: /usr/bin/prometheus is not installed (apt-get install prometheus).');

const ANALYSIS = { metrics: [ERROR_RATE, { ...LATENCY, 'min-samples': 5 }] };

describe.skipIf(!available)('deploy-canary end to end', { concurrent: true }, () => {
  const setup = (test: Pick<TestContext, 'onTestFinished'>) =>
    canaryEnvironment(test, { defaults: ({ prometheus }) => ({ steps: '25,50,100', interval: '6s', analysis: YAML.stringify(ANALYSIS), 'prometheus-url': prometheus.url }) });

  it('promotes a healthy canary step by step and moves the registry stage', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    const result = await canary();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'promoted', phase: 'canary', passed: 'true', 'final-weight': '100', score: '100' });
    expect(weights(stack)).toEqual([25, 50, 100]);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.1.0');
    const deployment = fake.repo().deployments.find((d) => d.id === Number(result.outputs['deployment-id']))!;
    expect(deployment.payload).toMatchObject({ model: 'churn', version: 'v1.1.0', stable_version: 'v1.0.0', steps: [25, 50, 100], strategy: 'canary', initial: false });
    expect(statuses(fake, result.outputs['deployment-id']!)).toEqual([
      ['in_progress', 'churn v1.1.0 at 25% of traffic'],
      ['in_progress', 'churn v1.1.0 at 50% of traffic'],
      ['in_progress', 'churn v1.1.0 at 100% of traffic'],
      ['success', 'promoted (canary): all 3 steps passed'],
    ]);
    expect(result.summary).toContain('| canary 1 | 25% | <code>error-rate</code> |');
    expect(result.summary).toMatch(/<sub>median [\d.]+ \[[\d.]+, [\d.]+\] · sd [\d.]+ · n \d+<\/sub>/);
    expect(result.summary).toContain('xychart-beta');
    // The window's descriptive statistics (simple-statistics) are in the report beside the verdict.
    const window = readReport(workspace).timeline.find((s: { outcome: string }) => s.outcome === 'passed'); // after any 'no data' on a loaded machine
    const latency = window.judgements.find((j: { metric: string }) => j.metric === 'latency');
    expect(latency.canary).toMatchObject({ n: expect.any(Number), mean: expect.any(Number), median: expect.any(Number), sd: expect.any(Number), p10: expect.any(Number), p90: expect.any(Number) });
    expect(latency.canary.p10).toBeLessThanOrEqual(latency.canary.median);
    expect(latency.canary.median).toBeLessThanOrEqual(latency.canary.p90);
  });

  it('rolls back a canary with a higher error rate at the first failing step', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.behaviour.canary.errorRate = 0.3;
    stack.startTraffic();
    const result = await canary();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', phase: 'canary', passed: 'false', 'final-weight': '0' });
    expect(weights(stack)).toEqual([25, 0]);
    expect(result.annotations.at(-1)!.message).toMatch(/^deploy-canary failed: churn v1\.1\.0 rolled-back in the canary phase: critical metric error-rate failed at 25%: canary mean 0\.\d+ is above the maximum 0\.05/);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.0.0');
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'failure' });
  });

  it('rolls back a slower canary on the Mann-Whitney comparison with stable; fail-on: never reports it without failing the step', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.behaviour.canary.latencyMs = 60;
    stack.startTraffic();
    const result = await canary({ 'fail-on': 'never' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', passed: 'false' });
    expect(result.annotations.at(-1)).toMatchObject({ level: 'warning', message: expect.stringMatching(/rolled-back in the canary phase: .*\(the step does not fail: fail-on says so\)/) });
    // Rolled back before 100%: at 25% unless the window held too few latency samples to compare (a loaded machine).
    expect(weights(stack).at(-1)).toBe(0);
    expect(weights(stack)).not.toContain(100);
    const judgements = readReport(workspace).timeline.flatMap((s: { judgements: unknown[] }) => s.judgements);
    const latency = judgements.find((j: { metric: string; verdict: string }) => j.metric === 'latency' && j.verdict === 'fail');
    expect(latency.pValue).toBeLessThan(0.02);
    expect(latency.ratio).toBeGreaterThan(1.25);
  });

  it('waits when there is no traffic, then rolls back as inconclusive', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    const result = await canary({ 'inconclusive-limit': '1' });
    expect(result.outputs.result).toBe('rolled-back');
    expect(weights(stack)).toEqual([25, 0]);
    const timeline = readReport(workspace).timeline;
    expect(timeline.map((s: { outcome: string }) => s.outcome)).toEqual(['no data', 'no data']);
    expect(result.annotations.at(-1)!.message).toMatch(/inconclusive: no data for 2 interval\(s\) at 25%/);
  });

  it('rolls back when the job is cancelled, and the post: step rolls back after a hard stop', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    const cancelled = await canary({}, { signalWhen: { when: () => stack.weight === 25, signal: 'SIGINT' } });
    expect(cancelled.outputs.result).toBe('rolled-back');
    expect(weights(stack)).toEqual([25, 0]);
    expect(cancelled.state.rollout).toBe('finished');

    expect(readReport(workspace).reason).toBe('the job was cancelled during the roll-out');

    stack.applied.length = 0;
    const runId = { GITHUB_RUN_ID: '777' };
    const killed = await canary({}, { signalWhen: { when: () => stack.weight === 25, signal: 'SIGKILL' }, env: runId });
    expect(killed.exitCode).toBe(null);
    expect(stack.weight).toBe(25); // the canary kept its traffic: only the post step can help now
    expect(killed.state.rollout).toBe('started');
    const post = await canary({}, { post: { state: killed.state }, env: runId });
    expect(post.exitCode).toBe(0);
    expect(stack.applied).toEqual([{ weight: 25, mirror: 0 }, { weight: 0, mirror: 0 }]);
    expect(post.annotations).toEqual([{ level: 'warning', title: 'deploy-canary', message: 'Rolled back churn v1.1.0 to v1.0.0: the job ended during the roll-out.' }]);
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'failure', description: 'rolled-back (canary): the job was cancelled or stopped during the roll-out' });

    // Re-running the cancelled job rolls out again: a cancellation decided nothing about the model.
    stack.applied.length = 0;
    stack.startTraffic();
    const retried = await canary({ steps: '100' }, { env: runId });
    expect(retried.outputs.result).toBe('promoted');
    expect(weights(stack)).toEqual([100]);
  });

  it('reports a finished roll-out on a re-run instead of rolling out again, and fails the smoke test early', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    const runId = '424242';
    const first = await canary({ steps: '100', interval: '6s' }, { env: { GITHUB_RUN_ID: runId } });
    expect(first.outputs.result).toBe('promoted');
    stack.applied.length = 0;
    const again = await canary({ steps: '100' }, { env: { GITHUB_RUN_ID: runId } });
    expect(again.outputs).toMatchObject({ result: 'promoted', phase: 'canary', passed: 'true', 'deployment-id': first.outputs['deployment-id'] });
    expect(stack.applied).toEqual([]);
    expect(again.summary).toContain("recorded by this run's earlier attempt");

    const smoke = await canary({ 'smoke-url': `${stack.url}/missing`, 'stable-version': 'v1.0.0' });
    expect(smoke.exitCode).toBe(1);
    expect(smoke.outputs).toMatchObject({ result: 'failed-smoke', phase: 'smoke', passed: 'false' });
    expect(stack.applied).toEqual([]);
  });

  it('refuses a query Prometheus rejects before any traffic moves; a failing webhook leaves traffic on stable', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    const deployments = fake.repo().deployments.length;
    const bad = await canary({ analysis: YAML.stringify({ metrics: [{ name: 'broken', query: 'sum(rate(', max: 1 }] }) });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.at(-1)!.message).toMatch(/^Input 'analysis', metric 'broken': Prometheus rejected the query "sum\(rate\(": bad_data/);
    expect(stack.applied).toEqual([]);
    expect(fake.repo().deployments.length).toBe(deployments);
    const webhook = await canary({ traffic: `webhook:${stack.url}/nope` });
    expect(webhook.exitCode).toBe(1);
    expect(webhook.annotations.at(-1)!.message).toMatch(/the traffic webhook .* answered 404/);
    expect(webhook.annotations.at(-1)!.message).not.toMatch(/Internal error/);
    expect(stack.weight).toBe(0);
  });
});

describe.skipIf(!available)('deploy-canary: initial roll-out, registry checks, authenticated webhook', { concurrent: true }, () => {
  const setup = (test: Pick<TestContext, 'onTestFinished'>) =>
    canaryEnvironment(test, { seed: false, defaults: ({ prometheus }) => ({ steps: '25,100', interval: '4s', analysis: YAML.stringify({ metrics: [ERROR_RATE, LATENCY] }), 'prometheus-url': prometheus.url }) });

  it('a first deploy (no version holds prod) is an initial roll-out: 100% judged on the bounds metrics for one interval, then promoted', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    await seedRegistry(workspace, ['v1.1.0']);
    stack.startTraffic();
    const result = await canary({ shadow: '4s' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ result: 'promoted', phase: 'initial', passed: 'true', 'final-weight': '100' });
    expect(stack.applied).toEqual([{ weight: 100, mirror: 0 }]);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.1.0');
    expect(result.summary).toContain('## Initial roll-out of churn v1.1.0 (no stable version): 🟢 promoted');
    const step = readReport(workspace).timeline.at(-1); // after 'no data' while the candidate's rates fill in
    expect(step).toMatchObject({ phase: 'initial', weight: 100, outcome: 'passed' });
    expect(step.judgements.map((j: { metric: string; verdict: string }) => [j.metric, j.verdict])).toEqual([['error-rate', 'pass'], ['latency', 'skipped']]);
    const deployment = fake.repo().deployments.find((d) => d.id === Number(result.outputs['deployment-id']))!;
    expect(deployment.payload).toMatchObject({ stable_version: null, initial: true });
    expect(result.stdout).toContain('No shadow phase: an initial roll-out has no stable traffic to mirror.');
  });

  it('stable-version: none is an initial roll-out too, and a failing bound takes the candidate\'s traffic away', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    await seedRegistry(workspace, ['v1.0.0', 'v1.1.0'], 'v1.0.0');
    stack.behaviour.canary.errorRate = 0.4;
    stack.startTraffic();
    const result = await canary({ 'stable-version': 'none' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', phase: 'initial', passed: 'false', 'final-weight': '0' });
    expect(stack.applied).toEqual([{ weight: 100, mirror: 0 }, { weight: 0, mirror: 0 }]);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.0.0');
  });

  it('a version absent from the registry is a clear error before any traffic moves or any deployment is made', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    await seedRegistry(workspace, ['v1.0.0'], 'v1.0.0');
    const result = await canary({ version: 'v9.9.9' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)!.message).toBe(`Input 'version': churn v9.9.9 is not registered in the local ${path.join(workspace, 'registry')} registry (latest: v1.0.0). Register it with register-model first, or check 'model' and 'registry'. No traffic was moved.`);
    expect(stack.applied).toEqual([]);
    expect(fake.repo().deployments.filter((d) => (d.payload as { version?: string }).version === 'v9.9.9')).toEqual([]);
  });

  it('webhook-headers authenticate the webhook and the smoke request; their values are masked and never printed', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    await seedRegistry(workspace, ['v1.0.0', 'v1.1.0'], 'v1.0.0');
    const secret = 'Bearer s3cr3t-t0ken-1234';
    stack.requiredHeaders = { Authorization: secret };
    stack.startTraffic();
    const denied = await canary({ steps: '100' });
    expect(denied.exitCode).toBe(1);
    expect(denied.annotations.at(-1)!.message).toMatch(/answered 401 unauthorized\. Check inputs 'traffic' and 'webhook-headers'/);
    expect(stack.applied).toEqual([]);

    const result = await canary({ steps: '100', 'webhook-headers': `Authorization: ${secret}\nX-Team: ml`, 'smoke-url': `${stack.url}/weight`, 'smoke-request': '{"weight": 0, "mirror": 0}' });
    expect(result.outputs).toMatchObject({ result: 'promoted', passed: 'true' });
    expect(stack.applied).toEqual([{ weight: 0, mirror: 0 }, { weight: 100, mirror: 0 }]); // the smoke request, then the step
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    const everything = [result.stdout.replaceAll(`::add-mask::${secret}`, ''), result.stderr, result.summary, JSON.stringify(result.outputs), readFileSync(path.join(workspace, 'mlops-reports/deploy-canary.json'), 'utf8'), JSON.stringify(fake.repo().deployments), JSON.stringify(fake.repo().deploymentStatuses)].join('\n');
    expect(everything).not.toContain('s3cr3t');
  });
});
