// One streaming pass per file: each batch is classified once, fed to the profile and to the row
// checks; aggregate and table checks are judged at the end from the merged profile. A large plain
// CSV/TSV file is read in byte ranges on worker threads instead (a large Parquet file in runs of row
// groups), each part by its own Validator, and the parts' counts, examples and profiles merge in file order.
import { availableParallelism } from 'node:os';
import { planRowGroups } from '../data/parquet.js';
import { planRanges } from '../data/ranges.js';
import { hashFile, readTable, type FileSummary } from '../data/read.js';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_EXAMPLES, ProblemLog, type Format, type Malformed, type ReadLimits, type RowBatch } from '../data/table.js';
import { classifyBatch, Kind, textAt, type ClassifiedColumn } from '../data/values.js';
import { DatasetProfile, type DatasetProfileJson, type ProfileOptions } from '../profile/index.js';
import { inOrder } from '../runtime/in-order.js';
import { WorkerPool } from '../runtime/worker-pool.js';
import { RowCheck, rowChecksFor, summarize, UniqueTracker, type BatchSummary, type CheckResult, type Example } from './checks.js';
import { PiiScanner, type PiiScanJson } from './pii-scan.js';
import type { CheckSpec, ColumnSchema, Range, Schema, Severity } from './schema.js';

export interface DataFile {
  /** Absolute path to read. */
  path: string;
  /** Path shown to people and in annotations (relative to the workspace). */
  display: string;
  format: Format;
  gzip: boolean;
}

export interface ValidationResult {
  checks: CheckResult[];
  profile: DatasetProfile;
  headers: Map<string, string[]>;
  /** Personal data found per column (when the validator scans for it). */
  pii?: ReturnType<PiiScanner['findings']>;
}

interface ColumnState {
  schema: ColumnSchema;
  rowChecks: RowCheck[];
  unique?: UniqueTracker;
}

const EMPTY_SCHEMA: Schema = { source: '(none)', columns: [], uniqueTogether: [], missingValues: [''] };

/** Plain CSV/TSV files larger than this are read in ranges of about this size, on worker threads (Parquet: runs of row groups of about this size uncompressed). */
export const RANGE_BYTES = 8 * 1024 * 1024;

/** The reader's caps, and how many failing rows (or malformed parts) each finding keeps as examples. */
export interface ValidatorLimits extends ReadLimits {
  maxExamples?: number;
}

export interface ByteRange {
  start: number;
  end: number;
  /** The file's header, read once by the planner, for every range but the first (which holds it). */
  columns?: string[];
}

interface CheckState {
  failed: number;
  evaluated: number;
  nulls: number;
  examples: Example[];
}

/**
 * What one byte range gave: rows and lines are counted from the range's start. The profile is the
 * contract's JSON when a worker read the range, the live profile when the calling thread did.
 */
export interface RangeResult<Profile extends DatasetProfileJson | DatasetProfile = DatasetProfileJson> {
  /** CSV/TSV only. */
  text?: NonNullable<FileSummary['text']>;
  rows: number;
  profile: Profile;
  /** Per schema column, per row check. */
  checks: CheckState[][];
  problems: { count: number; first: Malformed[] };
  pii?: PiiScanJson;
}

export class Validator {
  private readonly columns = new Map<string, ColumnState>();
  private readonly uniqueTogether: { columns: string[]; tracker: UniqueTracker }[];
  private readonly missing: ReadonlySet<string>;
  private readonly malformed: CheckResult[] = [];
  private readonly headers = new Map<string, string[]>();
  /** Classified arrays per column, filled again by every batch (nothing keeps them past it). */
  private readonly scratch: ClassifiedColumn[] = [];
  private readonly maxExamples: number;
  readonly profile: DatasetProfile;
  private readonly pii: PiiScanner | undefined;

