// End-to-end: the committed bundle actions/deploy-canary/dist/index.js drives a real serving stack
// (router + stable + canary) under real traffic, judged by the real Prometheus server from Debian,
// with deployments on the fake GitHub server and the stage in a local registry.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { LocalStore, Registry, type ModelCard } from '../../src/registry/index.js';
import { FakeGitHub } from '../fakes/github-server.js';
import { pushEvent } from '../harness/events.js';
import { runAction, type RunOptions } from '../harness/run-action.js';
import { PrometheusServer, prometheusAvailable } from './prometheus-server.js';
import { ServingStack } from '../../src/demo/serving.js';

const available = prometheusAvailable();
if (!available && process.env.CI) throw new Error('Debian prometheus is required in CI (.ci/run installs it)');
if (!available) console.warn('Skipping deploy-canary end-to-end tests: /usr/bin/prometheus is not installed (apt-get install prometheus).');

const ANALYSIS = {
  metrics: [
    { name: 'error-rate', query: '(sum(rate(model_requests_total{version="{{version}}",code="500"}[3s])) or vector(0)) / sum(rate(model_requests_total{version="{{version}}"}[3s]))', max: 0.05, critical: true },
    { name: 'latency', query: 'sum(rate(model_request_duration_seconds_sum{version="{{version}}"}[3s])) / sum(rate(model_request_duration_seconds_count{version="{{version}}"}[3s]))', compare: 'stable', direction: 'increase', 'allowed-increase': 1.25, 'min-samples': 5 },
  ],
};

