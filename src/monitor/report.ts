// The model monitor's part of the drift report: quality against the baseline, label coverage, and the
// trend by time window (JSON, and the markdown rendered from it).
import { code, details, escape, table } from '../report/index.js';
import { HIGHER_IS_BETTER, type QualityMetric, type Task } from './metrics.js';
import { MIN_LABELS, type IntervalMethod, type QualityRow, type QualityVerdict } from './quality.js';
import { parseWindow } from './windows.js';

export interface QualityReport {
  task: Task;
  positiveLabel?: string;
  baseline: { source: 'reference' | 'registry' | 'file'; description: string; labelled?: number };
  /** Current rows, those with a label, their share, and the labelled rows that also hold what the metrics read. */
  rows: number;
  labelled: number;
  coverage: number;
  used: number;
  confidence: number;
  samples: number;
  seed: number;
  metrics: QualityRow[];
  decayed: boolean;
}

export interface WindowReport {
  start: string;
  end: string;
  rows: number;
  labelled: number;
  coverage: number;
  /** Dataset drift of this window's rows against the reference. */
  drift?: { share: number; drifted: boolean; compared: number };
  /** Each metric on the window's labelled rows; null with fewer than 30 of them. */
  quality: Partial<Record<QualityMetric, number | null>>;
}

const VERDICT: Record<QualityVerdict, string> = { decayed: '🔴 decayed', held: '🟢 held', inconclusive: '🟡 inconclusive', 'not-enough-labels': '⚪ not enough labels', 'no-baseline': '⚪ no baseline' };
const METHOD: Record<IntervalMethod, string> = {
  newcombe: "Newcombe's hybrid score interval for a difference of independent proportions",
  wilson: "Wilson's score interval of the current proportion, less the recorded value",
  delong: "the normal interval with DeLong's variance (of each side, added)",
  bootstrap: 'the unpaired percentile bootstrap (each side resampled on its own)',
};

const fmt = (x: number | null | undefined, digits = 4) => (x === null || x === undefined ? '-' : x.toFixed(digits));
const signed = (x: number | null | undefined) => (x === null || x === undefined ? '-' : `${x > 0 ? '+' : ''}${x.toFixed(4)}`);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const count = (n: number) => n.toLocaleString('en-US');

/** The sentence that names what went wrong, for the dispatch's reason and the step's message. */
export function describeDecay(quality: QualityReport): string {
  const decayed = quality.metrics.filter((m) => m.verdict === 'decayed');
  return decayed
    .map((m) => `${m.metric} ${HIGHER_IS_BETTER[m.metric] ? 'dropped' : 'rose'} by ${Math.abs(m.delta!).toFixed(4)} (${fmt(m.baseline)} → ${fmt(m.current)}, ${Math.round(quality.confidence * 100)}% interval of the change [${signed(m.low)}, ${signed(m.high)}], tolerated ${m.tolerance})`)
    .join('; ');
}

