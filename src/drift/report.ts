// The drift report: a JSON document (the contract) and the markdown rendered from it.
import type { QualityReport, WindowReport } from '../monitor/index.js';
import type { SourceJson } from '../profile/index.js';
import { code, details, escape, table, thousands, withinBudget } from '../report/index.js';
import { FORMULAS, type ColumnDrift, type Method } from './compare.js';
import type { DriftSections } from './sections.js';

/** What happened to the retraining dispatch (the GitHub adapter fills it in). */
export interface DispatchOutcome {
  dispatched: boolean;
  reason: string;
  runUrl?: string;
  target?: string;
}

export interface DriftReport {
  kind: 'mlops-actions/drift-report';
  version: 1;
  created: string;
  drifted: boolean;
  driftShare: number;
  threshold: number;
  driftedColumns: string[];
  compared: number;
  reference: { rows: number; fingerprint: string; sources: SourceJson[] };
  current: { rows: number; fingerprint: string; sources: SourceJson[] };
  /** Feature columns: their drifted share decides dataset drift. */
  columns: ColumnDrift[];
  /** No dataset drift and no quality decay, whatever fail-on says. */
  passed: boolean;
  /** The model's columns, compared like features and reported apart: the target, and the prediction and score. */
  target?: ColumnDrift;
  predictions?: ColumnDrift[];
  predictionDrifted?: boolean;
  quality?: QualityReport;
  /** The window length (e.g. 1d) and each window's numbers, with timestamp-column and window. */
  window?: string;
  windows?: WindowReport[];
  dispatch?: DispatchOutcome;
  issueUrl?: string;
  pushgateway?: { url: string; pushed: boolean; error?: string };
}

const number = (x: number | undefined, digits = 4) => (x === undefined || Number.isNaN(x) ? '-' : !Number.isFinite(x) ? '∞' : x !== 0 && Math.abs(x) < 1e-4 ? x.toExponential(2) : x.toFixed(digits));
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Most categories a chart shows; the rest are named by count. */
const CHART_CATEGORIES = 30;

/**
 * Which categories a chart shows when there are too many: by turns the largest share (on either side)
 * and the largest change, ordered by their share of the reference.
 */
function chartCategories(h: NonNullable<ColumnDrift['histogram']>): number[] {
  const all = h.labels.map((_, i) => i);
  if (all.length <= CHART_CATEGORIES) return all;
  const byShare = [...all].sort((a, b) => Math.max(h.reference[b]!, h.current[b]!) - Math.max(h.reference[a]!, h.current[a]!));
  const byChange = [...all].sort((a, b) => Math.abs(h.current[b]! - h.reference[b]!) - Math.abs(h.current[a]! - h.reference[a]!));
  const chosen = new Set<number>();
  for (let k = 0; chosen.size < CHART_CATEGORIES; k++) {
    chosen.add(byShare[k]!);
    if (chosen.size < CHART_CATEGORIES) chosen.add(byChange[k]!);
  }
  return [...chosen].sort((a, b) => h.reference[b]! - h.reference[a]! || a - b);
}

/** A mermaid xychart-beta of reference (bars) and current (line) shares; labels are sanitised data. */
export function histogramChart(column: ColumnDrift): string | undefined {
  const h = column.histogram;
  if (!h || h.labels.length < 2) return undefined;
  const label = (s: string) => `"${s.replace(/[^\p{L}\p{N} ._–+-]/gu, '').slice(0, 12)}"`;
  const shown = chartCategories(h);
  const values = (xs: number[]) => `[${shown.map((i) => xs[i]!.toFixed(4)).join(', ')}]`;
  const top = Math.max(...h.reference, ...h.current) * 1.1 || 1;
  const left = h.labels.length - shown.length;
  return [
    ...(left > 0 ? [`_${shown.length} of ${h.labels.length} categories: those with the largest share or the largest change; ${left} left out._`, ''] : []),
    '```mermaid',
    'xychart-beta',
    `  title "${label(column.column).slice(1, -1)}: reference bars, current line"`,
    `  x-axis [${shown.map((i) => label(h.labels[i]!)).join(', ')}]`,
    `  y-axis "share of rows" 0 --> ${top.toFixed(3)}`,
    `  bar ${values(h.reference)}`,
    `  line ${values(h.current)}`,
    '```',
  ].join('\n');
}

