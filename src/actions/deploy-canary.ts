// deploy-canary: smoke test, then a shadow phase when asked, then stepped traffic judged on Prometheus
// or an A/B experiment decided by always-valid statistics; promote (and move the registry stage) or
// roll back. With no stable version it is an initial roll-out. Every input is checked, and Prometheus,
// the registry and the traffic target are probed read-only, before the first side effect.
// Cancellation (SIGINT/SIGTERM) rolls back at once; the post: step is the backstop when the main step
// could not. A re-run of a finished roll-out reports the recorded result.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CANCELLED,
  commandTraffic,
  fileTraffic,
  fillQuery,
  kserveTraffic,
  parseAbMetric,
  parseAnalysis,
  parseHeaders,
  prometheusClient,
  renderRollout,
  runRollout,
  webhookTraffic,
  type AbMetric,
  type MetricSpec,
  type MetricsSource,
  type Phase,
  type Rollout,
  type RolloutResult,
  type RolloutSubject,
  type Traffic,
  type TrafficProvider,
} from '../canary/index.js';
import { createGitHub, currentRepo, Deployment, runUrl, type DeploymentState } from '../github/index.js';
import { openRegistry, type Registry } from '../registry/index.js';
import { ConfigurationError, displayPath, Inputs, reportOutcome, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';

type TrafficSpec = { kind: 'webhook'; url: string } | { kind: 'command'; argv: unknown } | { kind: 'kserve'; target: string } | { kind: 'file'; path: string; weightKey: string; mirrorKey?: string };

interface Settings {
  model: string;
  version: string;
  /** 'none' declares an initial roll-out. */
  stableVersion?: string;
  traffic: TrafficSpec;
  webhookHeaders: Record<string, string>;
  steps: number[];
  intervalMs: number;
  shadow?: { ms: number; percent: number };
  ab?: { split: number; metric: AbMetric; alpha: number; minEffect: number; maxDurationMs: number };
  analysis: MetricSpec[];
  prometheusUrl?: string;
  prometheusHeaders: Record<string, string>;
  failureLimit: number;
  inconclusiveLimit: number;
  smokeUrl?: string;
  smokeRequest?: string;
  promoteStage?: string;
  registry: string;
  environment: string;
  reportPath: string;
  token: string;
  failOn: 'rollback' | 'never';
}

/** setTimeout's longest wait (2^31 − 1 ms): a longer one fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How long one job may run: 6 h on GitHub-hosted runners, 5 days on self-hosted ones (GitHub's limits). */
function jobLimit(env: Readonly<Record<string, string | undefined>>): { ms: number; label: string } {
  if (env.RUNNER_ENVIRONMENT === 'self-hosted') return { ms: 5 * 86_400_000, label: 'a job on a self-hosted runner may run (5 days)' };
  if (env.GITHUB_ACTIONS === 'true') return { ms: 6 * 3_600_000, label: 'a job on a GitHub-hosted runner may run (6 h)' };
  return { ms: MAX_TIMER_MS, label: 'one run can wait (about 24.8 days)' };
}

function formatMs(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]] as const) if (ms >= size) return `${Number((ms / size).toPrecision(3))} ${unit}`;
  return `${ms} ms`;
}

function httpUrl(input: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new ConfigurationError(`Input '${input}' must be an http(s) URL, got ${JSON.stringify(value)}.`);
  return value;
}

/** How a YAML input is named in messages: its file, or "inline". */
const yamlSource = (value: string) => (/\.(ya?ml|json)$/i.test(value) && !value.includes('\n') ? value : 'inline');

function parseTraffic(spec: string, inputs: Inputs): TrafficSpec {
  if (spec.startsWith('webhook:')) return { kind: 'webhook', url: httpUrl('traffic', spec.slice('webhook:'.length)) };
  if (spec === 'command') return { kind: 'command', argv: inputs.yaml('command') };
  if (spec.startsWith('kserve:')) return { kind: 'kserve', target: spec.slice('kserve:'.length) };
  if (spec.startsWith('file:')) {
    const [file, weightKey, mirrorKey, extra] = spec.slice('file:'.length).split('#');
    if (!file || !weightKey || mirrorKey === '' || extra !== undefined) throw new ConfigurationError(`Input 'traffic': file: needs <path>#<weight-key>, and #<mirror-key> for a shadow phase, e.g. file:deploy/values.yaml#canary.weight#canary.mirror; got ${JSON.stringify(spec)}.`);
    return { kind: 'file', path: file, weightKey, mirrorKey };
  }
  throw new ConfigurationError(`Input 'traffic' must be webhook:<url>, command, kserve:<namespace>/<name> or file:<path>#<weight-key>[#<mirror-key>]; got ${JSON.stringify(spec)}.`);
}

