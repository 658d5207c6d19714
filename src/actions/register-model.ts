// register-model: a new version (files, model card, lineage) and/or a stage assignment, in a
// git-native registry. Refuses untrusted code (fork pull requests, pull_request_target) unless allowed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { detectFormat } from '../data/index.js';
import { git, pullRequestOf, readEvent, runUrl } from '../github/index.js';
import { flatten, parseMetrics } from '../metrics/index.js';
import { checkName, checkStage, checkVersion, openRegistry, type ModelCard, type ModelFile } from '../registry/index.js';
import { ConfigurationError, displayPath, inputFile, Inputs, refuseOverwritingInputs, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A file, or every file under a directory, with names relative to it. */
function modelFiles(root: string): { name: string; path: string }[] {
  if (statSync(root).isFile()) return [{ name: path.basename(root), path: root }];
  const out: { name: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ name: path.relative(root, full).split(path.sep).join('/'), path: full });
    }
  };
  walk(root);
  if (out.length === 0) throw new ConfigurationError(`Input 'path': the directory is empty; there is no model to register.`);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function refuseUntrusted(io: ActionIO, allowed: boolean): void {
  const event = readEvent(io.env);
  const pr = pullRequestOf(event);
  const untrusted = event.name === 'pull_request_target' || pr?.fromFork;
  if (untrusted && !allowed) {
    throw new ConfigurationError(
      `Refusing to register a model from ${event.name === 'pull_request_target' ? 'a pull_request_target run' : 'a fork pull request'}: its code is not trusted, and a registered version is what production deploys. Register on push to your default branch, or set allow-untrusted: true if you have reviewed the code.`,
    );
  }
}

async function commitOf(io: ActionIO): Promise<string> {
  if (io.env.GITHUB_SHA) return io.env.GITHUB_SHA;
  try {
    return (await git(io.workspace, ['rev-parse', 'HEAD'])).trim();
  } catch {
    return '';
  }
}

