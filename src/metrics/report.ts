// The train-gate report: a JSON document, and the markdown (comment and job summary) rendered from it.
import { code, details, escape, table, withinBudget } from '../report/index.js';
import type { MetricRow } from './diff.js';
import type { JudgedInterval, Verdict } from './verdict.js';

export interface TrainGateReport {
  kind: 'mlops-actions/train-gate-report';
  version: 1;
  passed: boolean;
  verdict: Verdict;
  reasons: string[];
  baseline: { source: string; description: string };
  metrics: MetricRow[];
  paired?: {
    n: number;
    unmatched: number;
    confidence: number;
    samples: number;
    seed: number;
    mcnemar?: { n: number; b: number; c: number; statistic: number; pValue: number };
    intervals: JudgedInterval[];
  };
}

const fmt = (x: number | undefined, digits = 5) => (x === undefined ? '-' : Number.isInteger(x) ? String(x) : x.toFixed(digits).replace(/0+$/, '').replace(/\.$/, ''));
const signed = (x: number | undefined, digits = 5) => (x === undefined ? '-' : `${x > 0 ? '+' : ''}${fmt(x, digits)}`);
const STATUS = { pass: '✅', fail: '❌', info: '', missing: '⚪' } as const;
const VERDICT = { improved: '🟢 improved', regressed: '🔴 regressed', unchanged: '⚪ unchanged', inconclusive: '🟡 inconclusive' } as const;

/** Candidate vs baseline for metrics on a 0–1 scale, where one chart can hold them all. */
function chart(rows: MetricRow[]): string | undefined {
  const shown = rows.filter((r) => r.baseline !== undefined && r.candidate !== undefined && r.baseline >= 0 && r.baseline <= 1 && r.candidate >= 0 && r.candidate <= 1).slice(0, 12);
  if (shown.length < 2) return undefined;
  const label = (s: string) => `"${s.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 14)}"`;
  return [
    '```mermaid',
    'xychart-beta',
    '  title "baseline (bars) vs candidate (line)"',
    `  x-axis [${shown.map((r) => label(r.metric)).join(', ')}]`,
    '  y-axis "value" 0 --> 1',
    `  bar [${shown.map((r) => r.baseline!.toFixed(4)).join(', ')}]`,
    `  line [${shown.map((r) => r.candidate!.toFixed(4)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Markdown within `budget` characters (65,536 for a comment); what does not fit points at the job summary. */
export function renderTrainGate(report: TrainGateReport, budget: number, overflowLink?: string): string {
  const head = [
    `## Train gate: ${report.passed ? '✅ passed' : '❌ failed'} · ${VERDICT[report.verdict]}`,
    '',
    `Baseline: ${escape(report.baseline.description)}`,
    ...report.reasons.map((r) => `- ❌ ${escape(r)}`),
  ].join('\n');
  const metricsTable = table(
    ['metric', 'baseline', 'candidate', 'change', 'relative', 'rule', 'status'],
    report.metrics.map((r) => [code(r.metric), fmt(r.baseline), fmt(r.candidate), signed(r.change), r.relativeChange === undefined ? '-' : `${signed(r.relativeChange * 100, 2)}%`, escape(r.rule) || '-', `${STATUS[r.status]} ${r.status}`]),
  );
  const sections = [head, metricsTable];
  if (report.paired) {
    const p = report.paired;
    const lines = [`**Is the difference real?** ${p.n.toLocaleString('en-US')} paired examples${p.unmatched ? ` (${p.unmatched} without a pair left out)` : ''}; paired bootstrap, ${p.samples} resamples, seed ${p.seed}, ${Math.round(p.confidence * 100)}% percentile interval of candidate − baseline.`];
    if (p.mcnemar) lines.push(`McNemar's exact test: n = ${p.mcnemar.n} discordant pairs, b = ${p.mcnemar.b} (only the candidate right), c = ${p.mcnemar.c} (only the baseline right), p = ${p.mcnemar.pValue.toPrecision(4)}.`);
    lines.push(
      table(
        ['metric', 'baseline', 'candidate', 'Δ', `${Math.round(p.confidence * 100)}% CI of Δ`, 'tolerance', 'verdict'],
        p.intervals.map((i) => [i.metric, fmt(i.baseline), fmt(i.candidate), signed(i.delta), `[${signed(i.low)}, ${signed(i.high)}]`, fmt(i.tolerance), VERDICT[i.verdict]]),
      ),
    );
    sections.push(lines.join('\n\n'));
  }
  const plot = chart(report.metrics);
  if (plot) sections.push(details('Chart', plot));
  const failed = report.metrics.filter((r) => r.reasons.length > 0);
  if (failed.length > 0) sections.push(details(`Why ${failed.length} metric(s) failed`, failed.map((r) => `- ${code(r.metric)}: ${r.reasons.map(escape).join('; ')}`).join('\n')));
  return withinBudget(sections, budget, (left) => `_${left} more section(s) are in the [job summary](${overflowLink ?? '#'}) (GitHub keeps comments under 65,536 characters)._`);
}