describe.skipIf(!available)('deploy-canary end to end', () => {
  const fake = new FakeGitHub();
  const stack = new ServingStack({ stable: 'v1.0.0', canary: 'v1.1.0' });
  const prometheus = new PrometheusServer();
  let workspace = '';
  beforeAll(async () => {
    await fake.start();
    await stack.start();
    await prometheus.start(stack.url);
  });
  afterAll(async () => {
    await prometheus.stop();
    await stack.stop();
    await fake.stop();
  });
  beforeEach(async () => {
    stack.weight = 0;
    stack.weights.length = 0;
    stack.behaviour.stable = { errorRate: 0, latencyMs: 20 };
    stack.behaviour.canary = { errorRate: 0, latencyMs: 20 };
    workspace = mkdtempSync(path.join(tmpdir(), 'mlops-canary-'));
    const registry = new Registry(new LocalStore(path.join(workspace, 'registry')));
    const card = (runId: string): ModelCard => ({ kind: 'mlops-actions/model-card', version: 1, name: 'churn', modelVersion: '', created: '', runId, dataFingerprints: [], metrics: {}, params: {}, files: [], stages: [] });
    await registry.register('churn', { version: 'v1.0.0', bump: 'patch', files: [], card: card('a'), commit: '' });
    await registry.register('churn', { version: 'v1.1.0', bump: 'patch', files: [], card: card('b'), commit: '' });
    await registry.assign('churn', 'v1.0.0', 'prod', {});
  });
  afterEach(() => {
    stack.stopTraffic();
    expect(fake.violations.splice(0)).toEqual([]);
  });

  const canary = (inputs: Record<string, string> = {}, options: Partial<RunOptions> = {}) =>
    runAction('deploy-canary', {
      workspace,
      event: pushEvent(),
      githubUrl: fake.url,
      env: { GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)) },
      inputs: { model: 'churn', version: 'v1.1.0', traffic: `webhook:${stack.url}/weight`, steps: '25,50,100', interval: '6s', analysis: YAML.stringify(ANALYSIS), 'prometheus-url': prometheus.url, 'promote-stage': 'prod', registry: 'local:registry', 'inconclusive-limit': '1', ...inputs },
      ...options,
    });
  const report = (workspace: string) => JSON.parse(readFileSync(path.join(workspace, 'mlops-reports/deploy-canary.json'), 'utf8'));

  it('promotes a healthy canary step by step and moves the registry stage', async () => {
    stack.startTraffic();
    const result = await canary();
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100', score: '100' });
    expect(stack.weights).toEqual([25, 50, 100]);
    expect(await new Registry(new LocalStore(path.join(workspace, 'registry'))).stageVersion('churn', 'prod')).toBe('v1.1.0');
    const deployment = fake.repo().deployments.find((d) => d.id === Number(result.outputs['deployment-id']))!;
    expect(deployment.payload).toMatchObject({ model: 'churn', version: 'v1.1.0', stable_version: 'v1.0.0', steps: [25, 50, 100] });
    const states = fake.repo().deploymentStatuses.filter((s) => s.deployment_id === deployment.id).map((s) => [s.state, s.description]);
    expect(states).toEqual([
      ['in_progress', 'churn v1.1.0 at 25% of traffic'],
      ['in_progress', 'churn v1.1.0 at 50% of traffic'],
      ['in_progress', 'churn v1.1.0 at 100% of traffic'],
      ['success', 'promoted: all 3 steps passed'],
    ]);
    expect(result.summary).toContain('| latency |'.replace('latency', '<code>latency</code>'));
    expect(result.summary).toContain('xychart-beta');
  });

  it('rolls back a canary with a higher error rate at the first failing step', async () => {
    stack.behaviour.canary.errorRate = 0.3;
    stack.startTraffic();
    const result = await canary();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'final-weight': '0' });
    expect(stack.weights).toEqual([25, 0]);
    expect(result.annotations.at(-1)!.message).toMatch(/critical metric error-rate failed at 25%: canary mean 0\.\d+ is above the maximum 0\.05/);
    expect(await new Registry(new LocalStore(path.join(workspace, 'registry'))).stageVersion('churn', 'prod')).toBe('v1.0.0');
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'failure' });
  });

  it('rolls back a slower canary on the Mann-Whitney comparison with stable', async () => {
    stack.behaviour.canary.latencyMs = 60;
    stack.startTraffic();
    const result = await canary();
    expect(result.outputs.result).toBe('rolled-back');
    expect(stack.weights).toEqual([25, 0]);
    const latency = report(workspace).timeline[0].judgements.find((j: { metric: string }) => j.metric === 'latency');
    expect(latency).toMatchObject({ verdict: 'fail' });
    expect(latency.pValue).toBeLessThan(0.02);
    expect(latency.ratio).toBeGreaterThan(1.25);
  });

  it('waits when there is no traffic, then rolls back as inconclusive', async () => {
    const result = await canary();
    expect(result.outputs.result).toBe('rolled-back');
    expect(stack.weights).toEqual([25, 0]);
    const timeline = report(workspace).timeline;
    expect(timeline.map((s: { outcome: string }) => s.outcome)).toEqual(['no data', 'no data']);
    expect(result.annotations.at(-1)!.message).toMatch(/inconclusive: no data for 2 interval\(s\) at 25%/);
  });

  it('rolls back when the job is cancelled, and the post: step rolls back after a hard stop', async () => {
    stack.startTraffic();
    const cancelled = await canary({}, { signalAfterMs: { ms: 2500, signal: 'SIGINT' } });
    expect(cancelled.outputs.result).toBe('rolled-back');
    expect(stack.weights).toEqual([25, 0]);
    expect(cancelled.state.rollout).toBe('finished');

    stack.weights.length = 0;
    const killed = await canary({}, { signalAfterMs: { ms: 2500, signal: 'SIGKILL' } });
    expect(killed.exitCode).toBe(null);
    expect(stack.weight).toBe(25); // the canary kept its traffic: only the post step can help now
    expect(killed.state.rollout).toBe('started');
    const post = await canary({}, { post: { state: killed.state } });
    expect(post.exitCode).toBe(0);
    expect(stack.weights).toEqual([25, 0]);
    expect(post.annotations).toEqual([{ level: 'warning', title: 'deploy-canary', message: 'Rolled back churn v1.1.0 to v1.0.0: the job ended during the roll-out.' }]);
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'failure', description: 'rolled back by the post step: the job was cancelled or stopped' });
  });

  it('reports a finished roll-out on a re-run instead of rolling out again, and fails the smoke test early', async () => {
    stack.startTraffic();
    const runId = '424242';
    const first = await canary({ steps: '100', interval: '6s' }, { env: { GITHUB_RUN_ID: runId } });
    expect(first.outputs.result).toBe('promoted');
    stack.weights.length = 0;
    const again = await canary({ steps: '100' }, { env: { GITHUB_RUN_ID: runId } });
    expect(again.outputs.result).toBe('promoted');
    expect(stack.weights).toEqual([]);
    expect(again.summary).toContain("recorded by this run's earlier attempt");

    const smoke = await canary({ 'smoke-url': `${stack.url}/missing` });
    expect(smoke.outputs.result).toBe('failed-smoke');
    expect(stack.weights).toEqual([]);
  });

  it('leaves traffic on stable when Prometheus rejects a query or the webhook fails', async () => {
    stack.startTraffic();
    const bad = await canary({ analysis: YAML.stringify({ metrics: [{ name: 'broken', query: 'sum(rate(', max: 1 }] }) });
    expect(bad.outputs.result).toBe('rolled-back');
    expect(bad.annotations.at(-1)!.message).toMatch(/Prometheus rejected the query "sum\(rate\(": bad_data/);
    expect(stack.weight).toBe(0);
    const webhook = await canary({ traffic: `webhook:${stack.url}/nope` });
    expect(webhook.exitCode).toBe(1);
    expect(webhook.annotations.at(-1)!.message).toMatch(/the traffic webhook .* answered 404/);
  });
});
