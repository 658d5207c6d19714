// The train-gate report: a JSON document, and the markdown (comment and job summary) rendered from it.
import { code, details, escape, table, withinBudget } from '../report/index.js';
import type { MetricRow } from './diff.js';
import type { FairnessFeature } from './fairness.js';
import type { SliceComparison, SliceResult } from './slices.js';
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
    /** Ids in only one of the two files (left out), and their sum. */
    candidateOnly: number;
    baselineOnly: number;
    unmatched: number;
    confidence: number;
    samples: number;
    seed: number;
    mcnemar?: { n: number; b: number; c: number; statistic: number; pValue: number };
    intervals: JudgedInterval[];
  };
  slices?: SliceComparison;
  fairness?: { minSize: number; features: FairnessFeature[] };
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
    const only = [p.candidateOnly && `${p.candidateOnly.toLocaleString('en-US')} only in the candidate's file`, p.baselineOnly && `${p.baselineOnly.toLocaleString('en-US')} only in the baseline's`].filter(Boolean);
    const lines = [`**Is the difference real?** ${p.n.toLocaleString('en-US')} paired examples (the ids both files have${only.length ? `; ${only.join(' and ')}, left out` : ''}); paired bootstrap, ${p.samples} resamples, seed ${p.seed}, ${Math.round(p.confidence * 100)}% percentile interval of candidate − baseline.`];
    if (p.mcnemar) lines.push(`McNemar's exact test: n = ${p.mcnemar.n} discordant pairs, b = ${p.mcnemar.b} (only the candidate right), c = ${p.mcnemar.c} (only the baseline right), p = ${p.mcnemar.pValue.toPrecision(4)}.`);
    lines.push(
      table(
        ['metric', 'baseline', 'candidate', 'Δ', `${Math.round(p.confidence * 100)}% CI of Δ`, 'tolerance', 'verdict'],
        p.intervals.map((i) => [i.metric, fmt(i.baseline), fmt(i.candidate), signed(i.delta), `[${signed(i.low)}, ${signed(i.high)}]`, fmt(i.tolerance), VERDICT[i.verdict]]),
      ),
    );
    sections.push(lines.join('\n\n'));
  }
  if (report.slices) sections.push(renderSlices(report.slices));
  if (report.fairness) sections.push(renderFairness(report.fairness));
  const plot = chart(report.metrics);
  if (plot) sections.push(details('Chart', plot));
  const failed = report.metrics.filter((r) => r.reasons.length > 0);
  if (failed.length > 0) sections.push(details(`Why ${failed.length} metric(s) failed`, failed.map((r) => `- ${code(r.metric)}: ${r.reasons.map(escape).join('; ')}`).join('\n')));
  return withinBudget(sections, budget, (left) => `_${left} more section(s) are in the [job summary](${overflowLink ?? '#'}) (GitHub keeps comments under 65,536 characters)._`);
}

const interval = (low: number, high: number) => (Number.isFinite(low) && Number.isFinite(high) ? `[${signed(low)}, ${signed(high)}]` : '-');
const num = (x: number | null) => (x === null || !Number.isFinite(x) ? '-' : fmt(x, 4));