  constructor(
    private readonly schema: Schema = EMPTY_SCHEMA,
    private readonly profileOptions?: ProfileOptions,
    private readonly limits: ValidatorLimits = {},
    private readonly rangeBytes = RANGE_BYTES,
    /** Also look for personal data in every column (see pii-scan.ts). */
    private readonly scanPii = false,
  ) {
    this.profile = new DatasetProfile(profileOptions);
    this.pii = scanPii ? new PiiScanner() : undefined;
    this.missing = new Set(schema.missingValues);
    const examples = (this.maxExamples = limits.maxExamples ?? DEFAULT_MAX_EXAMPLES);
    for (const column of schema.columns) {
      const state: ColumnState = { schema: column, rowChecks: rowChecksFor(column, examples) };
      if (column.unique?.value) state.unique = new UniqueTracker(new RowCheck(column.name, 'unique', column.unique, 'unique', () => {}, false, examples));
      this.columns.set(column.name, state);
    }
    this.uniqueTogether = schema.uniqueTogether.map((spec) => ({
      columns: spec.value,
      tracker: new UniqueTracker(new RowCheck(spec.value.join(' + '), 'unique-together', spec, 'unique together', () => {}, false, examples)),
    }));
  }

  /** What the reader is told: the schema's missing values and the caps. */
  private readOptions(file: DataFile) {
    const { maxColumns, maxDepth } = this.limits;
    return { format: file.format, gzip: file.gzip, missing: this.missing, ...(maxColumns !== undefined && { maxColumns }), ...(maxDepth !== undefined && { maxDepth }) };
  }

  async validateFile(file: DataFile): Promise<void> {
    if (await this.validateInRanges(file)) return;
    const problems = new ProblemLog(this.maxExamples);
    let rows = 0;
    const seenColumns = new Set<string>(); // JSON batches hold the keys of their own records
    const summary = await readTable(file.path, this.readOptions(file), {
      batch: (batch) => {
        rows += batch.length;
        for (const name of batch.columns) seenColumns.add(name);
        this.batch(file, batch, seenColumns);
      },
      malformed: (problem) => problems.add(problem),
    });
    this.headers.set(file.display, [...seenColumns]);
    this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    if (problems.count > 0) this.malformed.push(malformedResult(file.display, problems, rows));
  }

  /**
   * A large plain CSV/TSV file, in byte ranges on worker threads, merged in file order (a large Parquet
   * file likewise, in runs of row groups); false when the file must be read in one pass: small,
   * compressed, JSON, uniqueness checks (one set of seen values), or a quote somewhere (a quoted field
   * may hold a newline where a range would start). The split depends on the file alone, never on the
   * number of cores, so results are reproducible.
   */
  private async validateInRanges(file: DataFile): Promise<boolean> {
    const onePass = this.uniqueTogether.length > 0 || [...this.columns.values()].some((state) => state.unique);
    if (onePass || file.gzip || file.format === 'json' || file.format === 'jsonl') return false;
    const plan = file.format === 'parquet' ? await planRowGroups(file.path, this.rangeBytes) : await planRanges(file.path, file.format, this.rangeBytes);
    // A file past max-columns is one finding, from one pass.
    if (!plan || (file.format === 'parquet' && plan.columns.length > (this.limits.maxColumns ?? DEFAULT_MAX_COLUMNS))) return false;
    // This thread reads ranges too: it is warm while the workers start, and hashes the file between reads.
    const threads = Math.min(availableParallelism(), plan.ranges.length);
    const pool = new WorkerPool<ValidateTasks>(threads - 1, (_task, input) => validateRangeHere(input));
    const read = (i: number): Promise<RangeResult<DatasetProfileJson | DatasetProfile>> => {
      const range = plan.ranges[i]!;
      return pool.run('validate-range', { schema: this.schema, profileOptions: this.profileOptions, limits: this.limits, scanPii: this.scanPii, file, range: i === 0 ? range : { ...range, columns: plan.columns } });
    };
    const problems = new ProblemLog(this.maxExamples);
    let rows = 0;
    let lines = 0;
    let summary: FileSummary;
    try {
      const hashing = hashFile(file.path);
      hashing.catch(() => {});
      // A few ranges ahead of the next to absorb: a range's profile of a wide table is tens of MB.
      await inOrder(plan.ranges.length, 2 * threads, read, (result) => {
        this.absorb(result, file.format === 'parquet' ? 0 : rows, lines, problems); // Parquet's rows are numbered in the file
        rows += result.rows;
        lines += (result.text?.nextLine ?? 1) - 1;
        return !result.text?.stopped; // one pass stops there too
      });
      summary = await hashing;
    } finally {
      await pool.close();
    }
    this.headers.set(file.display, plan.columns);
    this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    if (problems.count > 0) this.malformed.push(malformedResult(file.display, problems, rows));
    return true;
  }