/** One row of a column table (features, target, predictions). */
function columnRow(c: ColumnDrift): string[] {
  return [
    c.status === 'skipped' ? '⚪' : c.drifted ? '🔴' : '🟢',
    code(c.column),
    escape(c.type),
    c.method ?? escape(c.reason ?? ''),
    number(c.statistic),
    c.pValue === undefined ? '-' : number(c.pValue),
    c.threshold === undefined ? '-' : String(c.threshold),
    c.effect ? `${escape(c.effect.name)} ${number(c.effect.value, 3)}` : '-',
    `${percent(c.reference.nullRate)} → ${percent(c.current.nullRate)}`,
    c.newCategories.length ? c.newCategories.slice(0, 5).map((x) => code(x, 20)).join(' ') : '-',
    `${thousands(c.reference.n)} / ${thousands(c.current.n)}${c.basis === 'sketch' ? ' (sketch)' : ''}`,
  ];
}

const columnTable = (columns: ColumnDrift[]) => table(['', 'column', 'type', 'method', 'statistic', 'p-value', 'threshold', 'effect size', 'null rate', 'new categories', 'n ref / cur'], columns.map(columnRow));

export async function renderDriftReport(report: DriftReport): Promise<string> {
  // The monitor's sections are loaded only for a report that has them.
  const monitor = report.quality || report.windows?.length ? await import('../monitor/report.js') : undefined;
  const verdicts = [report.drifted ? '🔴 dataset drift detected' : '🟢 no dataset drift'];
  if (report.quality) verdicts.push(report.quality.decayed ? '🔴 quality decayed' : '🟢 no quality decay');
  if (report.predictionDrifted) verdicts.push('🟠 predictions drifted');
  const head = [
    `## Drift check: ${verdicts.join(' · ')}`,
    '',
    `${report.driftedColumns.length} of ${report.compared} compared feature column(s) drifted (${percent(report.driftShare)}; dataset drift at ≥ ${percent(report.threshold)}).`,
    `Reference: ${thousands(report.reference.rows)} rows (${code(report.reference.fingerprint.slice(0, 12))}) · current: ${thousands(report.current.rows)} rows (${code(report.current.fingerprint.slice(0, 12))})`,
    report.dispatch ? `Retraining: ${report.dispatch.dispatched ? `dispatched ${escape(report.dispatch.target ?? '')}${report.dispatch.runUrl ? ` ([run](${report.dispatch.runUrl}))` : ''}` : `not dispatched: ${escape(report.dispatch.reason)}`}` : '',
    report.pushgateway ? `Pushgateway: ${report.pushgateway.pushed ? 'pushed' : `not pushed (${escape(report.pushgateway.error ?? '')})`}` : '',
  ].filter(Boolean).join('\n');
  const model = [report.target, ...(report.predictions ?? [])].filter((c): c is ColumnDrift => c !== undefined);
  const modelSection = model.length
    ? `### Prediction and target drift: ${report.predictionDrifted ? '🟠 predictions drifted' : '🟢 predictions steady'}${report.target?.drifted ? ' · 🟠 target drifted' : ''}\n\nThe model's own columns, compared like features; not counted in the dataset drift share.\n\n${columnTable(model)}`
    : '';
  const featureSection = `### Feature drift\n\n${columnTable(report.columns)}`;
  const all = [...model, ...report.columns];
  const used = [...new Set(all.map((c) => c.method).filter((m): m is Method => !!m))];
  const formulas = used.map((m) => `- **${m}**: ${escape(FORMULAS[m])}`).join('\n');
  const charts = [...model, ...report.columns.filter((c) => c.status === 'compared').slice(0, 3)]
    .filter((c) => c.status === 'compared')
    .map((c) => [c, histogramChart(c)] as const)
    .filter(([, chart]) => chart)
    .map(([c, chart]) => details(`${c.drifted ? '🔴' : '🟢'} ${escape(c.column)}: reference vs current`, chart!));
  const trend = monitor && report.windows?.length ? monitor.renderTrend(report.windows, report.window!, report.quality) : '';
  const sections = [head, monitor && report.quality ? monitor.renderQuality(report.quality) : '', modelSection, featureSection, trend, formulas ? `**Formulas**\n\n${formulas}` : '', ...charts];
  return withinBudget(sections.filter(Boolean), 1_000_000, (left) => `_${left} section(s) left out to stay under GitHub's 1 MiB summary limit; see the JSON report._`);
}

export function buildDriftReport(result: DriftSections, threshold: number, reference: { rows: number; fingerprint: string; sources: SourceJson[] }, current: { rows: number; fingerprint: string; sources: SourceJson[] }): DriftReport {
  return {
    kind: 'mlops-actions/drift-report',
    version: 1,
    created: new Date().toISOString(),
    drifted: result.drifted,
    driftShare: result.share,
    threshold,
    driftedColumns: result.driftedColumns,
    compared: result.compared,
    reference,
    current,
    columns: result.columns,
    passed: !result.drifted,
    ...(result.target || result.predictions.length ? { target: result.target, predictions: result.predictions, predictionDrifted: result.predictionDrifted } : {}),
  };
}
