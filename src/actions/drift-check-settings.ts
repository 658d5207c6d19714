// drift-check's settings: every input read once and validated before any work, each error naming its
// input (the input-helper pattern); renamed inputs still read under their old names, with a warning.
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_COLUMNS } from '../data/index.js';
import { classifyColumn } from '../data/values.js';
import { METHODS, type DriftOptions, type Method, type Roles } from '../drift/index.js';
import { parseMetrics, type Metrics } from '../metrics/index.js';
// The monitor's settings only, not the monitor (loaded by the runs that use it; see drift-check.ts).
import { QUALITY_METRICS, SCORE_METRICS, TASK_OF, type QualityMetric } from '../monitor/metrics.js';
import type { ModelSettings } from '../monitor/model.js';
import { labelOf } from '../monitor/read.js';
import { parseWindow, type WindowSpec } from '../monitor/windows.js';
import { ConfigurationError, inputFile, Inputs, type ActionIO } from '../runtime/index.js';

/** The model monitor's settings: which columns hold what, how quality is judged, against what, by which windows. */
export interface MonitorSettings {
  model: ModelSettings;
  baseline: { kind: 'reference' } | { kind: 'registry'; reference: string } | { kind: 'file'; given: string; metrics: Metrics };
  window?: WindowSpec;
}

export interface Settings {
  reference: string[];
  current: string[];
  drift: DriftOptions;
  driftShare: number;
  failOn: 'drift' | 'quality' | 'any' | 'never';
  exactBudget: number;
  maxColumns: number;
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
  // The positive class as the data's values read: "1.0" is 1, "true" is 1.
  const positive = inputs.string('positive-label', '1');
  return {
    model: {
      columns: roles,
      task,
      metrics,
      positiveLabel: labelOf(classifyColumn([positive], 1, new Set(), true), 0) ?? positive,
      tolerances: readTolerances(inputs, metrics),
      confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
      samples: inputs.number('bootstrap-samples', 2000, { min: 100, max: 100_000, integer: true }),
      seed: inputs.number('seed', 42, { min: 0, integer: true }),
    },
    baseline: readQualityBaseline(inputs, io),
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

export function readSettings(io: ActionIO): Settings {
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
    maxColumns: inputs.number('max-columns', DEFAULT_MAX_COLUMNS, { min: 1, integer: true }),
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