function readShadow(inputs: Inputs, analysis: MetricSpec[], traffic: TrafficSpec): Settings['shadow'] {
  if (inputs.optional('shadow') === undefined) return undefined;
  const shadow = { ms: inputs.duration('shadow', '0s'), percent: inputs.number('shadow-percent', 100, { min: 1, max: 100 }) };
  if (analysis.length === 0) throw new ConfigurationError(`Input 'shadow' needs 'analysis' metrics: they are what the shadow phase judges.`);
  if (traffic.kind === 'kserve') throw new ConfigurationError(`Input 'shadow': KServe cannot mirror requests. Use traffic webhook:, command or file:<path>#<weight-key>#<mirror-key> for a shadow phase, or remove 'shadow'.`);
  if (traffic.kind === 'file' && !traffic.mirrorKey) throw new ConfigurationError(`Input 'shadow' needs a mirror key in 'traffic': file:<path>#<weight-key>#<mirror-key> (e.g. an Istio VirtualService's mirrorPercentage.value).`);
  return shadow;
}

function readExperiment(inputs: Inputs): Settings['ab'] {
  const metric = inputs.yaml('ab-metric');
  if (metric === undefined) throw new ConfigurationError(`Input 'ab-metric' is required with strategy: ab (YAML with name, successes, trials and direction).`);
  return {
    split: inputs.number('ab-split', 50, { min: 1, max: 99 }),
    metric: parseAbMetric(metric, yamlSource(inputs.optional('ab-metric')!)),
    alpha: inputs.number('ab-alpha', 0.05, { min: 1e-6, max: 0.5 }),
    minEffect: inputs.number('ab-min-effect', 0.01, { min: 1e-6, max: 1 }),
    maxDurationMs: inputs.duration('ab-max-duration', '5h'),
  };
}

/** Each duration, and the whole planned roll-out, within what one job may run (so no timer overflows). */
function checkDurations(inputs: Inputs, limit: { ms: number; label: string }, plan: Pick<Settings, 'intervalMs' | 'shadow' | 'ab' | 'steps'>): void {
  const { intervalMs, shadow, ab, steps } = plan;
  if (intervalMs < 1000) throw new ConfigurationError(`Input 'interval' must be at least 1s (one Prometheus window), got ${JSON.stringify(inputs.optional('interval'))}.`);
  for (const [name, ms] of [['interval', intervalMs], ['shadow', shadow?.ms], ['ab-max-duration', ab?.maxDurationMs]] as const) {
    if (ms !== undefined && ms > limit.ms) throw new ConfigurationError(`Input '${name}' (${inputs.optional(name) ?? ''}) is longer than ${limit.label}: shorten it.`);
    if (ms !== undefined && ms <= 0) throw new ConfigurationError(`Input '${name}' must be longer than 0.`);
  }
  const planned = ((shadow ? Math.ceil(shadow.ms / intervalMs) : 0) + (ab ? Math.ceil(ab.maxDurationMs / intervalMs) : steps.length)) * intervalMs;
  if (planned > limit.ms) {
    const names = ['interval', ab ? 'ab-max-duration' : 'steps', ...(shadow ? ['shadow'] : [])].map((n) => `'${n}'`);
    throw new ConfigurationError(`Inputs ${names.slice(0, -1).join(', ')} and ${names.at(-1)} plan a roll-out of ${formatMs(planned)}, longer than ${limit.label}: shorten them.`);
  }
}

