// One pass over a data file for the model monitor: the file's profile (one per time window when a
// window is given; the whole is their merge) and the monitored columns row by row — target and
// prediction as class labels and as numbers, the score, each row's window — in typed arrays, which
// move between threads without a copy.
import { readTable } from '../data/read.js';
import { ProblemLog, type ReadLimits } from '../data/table.js';
import { classifyBatch, Kind, textAt, type ClassifiedColumn } from '../data/values.js';
import { DatasetProfile, type DatasetProfileJson, type Problems, type ProfileOptions, type ProfileSource } from '../profile/index.js';
import type { WorkerPool } from '../runtime/worker-pool.js';
import { MAX_WINDOWS, windowStart, type WindowSpec } from './windows.js';

/** The columns the monitor reads row by row, by role. */
export interface MonitorColumns {
  target?: string;
  prediction?: string;
  score?: string;
  timestamp?: string;
}

/** Values a column must not hold: how many, and where the first one is. */
export interface Invalid {
  count: number;
  first: string;
}

export interface MonitoredRows {
  length: number;
  /** Distinct class labels of target and prediction: numbers by value ("1.0" is "1"), booleans as 1 and 0. */
  labels: string[];
  /** More distinct labels than MAX_LABELS: these columns are not classes, and new values get code −2. */
  manyLabels: boolean;
  /** Label codes into `labels`, −1 for an empty cell. */
  target?: Int32Array;
  prediction?: Int32Array;
  /** The same columns as numbers, NaN where a value is empty or not a number. */
  targetValues?: Float64Array;
  predictionValues?: Float64Array;
  /** NaN for an empty cell. */
  score?: Float64Array;
  /** The start of each row's window, NaN where its timestamp is empty or unreadable. */
  window?: Float64Array;
  /** `window`: rows past the first MAX_WINDOWS windows (left out of the window profiles). */
  invalid: { score?: Invalid; timestamp?: Invalid; target?: Invalid; prediction?: Invalid; window?: Invalid };
}


export interface MonitoredData<P = DatasetProfile> {
  profile: P;
  windows: { start: number; profile: P }[];
  rows: MonitoredRows;
  malformed: Problems;
}

export interface MonitorTask {
  file: ProfileSource;
  options: ProfileOptions;
  missing: string[];
  columns: MonitorColumns;
  window?: WindowSpec;
  limits?: ReadLimits;
}

const MAX_LABELS = 10_000;

