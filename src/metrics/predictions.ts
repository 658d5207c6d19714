// Per-example prediction files (CSV/JSONL/Parquet with id, label, and prediction and/or score), joined by id.
import { detectFormat, readTable } from '../data/index.js';
import type { PairedData, PairedMetric } from '../stats/index.js';
import { ConfigurationError } from '../runtime/errors.js';

/** A value of a data column as text, or null where the cell is empty. */
export type Cell = string | null;

export interface Predictions {
  /** How the file is named to a person, and the input that named it. */
  source: string;
  inputName: string;
  ids: string[];
  /** The file line (text formats) or data row (Parquet, JSON arrays) of each example. */
  lines: number[];
  labels: string[];
  predictions?: string[];
  scores?: number[];
  /** The requested extra columns this file has (slicing, fairness), by name. */
  extra: Map<string, Cell[]>;
}

const cell = (value: unknown): Cell => (value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value)) ? null : String(value));

/**
 * Reads a predictions file and any of `extraColumns` it has. Duplicate ids are an error (pairing
 * would count the example twice), naming the id and its lines.
 */
export function readPredictions(file: string, display: string, inputName: string, extraColumns: readonly string[] = []): Promise<Predictions> {
  return readExamples(file, display, inputName, extraColumns, true);
}

/** A file of per-example data joined by id (`slice-data`): the id column and any of `columns` it has. */
export function readExampleData(file: string, display: string, inputName: string, columns: readonly string[]): Promise<Predictions> {
  return readExamples(file, display, inputName, columns, false);
}

async function readExamples(file: string, display: string, inputName: string, extraColumns: readonly string[], predicted: boolean): Promise<Predictions> {
  const out: Predictions = { source: display, inputName, ids: [], lines: [], labels: [], extra: new Map() };
  const problems: string[] = [];
  let columnsSeen: string[] = [];
  const firstLine = new Map<string, number>();
  let duplicate: [string, number, number] | undefined;
  await readTable(file, detectFormat(file), {
    batch: (batch) => {
      columnsSeen = batch.columns;
      const column = (name: string) => batch.values[batch.columns.indexOf(name)];
      const [ids, labels, predictions, scores] = [column('id'), column('label'), column('prediction'), column('score')];
      if (!ids || (predicted && (!labels || (!predictions && !scores)))) return;
      const extras = extraColumns.map((name) => [name, column(name)] as const).filter(([, values]) => values !== undefined);
      for (let i = 0; i < batch.length; i++) {
        const id = String(ids[i]);
        const line = batch.lines?.[i] ?? batch.firstRow + i;
        const seen = firstLine.get(id);
        if (seen !== undefined) duplicate ??= [id, seen, line];
        else firstLine.set(id, line);
        out.ids.push(id);
        out.lines.push(line);
        if (labels) out.labels.push(String(labels[i]));
        if (predictions) (out.predictions ??= []).push(String(predictions[i]));
        if (scores) (out.scores ??= []).push(Number(scores[i]));
        for (const [name, values] of extras) {
          let list = out.extra.get(name);
          if (!list) out.extra.set(name, (list = new Array<Cell>(out.ids.length - 1).fill(null)));
          list.push(cell(values![i]));
        }
      }
    },
    malformed: (p) => problems.push(`line ${p.line ?? p.row}: ${p.message}`),
  });
  const where = `Input '${inputName}': ${display}`;
  if (problems.length > 0) throw new ConfigurationError(`${where} is malformed (${problems.slice(0, 3).join('; ')}).`);
  if (!predicted && !columnsSeen.includes('id')) throw new ConfigurationError(`${where} needs an id column to join its rows to the predictions (found: ${columnsSeen.join(', ') || 'none'}).`);
  if (predicted && (!columnsSeen.includes('id') || !columnsSeen.includes('label') || (!columnsSeen.includes('prediction') && !columnsSeen.includes('score')))) {
    throw new ConfigurationError(`${where} needs the columns id, label, and prediction and/or score (found: ${columnsSeen.join(', ') || 'none'}).`);
  }
  if (duplicate) {
    const [id, first, again] = duplicate;
    throw new ConfigurationError(`${where} has the id "${id}" more than once (lines ${first} and ${again}): each example needs exactly one row, or pairing would count it twice.`);
  }
  const badScore = out.scores?.findIndex((s) => !Number.isFinite(s)) ?? -1;
  if (badScore >= 0) throw new ConfigurationError(`${where}, line ${out.lines[badScore]}: the score is not a number.`);
  for (const list of out.extra.values()) while (list.length < out.ids.length) list.push(null);
  return out;
}