function readSettings(io: ActionIO): Settings {
  const inputs = new Inputs(io);
  const secretHeaders = (name: string) => {
    const headers = parseHeaders(inputs.optional(name), name);
    for (const value of Object.values(headers)) io.setSecret(value);
    return headers;
  };
  const webhookHeaders = secretHeaders('webhook-headers');
  const prometheusHeaders = secretHeaders('prometheus-headers');

  const steps = inputs.list('steps').map((s) => Number(s));
  if (steps.length === 0 || steps.some((s) => !Number.isFinite(s) || s <= 0 || s > 100) || steps.some((s, i) => i > 0 && s <= steps[i - 1]!)) {
    throw new ConfigurationError(`Input 'steps' must be rising weights in percent between 1 and 100, e.g. 10,25,50,100; got ${JSON.stringify(inputs.optional('steps'))}.`);
  }
  const analysisInput = inputs.optional('analysis');
  const analysis = analysisInput ? parseAnalysis(inputs.yaml('analysis'), yamlSource(analysisInput)) : [];
  const prometheusUrl = inputs.optional('prometheus-url');
  if (prometheusUrl !== undefined) httpUrl('prometheus-url', prometheusUrl);
  const smokeUrl = inputs.optional('smoke-url');
  if (smokeUrl !== undefined) httpUrl('smoke-url', smokeUrl);
  const traffic = parseTraffic(inputs.required('traffic'), inputs);

  const shadow = readShadow(inputs, analysis, traffic);
  const ab = inputs.oneOf('strategy', ['canary', 'ab'] as const, 'canary') === 'ab' ? readExperiment(inputs) : undefined;
  if ((analysis.length > 0 || ab) && !prometheusUrl) throw new ConfigurationError(`Input 'prometheus-url' is required when 'analysis' names metrics or strategy is ab.`);
  const intervalMs = inputs.duration('interval', '5m');
  checkDurations(inputs, jobLimit(io.env), { intervalMs, shadow, ab, steps });

  const stableVersion = inputs.optional('stable-version');
  const promoteStage = inputs.optional('promote-stage');
  if (stableVersion === undefined && promoteStage === undefined) {
    throw new ConfigurationError(`No stable version: set 'stable-version' (or stable-version: none for a first roll-out), or 'promote-stage' with a registry where that stage is assigned.`);
  }
  return {
    model: inputs.required('model'),
    version: inputs.required('version'),
    stableVersion,
    traffic,
    webhookHeaders,
    steps,
    intervalMs,
    shadow,
    ab,
    analysis,
    prometheusUrl,
    prometheusHeaders,
    failureLimit: inputs.number('failure-limit', 1, { min: 1, integer: true }),
    inconclusiveLimit: inputs.number('inconclusive-limit', 3, { min: 0, integer: true }),
    smokeUrl,
    smokeRequest: inputs.optional('smoke-request'),
    promoteStage,
    registry: inputs.string('registry', 'github'),
    environment: inputs.string('environment', 'production'),
    reportPath: inputs.string('report-path', 'mlops-reports/deploy-canary.json'),
    token: inputs.optional('github-token') ?? '',
    failOn: inputs.oneOf('fail-on', ['rollback', 'never'] as const, 'rollback'),
  };
}

function trafficProvider(io: ActionIO, settings: Settings, subject: RolloutSubject): TrafficProvider {
  const spec = settings.traffic;
  switch (spec.kind) {
    case 'webhook':
      return webhookTraffic(spec.url, subject, settings.webhookHeaders);
    case 'command':
      return commandTraffic(spec.argv, subject, io.workspace);
    case 'kserve':
      return kserveTraffic(spec.target, subject, io.workspace);
    case 'file':
      return fileTraffic(resolveInputPath(io.workspace, spec.path), { weight: spec.weightKey, mirror: spec.mirrorKey }, subject, io.workspace);
  }
}

/** The registry is read when it decides something: the stable version, the stage to move, KServe's model URI. */
const usesRegistry = (settings: Settings) => settings.promoteStage !== undefined || settings.stableVersion === undefined || settings.traffic.kind === 'kserve';

/** Who rolls out against whom. The candidate must be registered; no stable version makes an initial roll-out. */
async function resolveSubject(settings: Settings, registry: Registry | undefined): Promise<RolloutSubject> {
  const { model, version } = settings;
  let modelUri: string | undefined;
  let stable = settings.stableVersion === 'none' ? undefined : settings.stableVersion;
  if (registry) {
    const versions = await registry.versions(model);
    if (!versions.some((v) => v.version === version)) {
      const known = versions.slice(-5).map((v) => v.version);
      throw new ConfigurationError(`Input 'version': ${model} ${version} is not registered in the ${registry.store.label} registry${known.length ? ` (latest: ${known.join(', ')})` : ' (it holds no version of this model)'}. Register it with register-model first, or check 'model' and 'registry'. No traffic was moved.`);
    }
    modelUri = registry.store.uri(model, version);
    if (settings.stableVersion === undefined) stable = await registry.stageVersion(model, settings.promoteStage!);
  }
  if (settings.stableVersion !== undefined && stable === version) throw new ConfigurationError(`Inputs 'version' and 'stable-version' are the same (${version}): nothing to roll out.`);
  return { model, canary: version, stable, modelUri };
}

/** Read-only checks that every query runs (reachability, credentials, PromQL) before any traffic moves. */
async function probeQueries(settings: Settings, metrics: MetricsSource, subject: RolloutSubject): Promise<void> {
  const versions = [subject.canary, ...(subject.stable ? [subject.stable] : [])];
  const checks = [
    ...settings.analysis.map((m) => ({ input: `analysis', metric '${m.name}`, query: m.query })),
    ...(settings.ab ? [{ input: 'ab-metric', query: settings.ab.metric.successes }, { input: 'ab-metric', query: settings.ab.metric.trials }] : []),
  ];
  for (const check of checks) {
    for (const version of versions) {
      await metrics.instant(fillQuery(check.query, subject, version)).catch((error: Error) => {
        throw new ConfigurationError(`Input '${check.input}': ${error.message}`);
      });
    }
  }
}

