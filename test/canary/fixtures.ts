// What the deploy-canary tests share: the servers they drive, a local registry with versions (and a prod
// stage, or none), and the analysis the serving stack's metrics answer.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'vitest';
import { ServingStack } from '../../src/demo/serving.js';
import { LocalStore, Registry, type ModelCard } from '../../src/registry/index.js';
import { FakeGitHub } from '../fakes/github-server.js';
import { pushEvent } from '../harness/events.js';
import { runAction, type RunOptions, type RunResult } from '../harness/run-action.js';
import { PrometheusServer } from './prometheus-server.js';

export const registryAt = (workspace: string) => new Registry(new LocalStore(path.join(workspace, 'registry')));

/** Registers `versions` of churn in `<workspace>/registry`, and assigns prod to `prod` when given. */
export async function seedRegistry(workspace: string, versions: string[], prod?: string): Promise<Registry> {
  const registry = registryAt(workspace);
  const card = (runId: string): ModelCard => ({ kind: 'mlops-actions/model-card', version: 1, name: 'churn', modelVersion: '', created: '', runId, dataFingerprints: [], metrics: {}, params: {}, files: [], stages: [] });
  for (const version of versions) await registry.register('churn', { version, bump: 'patch', files: [], card: card(version), commit: '' });
  if (prod) await registry.assign('churn', prod, 'prod', {});
  return registry;
}

export const readReport = (workspace: string) => JSON.parse(readFileSync(path.join(workspace, 'mlops-reports/deploy-canary.json'), 'utf8'));

/** Error rate and mean latency per version, from the serving stack's counters (rates over 3 s). */
export const ERROR_RATE = {
  name: 'error-rate',
  query: '(sum(rate(model_requests_total{version="{{version}}",code="500"}[3s])) or vector(0)) / sum(rate(model_requests_total{version="{{version}}"}[3s]))',
  max: 0.05,
  critical: true,
};
export const LATENCY = {
  name: 'latency',
  query: 'sum(rate(model_request_duration_seconds_sum{version="{{version}}"}[3s])) / sum(rate(model_request_duration_seconds_count{version="{{version}}"}[3s]))',
  compare: 'stable',
  direction: 'increase',
  'allowed-increase': 1.25,
};

/** The A/B metric: conversions out of sessions, cumulative counts per version. */
export const CONVERSION = {
  name: 'conversion',
  successes: 'sum(model_conversions_total{version="{{version}}"})',
  trials: 'sum(model_sessions_total{version="{{version}}"})',
  direction: 'increase',
};

export interface CanaryEnvironment {
  fake: FakeGitHub;
  stack: ServingStack;
  prometheus: PrometheusServer;
  /** This test's workspace (its registry seeded unless told otherwise). */
  workspace: string;
  /** Runs the bundle as the runner does, with the environment's default inputs under `inputs`. */
  run(inputs?: Record<string, string>, options?: Partial<RunOptions>): Promise<RunResult>;
}

/**
 * One test's own servers — the fake GitHub, the serving stack (healthy, weight 0) and, unless `prometheus`
 * is false, a real Prometheus scraping it — and a workspace whose registry holds v1.0.0 (prod) and v1.1.0
 * unless `seed` is false. Each test owning its servers lets the roll-outs, which mostly wait, run
 * concurrently (so the hook comes from the test's own context). When the test ends: traffic stopped, servers stopped, and any request to GitHub that its
 * OpenAPI description refuses fails the test.
 */
export async function canaryEnvironment(
  test: Pick<TestContext, 'onTestFinished'>,
  setup: { defaults: (env: CanaryEnvironment) => Record<string, string>; prometheus?: { basicAuth?: boolean } | false; seed?: boolean },
): Promise<CanaryEnvironment> {
  const env: CanaryEnvironment = {
    fake: new FakeGitHub(),
    stack: new ServingStack({ stable: 'v1.0.0', canary: 'v1.1.0' }),
    prometheus: new PrometheusServer(),
    workspace: mkdtempSync(path.join(tmpdir(), 'mlops-canary-')),
    run: (inputs = {}, options = {}) =>
      runAction('deploy-canary', {
        workspace: env.workspace,
        event: pushEvent(),
        githubUrl: env.fake.url,
        env: { GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)) },
        inputs: { model: 'churn', version: 'v1.1.0', traffic: `webhook:${env.stack.url}/weight`, 'promote-stage': 'prod', registry: 'local:registry', ...setup.defaults(env), ...inputs },
        ...options,
      }),
  };
  test.onTestFinished(async () => {
    env.stack.stopTraffic();
    if (setup.prometheus !== false) await env.prometheus.stop();
    await env.stack.stop();
    await env.fake.stop();
    const violations = env.fake.violations.splice(0);
    if (violations.length > 0) throw new Error(`requests GitHub's OpenAPI description refuses: ${JSON.stringify(violations)}`);
  });
  await env.fake.start();
  await env.stack.start();
  if (setup.prometheus !== false) await env.prometheus.start(env.stack.url, setup.prometheus);
  if (setup.seed !== false) await seedRegistry(env.workspace, ['v1.0.0', 'v1.1.0'], 'v1.0.0');
  return env;
}