export function renderQuality(quality: QualityReport): string {
  const worst = quality.metrics.find((m) => m.verdict === 'decayed') ?? quality.metrics.find((m) => m.verdict === 'inconclusive') ?? quality.metrics[0];
  const headline = quality.decayed ? VERDICT.decayed : worst ? VERDICT[worst.verdict] : '';
  const level = Math.round(quality.confidence * 100);
  const lines = [
    `### Model quality: ${headline}`,
    '',
    `Labels: ${count(quality.labelled)} of ${count(quality.rows)} current rows have one (coverage ${percent(quality.coverage)}); quality is computed on ${quality.used === quality.labelled ? 'them' : `the ${count(quality.used)} of them that also have a prediction and score`}${quality.used < MIN_LABELS ? ` — fewer than ${MIN_LABELS}: not enough labels for a verdict` : ''}.`,
    `Task: ${quality.task}${quality.positiveLabel !== undefined ? `, positive class ${code(quality.positiveLabel)}` : ''}. Baseline: ${escape(quality.baseline.description)}.`,
  ];
  const rows = quality.metrics.map((m) => [code(m.metric), fmt(m.baseline), fmt(m.current), signed(m.delta), m.low === null ? '-' : `[${signed(m.low)}, ${signed(m.high)}]`, `${HIGHER_IS_BETTER[m.metric] ? '−' : '+'}${m.tolerance}`, VERDICT[m.verdict]]);
  lines.push('', table(['metric', 'baseline', 'current', 'change', `${level}% interval`, 'tolerated', 'verdict'], rows));
  const methods = [...new Set(quality.metrics.map((m) => m.interval).filter((m): m is IntervalMethod => !!m))];
  if (methods.length > 0) {
    const used = methods.map((method) => `${quality.metrics.filter((m) => m.interval === method).map((m) => m.metric).join(', ')}: ${METHOD[method]}${method === 'bootstrap' ? ` (${count(quality.samples)} resamples, seed ${quality.seed})` : ''}`);
    lines.push('', `Intervals of current − baseline: ${used.join('; ')}. A metric decayed when its whole interval is worse than the tolerated change, held when none of it is.`);
  }
  return lines.join('\n');
}

/** A mermaid line chart over the windows: one line of values, and a flat line at the baseline when there is one. */
function lineChart(title: string, labels: string[], values: number[], baseline?: number): string {
  const all = baseline === undefined ? values : [...values, baseline];
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 0.05;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis ${(lo - pad).toFixed(4)} --> ${(hi + pad).toFixed(4)}`,
    `  line [${values.map((v) => v.toFixed(4)).join(', ')}]`,
    ...(baseline === undefined ? [] : [`  line [${values.map(() => baseline.toFixed(4)).join(', ')}]`]),
    '```',
  ].join('\n');
}

/** Charts of each quality metric and of the drift share by window, then the per-window numbers. */
export function renderTrend(windows: WindowReport[], window: string, quality?: QualityReport, shownRows = 100): string {
  const metrics = quality?.metrics.map((m) => m.metric) ?? [];
  // Charts name a window by month and day (and time, under a day); the table by its full start.
  const subDay = parseWindow(window)!.size < 86_400_000;
  const label = (start: string) => (subDay ? `${start.slice(5, 10)} ${start.slice(11, 16)}` : start.slice(5, 10));
  const name = (start: string) => (subDay ? `${start.slice(0, 10)} ${start.slice(11, 16)}` : start.slice(0, 10));
  const charts: string[] = [];
  for (const metric of metrics) {
    const points = windows.filter((w) => typeof w.quality[metric] === 'number');
    if (points.length < 2) continue;
    const baseline = quality!.metrics.find((m) => m.metric === metric)!.baseline ?? undefined;
    const chart = lineChart(`${metric} by window${baseline === undefined ? '' : ' (flat line: baseline)'}`, points.map((w) => label(w.start)), points.map((w) => w.quality[metric]!), baseline);
    charts.push(details(`${metric} by ${window} window`, chart));
  }
  const drifts = windows.filter((w) => w.drift);
  if (drifts.length >= 2) charts.push(details(`Drift share by ${window} window`, lineChart('share of drifted columns by window', drifts.map((w) => label(w.start)), drifts.map((w) => w.drift!.share))));
  const shown = windows.slice(-shownRows);
  const rows = shown.map((w) => [
    name(w.start),
    count(w.rows),
    count(w.labelled),
    percent(w.coverage),
    w.drift ? `${percent(w.drift.share)}${w.drift.drifted ? ' 🔴' : ''}` : '-',
    ...metrics.map((m) => fmt(w.quality[m])),
  ]);
  const note = windows.length > shown.length ? `\n\n_The last ${shown.length} of ${windows.length} windows; the JSON report has them all._` : '';
  return [`### Trend by ${window} window (UTC)`, ...charts, table(['window', 'rows', 'labelled', 'coverage', 'drift share', ...metrics.map((m) => code(m))], rows) + note].join('\n\n');
}