/** Deployments are recorded when running in GitHub Actions with a token. */
function githubDeployments(io: ActionIO, settings: Settings) {
  if (!io.env.GITHUB_REPOSITORY || !settings.token) return undefined;
  return { gh: createGitHub(settings.token, io), repo: currentRepo(io.env) };
}

async function smokeTest(settings: Settings): Promise<string | undefined> {
  if (!settings.smokeUrl) return undefined;
  try {
    const response = await fetch(settings.smokeUrl, { method: 'POST', headers: { ...settings.webhookHeaders, 'content-type': 'application/json' }, body: settings.smokeRequest ?? '{}', signal: AbortSignal.timeout(30_000) });
    return response.ok ? undefined : `the canary answered the smoke request with ${response.status}`;
  } catch (error) {
    return `the canary did not answer the smoke request: ${(error as Error).cause ?? (error as Error).message}`;
  }
}

/** Without analysis metrics nothing is queried (a roll-out judged by its smoke test alone). */
const NO_METRICS: MetricsSource = { range: async () => [], instant: async () => undefined };

const STATES: Record<RolloutResult, DeploymentState> = { promoted: 'success', 'rolled-back': 'failure', 'failed-smoke': 'failure', inconclusive: 'inactive' };
const RECORDED = /^(promoted|rolled-back|failed-smoke|inconclusive) \((\w+)\): /;

function describeTraffic(subject: RolloutSubject, { weight, mirror }: Traffic, phase: Phase): string {
  if (phase === 'shadow' && weight === 0 && mirror > 0) return `${subject.model} ${subject.canary} in shadow: ${mirror}% of requests mirrored, none served`;
  return `${subject.model} ${subject.canary} at ${weight}% of traffic${phase === 'ab' ? ' (A/B experiment)' : ''}`;
}

/** The post: step. If the main step started a roll-out and did not finish it, put all traffic back on stable. */
async function postStep(io: ActionIO): Promise<void> {
  if (io.getState('rollout') !== 'started') return;
  const settings = readSettings(io);
  const subject = JSON.parse(io.getState('subject')) as RolloutSubject;
  const back = subject.stable ? `rolling back to ${subject.stable}` : 'taking its traffic away (initial roll-out)';
  io.info(`The job ended during the roll-out of ${subject.model} ${subject.canary}: ${back}.`);
  await trafficProvider(io, settings, subject).apply({ weight: 0, mirror: 0 });
  const deploymentId = Number(io.getState('deployment'));
  const github = githubDeployments(io, settings);
  if (github && deploymentId) await new Deployment(github.gh, github.repo, deploymentId, runUrl(io.env)).status('failure', `rolled-back (${io.getState('phase') || 'canary'}): ${CANCELLED} or stopped during the roll-out`);
  io.annotate('warning', `Rolled back ${subject.model} ${subject.canary}${subject.stable ? ` to ${subject.stable}` : ''}: the job ended during the roll-out.`, { title: 'deploy-canary' });
}

async function rollOut(io: ActionIO, settings: Settings, subject: RolloutSubject, traffic: TrafficProvider, metrics: MetricsSource, deployment: Deployment | undefined): Promise<Rollout> {
  const smokeFailure = await smokeTest(settings);
  if (smokeFailure) return { result: 'failed-smoke', phase: 'smoke', reason: smokeFailure, finalWeight: 0, initial: subject.stable === undefined, timeline: [] };
  io.saveState('subject', JSON.stringify(subject));
  io.saveState('rollout', 'started');
  const abort = new AbortController();
  const onSignal = (signal: string) => {
    io.info(`Received ${signal}: rolling back.`);
    abort.abort();
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const { intervalMs, ab, shadow } = settings;
    if (shadow && !subject.stable) io.info(`No shadow phase: an initial roll-out has no stable traffic to mirror.`);
    return await runRollout(
      {
        subject,
        steps: settings.steps,
        intervalMs,
        metrics: settings.analysis,
        failureLimit: settings.failureLimit,
        inconclusiveLimit: settings.inconclusiveLimit,
        shadow: shadow && { analyses: Math.ceil(shadow.ms / intervalMs), percent: shadow.percent },
        ab: ab && { metric: ab.metric, split: ab.split, alpha: ab.alpha, minEffect: ab.minEffect, looks: Math.ceil(ab.maxDurationMs / intervalMs) },
      },
      {
        traffic,
        metrics,
        sleep: (ms, signal) => sleep(ms, undefined, { signal }),
        log: (m) => io.info(m),
        onTraffic: async (applied, phase) => {
          io.saveState('phase', phase);
          await deployment?.status('in_progress', describeTraffic(subject, applied, phase));
        },
        signal: abort.signal,
      },
    );
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    io.saveState('rollout', 'finished');
  }
}

