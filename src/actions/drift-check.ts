// drift-check: profile (or load) reference and current data, compare column by column, write the
// report and summary, and on drift dispatch retraining and keep one tracking issue up to date.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { detectFormat } from '../data/index.js';
import type { ColumnSelection } from '../data/table.js';
import { buildDriftReport, compareProfiles, METHODS, renderDriftReport, type DispatchOutcome, type DriftOptions, type DriftReport, type Method } from '../drift/index.js';
import { createGitHub, currentRepo, dispatchWorkflow, runUrl, sendRepositoryDispatch, syncTrackingIssue } from '../github/index.js';
import { DatasetProfile, DEFAULT_PROFILE_OPTIONS, fingerprintOf, PROFILE_KIND, profileFileHere, profileFiles, type DatasetProfileJson, type ProfileOptions } from '../profile/index.js';
import { WorkerPool } from '../runtime/worker-pool.js';
import { openRegistry } from '../registry/index.js';
import { ConfigurationError, displayPath, expandFiles, Inputs, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';

interface Settings {
  reference: string[];
  current: string[];
  drift: DriftOptions;
  driftShare: number;
  failOnDrift: boolean;
  exactBudget: number;
  dispatchWorkflow?: string;
  dispatchRef?: string;
  dispatchInputs: Record<string, string>;
  repositoryDispatchEvent?: string;
  cooldownMs: number;
  issue: boolean;
  reportPath: string;
  cacheReference: boolean;
  registry: string;
  token: string;
}

function methodMap(inputs: Inputs, name: string): Record<string, Method> {
  const map = inputs.yaml<Record<string, string>>(name) ?? {};
  if (typeof map !== 'object' || Array.isArray(map)) throw new ConfigurationError(`Input '${name}' must be a YAML map from column to method.`);
  for (const [column, method] of Object.entries(map)) {
    if (!(METHODS as readonly string[]).includes(method)) throw new ConfigurationError(`Input '${name}': column "${column}" has method ${JSON.stringify(method)}; use one of ${METHODS.join(', ')}.`);
  }
  return map as Record<string, Method>;
}

function thresholdMap(inputs: Inputs, name: string): Record<string, number> {
  const map = inputs.yaml<Record<string, unknown>>(name) ?? {};
  for (const [column, value] of Object.entries(map)) {
    if (typeof value !== 'number' || !(value >= 0)) throw new ConfigurationError(`Input '${name}': column "${column}" has threshold ${JSON.stringify(value)}; use a number ≥ 0.`);
  }
  return map as Record<string, number>;
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
    driftShare: inputs.number('drift-share', 0.5, { min: 0, max: 1 }),
    failOnDrift: inputs.boolean('fail-on-drift', false),
    exactBudget: inputs.number('exact-budget', 2_000_000, { min: 0, integer: true }),
    dispatchWorkflow: inputs.optional('dispatch-workflow'),
    dispatchRef: inputs.optional('dispatch-ref'),
    dispatchInputs: Object.fromEntries(Object.entries(dispatchInputs).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
    repositoryDispatchEvent: inputs.optional('repository-dispatch-event'),
    cooldownMs: inputs.duration('cooldown', '24h'),
    issue: inputs.boolean('issue', false),
    reportPath: inputs.string('report-path', 'mlops-reports/drift-check.json'),
    registry: inputs.string('registry', 'github'),
    cacheReference: inputs.boolean('cache-reference', false),
    token: inputs.optional('github-token') ?? '',
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

/** Downloads the newest artifact of that name from an earlier run; returns its profiles, or else its files. */
async function artifactFiles(io: ActionIO, name: string, inputName: string, settings: Settings): Promise<string[]> {
  const relative = `.mlops-actions/artifacts/${name.replace(/[^\w.-]/g, '_')}`;
  const target = path.join(io.workspace, relative);
  rmSync(target, { recursive: true, force: true });
  // Loaded only when asked for: the artifact client is most of the bundle's memory.
  const { downloadLatestArtifact } = await import('../github/artifacts.js');
  const id = await downloadLatestArtifact(settings.token, currentRepo(io.env), io.env.GITHUB_API_URL || 'https://api.github.com', name, target);
  if (id === undefined) throw new ConfigurationError(`Input '${inputName}': no artifact named "${name}" in ${io.env.GITHUB_REPOSITORY} (it may have expired). Upload it from the training run with validate-data's artifact-name.`);
  io.info(`${inputName}: artifact ${name} (id ${id}).`);
  const files = readdirSync(target, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.relative(io.workspace, path.join(f.parentPath, f.name)));
  const profiles = files.filter((f) => isProfileFile(path.join(io.workspace, f)));
  return profiles.length > 0 ? profiles : files;
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

/** One side of the comparison: profile files are merged, data files profiled in one pass, all merged. */
/** Data at least this large is profiled on the worker pool, so that both sides are read at once. */
const PARALLEL_BYTES = 8 * 1024 * 1024;

/** One pool for both sides, started when first needed: this thread and availableParallelism() − 1 workers. */
class LazyPool {
  private pool: WorkerPool | undefined;
  get(): WorkerPool {
    return (this.pool ??= new WorkerPool(availableParallelism() - 1, (_task, input) => profileFileHere(input)));
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** The columns compared: no other is profiled (nor, in Parquet, read). */
const columnSelection = (settings: Settings): ColumnSelection => ({ ...(settings.drift.columns && { include: settings.drift.columns }), exclude: settings.drift.exclude });

async function loadSide(io: ActionIO, given: string[], inputName: string, options: ProfileOptions, settings: Settings, pools: LazyPool): Promise<DatasetProfile> {
  let entries = given;
  const scheme = /^(artifact|registry):/.exec(entries[0] ?? '')?.[1];
  if (scheme === 'registry') return registryProfile(io, entries[0]!.slice('registry:'.length), inputName, settings);
  if (scheme === 'artifact') entries = await artifactFiles(io, entries[0]!.slice('artifact:'.length), inputName, settings);
  const files = await expandFiles(io.workspace, entries, inputName);
  const profile = new DatasetProfile(options);
  const data = [];
  for (const file of files) {
    const display = displayPath(io.workspace, file);
    if (isProfileFile(file)) {
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
    const built = await profileFiles(data, options, large ? pools.get() : undefined, undefined, columnSelection(settings));
    for (const problem of built.malformed.slice(0, 5)) io.annotate('warning', `${problem.message} (left out of the comparison)`, { file: problem.file, ...(problem.line ? { line: problem.line } : {}), title: 'drift-check: malformed data' });
    if (built.malformed.length > 5) io.info(`${built.malformed.length - 5} more malformed rows were left out.`);
    if (profile.columns.size === 0 && profile.rows === 0) return built.profile; // nothing to merge: no copy
    profile.merge(built.profile);
  }
  return profile;
}

async function dispatch(io: ActionIO, settings: Settings, report: DriftReport): Promise<DispatchOutcome | undefined> {
  if (!settings.dispatchWorkflow && !settings.repositoryDispatchEvent) return undefined;
  if (!report.drifted) return { dispatched: false, reason: 'no dataset drift' };
  const gh = createGitHub(settings.token, io);
  const repo = currentRepo(io.env);
  const reason = `Data drift in ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})`;
  if (settings.repositoryDispatchEvent) {
    return sendRepositoryDispatch(gh, repo, {
      eventType: settings.repositoryDispatchEvent,
      payload: { ...settings.dispatchInputs, reason, report: runUrl(io.env), drifted_columns: report.driftedColumns },
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
 * (same fingerprint, same exact budget) was profiled before; profiled and cached otherwise.
 */
async function loadReference(io: ActionIO, settings: Settings, options: ProfileOptions, pools: LazyPool): Promise<DatasetProfile> {
  const fingerprint = settings.cacheReference ? await referenceFingerprint(io, settings.reference) : undefined;
  if (!fingerprint) return loadSide(io, settings.reference, 'reference', options, settings, pools);
  const { restoreDir, saveDir } = await import('../github/cache.js');
  // Relative: the cache's version is derived from the paths given, so they must not name a temp folder.
  const relative = '.mlops-actions/cache/reference-profile';
  const dir = path.join(io.workspace, relative);
  const file = path.join(dir, 'profile.json');
  // A profile of some columns is no profile of others: the selection is part of the key.
  const selection = createHash('sha256').update(JSON.stringify(columnSelection(settings))).digest('hex').slice(0, 8);
  const key = `mlops-actions-drift-reference-${fingerprint.slice(0, 32)}-${options.exactLimit}-${selection}`;
  if (await restoreDir(relative, key).catch(() => false)) {
    io.info(`Reference profile restored from the Actions cache (${key}).`);
    return DatasetProfile.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  }
  const profile = await loadSide(io, settings.reference, 'reference', options, settings, pools);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(profile.toJSON()));
  const saved = await saveDir(relative, key).catch((error: Error) => {
    io.info(`Could not cache the reference profile: ${error.message}`);
    return false;
  });
  if (saved) io.info(`Reference profile cached as ${key}.`);
  return profile;
}

export const driftCheck: ActionMain = async (io) => {
  const settings = readSettings(io);
  const options: ProfileOptions = { ...DEFAULT_PROFILE_OPTIONS, exactLimit: settings.exactBudget };
  const pools = new LazyPool();
  const [reference, current] = await io
    .group('Reading the reference and the current data', () => Promise.all([loadReference(io, settings, options, pools), loadSide(io, settings.current, 'current', options, settings, pools)]))
    .finally(() => pools.close());
  const result = compareProfiles(reference, current, settings.drift, settings.driftShare);
  const report = buildDriftReport(result, settings.driftShare, reference.summary(), current.summary());

  report.dispatch = await dispatch(io, settings, report);
  if (report.dispatch) io.info(report.dispatch.dispatched ? `Retraining: ${report.dispatch.reason}${report.dispatch.runUrl ? ` (${report.dispatch.runUrl})` : ''}.` : `Retraining not dispatched: ${report.dispatch.reason}.`);

  const markdown = renderDriftReport(report);
  if (settings.issue) {
    const gh = createGitHub(settings.token, io);
    const outcome = await syncTrackingIssue(
      gh,
      currentRepo(io.env),
      { label: 'drift', marker: '<!-- mlops-actions:drift-check -->', title: `Data drift: ${report.driftedColumns.length} of ${report.compared} columns drifted` },
      report.drifted,
      `${markdown}\n\n[Run](${runUrl(io.env)})`,
      `Drift is gone as of [this run](${runUrl(io.env)}): ${report.driftedColumns.length} of ${report.compared} columns drifted, under the ${report.threshold} share. Closing.`,
    );
    report.issueUrl = outcome.url;
    if (outcome.action !== 'none') io.info(`Tracking issue ${outcome.action}: ${outcome.url}`);
  }

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify(report, null, 2), 'report-path');
  await io.appendSummary(markdown);
  io.setOutput('drifted', String(report.drifted));
  io.setOutput('drift-share', String(report.driftShare));
  io.setOutput('drifted-columns', JSON.stringify(report.driftedColumns));
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('dispatched', String(report.dispatch?.dispatched ?? false));
  io.setOutput('dispatch-run-url', report.dispatch?.runUrl ?? '');
  io.setOutput('issue-url', report.issueUrl ?? '');
  if (report.drifted && settings.failOnDrift) io.setFailed(`Dataset drift: ${report.driftedColumns.length} of ${report.compared} columns drifted (${report.driftedColumns.join(', ')}).`);
};