  /** One byte range of a file, with rows and lines counted from the range's start (a run of a Parquet file's row groups). */
  async readRange(file: DataFile, range: ByteRange): Promise<RangeResult<DatasetProfile>> {
    const problems = new ProblemLog(this.maxExamples);
    let rows = 0;
    const part = file.format === 'parquet' ? { rowGroups: { start: range.start, end: range.end } } : { range };
    const summary = await readTable(file.path, { ...this.readOptions(file), ...part }, {
      batch: (batch) => {
        rows += batch.length;
        this.batch(file, batch);
      },
      malformed: (problem) => problems.add(problem),
    });
    const checks = [...this.columns.values()].map((state) => state.rowChecks.map(({ failed, evaluated, nulls, examples }) => ({ failed, evaluated, nulls, examples })));
    return { ...(summary.text && { text: summary.text }), rows, profile: this.profile, checks, problems: { count: problems.count, first: problems.first }, ...(this.pii ? { pii: this.pii.toJSON() } : {}) };
  }

  /** Adds a range's result, shifting its rows and lines by those of the ranges before it. */
  private absorb(result: RangeResult<DatasetProfileJson | DatasetProfile>, rowsBefore: number, linesBefore: number, problems: ProblemLog): void {
    const shift = (example: Example): Example => ({ ...example, row: example.row + rowsBefore, ...(example.line !== undefined && { line: example.line + linesBefore }) });
    [...this.columns.values()].forEach((state, c) =>
      state.rowChecks.forEach((check, k) => {
        const theirs = result.checks[c]![k]!;
        check.failed += theirs.failed;
        check.evaluated += theirs.evaluated;
        check.nulls += theirs.nulls;
        for (const example of theirs.examples.slice(0, this.maxExamples - check.examples.length)) check.examples.push(shift(example));
      }),
    );
    if (result.pii) this.pii!.absorb(result.pii, shift);
    for (const problem of result.problems.first) problems.add(problem.line === undefined ? problem : { ...problem, line: problem.line + linesBefore });
    problems.count += result.problems.count - result.problems.first.length;
    const part = result.profile instanceof DatasetProfile ? result.profile : DatasetProfile.fromOwnJSON(result.profile); // a worker's answer
    this.profile.merge(part);
    part.release(); // its arrays given back now, not at a full collection (see profileFiles)
  }

  /** `seen`: the file's columns so far; a record batch without one of them has it null in every row. */
  private batch(file: DataFile, batch: RowBatch, seen?: ReadonlySet<string>): void {
    const classified = classifyBatch(batch, this.missing, this.scratch);
    this.profile.addBatch(classified, batch.length);
    const example = (i: number, text: string | null): Example => ({
      file: file.display,
      row: batch.firstRow + i,
      ...(batch.lines ? { line: batch.lines[i] } : {}),
      value: text ?? 'null',
    });
    // One look at each column's kinds (and range) per batch, for the PII scan and the row checks alike.
    const summaries = new Map<string, BatchSummary>();
    if (this.pii) for (const [name, column] of classified) summaries.set(name, summarize(column, batch.length));
    this.pii?.add(classified, batch.length, example, summaries);
    for (const [name, state] of this.columns) {
      const column = classified.get(name) ?? (seen?.has(name) && !batch.textual ? nullColumn(batch.length) : undefined);
      if (!column) continue; // a missing column is a table finding, not thousands of row findings
      const summary = summaries.get(name) ?? summarize(column, batch.length);
      const { nulls } = summary;
      for (const check of state.rowChecks) {
        if (check.judgesNulls) check.evaluated += batch.length;
        else {
          check.evaluated += batch.length - nulls;
          check.nulls += nulls;
        }
        check.judge(column, batch.length, summary, (i) => example(i, textAt(column, i)));
      }
      if (state.unique) {
        for (let i = 0; i < batch.length; i++) {
          if (column.kinds[i] === Kind.null) state.unique.check.nulls++;
          else state.unique.see(textAt(column, i)!, example(i, textAt(column, i)));
        }
      }
    }
    for (const { columns, tracker } of this.uniqueTogether) {
      const parts = columns.map((name) => classified.get(name));
      if (parts.some((p) => p === undefined)) continue;
      for (let i = 0; i < batch.length; i++) {
        const texts = parts.map((p) => textAt(p!, i));
        tracker.see(texts.map((t) => t ?? '\u0000').join('\u001f'), example(i, texts.map((t) => t ?? 'null').join(', ')));
      }
    }
  }

