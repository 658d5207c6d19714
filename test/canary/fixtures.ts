// What the deploy-canary tests share: a local registry with versions (and a prod stage, or none), and
// the analysis the serving stack's metrics answer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LocalStore, Registry, type ModelCard } from '../../src/registry/index.js';

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