export const registerModel: ActionMain = async (io) => {
  const inputs = new Inputs(io);
  const name = inputs.required('name');
  checkName(name);
  const modelPath = inputs.optional('path');
  const version = inputs.string('version', 'auto');
  if (version !== 'auto') checkVersion(version);
  const bump = inputs.oneOf('bump', ['patch', 'minor', 'major'] as const, 'patch');
  const stage = inputs.optional('stage');
  if (stage) checkStage(stage);
  if (!modelPath && !stage) throw new ConfigurationError(`Give input 'path' to register a model, or 'stage' (with 'version') to assign a stage to an existing version.`);
  refuseUntrusted(io, inputs.boolean('allow-untrusted', false));
  const reportPath = inputs.string('report-path', 'mlops-reports/register-model.json');
  const given = (name: string) => inputs.optional(name);
  refuseOverwritingInputs(io.workspace, reportPath, 'report-path', { path: modelPath, metrics: given('metrics'), params: given('params'), profile: given('profile'), predictions: given('predictions'), signature: given('signature')?.includes('\n') ? undefined : given('signature') });
  const registry = openRegistry(inputs.string('registry', 'github'), io, inputs.optional('github-token') ?? '');
  const commit = await commitOf(io);
  const context = { actor: io.env.GITHUB_ACTOR, runId: io.env.GITHUB_RUN_ID, commit };

  let result: { version: string; tag: string; card: ModelCard; alreadyRegistered: boolean; url?: string };
  let rerun = false;
  if (modelPath) {
    const root = resolveInputPath(io.workspace, modelPath);
    if (!existsSync(root)) throw new ConfigurationError(`Input 'path': "${modelPath}" does not exist.`);
    const files = modelFiles(root);
    const readInput = (input: string) => {
      const given = inputs.optional(input);
      if (!given) return undefined;
      const file = inputFile(io.workspace, given, input);
      return { given, file, text: readFileSync(file, 'utf8') };
    };
    const metrics = readInput('metrics');
    const params = readInput('params');
    const profile = readInput('profile');
    if (profile) files.push({ name: 'profile.json', path: profile.file });
    // The evaluation predictions, stored as predictions.<format> so train-gate can pair on them later.
    const predictionsGiven = inputs.optional('predictions');
    let predictions: string | undefined;
    if (predictionsGiven) {
      const { format, gzip } = detectFormat(predictionsGiven);
      predictions = `predictions.${format}${gzip ? '.gz' : ''}`;
      files.push({ name: predictions, path: inputFile(io.workspace, predictionsGiven, 'predictions') });
    }
    let paramsDocument: unknown;
    try {
      paramsDocument = params ? YAML.parse(params.text) : undefined;
    } catch (error) {
      throw new ConfigurationError(`Input 'params': ${params!.given} is not valid YAML or JSON: ${(error as Error).message}`);
    }
    const card: ModelCard = {
      kind: 'mlops-actions/model-card',
      version: 1,
      name,
      modelVersion: version,
      created: new Date().toISOString(),
      commit: commit || undefined,
      ref: io.env.GITHUB_REF,
      runId: context.runId,
      runUrl: context.runId ? runUrl(io.env) : undefined,
      actor: context.actor,
      dataFingerprints: inputs.list('data-fingerprint'),
      metrics: metrics ? Object.fromEntries(parseMetrics(metrics.text, metrics.given)) : {},
      params: paramsDocument === undefined ? {} : Object.fromEntries(flatten(paramsDocument)),
      files: files.filter((f) => f.name !== 'profile.json' && f.name !== predictions).map<ModelFile>((f) => ({ path: f.name, sha256: sha256(f.path), size: statSync(f.path).size })),
      signature: inputs.yaml('signature'),
      profile: profile ? 'profile.json' : undefined,
      predictions,
      stages: [],
    };
    const registered = await io.group(`Registering ${name} in the ${registry.store.label} registry`, () => registry.register(name, { version, bump, files, card, commit }));
    // A re-run finds the version its own run made: it did not exist before this run.
    result = { version: registered.version.version, tag: registered.version.tag, card: registered.version.card, alreadyRegistered: false, url: registered.url };
    io.info(registered.alreadyRegistered ? `An earlier attempt of this run registered ${name} ${result.version}; nothing new was made.` : `Registered ${name} ${result.version}.`);
    rerun = registered.alreadyRegistered;
  } else {
    const target = version === 'auto' ? await registry.latest(name) : (await registry.versions(name)).find((v) => v.version === version);
    if (!target) throw new ConfigurationError(`Cannot assign stage ${stage}: ${name} ${version === 'auto' ? 'has no registered version' : `${version} is not registered`} in the ${registry.store.label} registry.`);
    result = { version: target.version, tag: target.tag, card: target.card, alreadyRegistered: !context.runId || target.card?.runId !== context.runId };
  }

  if (stage) {
    const assigned = await registry.assign(name, result.version, stage, context);
    if (assigned.tag) result.tag = assigned.tag;
    io.info(assigned.changed ? `Stage ${stage} now points at ${name} ${result.version} (${assigned.tag}).` : `Stage ${stage} already points at ${name} ${result.version}.`);
  }
  const card = { ...result.card, stages: await registry.stageHistory(name) };
  const uri = registry.store.uri(name, result.version);
  const report = { kind: 'mlops-actions/register-report', version: 1, model: name, modelVersion: result.version, tag: result.tag, uri, stage, alreadyRegistered: result.alreadyRegistered, rerun, releaseUrl: result.url, card };
  const reportFile = writeOutputFile(io.workspace, reportPath, JSON.stringify(report, null, 2), 'report-path');
  await io.appendSummary(`## Model registry: ${name} ${result.version}\n\n${rerun ? 'Registered by an earlier attempt of this run: nothing new was made.\n\n' : ''}URI: \`${uri}\`${stage ? ` · stage **${stage}**` : ''}${card.predictions ? ` · evaluation predictions \`${card.predictions}\`` : ''}\n`);
  io.setOutput('version', result.version);
  io.setOutput('tag', result.tag);
  io.setOutput('model-uri', uri);
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('metadata', JSON.stringify(card));
  io.setOutput('release-url', result.url ?? '');
  io.setOutput('already-registered', String(result.alreadyRegistered));
};