  finish(): ValidationResult {
    const checks: CheckResult[] = [...this.malformed, ...this.tableChecks()];
    for (const state of this.columns.values()) {
      const present = this.profile.columns.has(state.schema.name);
      if (!present) continue;
      for (const check of state.rowChecks) checks.push(check.result());
      if (state.unique) checks.push(state.unique.check.result());
      checks.push(...this.aggregateChecks(state.schema));
    }
    for (const { tracker } of this.uniqueTogether) checks.push(tracker.check.result());
    return { checks, profile: this.profile, headers: this.headers, ...(this.pii ? { pii: this.pii.findings() } : {}) };
  }

  private tableChecks(): CheckResult[] {
    const results: CheckResult[] = [];
    const dataColumns = new Set([...this.headers.values()].flat());
    for (const column of this.schema.columns) {
      if (!column.required.value) continue;
      const missingIn = [...this.headers].filter(([, cols]) => !cols.includes(column.name)).map(([file]) => file);
      results.push(tableResult(`${column.name}: required`, 'required', column.required, 'the column to be present', missingIn.length === 0 ? 'present' : `missing from ${missingIn.join(', ')}`, missingIn.length === 0, column.name));
    }
    if (this.schema.columnsMode) {
      const mode = this.schema.columnsMode.value;
      const expected = new Set(this.schema.columns.map((c) => c.name));
      const unexpected = [...dataColumns].filter((c) => !expected.has(c));
      const missing = [...expected].filter((c) => !dataColumns.has(c));
      const problems = [...(mode !== 'superset' && unexpected.length ? [`unexpected: ${unexpected.join(', ')}`] : []), ...(mode !== 'subset' && missing.length ? [`missing: ${missing.join(', ')}`] : [])];
      results.push(tableResult('table: columns', 'columns', this.schema.columnsMode, `columns ${mode === 'exact' ? 'exactly' : `a ${mode} of`} the schema's`, problems.length ? problems.join('; ') : 'as expected', problems.length === 0));
    }
    if (this.schema.rowCount) {
      const range = this.schema.rowCount.value;
      results.push(tableResult('table: row-count', 'row-count', this.schema.rowCount, rangeText(range), `${this.profile.rows} rows`, inRange(this.profile.rows, range)));
    }
    return results;
  }

