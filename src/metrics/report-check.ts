// A train-gate report read back from a file another run wrote (a fork's pull request, passed as an
// artifact): untrusted. It is validated field by field into a new report: no unknown key, every number
// a number (null stands for NaN, as JSON writes it), every enum one of its values, every text and list
// capped (the whole file at 2 MiB, each text and list within it). Only what passed is rendered, and the
// renderer escapes every text as always.
import { readFileSync, statSync } from 'node:fs';
import { ConfigurationError } from '../runtime/errors.js';
import { FAIRNESS_MEASURES } from '../stats/index.js';
import type { TrainGateReport } from './report.js';

const MAX_BYTES = 2 * 1024 * 1024;
const TEXT = 10_000;
const VERDICTS = ['improved', 'regressed', 'unchanged', 'inconclusive'] as const;
const PAIRED_METRICS = ['accuracy', 'f1', 'roc_auc', 'mae', 'rmse'] as const;

type Check<T> = (value: unknown, at: string) => T;

class Invalid extends Error {}
const invalid = (at: string, expected: string): never => {
  throw new Invalid(`${at} must be ${expected}`);
};

const num: Check<number> = (v, at) => (v === null ? NaN : typeof v === 'number' && Number.isFinite(v) ? v : invalid(at, 'a number'));
const nullable: Check<number | null> = (v, at) => (v === null ? null : num(v, at));
const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : invalid(at, 'true or false'));
const text = (max = TEXT): Check<string> => (v, at) => (typeof v === 'string' && v.length <= max ? v : invalid(at, `a text of at most ${max} characters`));
const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v, at) => ((values as readonly unknown[]).includes(v) ? (v as T) : invalid(at, `one of ${values.join(', ')}`));
const list = <T>(item: Check<T>, max: number): Check<T[]> => (v, at) => (Array.isArray(v) && v.length <= max ? v.map((x, i) => item(x, `${at}[${i}]`)) : invalid(at, `a list of at most ${max} items`));
const optional = <T>(check: Check<T>): Check<T | undefined> => (v, at) => (v === undefined ? undefined : check(v, at));

/** An object with exactly these keys (those whose check accepts undefined may be absent). */
function object<T>(shape: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return invalid(at, 'an object');
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!Object.hasOwn(shape, key)) invalid(`${at}.${key.slice(0, 40)}`, 'absent (not a field of a train-gate report)');
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const value = shape[key](record[key], `${at}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
}

const rates = object({ selectionRate: num, tpr: num, fpr: num });
const measures = object(Object.fromEntries(FAIRNESS_MEASURES.map((m) => [m, nullable])) as { [K in (typeof FAIRNESS_MEASURES)[number]]: Check<number | null> });
const interval = { metric: oneOf(PAIRED_METRICS), candidate: num, baseline: num, delta: num, low: num, high: num, tolerance: num, verdict: oneOf(VERDICTS) };

const report: Check<TrainGateReport> = object<TrainGateReport>({
  kind: oneOf(['mlops-actions/train-gate-report'] as const),
  version: (v, at) => (v === 1 ? 1 : invalid(at, '1')),
  passed: bool,
  verdict: oneOf(VERDICTS),
  reasons: list(text(), 100_000),
  baseline: object({ source: text(40), description: text() }),
  metrics: list(
    object({ metric: text(), baseline: optional(num), candidate: optional(num), change: optional(num), relativeChange: optional(num), rule: text(), status: oneOf(['pass', 'fail', 'info', 'missing'] as const), reasons: list(text(), 20) }),
    100_000,
  ),
  paired: optional(
    object({
      n: num,
      candidateOnly: num,
      baselineOnly: num,
      unmatched: num,
      confidence: num,
      samples: num,
      seed: num,
      mcnemar: optional(object({ n: num, b: num, c: num, statistic: num, pValue: num })),
      intervals: list(object(interval), PAIRED_METRICS.length),
    }),
  ),
  slices: optional(
    object({
      slicings: list(text(), 1000),
      primary: object({ metric: oneOf(PAIRED_METRICS), higherIsBetter: bool }),
      minSize: num,
      judged: num,
      alpha: num,
      level: num,
      method: text(),
      slices: list(object({ slicing: text(), slice: text(), n: num, judged: bool, regressed: bool, metrics: list(object({ ...interval, p: optional(num), pAdjusted: optional(num) }), PAIRED_METRICS.length) }), 20_000),
      regressed: list(text(), 20_000),
    }),
  ),
  fairness: optional(
    object({
      minSize: num,
      features: list(object({ feature: text(), groups: list(object({ group: text(), n: num, counted: bool, candidate: rates, baseline: rates }), 1000), candidate: measures, baseline: measures, change: measures }), 1000),
    }),
  ),
});

/** The report in `file` (named `source` to people), size-capped before it is read, then validated; a clear error otherwise. */
export function readReport(file: string, source: string): TrainGateReport {
  const where = `Input 'report': ${source}`;
  const bytes = statSync(file).size;
  if (bytes > MAX_BYTES) throw new ConfigurationError(`${where} is ${bytes} bytes; a train-gate report is at most ${MAX_BYTES} here. Refused without reading it.`);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${where} is not valid JSON (${(error as Error).message}).`);
  }
  try {
    return report(document, 'report');
  } catch (error) {
    if (error instanceof Invalid) throw new ConfigurationError(`${where} is not a train-gate report this action wrote: ${error.message}. Nothing was posted.`);
    throw error;
  }
}
