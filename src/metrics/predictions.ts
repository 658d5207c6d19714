// Per-example prediction files (CSV/JSONL with id, label, and prediction and/or score), joined by id.
import { detectFormat, readTable } from '../data/index.js';
import type { PairedData, PairedMetric } from '../stats/index.js';
import { ConfigurationError } from '../runtime/errors.js';

interface Predictions {
  ids: string[];
  labels: string[];
  predictions?: string[];
  scores?: number[];
}

export async function readPredictions(file: string, display: string, inputName: string): Promise<Predictions> {
  const out: Predictions = { ids: [], labels: [] };
  const problems: string[] = [];
  let columnsSeen: string[] = [];
  await readTable(file, detectFormat(display), {
    batch: (batch) => {
      columnsSeen = batch.columns;
      const column = (name: string) => batch.values[batch.columns.indexOf(name)];
      const [ids, labels, predictions, scores] = [column('id'), column('label'), column('prediction'), column('score')];
      if (!ids || !labels || (!predictions && !scores)) return;
      for (let i = 0; i < batch.length; i++) {
        out.ids.push(String(ids[i]));
        out.labels.push(String(labels[i]));
        if (predictions) (out.predictions ??= []).push(String(predictions[i]));
        if (scores) (out.scores ??= []).push(Number(scores[i]));
      }
    },
    malformed: (p) => problems.push(`line ${p.line ?? p.row}: ${p.message}`),
  });
  if (problems.length > 0) throw new ConfigurationError(`Input '${inputName}': ${display} is malformed (${problems.slice(0, 3).join('; ')}).`);
  if (!columnsSeen.includes('id') || !columnsSeen.includes('label') || (!columnsSeen.includes('prediction') && !columnsSeen.includes('score'))) {
    throw new ConfigurationError(`Input '${inputName}': ${display} needs the columns id, label, and prediction and/or score (found: ${columnsSeen.join(', ') || 'none'}).`);
  }
  if (out.scores?.some((s) => !Number.isFinite(s))) throw new ConfigurationError(`Input '${inputName}': ${display} has a score that is not a number.`);
  return out;
}

const POSITIVE = ['1', 'true', 'True', 'yes', 'pos', 'positive'];

/** Joins the two sides by id and says which metrics apply: classification or regression. */
export function pairPredictions(candidate: Predictions, baseline: Predictions): { data: PairedData; metrics: PairedMetric[]; unmatched: number } {
  const where = new Map(baseline.ids.map((id, i) => [id, i]));
  const keep: [number, number][] = [];
  candidate.ids.forEach((id, i) => {
    const j = where.get(id);
    if (j !== undefined) keep.push([i, j]);
  });
  if (keep.length === 0) throw new ConfigurationError(`Inputs 'predictions' and 'baseline-predictions' share no id: the paired comparison needs the same examples on both sides.`);
  const labels = keep.map(([i]) => candidate.labels[i]!);
  const mismatched = keep.filter(([i, j]) => candidate.labels[i] !== baseline.labels[j]).length;
  if (mismatched > 0) throw new ConfigurationError(`Inputs 'predictions' and 'baseline-predictions' disagree on the label of ${mismatched} example(s): both must score the same evaluation set.`);
  const pick = <T>(values: T[] | undefined, side: 0 | 1) => (values ? keep.map((pair) => values[pair[side]]!) : undefined);
  const distinct = new Set(labels);
  const regression = distinct.size > 20 && labels.every((l) => Number.isFinite(Number(l)));
  const binary = distinct.size === 2;
  const positive = POSITIVE.find((p) => distinct.has(p)) ?? [...distinct].sort()[1];
  const candPredictions = pick(candidate.predictions, 0);
  const basePredictions = pick(baseline.predictions, 1);
  const candScores = pick(candidate.scores, 0);
  const baseScores = pick(baseline.scores, 1);
  const metrics: PairedMetric[] = [];
  if (regression) {
    if (candPredictions && basePredictions) metrics.push('mae', 'rmse');
  } else {
    if (candPredictions && basePredictions) metrics.push(...(binary ? (['accuracy', 'f1'] as const) : (['accuracy'] as const)));
    if (binary && candScores && baseScores) metrics.push('roc_auc');
  }
  return {
    data: {
      labels,
      positive,
      candidate: { predictions: candPredictions, scores: candScores && Float64Array.from(candScores) },
      baseline: { predictions: basePredictions, scores: baseScores && Float64Array.from(baseScores) },
    },
    metrics,
    unmatched: candidate.ids.length - keep.length + (baseline.ids.length - keep.length),
  };
}
