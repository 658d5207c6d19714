// Every number behind the decision, in the job summary: the analysis timeline (shadow, steps, A/B
// guardrails) with each window's descriptive statistics, the A/B experiment's looks, and charts.
import { code, details, escape, table } from '../report/index.js';
import type { SampleSummary } from './samples.js';
import type { Rollout } from './session.js';
import type { RolloutSubject } from './traffic.js';

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
const rate = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(4));

/** Mean, then median [p10, p90], sd and n on a second line. */
function sample(s: SampleSummary | undefined): string {
  if (!s || s.n === 0) return '-';
  return `${num(s.mean)}<br><sub>median ${num(s.median)} [${num(s.p10)}, ${num(s.p90)}] · sd ${num(s.sd)} · n ${s.n}</sub>`;
}

const VERDICTS: Record<Rollout['result'], string> = {
  promoted: '🟢 promoted',
  'rolled-back': '🔴 rolled back',
  'failed-smoke': '🔴 failed the smoke test',
  inconclusive: '⚪ inconclusive: no winner, the stable version keeps the traffic',
};

function heading(rollout: Rollout, subject: RolloutSubject): string {
  const name = `${escape(subject.model)} ${escape(subject.canary)}`;
  if (rollout.initial) return `## Initial roll-out of ${name} (no stable version): ${VERDICTS[rollout.result]}`;
  if (rollout.experiment) return `## A/B experiment ${name} vs ${escape(subject.stable ?? '')}: ${VERDICTS[rollout.result]}`;
  return `## Canary ${name} (stable ${escape(subject.stable ?? '')}): ${VERDICTS[rollout.result]}`;
}

function timelineTable(rollout: Rollout): string {
  const rows = rollout.timeline.flatMap((step) =>
    step.judgements.map((j, i) => [
      i === 0 ? `${step.phase} ${step.step}` : '',
      i === 0 ? `${step.weight}%${step.mirror ? ` (+${step.mirror}% mirrored)` : ''}` : '',
      code(j.metric),
      sample(j.canary),
      sample(j.stable),
      j.ratio === undefined ? '-' : j.ratio.toFixed(3),
      j.statistic === undefined ? '-' : num(j.statistic),
      j.pValue === undefined ? '-' : j.pValue.toPrecision(3),
      `${j.verdict === 'pass' ? '✅' : j.verdict === 'fail' ? '❌' : j.verdict === 'skipped' ? '➖' : '⏳'} ${j.verdict}${j.critical ? ' (critical)' : ''}`,
      i === 0 ? (step.score === undefined ? '-' : step.score.toFixed(0)) : '',
    ]),
  );
  return table(['phase', 'weight', 'metric', 'canary', 'stable', 'canary/stable', 'U', 'p-value', 'verdict', 'score'], rows);
}

const chart = (title: string, labels: string[], lines: string[], yAxis?: string) =>
  ['```mermaid', 'xychart-beta', `  title "${title}"`, `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`, ...(yAxis ? [`  y-axis ${yAxis}`] : []), ...lines, '```'].join('\n');

function experimentSection(rollout: Rollout): string[] {
  const e = rollout.experiment!;
  const name = code(e.metric);
  const rows = e.looks.map((l, i) => [
    String(i + 1),
    String(l.stable.trials),
    rate(l.stable.rate),
    String(l.candidate.trials),
    rate(l.candidate.rate),
    l.difference === undefined ? '-' : `${l.difference >= 0 ? '+' : ''}${l.difference.toFixed(4)}`,
    Number.isFinite(l.interval[0]) ? `[${l.interval[0].toFixed(4)}, ${l.interval[1].toFixed(4)}]` : '-',
    l.pValue.toPrecision(3),
  ]);
  const sections = [
    `### A/B experiment on ${name} (${e.direction === 'increase' ? 'higher' : 'lower'} is better): ${e.split}% of traffic to the candidate`,
    `Always-valid mSPRT (Johari, Pekelis, Walsh 2017) with a normal mixture of spread τ = ${e.minEffect} (ab-min-effect) over the difference of rates; stop at p < ${e.alpha}. The p-value and the ${(100 * (1 - e.alpha)).toFixed(0)}% interval stay valid at every look.${e.winner ? ` Winner: **${e.winner}**.` : ''}`,
    table(['look', 'stable trials', 'stable rate', 'candidate trials', 'candidate rate', 'difference', 'always-valid interval', 'p-value'], rows),
  ];
  const rated = e.looks.filter((l) => l.stable.rate !== undefined && l.candidate.rate !== undefined);
  if (rated.length > 1) {
    const labels = e.looks.flatMap((l, i) => (rated.includes(l) ? [String(i + 1)] : []));
    const line = (arm: 'stable' | 'candidate') => `  line [${rated.map((l) => Number(l[arm].rate!.toPrecision(4))).join(', ')}]`;
    sections.push(chart(`${e.metric.replace(/[^\w .-]/g, '')} rate per look: stable (first line), candidate (second line)`, labels, [line('stable'), line('candidate')]));
  }
  return sections;
}

export function renderRollout(rollout: Rollout, subject: RolloutSubject): string {
  const sections = [heading(rollout, subject), `${escape(rollout.reason, 1000)}${rollout.result === 'failed-smoke' ? '' : ` (decided in the ${rollout.phase} phase; final weight ${rollout.finalWeight}%)`}`];
  if (rollout.experiment) sections.push(...experimentSection(rollout));
  // An experiment judges its guardrails at every look: a long table of them folds away below its own.
  if (rollout.timeline.length > 0) sections.push(rollout.experiment && rollout.timeline.length > 6 ? details(`Analysis windows (${rollout.timeline.length})`, timelineTable(rollout)) : timelineTable(rollout));
  if (rollout.timeline.length > 1) {
    const labels = rollout.timeline.map((s, i) => String(i + 1));
    sections.push(chart('canary weight (%) per analysis', labels, [`  line [${rollout.timeline.map((s) => s.weight).join(', ')}]`], '"weight" 0 --> 100'));
    const key = rollout.timeline[0]!.judgements[0]?.metric;
    const values = rollout.timeline.map((s) => s.judgements.find((j) => j.metric === key)?.canary.mean ?? 0);
    if (key && values.some((v) => v > 0)) sections.push(chart(`${key.replace(/[^\w .-]/g, '')}: canary mean per analysis`, labels, [`  bar [${values.map((v) => Number(v.toPrecision(4))).join(', ')}]`]));
  }
  return sections.join('\n\n');
}
