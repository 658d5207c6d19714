// drift-check: profile (or load) reference and current data and compare them column by column — the
// features, and apart from them the model's target, prediction and score — judge the model's quality on
// the labelled current rows against a baseline, follow both by time window, write the report and summary,
// push the numbers to a Prometheus Pushgateway, and on drift or decay dispatch retraining and keep one
// tracking issue up to date.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { detectFormat } from '../data/index.js';
import { classifyColumn } from '../data/values.js';
import { buildDriftReport, compareProfiles, compareSections, featureOptions, METHODS, renderDriftReport, type DispatchOutcome, type DriftOptions, type DriftReport, type Method, type Roles } from '../drift/index.js';
import { createGitHub, currentRepo, dispatchWorkflow, runUrl, sendRepositoryDispatch, syncTrackingIssue } from '../github/index.js';
import { parseMetrics, type Metrics } from '../metrics/index.js';
import {
  assessQuality, describeDecay, exposition, gauges, labelOf, MAX_WINDOWS, monitorFileHere, monitorFiles, parseWindow, pushGauges, QUALITY_METRICS, rowStatus, sampleOf, SCORE_METRICS, TASK_OF, usableRows, windowReports,
  type Baseline, type MonitoredData, type MonitoredRows, type QualityMetric, type QualityReport, type Task, type WindowSpec,
} from '../monitor/index.js';
import { DatasetProfile, DEFAULT_PROFILE_OPTIONS, fingerprintOf, PROFILE_KIND, profileFileHere, profileFiles, type DatasetProfileJson, type ProfileOptions } from '../profile/index.js';
import { WorkerPool } from '../runtime/worker-pool.js';
import { openRegistry } from '../registry/index.js';
import { ConfigurationError, displayPath, expandFiles, inputFile, Inputs, reportOutcome, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';

/** The model monitor's settings: which columns hold what, and how quality is judged. */
interface MonitorSettings {
  roles: Roles;
  task: 'auto' | Task;
  /** Undefined: the task's defaults. */
  metrics?: QualityMetric[];
  positiveLabel: string;
  baseline: { kind: 'reference' } | { kind: 'registry'; reference: string } | { kind: 'file'; given: string; metrics: Metrics };
  tolerances: Map<QualityMetric, number>;
  confidence: number;
  samples: number;
  seed: number;
  window?: WindowSpec;
}

interface Settings {
  reference: string[];
  current: string[];
  drift: DriftOptions;
  driftShare: number;
  failOn: 'drift' | 'quality' | 'any' | 'never';
  exactBudget: number;
  dispatchWorkflow?: string;
  dispatchRef?: string;
  dispatchInputs: Record<string, string>;
  repositoryDispatchEvent?: string;
  dispatchOn: 'drift' | 'quality' | 'any';
  cooldownMs: number;
  issue: boolean;
  reportPath: string;
  cacheReference: boolean;
  artifactBranch?: string;
  registry: string;
  token: string;
  monitor?: MonitorSettings;
  modelName?: string;
  pushgateway?: URL;
}

function methodMap(inputs: Inputs, name: string): Map<string, Method> {
  const map = inputs.yaml<Record<string, string>>(name) ?? {};
  if (typeof map !== 'object' || Array.isArray(map)) throw new ConfigurationError(`Input '${name}' must be a YAML map from column to method.`);
  for (const [column, method] of Object.entries(map)) {
    if (!(METHODS as readonly string[]).includes(method)) throw new ConfigurationError(`Input '${name}': column "${column}" has method ${JSON.stringify(method)}; use one of ${METHODS.join(', ')}.`);
  }
  return new Map(Object.entries(map as Record<string, Method>));
}

function thresholdMap(inputs: Inputs, name: string): Map<string, number> {
  const map = inputs.yaml<Record<string, unknown>>(name) ?? {};
  if (typeof map !== 'object' || Array.isArray(map)) throw new ConfigurationError(`Input '${name}' must be a YAML map from column to threshold.`);
  for (const [column, value] of Object.entries(map)) {
    if (typeof value !== 'number' || !(value >= 0)) throw new ConfigurationError(`Input '${name}': column "${column}" has threshold ${JSON.stringify(value)}; use a number ≥ 0.`);
  }
  return new Map(Object.entries(map as Record<string, number>));
}

/**
 * A renamed input's old name: still read, with a warning, unless the new name is given as well (its
 * value differs from its default). Undefined when the old name is not given.
 */
function deprecated(io: ActionIO, old: string, name: string, fallback: string): string | undefined {
  const value = io.getInput(old);
  if (value === '') return undefined;
  if (![fallback, ''].includes(io.getInput(name))) throw new ConfigurationError(`Inputs '${old}' and '${name}' are the same setting ('${old}' is its old name): give only '${name}'.`);
  io.annotate('warning', `Input '${old}' is deprecated: use '${name}' instead (it still works for now).`, { title: 'drift-check: deprecated input' });
  return value;
}

function readQualityBaseline(inputs: Inputs, io: ActionIO): MonitorSettings['baseline'] {
  const given = inputs.string('quality-baseline', 'reference');
  if (given === 'reference') return { kind: 'reference' };
  if (given.startsWith('registry:')) return { kind: 'registry', reference: given.slice('registry:'.length) };
  const file = inputFile(io.workspace, given, 'quality-baseline');
  try {
    return { kind: 'file', given, metrics: parseMetrics(readFileSync(file, 'utf8'), given) };
  } catch (error) {
    throw new ConfigurationError(`Input 'quality-baseline': ${(error as Error).message}`);
  }
}

/** Tolerated drops: one number for every metric, or a map from metric to number. */
function readTolerances(inputs: Inputs, metrics: readonly QualityMetric[] | undefined): Map<QualityMetric, number> {
  const given = inputs.yaml<unknown>('max-quality-drop');
  if (given === undefined) return new Map();
  const check = (metric: string, value: unknown): [QualityMetric, number] => {
    if (!(QUALITY_METRICS as readonly string[]).includes(metric)) throw new ConfigurationError(`Input 'max-quality-drop': "${metric}" is not a quality metric (${QUALITY_METRICS.join(', ')}).`);
    if (typeof value !== 'number' || !(value >= 0)) throw new ConfigurationError(`Input 'max-quality-drop': ${metric} must be a number ≥ 0 (an absolute change), got ${JSON.stringify(value)}.`);
    return [metric as QualityMetric, value];
  };
  if (typeof given === 'number') return new Map((metrics ?? QUALITY_METRICS).map((m) => check(m, given)));
  if (given === null || typeof given !== 'object' || Array.isArray(given)) throw new ConfigurationError(`Input 'max-quality-drop' must be a number or a YAML map from metric to number, such as {accuracy: 0.02, mae: 0.5}.`);
  return new Map(Object.entries(given).map(([metric, value]) => check(metric, value)));
}

function readMonitorSettings(inputs: Inputs, io: ActionIO): MonitorSettings | undefined {
  const roles: Roles = { target: inputs.optional('target'), prediction: inputs.optional('prediction'), score: inputs.optional('score'), timestamp: inputs.optional('timestamp-column') };
  const windowText = inputs.optional('window');
  if (!roles.timestamp !== !windowText) throw new ConfigurationError(`Inputs 'timestamp-column' and 'window' go together: the column that dates each row, and the length of a window (e.g. 1d).`);
  const window = windowText === undefined ? undefined : parseWindow(windowText);
  if (windowText !== undefined && !window) throw new ConfigurationError(`Input 'window' must be a length such as 30m, 6h, 1d or 1w (hours that divide a day, or whole days), got ${JSON.stringify(windowText)}.`);
  const task = inputs.oneOf('task', ['auto', 'classification', 'regression'] as const, 'auto');
  const listed = inputs.list('quality-metrics');
  for (const metric of listed) if (!(QUALITY_METRICS as readonly string[]).includes(metric)) throw new ConfigurationError(`Input 'quality-metrics': "${metric}" is not one of ${QUALITY_METRICS.join(', ')}.`);
  const metrics = listed.length ? [...new Set(listed as QualityMetric[])] : undefined;
  const needs = (input: string, why: string) => new ConfigurationError(`Input '${input}' is needed ${why}.`);
  const qualityInputs = ['quality-metrics', 'max-quality-drop', ...(inputs.string('quality-baseline', 'reference') === 'reference' ? [] : ['quality-baseline'])];
  for (const name of qualityInputs) if (inputs.optional(name) !== undefined && !roles.target) throw needs('target', `for '${name}': quality is judged on the rows whose target (label) has arrived`);
  if (roles.target && !roles.prediction && !roles.score) throw needs('prediction', "(or 'score') with 'target': quality compares the model's output with the label");
  if (metrics) {
    const tasks = new Set(metrics.map((m) => TASK_OF[m]));
    if (tasks.size > 1 || (task !== 'auto' && !tasks.has(task))) throw new ConfigurationError(`Input 'quality-metrics': ${metrics.join(', ')} ${tasks.size > 1 ? 'mix classification and regression metrics' : `are not ${task} metrics`}.`);
    for (const metric of metrics) {
      if (SCORE_METRICS.has(metric) && !roles.score) throw needs('score', `for ${metric}: the predicted probability of the positive class`);
      if (!SCORE_METRICS.has(metric) && !roles.prediction) throw needs('prediction', `for ${metric}: the predicted class or value`);
    }
  }
  if (!roles.target && !roles.prediction && !roles.score && !roles.timestamp) return undefined;
  return {
    roles,
    task,
    metrics,
    positiveLabel: inputs.string('positive-label', '1'),
    baseline: readQualityBaseline(inputs, io),
    tolerances: readTolerances(inputs, metrics),
    confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
    samples: inputs.number('bootstrap-samples', 2000, { min: 100, max: 100_000, integer: true }),
    seed: inputs.number('seed', 42, { min: 0, integer: true }),
    window,
  };
}

function readPushgateway(inputs: Inputs): URL | undefined {
  const given = inputs.optional('pushgateway');
  if (given === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new ConfigurationError(`Input 'pushgateway' must be the Pushgateway's URL, such as http://pushgateway:9091, got ${JSON.stringify(given)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(`Input 'pushgateway' must be an http or https URL, got ${JSON.stringify(given)}.`);
  return url;
}

function readSettings(io: ActionIO): Settings {
  const inputs = new Inputs(io);
  const reference = inputs.lines('reference');
  const current = inputs.lines('current');
  if (reference.length === 0) throw new ConfigurationError(`Input 'reference' is required: a dataset, profile JSON files, or artifact:<name>.`);
  if (current.length === 0) throw new ConfigurationError(`Input 'current' is required: a dataset or profile JSON files.`);
  const dispatchInputs = inputs.json<Record<string, unknown>>('dispatch-inputs') ?? {};
  if (typeof dispatchInputs !== 'object' || Array.isArray(dispatchInputs)) throw new ConfigurationError(`Input 'dispatch-inputs' must be a JSON object of workflow inputs.`);
  const columns = inputs.list('columns');
  const driftShareAlias = deprecated(io, 'drift-share', 'drift-share-threshold', '0.5');
  const failOnDrift = deprecated(io, 'fail-on-drift', 'fail-on', 'never');
  const monitor = readMonitorSettings(inputs, io);
  const pushgateway = readPushgateway(inputs);
  if (pushgateway?.password) io.setSecret(decodeURIComponent(pushgateway.password));
  return {
    reference,
    current,
    drift: {
      method: inputs.oneOf('method', ['auto', ...METHODS] as const, 'auto'),
      columnMethods: methodMap(inputs, 'column-methods'),
      threshold: inputs.optional('threshold') === undefined ? undefined : inputs.number('threshold', 0, { min: 0 }),
      columnThresholds: thresholdMap(inputs, 'column-thresholds'),
      columns: columns.length ? columns : undefined,
      exclude: inputs.list('exclude-columns'),
      categorical: inputs.list('categorical-columns'),
    },
    driftShare: inputs.number(driftShareAlias === undefined ? 'drift-share-threshold' : 'drift-share', 0.5, { min: 0, max: 1 }),
    failOn: failOnDrift === undefined ? inputs.oneOf('fail-on', ['drift', 'quality', 'any', 'never'] as const, 'never') : inputs.boolean('fail-on-drift', false) ? 'drift' : 'never',
    exactBudget: inputs.number('exact-budget', 2_000_000, { min: 0, integer: true }),
    dispatchWorkflow: inputs.optional('dispatch-workflow'),
    dispatchRef: inputs.optional('dispatch-ref'),
    dispatchInputs: Object.fromEntries(Object.entries(dispatchInputs).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
    repositoryDispatchEvent: inputs.optional('repository-dispatch-event'),
    dispatchOn: inputs.oneOf('dispatch-on', ['drift', 'quality', 'any'] as const, 'any'),
    cooldownMs: inputs.duration('cooldown', '24h'),
    issue: inputs.boolean('issue', false),
    reportPath: inputs.string('report-path', 'mlops-reports/drift-check.json'),
    registry: inputs.string('registry', 'github'),
    cacheReference: inputs.boolean('cache-reference', false),
    artifactBranch: inputs.optional('artifact-branch'),
    token: inputs.optional('github-token') ?? '',
    monitor,
    modelName: inputs.optional('model-name'),
    pushgateway,
  };
}

/** Profile documents are recognised by their first bytes, without reading a large data file twice. */
function isProfileFile(file: string): boolean {
  if (!file.endsWith('.json') || statSync(file).size === 0) return false;
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(200);
  readSync(fd, head, 0, 200, 0);
  closeSync(fd);
  return head.toString('utf8').includes(`"${PROFILE_KIND}"`);
}

/**
 * Downloads the newest artifact of that name from a run of the default branch (or artifact-branch),
 * never from a pull request's run; returns its profiles, or else its files.
 */
async function artifactFiles(io: ActionIO, name: string, inputName: string, settings: Settings): Promise<string[]> {
  const relative = `.mlops-actions/artifacts/${name.replace(/[^\w.-]/g, '_')}`;
  const target = path.join(io.workspace, relative);
  rmSync(target, { recursive: true, force: true });
  // Loaded only when asked for: the artifact client is most of the bundle's memory.
  const { downloadTrustedArtifact } = await import('../github/artifacts.js');
  const found = await downloadTrustedArtifact(settings.token, currentRepo(io.env), io.env.GITHUB_API_URL || 'https://api.github.com', name, target, settings.artifactBranch);
  if (!('id' in found)) {
    const ignored = found.ignored > 0 ? ` ${found.ignored} artifact(s) of that name from other branches or from pull requests were ignored: a pull request, a fork's above all, must not choose the reference.` : ' (It may have expired.)';
    throw new ConfigurationError(`Input '${inputName}': no artifact named "${name}" from a run of the ${found.branch} branch in ${io.env.GITHUB_REPOSITORY}.${ignored} Upload it from the training run on ${found.branch} with validate-data's artifact-name${settings.artifactBranch ? '' : ', or name another branch in artifact-branch'}.`);
  }
  io.info(`${inputName}: artifact ${name} (id ${found.id}) from run ${found.runId} on ${found.branch}.`);
  const files = readdirSync(target, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.relative(io.workspace, path.join(f.parentPath, f.name)));
  const profiles = files.filter((f) => isProfileFile(path.join(io.workspace, f)));
  return profiles.length > 0 ? profiles : files;
}

/** The version a registry:<model>#<stage> reference resolves to. */
async function resolveVersion(io: ActionIO, reference: string, settings: Settings) {
  return openRegistry(settings.registry, io, settings.token).resolve(reference);
}

/** The training profile stored with a registered version (register-model's `profile` input). */
async function registryProfile(io: ActionIO, reference: string, inputName: string, settings: Settings): Promise<DatasetProfile> {
  const registry = openRegistry(settings.registry, io, settings.token);
  const version = await registry.resolve(reference);
  const name = version.card?.profile;
  const bytes = name ? await registry.store.readFile(version.card.name, version.version, name) : undefined;
  if (!bytes) throw new ConfigurationError(`Input '${inputName}': ${reference} resolves to ${version.version}, which was registered without a profile. Register with the profile input (validate-data's profile-path output).`);
  io.info(`Reference: the training profile of ${reference} (${version.version}).`);
  return DatasetProfile.fromJSON(JSON.parse(bytes.toString('utf8')));
}

/** Data at least this large is profiled on the worker pool, so that both sides are read at once. */
const PARALLEL_BYTES = 8 * 1024 * 1024;

/** One pool for both sides, started when first needed: this thread and availableParallelism() − 1 workers. */
class LazyPool {
  private pool: WorkerPool | undefined;
  get(): WorkerPool {
    return (this.pool ??= new WorkerPool(availableParallelism() - 1, (task, input) => (task === 'monitor-file' ? monitorFileHere(input) : profileFileHere(input))));
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** What the monitor reads row by row on one side, and why (for errors when that side is only a profile). */
interface MonitorRead {
  columns: Roles;
  window?: WindowSpec;
  why: string;
}

interface Side {
  profile: DatasetProfile;
  /** With a MonitorRead: the rows and windows. */
  monitored?: MonitoredData;
}

/** One side of the comparison: profile files are merged, data files profiled in one pass (read row by row for the monitor), all merged. */
async function loadSide(io: ActionIO, given: string[], inputName: string, options: ProfileOptions, settings: Settings, pools: LazyPool, monitor?: MonitorRead): Promise<Side> {
  let entries = given;
  const scheme = /^(artifact|registry):/.exec(entries[0] ?? '')?.[1];
  const notRows = (what: string) => new ConfigurationError(`Input '${inputName}': ${what} is a profile, but ${monitor!.why} needs the rows of the data. Give the data files instead.`);
  if (scheme === 'registry') {
    if (monitor) throw notRows(entries[0]!);
    return { profile: await registryProfile(io, entries[0]!.slice('registry:'.length), inputName, settings) };
  }
  if (scheme === 'artifact') entries = await artifactFiles(io, entries[0]!.slice('artifact:'.length), inputName, settings);
  const files = await expandFiles(io.workspace, entries, inputName);
  const profile = new DatasetProfile(options);
  const data = [];
  for (const file of files) {
    const display = displayPath(io.workspace, file);
    if (isProfileFile(file)) {
      if (monitor) throw notRows(`"${display}"`);
      let json: DatasetProfileJson;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
        profile.merge(DatasetProfile.fromJSON(json));
      } catch (error) {
        throw new ConfigurationError(`Input '${inputName}': "${display}" is not a readable profile: ${(error as Error).message}`);
      }
    } else {
      if (statSync(file).size === 0) throw new ConfigurationError(`Input '${inputName}': "${display}" is empty (0 bytes).`);
      data.push({ path: file, display, ...detectFormat(display) });
    }
  }
  if (data.length > 0) {
    const large = data.reduce((bytes, file) => bytes + statSync(file.path).size, 0) >= PARALLEL_BYTES;
    const pool = large ? pools.get() : undefined;
    const monitored = monitor ? await monitorFiles(data, { options, missing: [''], columns: monitor.columns, window: monitor.window }, pool) : undefined;
    const built = monitored ?? (await profileFiles(data, options, pool));
    for (const problem of built.malformed.slice(0, 5)) io.annotate('warning', `${problem.message} (left out of the comparison)`, { file: problem.file, ...(problem.line ? { line: problem.line } : {}), title: 'drift-check: malformed data' });
    if (built.malformed.length > 5) io.info(`${built.malformed.length - 5} more malformed rows were left out.`);
    if (profile.columns.size === 0 && profile.rows === 0) return { profile: built.profile, monitored }; // nothing to merge: no copy
    profile.merge(built.profile);
    return { profile, monitored };
  }
  return { profile };
}

/** sha256 of the reference data files, as the profile's fingerprint computes it, without profiling them. */
async function referenceFingerprint(io: ActionIO, entries: string[]): Promise<string | undefined> {
  if (/^(artifact|registry):/.test(entries[0] ?? '')) return undefined;
  const files = await expandFiles(io.workspace, entries, 'reference');
  if (files.some(isProfileFile)) return undefined; // profiles are already cheap to load
  const sources = [];
  for (const file of files) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    sources.push({ file: displayPath(io.workspace, file), format: '', sha256: hash.digest('hex'), bytes: 0, rows: 0 });
  }
  return fingerprintOf(sources);
}

/**
 * The reference profile, from the Actions cache when `cache-reference` is on and the same reference data
 * (same fingerprint, same exact budget) was profiled before; profiled and cached otherwise. The monitor's
 * rows of the reference are never cached: with them the data is read.
 */
async function loadReference(io: ActionIO, settings: Settings, options: ProfileOptions, pools: LazyPool, monitor?: MonitorRead): Promise<Side> {
  const fingerprint = settings.cacheReference && !monitor ? await referenceFingerprint(io, settings.reference) : undefined;
  if (!fingerprint) return loadSide(io, settings.reference, 'reference', options, settings, pools, monitor);
  const { restoreDir, saveDir } = await import('../github/cache.js');
  // Relative: the cache's version is derived from the paths given, so they must not name a temp folder.
  const relative = '.mlops-actions/cache/reference-profile';
  const dir = path.join(io.workspace, relative);
  const file = path.join(dir, 'profile.json');
  const key = `mlops-actions-drift-reference-${fingerprint.slice(0, 32)}-${options.exactLimit}`;
  if (await restoreDir(relative, key).catch(() => false)) {
    io.info(`Reference profile restored from the Actions cache (${key}).`);
    return { profile: DatasetProfile.fromJSON(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  const side = await loadSide(io, settings.reference, 'reference', options, settings, pools);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(side.profile.toJSON()));
  const saved = await saveDir(relative, key).catch((error: Error) => {
    io.info(`Could not cache the reference profile: ${error.message}`);
    return false;
  });
  if (saved) io.info(`Reference profile cached as ${key}.`);
  return side;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The monitored columns must exist and hold what their role needs: each problem names its input. */
function checkMonitored(side: Side, inputName: string, roles: Roles, window?: WindowSpec): void {
  const columns = side.profile.columns;
  const inputOf = { target: 'target', prediction: 'prediction', score: 'score', timestamp: 'timestamp-column' } as const;
  for (const role of ['target', 'prediction', 'score', 'timestamp'] as const) {
    const name = roles[role];
    if (name !== undefined && !columns.has(name)) throw new ConfigurationError(`Input '${inputOf[role]}': no column "${name}" in the ${inputName} data (its columns: ${[...columns.keys()].slice(0, 20).map((c) => JSON.stringify(c)).join(', ')}).`);
  }
  const invalid = side.monitored!.rows.invalid;
  if (invalid.score) throw new ConfigurationError(`Input 'score': column "${roles.score}" must hold probabilities in [0, 1]; ${count(invalid.score.count)} value(s) in the ${inputName} data are not (first: ${invalid.score.first}).`);
  if (invalid.window || (side.monitored!.windows.length > MAX_WINDOWS)) throw new ConfigurationError(`Input 'window': ${window!.text} windows cut the ${inputName} data into more than ${count(MAX_WINDOWS)} windows (the first row past them: ${invalid.window?.first ?? 'in another file'}). Use a longer window, or a shorter stretch of data.`);
  if (invalid.timestamp) throw new ConfigurationError(`Input 'timestamp-column': ${count(invalid.timestamp.count)} row(s) of the ${inputName} data have an empty or unreadable timestamp in "${roles.timestamp}" (first: ${invalid.timestamp.first}). Timestamps are ISO 8601 dates or datetimes, or Unix seconds.`);
}

/** auto: a numeric target with more than 20 distinct values is regression (train-gate's rule), else classification. */
function chooseTask(setting: MonitorSettings['task'], sides: MonitoredRows[]): Task {
  if (setting !== 'auto') return setting;
  const numeric = sides.every((rows) => !rows.invalid.target);
  const distinct = new Set<string>();
  for (const rows of sides) {
    if (rows.manyLabels) return numeric ? 'regression' : 'classification';
    for (let i = 0; i < rows.length; i++) if (rows.target![i]! >= 0) distinct.add(rows.labels[rows.target![i]!]!);
  }
  return numeric && distinct.size > 20 ? 'regression' : 'classification';
}

/** The labelled rows of one side as a quality sample, after the checks that need the task; `where` names the side for errors. */
function labelledSample(rows: MonitoredRows, task: Task, metrics: QualityMetric[], monitor: MonitorSettings, side: string) {
  const { roles } = monitor;
  if (task === 'regression') {
    for (const role of ['target', 'prediction'] as const) {
      const bad = rows.invalid[role];
      if (bad) throw new ConfigurationError(`Input '${role}': a regression needs numbers, but ${count(bad.count)} value(s) of "${roles[role]}" in the ${side} data are not (first: ${bad.first}). For classes, set task: classification.`);
    }
  } else if (rows.manyLabels) {
    throw new ConfigurationError(`Input 'target': "${roles.target}" in the ${side} data has more than 10,000 distinct values, too many for classes. For numbers, set task: regression.`);
  }
  const status = rowStatus(rows, task, metrics);
  const indices = usableRows(status);
  const positive = rows.labels.indexOf(monitor.positiveLabel);
  const sample = sampleOf(rows, indices, task, positive < 0 ? -3 : positive);
  let labelled = 0;
  for (let i = 0; i < status.length; i++) labelled += status[i]! > 0 ? 1 : 0;
  return { sample, status, labelled, positive };
}

/** Target classes seen among labelled rows, for errors. */
function classesOf(rows: MonitoredRows): string[] {
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) if (rows.target![i]! >= 0) seen.add(rows.target![i]!);
  return [...seen].map((c) => rows.labels[c]!).sort();
}

/** Quality on the labelled current rows against the baseline, and the windows' numbers. */
async function monitorModel(io: ActionIO, settings: Settings, reference: Side, current: Side): Promise<{ quality?: QualityReport; windows?: DriftReport['windows'] }> {
  const monitor = settings.monitor!;
  const rows = current.monitored!.rows;
  const { roles } = monitor;
  // The positive label as the data's values are read: "1.0" is 1, "true" is 1.
  monitor.positiveLabel = labelOf(classifyColumn([monitor.positiveLabel], 1, new Set(), true), 0) ?? monitor.positiveLabel;
  let quality: QualityReport | undefined;
  let status: Uint8Array | undefined;
  let task: Task = 'classification';
  let positive = -3;
  let metrics: QualityMetric[] = [];
  if (roles.target) {
    const referenceRows = reference.monitored?.rows;
    task = chooseTask(monitor.task, referenceRows ? [rows, referenceRows] : [rows]);
    metrics = monitor.metrics ?? (task === 'regression' ? ['mae', 'rmse'] : [...(roles.prediction ? (['accuracy', 'f1'] as const) : []), ...(roles.score ? (['roc_auc'] as const) : [])]);
    if (metrics.some((m) => TASK_OF[m] !== task)) throw new ConfigurationError(`Input 'quality-metrics': ${metrics.join(', ')} are not ${task} metrics, and the target "${roles.target}" reads as ${task}${monitor.task === 'auto' ? ' (task: auto)' : ''}. Set task, or choose ${task} metrics.`);
    if (task === 'regression' && !roles.prediction) throw new ConfigurationError(`Input 'prediction' is needed: the target "${roles.target}" reads as a regression target, judged on the predicted values.`);
    const mine = labelledSample(rows, task, metrics, monitor, 'current');
    ({ status, positive } = mine);
    let baseline: Baseline;
    let description: string;
    let baselineLabelled: number | undefined;
    let referencePositive = -1;
    const kind = monitor.baseline.kind === 'reference' && settings.reference[0]?.startsWith('registry:') ? 'registry' : monitor.baseline.kind;
    if (monitor.baseline.kind === 'file') {
      baseline = { values: monitor.baseline.metrics };
      description = `the metrics file ${monitor.baseline.given}`;
    } else if (kind === 'registry') {
      const reference = monitor.baseline.kind === 'registry' ? monitor.baseline.reference : settings.reference[0]!.slice('registry:'.length);
      const version = await resolveVersion(io, reference, settings);
      baseline = { values: new Map(Object.entries(version.card?.metrics ?? {})) };
      description = `the metrics recorded for ${version.card?.name ?? reference} ${version.version} (registry:${reference}) when it was registered`;
    } else {
      const theirs = labelledSample(referenceRows!, task, metrics, monitor, 'reference');
      baseline = { sample: theirs.sample };
      baselineLabelled = theirs.sample.n;
      description = `the model's quality on the ${count(theirs.sample.n)} labelled reference rows`;
      referencePositive = theirs.positive;
    }
    if (task === 'classification' && metrics.some((m) => m !== 'accuracy') && positive < 0 && referencePositive < 0) {
      throw new ConfigurationError(`Input 'positive-label': "${monitor.positiveLabel}" is not a value of the target "${roles.target}" (its values: ${classesOf(rows).slice(0, 10).join(', ')}).`);
    }
    if (metrics.includes('roc_auc') && mine.sample.n >= 30 && task === 'classification') {
      const positives = (mine.sample as { actual: Uint8Array }).actual.reduce((a, b) => a + b, 0);
      if (positives === 0 || positives === mine.sample.n) throw new ConfigurationError(`Input 'quality-metrics': roc_auc needs both classes among the labelled rows, but all ${count(mine.sample.n)} labelled current rows are ${positives === 0 ? 'negative' : 'positive'} (positive-label: ${monitor.positiveLabel}). Leave roc_auc out until both have labels, or check positive-label.`);
    }
    if ('values' in baseline) {
      const missing = metrics.filter((m) => !baseline.values.has(m));
      if (missing.length) io.annotate('warning', `The quality baseline (${description}) has no ${missing.join(', ')}: ${missing.length === 1 ? 'it is' : 'they are'} reported without a verdict. It has: ${[...baseline.values.keys()].slice(0, 20).join(', ') || 'nothing'}.`, { title: 'drift-check: quality baseline' });
    }
    const unusable = mine.labelled - mine.sample.n;
    if (unusable > 0) io.annotate('warning', `${count(unusable)} labelled current row(s) have no ${[roles.prediction && 'prediction', roles.score && 'score'].filter(Boolean).join(' or ')}: left out of quality.`, { title: 'drift-check: quality' });
    const judged = await assessQuality(mine.sample, baseline, { metrics, tolerances: monitor.tolerances, confidence: monitor.confidence, samples: monitor.samples, seed: monitor.seed });
    quality = {
      task,
      ...(task === 'classification' ? { positiveLabel: monitor.positiveLabel } : {}),
      baseline: { source: kind, description, ...(baselineLabelled !== undefined ? { labelled: baselineLabelled } : {}) },
      rows: rows.length,
      labelled: mine.labelled,
      coverage: rows.length === 0 ? 0 : mine.labelled / rows.length,
      used: mine.sample.n,
      confidence: monitor.confidence,
      samples: monitor.samples,
      seed: monitor.seed,
      metrics: judged,
      decayed: judged.some((m) => m.verdict === 'decayed'),
    };
  }
  if (!monitor.window) return { quality };
  const windows = windowReports(rows, monitor.window, status && { task, positive, metrics, status });
  const profiles = new Map(current.monitored!.windows.map((w) => [new Date(w.start).toISOString(), w.profile]));
  const options = featureOptions(settings.drift, roles);
  for (const window of windows) {
    const drift = compareProfiles(reference.profile, profiles.get(window.start)!, options, settings.driftShare);
    window.drift = { share: drift.share, drifted: drift.drifted, compared: drift.compared };
  }
  return { quality, windows };
}

/** Why retraining is wanted now (by dispatch-on), or undefined. */
function retrainReason(settings: Settings, report: DriftReport): string | undefined {
  const reasons: string[] = [];
  if (settings.dispatchOn !== 'quality' && report.drifted) reasons.push(`Data drift in ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})`);
  if (settings.dispatchOn !== 'drift' && report.quality?.decayed) reasons.push(`Quality decay: ${describeDecay(report.quality)}`);
  return reasons.length ? reasons.join('; ') : undefined;
}

async function dispatch(io: ActionIO, settings: Settings, report: DriftReport): Promise<DispatchOutcome | undefined> {
  if (!settings.dispatchWorkflow && !settings.repositoryDispatchEvent) return undefined;
  const reason = retrainReason(settings, report);
  if (!reason) {
    const none = { drift: 'no dataset drift', quality: 'no quality decay', any: report.quality ? 'no dataset drift and no quality decay' : 'no dataset drift' };
    return { dispatched: false, reason: none[settings.dispatchOn] };
  }
  const gh = createGitHub(settings.token, io);
  const repo = currentRepo(io.env);
  if (settings.repositoryDispatchEvent) {
    const decayed = report.quality?.metrics.filter((m) => m.verdict === 'decayed').map((m) => m.metric) ?? [];
    return sendRepositoryDispatch(gh, repo, {
      eventType: settings.repositoryDispatchEvent,
      payload: { ...settings.dispatchInputs, reason, report: runUrl(io.env), drifted_columns: report.driftedColumns, decayed_metrics: decayed },
      cooldownMs: settings.cooldownMs,
    });
  }
  return dispatchWorkflow(gh, repo, {
    workflow: settings.dispatchWorkflow!,
    ref: settings.dispatchRef,
    inputs: settings.dispatchInputs,
    extra: { reason, report: runUrl(io.env) },
    cooldownMs: settings.cooldownMs,
  });
}

/** The model's name in the issue and the gauges: model-name, else the repository's name. */
const modelName = (io: ActionIO, settings: Settings) => settings.modelName ?? (io.env.GITHUB_REPOSITORY?.split('/')[1] || 'model');

/** One tracking issue while data drift or quality decay lasts (per model-name, when given). */
async function trackIssue(io: ActionIO, settings: Settings, report: DriftReport, markdown: string): Promise<void> {
  const decayed = report.quality?.metrics.filter((m) => m.verdict === 'decayed').map((m) => m.metric) ?? [];
  const problems = [report.drifted ? `${report.driftedColumns.length} of ${report.compared} columns drifted` : '', decayed.length ? `quality decayed (${decayed.join(', ')})` : ''].filter(Boolean);
  const kind = report.drifted && decayed.length ? 'Data drift and quality decay' : decayed.length ? 'Quality decay' : 'Data drift';
  const model = settings.modelName?.replace(/[^\w./@-]/g, '_').replace(/-{2,}/g, '-');
  const outcome = await syncTrackingIssue(
    createGitHub(settings.token, io),
    currentRepo(io.env),
    { label: 'drift', marker: model ? `<!-- mlops-actions:drift-check model:${model} -->` : '<!-- mlops-actions:drift-check -->', title: `${model ? `${settings.modelName}: ` : ''}${kind}: ${problems.join(', ')}` },
    problems.length > 0,
    `${markdown}\n\n[Run](${runUrl(io.env)})`,
    `Drift is gone as of [this run](${runUrl(io.env)}): ${report.driftedColumns.length} of ${report.compared} columns drifted, under the ${report.threshold} share${report.quality ? `; quality ${report.quality.metrics.map((m) => `${m.metric} ${m.verdict}`).join(', ')}` : ''}. Closing.`,
  );
  report.issueUrl = outcome.url;
  if (outcome.action !== 'none') io.info(`Tracking issue ${outcome.action}: ${outcome.url}`);
}

/** Pushes the gauges; a failure is a warning and a line in the report, never a lost report. */
async function push(io: ActionIO, settings: Settings, report: DriftReport): Promise<DriftReport['pushgateway']> {
  const url = new URL(settings.pushgateway!);
  const headers: Record<string, string> = {};
  if (url.username || url.password) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  [url.username, url.password] = ['', ''];
  const numbers = { driftShare: report.driftShare, columns: [...report.columns, ...(report.target ? [report.target] : []), ...(report.predictions ?? [])], quality: report.quality, time: Date.parse(report.created) };
  try {
    const pushed = await pushGauges(url.href, [['model', modelName(io, settings)], ['check', 'drift']], exposition(gauges(numbers)), headers);
    io.info(`Pushed the numbers to ${pushed}.`);
    return { url: pushed, pushed: true };
  } catch (error) {
    const message = (error as Error).cause instanceof Error ? `${(error as Error).message}: ${((error as Error).cause as Error).message}` : (error as Error).message;
    io.annotate('warning', `Could not push to the Pushgateway at ${url.origin}: ${message}. The report and summary are complete; only the push failed.`, { title: 'drift-check: pushgateway' });
    return { url: url.href, pushed: false, error: message };
  }
}

export const driftCheck: ActionMain = async (io) => {
  const settings = readSettings(io);
  const options: ProfileOptions = { ...DEFAULT_PROFILE_OPTIONS, exactLimit: settings.exactBudget };
  const monitor = settings.monitor;
  const roles = monitor?.roles ?? {};
  const currentRead: MonitorRead | undefined = roles.target || monitor?.window ? { columns: roles, window: monitor!.window, why: roles.target ? "quality (input 'target')" : "the windows (input 'window')" } : undefined;
  const referenceRows = roles.target && monitor!.baseline.kind === 'reference' && !settings.reference[0]?.startsWith('registry:');
  const referenceRead: MonitorRead | undefined = referenceRows ? { columns: { target: roles.target, prediction: roles.prediction, score: roles.score }, why: "quality-baseline: reference (the model's quality on the reference rows; or give registry:<model>#<stage> or a metrics file)" } : undefined;
  const pools = new LazyPool();
  const [reference, current] = await io
    .group('Reading the reference and the current data', () => Promise.all([loadReference(io, settings, options, pools, referenceRead), loadSide(io, settings.current, 'current', options, settings, pools, currentRead)]))
    .finally(() => pools.close());
  if (currentRead) checkMonitored(current, 'current', roles, monitor!.window);
  if (referenceRead) checkMonitored(reference, 'reference', referenceRead.columns);

  const warn = (message: string) => io.annotate('warning', message, { title: 'drift-check' });
  const sections = compareSections(reference.profile, current.profile, settings.drift, settings.driftShare, roles, warn);
  const report = buildDriftReport(sections, settings.driftShare, reference.profile.summary(), current.profile.summary());
  if (currentRead) {
    const { quality, windows } = await monitorModel(io, settings, reference, current);
    if (quality) report.quality = quality;
    if (windows) Object.assign(report, { window: monitor!.window!.text, windows });
  }
  report.passed = !report.drifted && !report.quality?.decayed;

  report.dispatch = await dispatch(io, settings, report);
  if (report.dispatch) io.info(report.dispatch.dispatched ? `Retraining: ${report.dispatch.reason}${report.dispatch.runUrl ? ` (${report.dispatch.runUrl})` : ''}.` : `Retraining not dispatched: ${report.dispatch.reason}.`);
  if (settings.pushgateway) report.pushgateway = await push(io, settings, report);
  const markdown = renderDriftReport(report);
  if (settings.issue) await trackIssue(io, settings, report, markdown);

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify(report, null, 2), 'report-path');
  await io.appendSummary(markdown);
  io.setOutput('drifted', String(report.drifted));
  io.setOutput('drift-share', String(report.driftShare));
  io.setOutput('drifted-columns', JSON.stringify(report.driftedColumns));
  io.setOutput('prediction-drifted', String(report.predictionDrifted ?? false));
  io.setOutput('quality-decayed', String(report.quality?.decayed ?? false));
  io.setOutput('quality', JSON.stringify(report.quality?.metrics.map(({ metric, baseline, current, delta, low, high, tolerance, verdict }) => ({ metric, baseline, current, delta, low, high, tolerance, verdict })) ?? []));
  io.setOutput('label-coverage', report.quality ? String(report.quality.coverage) : '');
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('dispatched', String(report.dispatch?.dispatched ?? false));
  io.setOutput('dispatch-run-url', report.dispatch?.runUrl ?? '');
  io.setOutput('issue-url', report.issueUrl ?? '');
  const problems = [
    report.drifted ? `dataset drift, ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})` : '',
    report.quality?.decayed ? `quality decay: ${describeDecay(report.quality)}` : '',
  ].filter(Boolean);
  const failStep = (settings.failOn === 'drift' && report.drifted) || (settings.failOn === 'quality' && !!report.quality?.decayed) || (settings.failOn === 'any' && !report.passed);
  reportOutcome(io, 'drift-check', { passed: report.passed, failStep, problem: problems.join('; ') });
};