  private aggregateChecks(column: ColumnSchema): CheckResult[] {
    const profile = this.profile.columns.get(column.name)!;
    const results: CheckResult[] = [];
    const numeric = profile.moments.n > 0;
    const exactness = profile.values ? 'exact' : `approximate: KLL sketch, rank error ≈ ${(165 / profile.kll.k).toFixed(1)}%`;
    const judge = (check: string, spec: CheckSpec<Range> | undefined, observed: number | undefined, what: string) => {
      if (!spec) return;
      const ok = observed !== undefined && Number.isFinite(observed) && inRange(observed, spec.value);
      results.push(tableResult(`${column.name}: ${check}`, check, spec, rangeText(spec.value), observed === undefined || !numeric ? 'no numeric values' : `${formatNumber(observed)} (${what})`, ok, column.name));
    };
    judge('mean', column.mean, profile.moments.mean, 'exact');
    judge('std', column.std, Math.sqrt(profile.moments.n > 1 ? profile.moments.m2 / (profile.moments.n - 1) : NaN), 'sample standard deviation, ddof 1');
    judge('median', column.median, numeric ? profile.quantile(0.5) : undefined, exactness);
    for (const [name, range] of Object.entries(column.quantiles?.value ?? {})) {
      judge(`quantile ${name}`, { ...column.quantiles!, value: range }, numeric ? profile.quantile(Number(name.slice(1)) / 100) : undefined, exactness);
    }
    if (column.distinctCount) {
      const d = profile.distinct();
      results.push(tableResult(`${column.name}: distinct-count`, 'distinct-count', column.distinctCount, rangeText(column.distinctCount.value), `${d.estimate} (${d.exact ? 'exact' : 'HyperLogLog estimate, ±1.6%'})`, inRange(d.estimate, column.distinctCount.value), column.name));
    }
    if (column.maxNullFraction) {
      const fraction = profile.count === 0 ? 0 : profile.nulls / profile.count;
      results.push(tableResult(`${column.name}: max-null-fraction`, 'max-null-fraction', column.maxNullFraction, `≤ ${column.maxNullFraction.value} null`, `${formatNumber(fraction)} (${profile.nulls} of ${profile.count} rows)`, fraction <= column.maxNullFraction.value, column.name));
    }
    return results;
  }
}

/** The worker-pool tasks this module runs (src/entries/worker.ts serves them). */
export type ValidateTasks = { 'validate-range': typeof validateRange };

type RangeTask = { schema: Schema; profileOptions?: ProfileOptions; limits?: ValidatorLimits; scanPii?: boolean; file: DataFile; range: ByteRange };

/** One byte range of a file, validated by its own Validator: a task of the worker pool, answered as JSON. */
export async function validateRange(input: RangeTask): Promise<RangeResult> {
  const result = await validateRangeHere(input);
  const profile = result.profile.toJSON(false);
  result.profile.release(); // its arrays are copied into the JSON
  return { ...result, profile };
}

/** The pool's task on the calling thread: the range's live profile, which needs no copy into JSON. */
function validateRangeHere(input: RangeTask): Promise<RangeResult<DatasetProfile>> {
  return new Validator(input.schema, input.profileOptions, input.limits, RANGE_BYTES, input.scanPii).readRange(input.file, input.range);
}

/** A column of `length` nulls. */
function nullColumn(length: number): ClassifiedColumn {
  return { kinds: new Uint8Array(length), numbers: new Float64Array(length).fill(NaN), texts: new Array<null>(length).fill(null) };
}

function malformedResult(file: string, problems: ProblemLog, rows: number): CheckResult {
  const { count } = problems;
  return {
    id: `${file}: well-formed`,
    check: 'well-formed',
    severity: 'error',
    status: 'failed',
    expected: 'a well-formed file',
    failed: count,
    evaluated: rows + count,
    nulls: 0,
    share: count / Math.max(1, rows + count),
    mostly: 1,
    examples: problems.first.map((p) => ({ file, row: p.row ?? 0, ...(p.line !== undefined ? { line: p.line } : {}), value: p.message })),
    message: `${count} malformed row(s) or part(s) of ${file}, left out of the other checks`,
  };
}

function tableResult(id: string, check: string, spec: { severity: Severity; mostly: number }, expected: string, observed: string, ok: boolean, column?: string): CheckResult {
  return {
    id,
    ...(column ? { column } : {}),
    check,
    severity: spec.severity,
    status: ok ? 'passed' : 'failed',
    expected,
    observed,
    failed: ok ? 0 : 1,
    evaluated: 1,
    nulls: 0,
    share: ok ? 0 : 1,
    mostly: spec.mostly,
    examples: [],
    message: ok ? `${check}: ${observed}` : `expected ${expected}, found ${observed}`,
  };
}

const inRange = (x: number, r: Range) => (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);
const rangeText = (r: Range) => [r.min !== undefined ? `≥ ${r.min}` : '', r.max !== undefined ? `≤ ${r.max}` : ''].filter(Boolean).join(' and ') || 'any value';

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4 ? x.toExponential(4) : Number(x.toPrecision(6)).toString();
}