/** Regressed slices first, then the ten worst by Δ of the primary metric; a chart of the first slicing. */
function renderSlices(s: SliceComparison): string {
  const { metric: primary, higherIsBetter } = s.primary;
  const better = (slice: SliceResult) => {
    const m = slice.metrics.find((x) => x.metric === primary);
    return m && Number.isFinite(m.delta) ? (higherIsBetter ? m.delta : -m.delta) : Infinity;
  };
  const regressed = s.slices.filter((x) => x.regressed);
  const worst = s.slices.filter((x) => x.judged && !x.regressed).sort((a, b) => better(a) - better(b)).slice(0, 10);
  const row = (slice: SliceResult, metric: SliceResult['metrics'][number]) => [
    code(slice.slice),
    slice.n.toLocaleString('en-US'),
    metric.metric,
    fmt(metric.baseline, 4),
    fmt(metric.candidate, 4),
    signed(metric.delta, 4),
    interval(metric.low, metric.high),
    metric.pAdjusted === undefined ? '-' : metric.pAdjusted.toPrecision(3),
    slice.judged ? VERDICT[metric.verdict] : 'not judged',
  ];
  const rows = [...regressed.flatMap((slice) => slice.metrics.filter((m) => m.verdict === 'regressed').map((m) => row(slice, m))), ...worst.flatMap((slice) => slice.metrics.filter((m) => m.metric === primary).map((m) => row(slice, m)))];
  const small = s.slices.filter((x) => !x.judged);
  const lines = [
    '### Slices',
    `${s.judged} of ${s.slices.length} slice(s) of ${s.slicings.map((name) => code(name)).join(', ')} judged (at least ${s.minSize} paired examples); ${escape(s.method, 1000)}.`,
    regressed.length > 0 ? `**Regressed:** ${regressed.map((x) => code(x.slice)).join(', ')}` : '**No slice regressed.**',
    table(['slice', 'n', 'metric', 'baseline', 'candidate', 'Δ', `${+(s.level * 100).toPrecision(6)}% CI of Δ`, 'p (Holm)', 'verdict'], rows),
  ];
  const plot = sliceChart(s.slices.filter((x) => x.slicing === s.slicings[0]), primary);
  if (plot) lines.push(plot);
  if (small.length > 0) lines.push(details(`${small.length} slice(s) under ${s.minSize} examples, listed, not judged`, small.slice(0, 100).map((x) => `- ${code(x.slice)}: n = ${x.n}`).join('\n')));
  return lines.join('\n\n');
}

/** Δ of the primary metric by slice (mermaid xychart-beta: bars only, no legend). */
function sliceChart(slices: SliceResult[], primary: string): string | undefined {
  const shown = slices.map((x) => [x.slice, x.metrics.find((m) => m.metric === primary)?.delta] as const).filter((x): x is readonly [string, number] => Number.isFinite(x[1])).slice(0, 30);
  if (shown.length < 2) return undefined;
  // Mermaid labels hold no markup: < becomes its full-width look-alike, anything unusual is dropped.
  const label = (text: string) => `"${text.replace(/</g, '＜').replace(/[^\p{L}\p{N} ._=＜≥,[()-]/gu, '').slice(0, 18)}"`;
  return ['```mermaid', 'xychart-beta', `  title "Δ ${primary} by slice (candidate − baseline)"`, `  x-axis [${shown.map(([name]) => label(name)).join(', ')}]`, `  y-axis "Δ ${primary}"`, `  bar [${shown.map(([, d]) => d.toFixed(4)).join(', ')}]`, '```'].join('\n');
}

function renderFairness(f: NonNullable<TrainGateReport['fairness']>): string {
  const sections = ['### Fairness', `Fairlearn's definitions over the groups with at least ${f.minSize} examples: demographic parity difference (max − min selection rate) and ratio (min / max), equalized odds difference (the larger of the TPR and FPR gaps).`];
  for (const feature of f.features) {
    const measures = Object.keys(feature.candidate) as (keyof typeof feature.candidate)[];
    sections.push(
      `**${code(feature.feature)}**`,
      table(['measure', 'baseline', 'candidate', 'change'], measures.map((m) => [m, num(feature.baseline[m]), num(feature.candidate[m]), feature.change[m] === null ? '-' : signed(feature.change[m]!, 4)])),
      details(
        `${feature.groups.length} group(s): selection rate, TPR and FPR (baseline → candidate)`,
        table(
          ['group', 'n', 'selection rate', 'TPR', 'FPR'],
          feature.groups.slice(0, 100).map((g) => [code(g.group) + (g.counted ? '' : ' (not counted)'), String(g.n), `${num(g.baseline.selectionRate)} → ${num(g.candidate.selectionRate)}`, `${num(g.baseline.tpr)} → ${num(g.candidate.tpr)}`, `${num(g.baseline.fpr)} → ${num(g.candidate.fpr)}`]),
        ),
      ),
    );
  }
  return sections.join('\n\n');
}