/** Numbers of a growing length, in a typed array that doubles when full. */
class Growable<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(private array: T) {}
  push(x: number): void {
    if (this.length === this.array.length) {
      const next = new (this.array.constructor as new (n: number) => T)(Math.max(1024, this.array.length * 2));
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = x;
  }
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

const isNumber = (kind: number) => kind === Kind.integer || kind === Kind.number;

/** A value as a class label: a number by its value ("1.0" is "1", as pandas writes integers beside empty cells), a boolean as 1 or 0 (numpy's True == 1), other text as it is. */
export function labelOf(column: ClassifiedColumn, i: number): string | null {
  const kind = column.kinds[i]!;
  if (kind === Kind.null) return null;
  return isNumber(kind) || kind === Kind.boolean ? String(column.numbers[i]! + 0) : textAt(column, i)!;
}

class Labels {
  readonly labels: string[] = [];
  private readonly codes = new Map<string, number>();
  many = false;

  code(column: ClassifiedColumn, i: number): number {
    if (column.kinds[i] === Kind.null) return -1;
    if (this.many) return -2; // not classes: no need to name each value
    const label = labelOf(column, i)!;
    let code = this.codes.get(label);
    if (code === undefined) {
      if (this.labels.length === MAX_LABELS) {
        this.many = true;
        return -2;
      }
      code = this.labels.push(label) - 1;
      this.codes.set(label, code);
    }
    return code;
  }
}

/** Values a column must not hold: counted, the first one named. */
class InvalidValues {
  count = 0;
  first = '';
  get(): Invalid | undefined {
    return this.count > 0 ? { count: this.count, first: this.first } : undefined;
  }
}

/** Rows `rows[0 … count)` of a classified column, as a column of their own (texts still unread stay bytes). */
function selectRows(column: ClassifiedColumn, rows: Int32Array, count: number): ClassifiedColumn {
  const out: ClassifiedColumn = { kinds: new Uint8Array(count), numbers: new Float64Array(count), texts: new Array(count) };
  const source = column.source;
  const picked = source && { bytes: source.bytes, strings: source.strings, starts: new Int32Array(count), ends: new Int32Array(count), codes: new Int32Array(count) };
  for (let k = 0; k < count; k++) {
    const i = rows[k]!;
    out.kinds[k] = column.kinds[i]!;
    out.numbers[k] = column.numbers[i]!;
    out.texts[k] = column.texts[i];
    if (picked) {
      picked.starts[k] = source.starts[i]!;
      picked.ends[k] = source.ends[i]!;
      picked.codes[k] = source.codes[i]!;
    }
  }
  if (picked) out.source = picked;
  // A typed value without text (Parquet) makes it from its row in the batch.
  const format = column.format;
  if (format) out.format = (k) => format(rows[k]!);
  return out;
}

/** One file: its profile (per window, when windowed) and its monitored columns. */
export async function monitorFileHere(task: MonitorTask): Promise<MonitoredData> {
  const { file, options, columns, window } = task;
  const missing = new Set(task.missing);
  const whole = new DatasetProfile(options);
  const windows = new Map<number, DatasetProfile>();
  const problems = new ProblemLog();
  const scratch: ClassifiedColumn[] = [];
  const labels = new Labels();
  const grow = (on: unknown) => (on ? new Growable(new Float64Array(1024)) : undefined);
  const target = columns.target ? new Growable(new Int32Array(1024)) : undefined;
  const prediction = columns.prediction ? new Growable(new Int32Array(1024)) : undefined;
  const [targetValues, predictionValues, score, starts] = [grow(columns.target), grow(columns.prediction), grow(columns.score), grow(window)];
  const invalid = { score: new InvalidValues(), timestamp: new InvalidValues(), target: new InvalidValues(), prediction: new InvalidValues(), window: new InvalidValues() };
  let batchStarts = new Float64Array(0);
  let rowList = new Int32Array(0);
  let rows = 0;

  const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing, ...task.limits }, {
    batch: (batch) => {
      const classified = classifyBatch(batch, missing, scratch);
      const describe = (column: ClassifiedColumn | undefined, i: number) => `${file.display} ${batch.lines ? `line ${batch.lines[i]}` : `row ${batch.firstRow + i}`}: ${JSON.stringify((column && textAt(column, i)) ?? '').slice(0, 42)}`;
      const labelled = (name: string | undefined, codes: Growable<Int32Array> | undefined, values: Growable<Float64Array> | undefined, bad: InvalidValues) => {
        if (!codes || !values) return;
        const column = classified.get(name!);
        for (let i = 0; i < batch.length; i++) {
          const kind = column ? column.kinds[i]! : Kind.null;
          codes.push(column ? labels.code(column, i) : -1);
          values.push(isNumber(kind) ? column!.numbers[i]! : NaN);
          if (kind !== Kind.null && !isNumber(kind) && bad.count++ === 0) bad.first = describe(column, i);
        }
      };
      labelled(columns.target, target, targetValues, invalid.target);
      labelled(columns.prediction, prediction, predictionValues, invalid.prediction);
      if (score) {
        const column = classified.get(columns.score!);
        for (let i = 0; i < batch.length; i++) {
          const kind = column ? column.kinds[i]! : Kind.null;
          const x = column && isNumber(kind) ? column.numbers[i]! : NaN;
          score.push(x);
          if (kind !== Kind.null && !(x >= 0 && x <= 1) && invalid.score.count++ === 0) invalid.score.first = describe(column, i);
        }
      }
      rows += batch.length;
      if (!window) {
        whole.addBatch(classified, batch.length);
        return;
      }
      // Each row's window, from an ISO date or datetime, or Unix seconds.
      const column = classified.get(columns.timestamp!);
      if (batchStarts.length < batch.length) batchStarts = new Float64Array(batch.length);
      let same = true;
      for (let i = 0; i < batch.length; i++) {
        const kind = column ? column.kinds[i]! : Kind.null;
        const t = kind === Kind.date || kind === Kind.datetime ? column!.numbers[i]! : isNumber(kind) ? column!.numbers[i]! * 1000 : NaN;
        const start = Number.isFinite(t) ? windowStart(window, t) : NaN;
        if (Number.isNaN(start) && invalid.timestamp.count++ === 0) invalid.timestamp.first = describe(column, i);
        batchStarts[i] = start;
        starts!.push(start);
        same &&= start === batchStarts[0];
      }
      const profileOf = (start: number, i: number) => {
        let profile = windows.get(start);
        if (!profile && windows.size === MAX_WINDOWS) {
          if (invalid.window.count++ === 0) invalid.window.first = describe(column, i);
          return undefined;
        }
        if (!profile) windows.set(start, (profile = new DatasetProfile(options)));
        return profile;
      };
      if (same && !Number.isNaN(batchStarts[0]!)) {
        profileOf(batchStarts[0]!, 0)?.addBatch(classified, batch.length); // the usual case: data in time order
        return;
      }
      const groups = new Map<number, number[]>();
      for (let i = 0; i < batch.length; i++) {
        const start = batchStarts[i]!;
        if (Number.isNaN(start)) continue;
        const group = groups.get(start);
        if (group) group.push(i);
        else groups.set(start, [i]);
      }
      for (const [start, group] of groups) {
        const profile = profileOf(start, group[0]!);
        if (!profile) continue;
        if (rowList.length < group.length) rowList = new Int32Array(batch.length);
        rowList.set(group);
        const subset = new Map<string, ClassifiedColumn>();
        for (const [name, column] of classified) subset.set(name, selectRows(column, rowList, group.length));
        profile.addBatch(subset, group.length);
      }
    },
    malformed: (problem) => problems.add(problem),
  });

  const ordered = [...windows].sort((a, b) => a[0] - b[0]);
  for (const [, profile] of ordered) whole.merge(profile);
  whole.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
  return {
    profile: whole,
    windows: ordered.map(([start, profile]) => ({ start, profile })),
    rows: {
      length: rows,
      labels: labels.labels,
      manyLabels: labels.many,
      target: target?.done(),
      prediction: prediction?.done(),
      targetValues: targetValues?.done(),
      predictionValues: predictionValues?.done(),
      score: score?.done(),
      window: starts?.done(),
      invalid: { score: invalid.score.get(), timestamp: invalid.timestamp.get(), target: invalid.target.get(), prediction: invalid.prediction.get(), window: invalid.window.get() },
    },
    malformed: { count: problems.count, first: problems.first.map((problem) => ({ ...problem, file: file.display })) },
  };
}