const POSITIVE = ['1', 'true', 'True', 'yes', 'pos', 'positive'];

export interface Paired {
  data: PairedData;
  metrics: PairedMetric[];
  /** For each paired example, its row in the candidate's file and in the baseline's. */
  rows: [Uint32Array, Uint32Array];
  /** Ids found in only one of the files, left out. */
  candidateOnly: number;
  baselineOnly: number;
}

/** Joins the two sides by the ids both have and says which metrics apply: classification or regression. */
export function pairPredictions(candidate: Predictions, baseline: Predictions): Paired {
  const where = new Map(baseline.ids.map((id, i) => [id, i]));
  const candidateRows: number[] = [];
  const baselineRows: number[] = [];
  candidate.ids.forEach((id, i) => {
    const j = where.get(id);
    if (j !== undefined) {
      candidateRows.push(i);
      baselineRows.push(j);
    }
  });
  const both = `Inputs '${candidate.inputName}' (${candidate.source}) and '${baseline.inputName}' (${baseline.source})`;
  if (candidateRows.length === 0) throw new ConfigurationError(`${both} share no id: the paired comparison needs the same examples on both sides.`);
  const labels = candidateRows.map((i) => candidate.labels[i]!);
  const mismatched = candidateRows.findIndex((i, k) => candidate.labels[i] !== baseline.labels[baselineRows[k]!]);
  if (mismatched >= 0) {
    const count = candidateRows.filter((i, k) => candidate.labels[i] !== baseline.labels[baselineRows[k]!]).length;
    throw new ConfigurationError(`${both} disagree on the label of ${count} example(s), the first id "${candidate.ids[candidateRows[mismatched]!]}": both must score the same evaluation set.`);
  }
  const pick = <T>(values: T[] | undefined, rows: number[]) => (values ? rows.map((r) => values[r]!) : undefined);
  const distinct = new Set(labels);
  const regression = distinct.size > 20 && labels.every((l) => Number.isFinite(Number(l)));
  const binary = distinct.size === 2;
  const positive = POSITIVE.find((p) => distinct.has(p)) ?? [...distinct].sort()[1];
  const candPredictions = pick(candidate.predictions, candidateRows);
  const basePredictions = pick(baseline.predictions, baselineRows);
  const candScores = pick(candidate.scores, candidateRows);
  const baseScores = pick(baseline.scores, baselineRows);
  const metrics: PairedMetric[] = [];
  if (regression) {
    for (const [side, rows] of [[candidate, candidateRows], [baseline, baselineRows]] as const) {
      const bad = side.predictions ? rows.find((r) => !Number.isFinite(Number(side.predictions![r]))) : undefined;
      if (bad !== undefined) throw new ConfigurationError(`Input '${side.inputName}': ${side.source}, line ${side.lines[bad]}: the prediction ${JSON.stringify(side.predictions![bad])} is not a number, and the labels are numeric (a regression).`);
    }
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
    rows: [Uint32Array.from(candidateRows), Uint32Array.from(baselineRows)],
    candidateOnly: candidate.ids.length - candidateRows.length,
    baselineOnly: baseline.ids.length - candidateRows.length,
  };
}
