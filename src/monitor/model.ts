// From the monitored rows to the model's quality report: the columns checked for what their role needs
// (each problem a ConfigurationError naming its input), the task, the labelled rows of each side as
// samples, and the metrics judged against the baseline.
import { ConfigurationError } from '../runtime/errors.js';
import { TASK_OF, type QualityMetric, type Task } from './metrics.js';
import { assessQuality, MIN_LABELS, rowStatus, sampleOf, usableRows, type QualityOptions } from './quality.js';
import type { MonitorColumns, MonitoredData, MonitoredRows } from './read.js';
import type { QualityReport } from './report.js';
import type { QualityOfRows } from './trend.js';
import { MAX_WINDOWS, type WindowSpec } from './windows.js';

export interface ModelSettings extends Omit<QualityOptions, 'metrics'> {
  columns: MonitorColumns;
  task: 'auto' | Task;
  /** Undefined: the task's defaults. */
  metrics?: QualityMetric[];
  /** As the data's values read (labelOf): "1.0" is "1", "true" is "1". */
  positiveLabel: string;
}

/** The baseline: the reference's labelled rows, or metric values recorded elsewhere (registry, file). */
export type BaselineSource = { source: 'reference'; rows: MonitoredRows } | { source: 'registry' | 'file'; values: ReadonlyMap<string, number>; description: string };

const count = (n: number) => n.toLocaleString('en-US');
const INPUT_OF = { target: 'target', prediction: 'prediction', score: 'score', timestamp: 'timestamp-column' } as const;

/** The monitored columns exist on this side and hold what their role needs. */
export function checkMonitored(data: MonitoredData, side: string, columns: MonitorColumns, window?: WindowSpec): void {
  const names = data.profile.columns;
  for (const role of ['target', 'prediction', 'score', 'timestamp'] as const) {
    const name = columns[role];
    if (name !== undefined && !names.has(name)) throw new ConfigurationError(`Input '${INPUT_OF[role]}': no column "${name}" in the ${side} data (its columns: ${[...names.keys()].slice(0, 20).map((c) => JSON.stringify(c)).join(', ')}).`);
  }
  const { invalid } = data.rows;
  if (invalid.score) throw new ConfigurationError(`Input 'score': column "${columns.score}" must hold probabilities in [0, 1]; ${count(invalid.score.count)} value(s) in the ${side} data are not (first: ${invalid.score.first}).`);
  if (invalid.timestamp) throw new ConfigurationError(`Input 'timestamp-column': ${count(invalid.timestamp.count)} row(s) of the ${side} data have an empty or unreadable timestamp in "${columns.timestamp}" (first: ${invalid.timestamp.first}). Timestamps are ISO 8601 dates or datetimes, or Unix seconds.`);
  if (invalid.window || data.windows.length > MAX_WINDOWS) throw new ConfigurationError(`Input 'window': ${window?.text} windows cut the ${side} data into more than ${count(MAX_WINDOWS)} windows (the first row past them: ${invalid.window?.first ?? 'in another file'}). Use a longer window, or a shorter stretch of data.`);
}

/** auto: a numeric target with more than 20 distinct values is regression (train-gate's rule), else classification. */
function chooseTask(setting: ModelSettings['task'], sides: MonitoredRows[]): Task {
  if (setting !== 'auto') return setting;
  const numeric = sides.every((rows) => !rows.invalid.target);
  if (sides.some((rows) => rows.manyLabels)) return numeric ? 'regression' : 'classification';
  const distinct = new Set(sides.flatMap((rows) => classesOf(rows)));
  return numeric && distinct.size > 20 ? 'regression' : 'classification';
}

/** The target's classes among the labelled rows. */
function classesOf(rows: MonitoredRows): string[] {
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) if (rows.target![i]! >= 0) seen.add(rows.target![i]!);
  return [...seen].map((c) => rows.labels[c]!).sort();
}

/** One side's labelled rows as a sample, once its columns hold what the task needs. */
function labelledSample(rows: MonitoredRows, task: Task, metrics: QualityMetric[], settings: ModelSettings, side: string) {
  const { columns } = settings;
  if (task === 'regression') {
    for (const role of ['target', 'prediction'] as const) {
      const bad = rows.invalid[role];
      if (bad) throw new ConfigurationError(`Input '${role}': a regression needs numbers, but ${count(bad.count)} value(s) of "${columns[role]}" in the ${side} data are not (first: ${bad.first}). For classes, set task: classification.`);
    }
  } else if (rows.manyLabels) {
    throw new ConfigurationError(`Input 'target': "${columns.target}" in the ${side} data has more than 10,000 distinct values, too many for classes. For numbers, set task: regression.`);
  }
  const status = rowStatus(rows, task, metrics);
  const positive = rows.labels.indexOf(settings.positiveLabel);
  const sample = sampleOf(rows, usableRows(status), task, positive < 0 ? -3 : positive);
  let labelled = 0;
  for (let i = 0; i < status.length; i++) labelled += status[i]! > 0 ? 1 : 0;
  return { sample, status, labelled, positive };
}