/** The worker pool's task: the same, with the profiles as the contract's JSON (typed arrays move as they are). */
export async function monitorFileTask(task: MonitorTask): Promise<MonitoredData<DatasetProfileJson>> {
  const data = await monitorFileHere(task);
  return { ...data, profile: data.profile.toJSON(false), windows: data.windows.map((w) => ({ start: w.start, profile: w.profile.toJSON(false) })) };
}

function concat<T extends Float64Array | Int32Array>(parts: (T | undefined)[], make: (n: number) => T): T | undefined {
  if (parts.every((p) => p === undefined)) return undefined;
  const out = make(parts.reduce((n, p) => n + (p?.length ?? 0), 0));
  let at = 0;
  for (const part of parts) {
    out.set(part!, at);
    at += part!.length;
  }
  return out;
}

/** The files' data in the order given, as one: profiles and windows merged, rows appended, label codes renumbered. */
function mergeMonitored(parts: MonitoredData[], options: ProfileOptions): MonitoredData {
  if (parts.length === 1) return parts[0]!;
  const profile = new DatasetProfile(options);
  const windows = new Map<number, DatasetProfile>();
  for (const part of parts) {
    profile.merge(part.profile);
    for (const w of part.windows) {
      const mine = windows.get(w.start);
      if (mine) mine.merge(w.profile);
      else windows.set(w.start, w.profile);
    }
  }
  const labels: string[] = [];
  const codeOf = new Map<string, number>();
  const recode = (part: MonitoredData, codes: Int32Array | undefined) => {
    if (!codes) return undefined;
    const map = part.rows.labels.map((label) => codeOf.get(label) ?? (codeOf.set(label, labels.length), labels.push(label) - 1));
    return codes.map((c) => (c >= 0 ? map[c]! : c));
  };
  const rows = parts.map((p) => p.rows);
  const int = (n: number) => new Int32Array(n);
  const float = (n: number) => new Float64Array(n);
  const firstInvalid = (key: keyof MonitoredRows['invalid']) => {
    const found = rows.filter((r) => r.invalid[key]);
    return found.length === 0 ? undefined : { count: found.reduce((n, r) => n + r.invalid[key]!.count, 0), first: found[0]!.invalid[key]!.first };
  };
  return {
    profile,
    windows: [...windows].sort((a, b) => a[0] - b[0]).map(([start, p]) => ({ start, profile: p })),
    rows: {
      length: rows.reduce((n, r) => n + r.length, 0),
      target: concat(parts.map((p) => recode(p, p.rows.target)), int),
      prediction: concat(parts.map((p) => recode(p, p.rows.prediction)), int),
      labels,
      manyLabels: rows.some((r) => r.manyLabels) || labels.length > MAX_LABELS,
      targetValues: concat(rows.map((r) => r.targetValues), float),
      predictionValues: concat(rows.map((r) => r.predictionValues), float),
      score: concat(rows.map((r) => r.score), float),
      window: concat(rows.map((r) => r.window), float),
      invalid: { score: firstInvalid('score'), timestamp: firstInvalid('timestamp'), target: firstInvalid('target'), prediction: firstInvalid('prediction'), window: firstInvalid('window') },
    },
    malformed: { count: parts.reduce((n, p) => n + p.malformed.count, 0), first: parts.flatMap((p) => p.malformed.first) },
  };
}

export type MonitorTasks = { 'monitor-file': typeof monitorFileTask };

/** Reads data files for the monitor, on the pool's threads when one is given. */
export async function monitorFiles(files: ProfileSource[], task: Omit<MonitorTask, 'file'>, pool?: WorkerPool<MonitorTasks>): Promise<MonitoredData> {
  const fromJson = (data: MonitoredData<DatasetProfileJson | DatasetProfile>): MonitoredData => {
    const profile = (p: DatasetProfileJson | DatasetProfile) => (p instanceof DatasetProfile ? p : DatasetProfile.fromJSON(p));
    return { ...data, profile: profile(data.profile), windows: data.windows.map((w) => ({ start: w.start, profile: profile(w.profile) })) };
  };
  const parts: MonitoredData[] = [];
  if (pool) parts.push(...(await Promise.all(files.map(async (file) => fromJson(await pool.run('monitor-file', { ...task, file }))))));
  else for (const file of files) parts.push(await monitorFileHere({ ...task, file }));
  return mergeMonitored(parts, task.options);
}
