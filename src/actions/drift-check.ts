// drift-check: profile (or load) reference and current data and compare them column by column — the
// features, and apart from them the model's target, prediction and score — judge the model's quality on
// the labelled current rows against a baseline, follow both by time window, write the report and summary,
// push the numbers to a Prometheus Pushgateway, and on drift or decay dispatch retraining and keep one
// tracking issue up to date.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { detectFormat } from '../data/index.js';
import type { ColumnSelection } from '../data/table.js';
import { buildDriftReport, compareProfiles, compareSections, featureOptions, renderDriftReport, type DispatchOutcome, type DriftReport, type Roles } from '../drift/index.js';
import { currentRepo, runUrl } from '../github/repository.js';
import type { BaselineSource, MonitoredData, MonitorTasks, QualityReport, WindowSpec } from '../monitor/index.js';
import { DatasetProfile, DEFAULT_PROFILE_OPTIONS, fingerprintOf, PROFILE_KIND, profileFileHere, profileFiles, type DatasetProfileJson, type ProfileOptions, type ProfileTasks } from '../profile/index.js';
import { WorkerPool } from '../runtime/worker-pool.js';
import { ConfigurationError, displayPath, expandFiles, jsonPieces, reportOutcome, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';
import { readSettings, type Settings } from './drift-check-settings.js';

/** The model monitor, loaded only by the runs that use it (target, prediction, score, window, pushgateway). */
const loadMonitor = () => import('../monitor/index.js');

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

// The API client and the registry are loaded only when a run asks for them (most compare files alone).
const openRegistryOf = async (io: ActionIO, settings: Settings) => (await import('../registry/index.js')).openRegistry(settings.registry, io, settings.token);

/** The training profile stored with a registered version (register-model's `profile` input). */
async function registryProfile(io: ActionIO, reference: string, inputName: string, settings: Settings): Promise<DatasetProfile> {
  const registry = await openRegistryOf(io, settings);
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
  private pool: WorkerPool<ProfileTasks & MonitorTasks> | undefined;
  get(): WorkerPool<ProfileTasks & MonitorTasks> {
    return (this.pool ??= new WorkerPool<ProfileTasks & MonitorTasks>(availableParallelism() - 1, async (task, input) => (task === 'monitor-file' ? (await loadMonitor()).monitorFileHere(input) : profileFileHere(input))));
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * The columns compared, the model's own (target, prediction, score, timestamp) with the features named:
 * no other is profiled (nor, in Parquet, read).
 */
function columnSelection(settings: Settings): ColumnSelection | undefined {
  const roles = Object.values(settings.monitor?.model.columns ?? {}).filter((name): name is string => name !== undefined);
  const exclude = settings.drift.exclude.filter((name) => !roles.includes(name));
  if (!settings.drift.columns && exclude.length === 0) return undefined;
  return { ...(settings.drift.columns && { include: [...settings.drift.columns, ...roles] }), exclude };
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
    const limits = { maxColumns: settings.maxColumns };
    const monitored = monitor ? await (await loadMonitor()).monitorFiles(data, { options, missing: [''], columns: monitor.columns, window: monitor.window, limits }, pool) : undefined;
    const select = columnSelection(settings);
    const built = monitored ?? (await profileFiles(data, options, pool, undefined, { ...limits, ...(select && { select }) }));
    for (const problem of built.malformed.first.slice(0, 5)) io.annotate('warning', `${problem.message} (left out of the comparison)`, { file: problem.file, ...(problem.line ? { line: problem.line } : {}), title: 'drift-check: malformed data' });
    if (built.malformed.count > 5) io.info(`${built.malformed.count - 5} more malformed rows were left out.`);
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
  // A profile of some columns is no profile of others: the selection is part of the key.
  const selection = createHash('sha256').update(JSON.stringify(columnSelection(settings) ?? {})).digest('hex').slice(0, 8);
  const key = `mlops-actions-drift-reference-${fingerprint.slice(0, 32)}-${options.exactLimit}-${selection}`;
  if (await restoreDir(relative, key).catch(() => false)) {
    io.info(`Reference profile restored from the Actions cache (${key}).`);
    return { profile: DatasetProfile.fromJSON(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  const side = await loadSide(io, settings.reference, 'reference', options, settings, pools);
  mkdirSync(dir, { recursive: true });
  writeOutputFile(io.workspace, file, jsonPieces(side.profile.toJSON(), 0), 'cache-reference');
  const saved = await saveDir(relative, key).catch((error: Error) => {
    io.info(`Could not cache the reference profile: ${error.message}`);
    return false;
  });
  if (saved) io.info(`Reference profile cached as ${key}.`);
  return side;
}

/** Quality on the labelled current rows against the baseline, and the windows' numbers. */
async function monitorModel(io: ActionIO, settings: Settings, reference: Side, current: Side): Promise<{ quality?: QualityReport; windows?: DriftReport['windows'] }> {
  const { model, baseline, window } = settings.monitor!;
  const { judgeModel, windowReports } = await loadMonitor();
  const rows = current.monitored!.rows;
  let judged: Awaited<ReturnType<typeof judgeModel>> | undefined;
  if (model.columns.target) {
    let source: BaselineSource;
    const registryReference = settings.reference[0]?.startsWith('registry:') ? settings.reference[0].slice('registry:'.length) : undefined;
    if (baseline.kind === 'file') source = { source: 'file', values: baseline.metrics, description: `the metrics file ${baseline.given}` };
    else if (baseline.kind === 'registry' || registryReference) {
      const name = baseline.kind === 'registry' ? baseline.reference : registryReference!;
      const version = await (await openRegistryOf(io, settings)).resolve(name);
      source = { source: 'registry', values: new Map(Object.entries(version.card?.metrics ?? {})), description: `the metrics recorded for ${version.card?.name ?? name} ${version.version} (registry:${name}) when it was registered` };
    } else source = { source: 'reference', rows: reference.monitored!.rows };
    judged = await judgeModel(rows, source, model, (message) => io.annotate('warning', message, { title: 'drift-check: quality' }));
  }
  if (!window) return { quality: judged?.quality };
  const windows = windowReports(rows, window, judged?.rows);
  const profiles = new Map(current.monitored!.windows.map((w) => [new Date(w.start).toISOString(), w.profile]));
  const options = featureOptions(settings.drift, model.columns);
  for (const w of windows) {
    const drift = compareProfiles(reference.profile, profiles.get(w.start)!, options, settings.driftShare);
    w.drift = { share: drift.share, drifted: drift.drifted, compared: drift.compared };
  }
  return { quality: judged?.quality, windows };
}

/** Why retraining is wanted now (by dispatch-on), or undefined; `decay` describes a quality decay. */
function retrainReason(settings: Settings, report: DriftReport, decay: string | undefined): string | undefined {
  const reasons: string[] = [];
  if (settings.dispatchOn !== 'quality' && report.drifted) reasons.push(`Data drift in ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})`);
  if (settings.dispatchOn !== 'drift' && decay) reasons.push(`Quality decay: ${decay}`);
  return reasons.length ? reasons.join('; ') : undefined;
}

async function dispatch(io: ActionIO, settings: Settings, report: DriftReport, decay: string | undefined): Promise<DispatchOutcome | undefined> {
  if (!settings.dispatchWorkflow && !settings.repositoryDispatchEvent) return undefined;
  const reason = retrainReason(settings, report, decay);
  if (!reason) {
    const none = { drift: 'no dataset drift', quality: 'no quality decay', any: report.quality ? 'no dataset drift and no quality decay' : 'no dataset drift' };
    return { dispatched: false, reason: none[settings.dispatchOn] };
  }
  const { createGitHub, dispatchWorkflow, sendRepositoryDispatch } = await import('../github/index.js');
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
  const { createGitHub, syncTrackingIssue } = await import('../github/index.js');
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
  const { exposition, gauges, pushGauges } = await loadMonitor();
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
  const roles = monitor?.model.columns ?? {};
  const currentRead: MonitorRead | undefined = roles.target || monitor?.window ? { columns: roles, window: monitor!.window, why: roles.target ? "quality (input 'target')" : "the windows (input 'window')" } : undefined;
  const referenceRows = roles.target !== undefined && monitor!.baseline.kind === 'reference' && !settings.reference[0]?.startsWith('registry:');
  const referenceRead: MonitorRead | undefined = referenceRows ? { columns: { target: roles.target, prediction: roles.prediction, score: roles.score }, why: "quality-baseline: reference (the model's quality on the reference rows; or give registry:<model>#<stage> or a metrics file)" } : undefined;
  const pools = new LazyPool();
  const [reference, current] = await io
    .group('Reading the reference and the current data', () => Promise.all([loadReference(io, settings, options, pools, referenceRead), loadSide(io, settings.current, 'current', options, settings, pools, currentRead)]))
    .finally(() => pools.close());
  if (currentRead) (await loadMonitor()).checkMonitored(current.monitored!, 'current', roles, monitor!.window);
  if (referenceRead) (await loadMonitor()).checkMonitored(reference.monitored!, 'reference', referenceRead.columns);

  const warn = (message: string) => io.annotate('warning', message, { title: 'drift-check' });
  const sections = compareSections(reference.profile, current.profile, settings.drift, settings.driftShare, roles, warn);
  const report = buildDriftReport(sections, settings.driftShare, reference.profile.summary(), current.profile.summary());
  if (currentRead) {
    const { quality, windows } = await monitorModel(io, settings, reference, current);
    if (quality) report.quality = quality;
    if (windows) Object.assign(report, { window: monitor!.window!.text, windows });
  }
  report.passed = !report.drifted && !report.quality?.decayed;
  const decay = report.quality?.decayed ? (await loadMonitor()).describeDecay(report.quality) : undefined;

  report.dispatch = await dispatch(io, settings, report, decay);
  if (report.dispatch) io.info(report.dispatch.dispatched ? `Retraining: ${report.dispatch.reason}${report.dispatch.runUrl ? ` (${report.dispatch.runUrl})` : ''}.` : `Retraining not dispatched: ${report.dispatch.reason}.`);
  if (settings.pushgateway) report.pushgateway = await push(io, settings, report);
  const markdown = await renderDriftReport(report);
  if (settings.issue) await trackIssue(io, settings, report, markdown);

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, jsonPieces(report), 'report-path');
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
    decay ? `quality decay: ${decay}` : '',
  ].filter(Boolean);
  const failStep = (settings.failOn === 'drift' && report.drifted) || (settings.failOn === 'quality' && !!report.quality?.decayed) || (settings.failOn === 'any' && !report.passed);
  reportOutcome(io, 'drift-check', { passed: report.passed, failStep, problem: problems.join('; ') });
};
