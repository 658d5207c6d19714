// Every number behind the decision, in the job summary: a timeline and charts of weight and key metric.
import { code, escape, table } from '../report/index.js';
import type { Rollout } from './controller.js';

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

export function renderRollout(rollout: Rollout, subject: { model: string; canary: string; stable: string }): string {
  const verdict = rollout.result === 'promoted' ? '🟢 promoted' : rollout.result === 'failed-smoke' ? '🔴 failed the smoke test' : '🔴 rolled back';
  const rows = rollout.timeline.flatMap((step) =>
    step.judgements.map((j, i) => [
      i === 0 ? String(step.step) : '',
      i === 0 ? `${step.weight}%` : '',
      code(j.metric),
      num(j.canary.mean),
      num(j.stable?.mean),
      j.ratio === undefined ? '-' : j.ratio.toFixed(3),
      j.statistic === undefined ? '-' : num(j.statistic),
      j.pValue === undefined ? '-' : j.pValue.toPrecision(3),
      `${j.verdict === 'pass' ? '✅' : j.verdict === 'fail' ? '❌' : j.verdict === 'skipped' ? '➖' : '⏳'} ${j.verdict}${j.critical ? ' (critical)' : ''}`,
      i === 0 ? (step.score === undefined ? '-' : step.score.toFixed(0)) : '',
    ]),
  );
  const sections = [
    `## Canary ${escape(subject.model)} ${escape(subject.canary)} (stable ${escape(subject.stable)}): ${verdict}`,
    escape(rollout.reason),
    table(['step', 'weight', 'metric', 'canary', 'stable', 'canary/stable', 'U', 'p-value', 'verdict', 'score'], rows),
  ];
  if (rollout.timeline.length > 1) {
    const labels = rollout.timeline.map((s, i) => `"${i + 1}"`).join(', ');
    sections.push(['```mermaid', 'xychart-beta', '  title "canary weight (%) per analysis"', `  x-axis [${labels}]`, '  y-axis "weight" 0 --> 100', `  line [${rollout.timeline.map((s) => s.weight).join(', ')}]`, '```'].join('\n'));
    const key = rollout.timeline[0]!.judgements[0]?.metric;
    const values = rollout.timeline.map((s) => s.judgements.find((j) => j.metric === key)?.canary.mean ?? 0);
    if (key && values.some((v) => v > 0)) {
      sections.push(['```mermaid', 'xychart-beta', `  title "${key.replace(/[^\w .-]/g, '')}: canary mean per analysis"`, `  x-axis [${labels}]`, `  bar [${values.map((v) => Number(v.toPrecision(4))).join(', ')}]`, '```'].join('\n'));
    }
  }
  return sections.join('\n\n');
}
