// deploy-canary: smoke test, stepped traffic judged on Prometheus, promote (and move the registry stage)
// or roll back. Cancellation (SIGINT/SIGTERM) rolls back at once; the post: step is the backstop when
// the main step could not. A re-run of a finished roll-out reports the recorded result.
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { commandTraffic, fileTraffic, kserveTraffic, parseAnalysis, prometheusClient, renderRollout, runRollout, webhookTraffic, type Rollout, type RolloutSubject, type TrafficProvider } from '../canary/index.js';
import { createGitHub, currentRepo, Deployment, runUrl } from '../github/index.js';
import { openRegistry } from '../registry/index.js';
import { ConfigurationError, displayPath, Inputs, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';

interface Settings {
  model: string;
  version: string;
  stableVersion?: string;
  traffic: string;
  command?: unknown;
  steps: number[];
  intervalMs: number;
  analysis: ReturnType<typeof parseAnalysis>;
  prometheusUrl?: string;
  failureLimit: number;
  inconclusiveLimit: number;
  smokeUrl?: string;
  smokeRequest?: string;
  promoteStage?: string;
  registry: string;
  environment: string;
  reportPath: string;
  token: string;
}

function readSettings(io: ActionIO): Settings {
  const inputs = new Inputs(io);
  const steps = inputs.list('steps').map((s) => Number(s));
  if (steps.length === 0 || steps.some((s) => !Number.isFinite(s) || s <= 0 || s > 100) || steps.some((s, i) => i > 0 && s <= steps[i - 1]!)) {
    throw new ConfigurationError(`Input 'steps' must be rising weights in percent between 1 and 100, e.g. 10,25,50,100; got ${JSON.stringify(inputs.optional('steps'))}.`);
  }
  const analysisInput = inputs.optional('analysis');
  const analysis = analysisInput ? parseAnalysis(inputs.yaml('analysis'), /\.(ya?ml|json)$/i.test(analysisInput) && !analysisInput.includes('\n') ? analysisInput : 'inline') : [];
  const prometheusUrl = inputs.optional('prometheus-url');
  if (analysis.length > 0 && !prometheusUrl) throw new ConfigurationError(`Input 'prometheus-url' is required when 'analysis' names metrics.`);
  return {
    model: inputs.required('model'),
    version: inputs.required('version'),
    stableVersion: inputs.optional('stable-version'),
    traffic: inputs.required('traffic'),
    command: inputs.yaml('command'),
    steps,
    intervalMs: inputs.duration('interval', '5m'),
    analysis,
    prometheusUrl,
    failureLimit: inputs.number('failure-limit', 1, { min: 1, integer: true }),
    inconclusiveLimit: inputs.number('inconclusive-limit', 3, { min: 0, integer: true }),
    smokeUrl: inputs.optional('smoke-url'),
    smokeRequest: inputs.optional('smoke-request'),
    promoteStage: inputs.optional('promote-stage'),
    registry: inputs.string('registry', 'github'),
    environment: inputs.string('environment', 'production'),
    reportPath: inputs.string('report-path', 'mlops-reports/deploy-canary.json'),
    token: inputs.optional('github-token') ?? '',
  };
}

function trafficProvider(io: ActionIO, settings: Settings, subject: RolloutSubject): TrafficProvider {
  const spec = settings.traffic;
  if (spec.startsWith('webhook:')) return webhookTraffic(spec.slice('webhook:'.length), subject);
  if (spec === 'command') return commandTraffic(settings.command as string[], subject, io.workspace);
  if (spec.startsWith('kserve:')) return kserveTraffic(spec.slice('kserve:'.length), subject, io.workspace);
  if (spec.startsWith('file:')) {
    const [file, key] = spec.slice('file:'.length).split('#');
    if (!file || !key) throw new ConfigurationError(`Input 'traffic': file: needs <path>#<key>, e.g. file:deploy/values.yaml#canary.weight.`);
    return fileTraffic(resolveInputPath(io.workspace, file), key, subject, io.workspace);
  }
  throw new ConfigurationError(`Input 'traffic' must be webhook:<url>, command, kserve:<namespace>/<name> or file:<path>#<key>; got ${JSON.stringify(spec)}.`);
}

/** Deployments are recorded when running in GitHub Actions with a token. */
function githubDeployments(io: ActionIO, settings: Settings) {
  if (!io.env.GITHUB_REPOSITORY || !settings.token) return undefined;
  return { gh: createGitHub(settings.token, io), repo: currentRepo(io.env) };
}

async function smokeTest(settings: Settings): Promise<string | undefined> {
  if (!settings.smokeUrl) return undefined;
  try {
    const response = await fetch(settings.smokeUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: settings.smokeRequest ?? '{}', signal: AbortSignal.timeout(30_000) });
    return response.ok ? undefined : `the canary answered the smoke request with ${response.status}`;
  } catch (error) {
    return `the canary did not answer the smoke request: ${(error as Error).cause ?? (error as Error).message}`;
  }
}