/** The quality report of the current rows against the baseline; `warn` hears what is left out. */
export async function judgeModel(current: MonitoredRows, baseline: BaselineSource, settings: ModelSettings, warn: (message: string) => void): Promise<{ quality: QualityReport; rows: QualityOfRows }> {
  const { columns } = settings;
  const referenceRows = baseline.source === 'reference' ? baseline.rows : undefined;
  const task = chooseTask(settings.task, referenceRows ? [current, referenceRows] : [current]);
  const metrics = settings.metrics ?? (task === 'regression' ? ['mae', 'rmse'] : [...(columns.prediction ? (['accuracy', 'f1'] as const) : []), ...(columns.score ? (['roc_auc'] as const) : [])]);
  const reads = `the target "${columns.target}" reads as ${task}${settings.task === 'auto' ? ' (task: auto)' : ''}`;
  if (metrics.some((m) => TASK_OF[m] !== task)) throw new ConfigurationError(`Input 'quality-metrics': ${metrics.join(', ')} are not ${task} metrics, and ${reads}. Set task, or choose ${task} metrics.`);
  if (task === 'regression' && !columns.prediction) throw new ConfigurationError(`Input 'prediction' is needed: ${reads}, judged on the predicted values.`);

  const mine = labelledSample(current, task, metrics, settings, 'current');
  const theirs = referenceRows && labelledSample(referenceRows, task, metrics, settings, 'reference');
  if (task === 'classification' && metrics.some((m) => m !== 'accuracy') && mine.positive < 0 && (theirs?.positive ?? -1) < 0) {
    throw new ConfigurationError(`Input 'positive-label': "${settings.positiveLabel}" is not a value of the target "${columns.target}" (its values: ${classesOf(current).slice(0, 10).join(', ')}).`);
  }
  if (task === 'classification' && metrics.includes('roc_auc') && mine.sample.n >= MIN_LABELS) {
    const positives = (mine.sample as { actual: Uint8Array }).actual.reduce((a, b) => a + b, 0);
    if (positives === 0 || positives === mine.sample.n) throw new ConfigurationError(`Input 'quality-metrics': roc_auc needs both classes among the labelled rows, but all ${count(mine.sample.n)} labelled current rows are ${positives === 0 ? 'negative' : 'positive'} (positive-label: ${settings.positiveLabel}). Leave roc_auc out until both have labels, or check positive-label.`);
  }
  const description = theirs ? `the model's quality on the ${count(theirs.sample.n)} labelled reference rows` : (baseline as { description: string }).description;
  if (baseline.source !== 'reference') {
    const missing = metrics.filter((m) => !baseline.values.has(m));
    if (missing.length) warn(`The quality baseline (${description}) has no ${missing.join(', ')}: ${missing.length === 1 ? 'it is' : 'they are'} reported without a verdict. It has: ${[...baseline.values.keys()].slice(0, 20).join(', ') || 'nothing'}.`);
  }
  const unusable = mine.labelled - mine.sample.n;
  if (unusable > 0) warn(`${count(unusable)} labelled current row(s) have no ${[columns.prediction && 'prediction', columns.score && 'score'].filter(Boolean).join(' or ')}: left out of quality.`);

  const judged = await assessQuality(mine.sample, theirs ? { sample: theirs.sample } : { values: (baseline as { values: ReadonlyMap<string, number> }).values }, { ...settings, metrics });
  const quality: QualityReport = {
    task,
    ...(task === 'classification' ? { positiveLabel: settings.positiveLabel } : {}),
    baseline: { source: baseline.source, description, ...(theirs ? { labelled: theirs.sample.n } : {}) },
    rows: current.length,
    labelled: mine.labelled,
    coverage: current.length === 0 ? 0 : mine.labelled / current.length,
    used: mine.sample.n,
    confidence: settings.confidence,
    samples: settings.samples,
    seed: settings.seed,
    metrics: judged,
    decayed: judged.some((m) => m.verdict === 'decayed'),
  };
  return { quality, rows: { task, positive: mine.positive, metrics, status: mine.status } };
}