export const deployCanary: ActionMain = async (io) => {
  if (io.getState('isPost') === 'true') return postStep(io);
  io.saveState('isPost', 'true'); // first, so that the post: step knows it is one

  const settings = readSettings(io);
  const registry = usesRegistry(settings) ? openRegistry(settings.registry, io, settings.token) : undefined;
  const subject = await resolveSubject(settings, registry);
  const github = githubDeployments(io, settings);
  const strategy = settings.ab ? 'ab' : 'canary';
  const payload = { model: subject.model, version: subject.canary, run_id: io.env.GITHUB_RUN_ID };
  const recorded = github ? await Deployment.recorded(github.gh, github.repo, settings.environment, payload) : undefined;
  // A recorded decision is reported again; a cancelled roll-out decided nothing and is rolled out anew.
  const finished = recorded?.description && !recorded.description.includes(CANCELLED) ? RECORDED.exec(recorded.description) : undefined;
  let rollout: Rollout;
  let deploymentId = recorded?.id;
  if (finished) {
    const result = finished[1] as RolloutResult;
    rollout = { result, phase: finished[2] as Phase, reason: `recorded by this run's earlier attempt (deployment ${recorded!.id}): ${recorded!.description}`, finalWeight: result !== 'promoted' ? 0 : settings.ab || !subject.stable ? 100 : settings.steps.at(-1)!, initial: !subject.stable, timeline: [] };
    io.info(`This run already finished the roll-out: ${rollout.reason}. Not rolling out again.`);
  } else if (subject.stable !== subject.canary) {
    const traffic = trafficProvider(io, settings, subject);
    const metrics = settings.prometheusUrl ? prometheusClient(settings.prometheusUrl, settings.prometheusHeaders) : NO_METRICS;
    await traffic.probe();
    if (settings.prometheusUrl) await probeQueries(settings, metrics, subject);
    const deployment = github ? await Deployment.create(github.gh, github.repo, io.env.GITHUB_SHA || io.env.GITHUB_REF || 'main', settings.environment, { ...payload, stable_version: subject.stable ?? null, steps: settings.steps, strategy, initial: !subject.stable }, runUrl(io.env)) : undefined;
    deploymentId = deployment?.id;
    if (deployment) io.saveState('deployment', String(deployment.id));
    rollout = await rollOut(io, settings, subject, traffic, metrics, deployment);
    if (rollout.result === 'promoted' && registry && settings.promoteStage) {
      const assigned = await registry.assign(subject.model, subject.canary, settings.promoteStage, { actor: io.env.GITHUB_ACTOR, runId: io.env.GITHUB_RUN_ID });
      io.info(`Registry: stage ${settings.promoteStage} now points at ${subject.model} ${subject.canary}${assigned.tag ? ` (${assigned.tag})` : ''}.`);
    }
    await deployment?.status(STATES[rollout.result], `${rollout.result} (${rollout.phase}): ${rollout.reason}`);
  } else {
    rollout = { result: 'promoted', phase: 'canary', reason: `${subject.model} ${subject.canary} already holds stage ${settings.promoteStage}: nothing to roll out`, finalWeight: 100, initial: false, timeline: [] };
    io.info(rollout.reason);
  }

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify({ kind: 'mlops-actions/canary-report', version: 1, subject, strategy, ...rollout }, null, 2), 'report-path');
  await io.appendSummary(renderRollout(rollout, subject));
  io.setOutput('result', rollout.result);
  io.setOutput('phase', rollout.phase);
  io.setOutput('final-weight', String(rollout.finalWeight));
  io.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('score', rollout.score === undefined ? '' : String(rollout.score));
  reportOutcome(io, 'deploy-canary', {
    passed: rollout.result === 'promoted',
    failStep: settings.failOn === 'rollback' && (rollout.result === 'rolled-back' || rollout.result === 'failed-smoke'),
    problem: `${subject.model} ${subject.canary} ${rollout.result === 'inconclusive' ? 'ended inconclusive (stable keeps the traffic)' : rollout.result} in the ${rollout.phase} phase: ${rollout.reason}`,
  });
};
