// The drift report: a JSON document (the contract) and the markdown rendered from it.
import type { SourceJson } from '../profile/index.js';
import { code, details, escape, table, withinBudget } from '../report/index.js';
import { FORMULAS, type ColumnDrift, type DatasetDrift, type Method } from './compare.js';

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
  columns: ColumnDrift[];
  dispatch?: DispatchOutcome;
  issueUrl?: string;
}

const number = (x: number | undefined, digits = 4) => (x === undefined || Number.isNaN(x) ? '-' : !Number.isFinite(x) ? '∞' : x !== 0 && Math.abs(x) < 1e-4 ? x.toExponential(2) : x.toFixed(digits));
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A mermaid xychart-beta of reference (bars) and current (line) shares; labels are sanitised data. */
export function histogramChart(column: ColumnDrift): string | undefined {
  const h = column.histogram;
  if (!h || h.labels.length < 2) return undefined;
  const label = (s: string) => `"${s.replace(/[^\p{L}\p{N} ._–+-]/gu, '').slice(0, 12)}"`;
  const values = (xs: number[]) => `[${xs.map((x) => x.toFixed(4)).join(', ')}]`;
  const top = Math.max(...h.reference, ...h.current) * 1.1 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${label(column.column).slice(1, -1)}: reference bars, current line"`,
    `  x-axis [${h.labels.slice(0, 30).map(label).join(', ')}]`,
    `  y-axis "share of rows" 0 --> ${top.toFixed(3)}`,
    `  bar ${values(h.reference.slice(0, 30))}`,
    `  line ${values(h.current.slice(0, 30))}`,
    '```',
  ].join('\n');
}

export function renderDriftReport(report: DriftReport): string {
  const verdict = report.drifted ? '🔴 dataset drift detected' : '🟢 no dataset drift';
  const head = [
    `## Drift check: ${verdict}`,
    '',
    `${report.driftedColumns.length} of ${report.compared} compared column(s) drifted (${percent(report.driftShare)}; dataset drift at ≥ ${percent(report.threshold)}).`,
    `Reference: ${report.reference.rows.toLocaleString('en-US')} rows (${code(report.reference.fingerprint.slice(0, 12))}) · current: ${report.current.rows.toLocaleString('en-US')} rows (${code(report.current.fingerprint.slice(0, 12))})`,
    report.dispatch ? `Retraining: ${report.dispatch.dispatched ? `dispatched ${escape(report.dispatch.target ?? '')}${report.dispatch.runUrl ? ` ([run](${report.dispatch.runUrl}))` : ''}` : `not dispatched: ${escape(report.dispatch.reason)}`}` : '',
  ].filter(Boolean).join('\n');
  const rows = report.columns.map((c) => [
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
    `${c.reference.n.toLocaleString('en-US')} / ${c.current.n.toLocaleString('en-US')}${c.basis === 'sketch' ? ' (sketch)' : ''}`,
  ]);
  const columnsTable = table(['', 'column', 'type', 'method', 'statistic', 'p-value', 'threshold', 'effect size', 'null rate', 'new categories', 'n ref / cur'], rows);
  const used = [...new Set(report.columns.map((c) => c.method).filter((m): m is Method => !!m))];
  const formulas = used.map((m) => `- **${m}**: ${escape(FORMULAS[m])}`).join('\n');
  const charts = report.columns
    .filter((c) => c.status === 'compared')
    .slice(0, 3)
    .map((c) => [c, histogramChart(c)] as const)
    .filter(([, chart]) => chart)
    .map(([c, chart]) => details(`${c.drifted ? '🔴' : '🟢'} ${escape(c.column)}: reference vs current`, chart!));
  return withinBudget([head, columnsTable, formulas ? `**Formulas**\n\n${formulas}` : '', ...charts].filter(Boolean), 1_000_000, (left) => `_${left} section(s) left out to stay under GitHub's 1 MiB summary limit; see the JSON report._`);
}

export function buildDriftReport(result: DatasetDrift, threshold: number, reference: { rows: number; fingerprint: string; sources: SourceJson[] }, current: { rows: number; fingerprint: string; sources: SourceJson[] }): DriftReport {
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
  };
}