/** The post: step. If the main step started a roll-out and did not finish it, put all traffic back on stable. */
async function postStep(io: ActionIO): Promise<void> {
  if (io.getState('rollout') !== 'started') return;
  const settings = readSettings(io);
  const subject = JSON.parse(io.getState('subject')) as RolloutSubject;
  io.info(`The job ended during the roll-out of ${subject.model} ${subject.canary}: rolling back to ${subject.stable}.`);
  await trafficProvider(io, settings, subject).apply(0);
  const deploymentId = Number(io.getState('deployment'));
  const github = githubDeployments(io, settings);
  if (github && deploymentId) await new Deployment(github.gh, github.repo, deploymentId, runUrl(io.env)).status('failure', 'rolled back by the post step: the job was cancelled or stopped');
  io.annotate('warning', `Rolled back ${subject.model} ${subject.canary} to ${subject.stable}: the job ended during the roll-out.`, { title: 'deploy-canary' });
}

export const deployCanary: ActionMain = async (io) => {
  if (io.getState('isPost') === 'true') return postStep(io);
  io.saveState('isPost', 'true'); // first, so that the post: step knows it is one

  const settings = readSettings(io);
  let stable = settings.stableVersion;
  const registry = settings.promoteStage ? openRegistry(settings.registry, io, settings.token) : undefined;
  if (!stable && registry && settings.promoteStage) stable = await registry.stageVersion(settings.model, settings.promoteStage);
  if (!stable) throw new ConfigurationError(`No stable version: set 'stable-version', or 'promote-stage' with a registry where that stage is assigned.`);
  const subject: RolloutSubject = { model: settings.model, canary: settings.version, stable };
  const traffic = trafficProvider(io, settings, subject);
  const github = githubDeployments(io, settings);

  const payload = { model: subject.model, version: subject.canary, run_id: io.env.GITHUB_RUN_ID };
  const recorded = github ? await Deployment.recorded(github.gh, github.repo, settings.environment, payload) : undefined;
  let rollout: Rollout;
  let deploymentId = recorded?.id;
  if (recorded && (recorded.state === 'success' || recorded.state === 'failure')) {
    rollout = { result: recorded.state === 'success' ? 'promoted' : 'rolled-back', reason: `recorded by this run's earlier attempt (deployment ${recorded.id}): ${recorded.description ?? recorded.state}`, finalWeight: recorded.state === 'success' ? settings.steps.at(-1)! : 0, timeline: [] };
    io.info(`This run already finished the roll-out: ${rollout.reason}. Not rolling out again.`);
  } else {
    const deployment = github ? await Deployment.create(github.gh, github.repo, io.env.GITHUB_SHA || io.env.GITHUB_REF || 'main', settings.environment, { ...payload, stable_version: stable, steps: settings.steps }, runUrl(io.env)) : undefined;
    deploymentId = deployment?.id;
    if (deployment) io.saveState('deployment', String(deployment.id));
    const smokeFailure = await smokeTest(settings);
    if (smokeFailure) {
      rollout = { result: 'failed-smoke', reason: smokeFailure, finalWeight: 0, timeline: [] };
    } else {
      io.saveState('subject', JSON.stringify(subject));
      io.saveState('rollout', 'started');
      const abort = new AbortController();
      const onSignal = (signal: string) => {
        io.info(`Received ${signal}: rolling back.`);
        abort.abort();
      };
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        rollout = await runRollout(
          { subject, steps: settings.steps, intervalMs: settings.intervalMs, metrics: settings.analysis, failureLimit: settings.failureLimit, inconclusiveLimit: settings.inconclusiveLimit },
          {
            traffic,
            query: settings.prometheusUrl ? prometheusClient(settings.prometheusUrl) : async () => [],
            sleep: (ms, signal) => sleep(ms, undefined, { signal }),
            log: (m) => io.info(m),
            onWeight: async (weight) => deployment?.status('in_progress', `${subject.model} ${subject.canary} at ${weight}% of traffic`),
            signal: abort.signal,
          },
        );
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
      io.saveState('rollout', 'finished');
    }
    if (rollout.result === 'promoted' && registry && settings.promoteStage) {
      const assigned = await registry.assign(subject.model, subject.canary, settings.promoteStage, { actor: io.env.GITHUB_ACTOR, runId: io.env.GITHUB_RUN_ID });
      io.info(`Registry: stage ${settings.promoteStage} now points at ${subject.model} ${subject.canary}${assigned.tag ? ` (${assigned.tag})` : ''}.`);
    }
    await deployment?.status(rollout.result === 'promoted' ? 'success' : 'failure', `${rollout.result}: ${rollout.reason}`);
  }

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify({ kind: 'mlops-actions/canary-report', version: 1, subject, ...rollout }, null, 2), 'report-path');
  await io.appendSummary(renderRollout(rollout, subject));
  io.setOutput('result', rollout.result);
  io.setOutput('final-weight', String(rollout.finalWeight));
  io.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('score', rollout.score === undefined ? '' : String(rollout.score));
  if (rollout.result !== 'promoted') io.setFailed(`Canary ${subject.model} ${subject.canary} ${rollout.result}: ${rollout.reason}`);
};
