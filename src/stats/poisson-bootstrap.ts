// The Poisson bootstrap for the metrics that need every example (ROC AUC, MAE, RMSE): each resample
// weights every example by an independent Poisson(1) count (Hanley & MacGibbon 2006; Chamandy et al.
// 2012), which matches multinomial resampling as n grows. The loops over examples run in WebAssembly
// (assembly/bootstrap.ts), the resamples split across worker threads; each resample's generator is
// seeded from (seed, resample), so the result does not depend on the number of threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scoreOrder, toNumbers } from './arrays.js';
import { BOOTSTRAP_WASM } from './bootstrap.wasm.js';
import type { PairedData, PairedMetric } from './paired-data.js';

/** Weights are u8 counts, ROC AUC's u32 sums stay below 2^32, and three f64 columns must fit the kernel's 32-bit memory. */
const MAX_EXAMPLES = 2 ** 26;
/** Below this many example-resamples one thread is quicker than starting several. */
const WORK_PER_THREAD = 2 ** 25;

/** Poisson(1) CDF scaled to 2^32, P(K ≤ k) for k = 0 … 11: a uniform u32 is at or above k of them with probability P(K ≥ k). */
const THRESHOLDS = (() => {
  const out = new Uint32Array(12);
  let term = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; k < 12; k++) {
    cdf += term;
    out[k] = Math.min(2 ** 32 - 1, Math.floor(cdf * 2 ** 32));
    term /= k + 1;
  }
  return out;
})();

/** ROC AUC's resamples per kernel call (assembly/bootstrap.ts BATCH): each pass over the examples serves all of them. */
const AUC_BATCH = 8;

/**
 * Inputs laid out as the kernels read them: thresholds at 0, generator state at 64, the batch's states
 * and sums from 128, then each array 16-aligned.
 */
class Image {
  private size = 768;
  private readonly parts: [number, Uint8Array][] = [[0, new Uint8Array(THRESHOLDS.buffer)]];

  place(view: Float64Array | Uint32Array): number {
    const at = this.reserve(view.byteLength);
    this.parts.push([at, new Uint8Array(view.buffer, view.byteOffset, view.byteLength)]);
    return at;
  }

  reserve(bytes: number): number {
    const at = this.size;
    this.size = Math.ceil((at + bytes) / 16) * 16;
    return at;
  }

  build(): SharedArrayBuffer {
    const buffer = new SharedArrayBuffer(this.size);
    const bytes = new Uint8Array(buffer);
    for (const [at, part] of this.parts) bytes.set(part, at);
    return buffer;
  }
}

interface Job {
  kernel: 'cellSums' | 'groupAreas';
  /** The kernel's arguments between (seed, first resample, count) and the output address. */
  args: number[];
  /** Resamples per call (at most). */
  batch: number;
  image: SharedArrayBuffer;
  /** f64 the kernel writes per resample. */
  width: number;
}

/**
 * Slices read from the same resample: each example's cell (the examples sharing their slice in every
 * slicing), and per cell the group rows it adds to: 0 for all examples, then its slice in each slicing.
 */
export interface Cells {
  count: number;
  of: Uint32Array;
  /** `perCell` group rows per cell. */
  groups: Uint32Array;
  perCell: number;
  /** 1 + the number of slices over all slicings. */
  groupCount: number;
  /** Per slicing, each example's group row (1 + the slice's place among all slices). */
  slicings: { groupOf: Uint32Array; count: number; first: number }[];
}

/**
 * Runs in each worker: a fresh instance, the image copied in, the kernel over its resamples, the output
 * posted back. The kernel needs nothing but the compiled module, so the worker is this short script
 * rather than the action bundle's worker entry (runtime/worker-pool.ts), which loads a file reader.
 */
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { exports } = new WebAssembly.Instance(job.module);
const outAt = job.image.byteLength;
const needed = outAt + job.count * job.width * 8;
exports.memory.grow(Math.max(0, Math.ceil((needed - exports.memory.buffer.byteLength) / 65536)));
new Uint8Array(exports.memory.buffer).set(new Uint8Array(job.image));
// One call per batch: V8 optimises a WebAssembly function for its next call, never mid-call.
for (let s = 0; s < job.count; s += job.batch) exports[job.kernel](job.seed, job.first + s, Math.min(job.batch, job.count - s), ...job.args, outAt + s * job.width * 8);
const out = new Float64Array(exports.memory.buffer, outAt, job.count * job.width).slice();
parentPort.postMessage(out, [out.buffer]);
`;

// ES2023's lib declares no WebAssembly (the DOM lib does).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: Kernel } };
type Kernel = { memory: { buffer: ArrayBuffer; grow(pages: number): number } } & Record<Job['kernel'], (...args: number[]) => void>;
let compiled: object | undefined;
/** The instance that runs one-thread jobs on this thread (no worker to start), kept between jobs. */
let local: Kernel | undefined;

/** The same as WORKER_SOURCE, on this thread. */
function runHere(job: Job, samples: number, seed: number): Float64Array {
  local ??= new WebAssembly.Instance(compiled!).exports;
  const outAt = job.image.byteLength;
  local.memory.grow(Math.max(0, Math.ceil((outAt + samples * job.width * 8 - local.memory.buffer.byteLength) / 65536)));
  new Uint8Array(local.memory.buffer).set(new Uint8Array(job.image));
  for (let s = 0; s < samples; s += job.batch) local[job.kernel](seed >>> 0, s, Math.min(job.batch, samples - s), ...job.args, outAt + s * job.width * 8);
  return new Float64Array(local.memory.buffer, outAt, samples * job.width).slice();
}

function inWorker(data: object): { worker: Worker; answer: Promise<Float64Array> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
  const answer = new Promise<Float64Array>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the bootstrap worker stopped (exit code ${code}) before it answered`)));
  });
  return { worker, answer };
}

/** The kernel's output for resamples 0 … samples − 1, width f64 each, computed on up to `threads` workers. */
async function run(job: Job, samples: number, seed: number, threads: number): Promise<Float64Array> {
  compiled ??= new WebAssembly.Module(Buffer.from(BOOTSTRAP_WASM, 'base64'));
  if (threads <= 1) return runHere(job, samples, seed);
  const per = Math.ceil(samples / threads / job.batch) * job.batch;
  const parts: ReturnType<typeof inWorker>[] = [];
  for (let first = 0; first < samples; first += per) {
    parts.push(inWorker({ module: compiled, ...job, seed: seed >>> 0, first, count: Math.min(per, samples - first) }));
  }
  const answers = await Promise.all(parts.map((part) => part.answer)).catch(async (error: unknown) => {
    await Promise.all(parts.map((part) => part.worker.terminate()));
    throw error;
  });
  const out = new Float64Array(samples * job.width);
  answers.forEach((answer, i) => out.set(answer, i * per * job.width));
  return out;
}

/** A metric's delta in resample s for group g. */
type Deltas = (out: Float64Array, s: number, g: number) => number;

/**
 * MAE and RMSE: per resample and group, the weighted sums of |e_c| − |e_b|, e_c² and e_b², and of the
 * weights. Examples are numbered cell by cell, so a cell's sums are sums over a contiguous range.
 */
function regressionJob(data: PairedData, names: PairedMetric[], cells: Cells): [Job, Map<PairedMetric, Deltas>] {
  const n = data.labels.length;
  const [y, candidate, baseline] = [data.labels, data.candidate.predictions!, data.baseline.predictions!].map(toNumbers) as [Float64Array, Float64Array, Float64Array];
  // A counting sort by cell: order[k] is the example at position k.
  const ends = new Uint32Array(cells.count);
  for (let i = 0; i < n; i++) ends[cells.of[i]!]!++;
  for (let c = 1; c < cells.count; c++) ends[c]! += ends[c - 1]!;
  const order = new Uint32Array(n);
  const next = new Uint32Array(cells.count);
  next.set(ends.subarray(0, -1), 1);
  for (let i = 0; i < n; i++) order[next[cells.of[i]!]!++] = i;
  const columns: ((i: number) => number)[] = [];
  const deltas = new Map<PairedMetric, Deltas>();
  const width = 1 + (names.includes('mae') ? 1 : 0) + (names.includes('rmse') ? 2 : 0);
  const total = (out: Float64Array, s: number, g: number) => out[(s * cells.groupCount + g) * width + width - 1]!;
  const sum = (out: Float64Array, s: number, g: number, c: number) => out[(s * cells.groupCount + g) * width + c]!;
  if (names.includes('mae')) {
    const c = columns.push((i) => Math.abs(y[i]! - candidate[i]!) - Math.abs(y[i]! - baseline[i]!)) - 1;
    deltas.set('mae', (out, s, g) => sum(out, s, g, c) / total(out, s, g));
  }
  if (names.includes('rmse')) {
    const c = columns.push((i) => (y[i]! - candidate[i]!) ** 2, (i) => (y[i]! - baseline[i]!) ** 2) - 2;
    deltas.set('rmse', (out, s, g) => Math.sqrt(sum(out, s, g, c) / total(out, s, g)) - Math.sqrt(sum(out, s, g, c + 1) / total(out, s, g)));
  }
  const all = new Float64Array(columns.length * n);
  columns.forEach((column, c) => {
    for (let k = 0; k < n; k++) all[c * n + k] = column(order[k]!);
  });
  const image = new Image();
  const at = image.place(all);
  const cellEnds = image.place(ends);
  const cellGroups = image.place(cells.groups);
  const weights = image.reserve(n + 16);
  return [{ kernel: 'cellSums', args: [n, columns.length, at, weights, cells.count, cellEnds, cellGroups, cells.perCell, cells.groupCount], batch: 1, image: image.build(), width: width * cells.groupCount }, deltas];
}

/**
 * ROC AUC: per resample and group, twice each model's weighted Mann–Whitney area and the positives' and
 * negatives' weights. Resample s draws its counts for the examples in the candidate's score order (the
 * reference tests follow); the kernel reads each model over each group as one stream in that model's
 * score order, a slice's stream being the whole's with the other examples left out.
 */
function aucJob(data: PairedData, cells: Cells): [Job, Map<PairedMetric, Deltas>] | undefined {
  const { labels, positive = '1' } = data;
  const n = labels.length;
  const isPositive = new Uint8Array(n);
  for (let i = 0; i < n; i++) isPositive[i] = labels[i] === positive ? 1 : 0;
  const positives = isPositive.reduce((sum, p) => sum + p, 0);
  if (positives === 0 || positives === n) return undefined;
  const candidateOrder = scoreOrder(data.candidate.scores!);
  const baselineOrder = scoreOrder(data.baseline.scores!);
  // Each example's weights row: its candidate rank, or with slices its place cell by cell (by candidate
  // rank within a cell), so that a slice's weights lie together, in as few cache lines as they can.
  const row = new Uint32Array(n);
  let rowOfRank: Uint32Array | undefined;
  if (cells.count === 1) for (let k = 0; k < n; k++) row[candidateOrder[k]!] = k;
  else {
    const next = new Uint32Array(cells.count);
    for (let i = 0; i < n; i++) next[cells.of[i]!]!++;
    for (let c = 0, start = 0; c < cells.count; c++) {
      const size = next[c]!;
      next[c] = start;
      start += size;
    }
    rowOfRank = new Uint32Array(n);
    for (let k = 0; k < n; k++) row[candidateOrder[k]!] = rowOfRank[k] = next[cells.of[candidateOrder[k]!]!]!++;
  }
  // As the kernel reads a model over all examples (see area2): in score order, negatives first among
  // ties, each example's weights row << 2 | negative << 1 | first of its tie; `examples` says whose.
  const model = (scores: Float64Array, order: Uint32Array) => {
    const rows = new Uint32Array(n);
    const examples = new Uint32Array(n);
    let at = 0;
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && scores[order[end]!] === scores[order[start]!]) end++;
      for (let negative = 1; negative >= 0; negative--) {
        for (let k = start; k < end; k++) {
          const i = order[k]!;
          if (isPositive[i] === negative) continue;
          rows[at] = (row[i]! << 2) | (negative << 1);
          examples[at++] = i;
        }
      }
      rows[at - (end - start)]! |= 1;
      start = end;
    }
    return { rows, examples };
  };
  // A slice's model: the whole's rows of its examples, in the same order, a tie starting afresh with its first example in the slice.
  const sliced = (whole: ReturnType<typeof model>, slicing: Cells['slicings'][number]): Uint32Array[] => {
    const sizes = new Uint32Array(slicing.count);
    for (let i = 0; i < n; i++) sizes[slicing.groupOf[i]! - slicing.first]!++;
    const out = Array.from(sizes, (size) => new Uint32Array(size));
    const filled = new Uint32Array(slicing.count);
    const lastTie = new Int32Array(slicing.count).fill(-1);
    for (let k = 0, tie = -1; k < n; k++) {
      const r = whole.rows[k]!;
      tie += r & 1;
      const s = slicing.groupOf[whole.examples[k]!]! - slicing.first;
      out[s]![filled[s]!++] = (r & ~1) | +(lastTie[s] !== tie);
      lastTie[s] = tie;
    }
    return out;
  };
  const [candidate, baseline] = [model(data.candidate.scores!, candidateOrder), model(data.baseline.scores!, baselineOrder)];
  const image = new Image();
  const table = new Uint32Array(3 * cells.groupCount);
  table.set([n, image.place(candidate.rows), image.place(baseline.rows)]);
  for (const slicing of cells.slicings) {
    const [c, b] = [sliced(candidate, slicing), sliced(baseline, slicing)];
    c.forEach((rows, s) => table.set([rows.length, image.place(rows), image.place(b[s]!)], 3 * (slicing.first + s)));
  }
  const tableAt = image.place(table);
  const rowOfRankAt = rowOfRank ? image.place(rowOfRank) : 0;
  const weights = image.reserve(4 * (n + 16));
  const scratch = image.reserve(2 * AUC_BATCH * 2048);
  const delta: Deltas = (out, s, g) => {
    const at = 4 * (s * cells.groupCount + g);
    return (out[at]! - out[at + 1]!) / (2 * out[at + 2]! * out[at + 3]!);
  };
  return [{ kernel: 'groupAreas', args: [n, cells.groupCount, tableAt, rowOfRankAt, weights, scratch], batch: AUC_BATCH, image: image.build(), width: 4 * cells.groupCount }, new Map([['roc_auc', delta]])];
}

/**
 * Per resample s (0 … samples − 1): Σ w·x over each column, then Σ w, with the Poisson(1) weights of
 * (seed, s): the means over rows of an unpaired bootstrap (drift-check's quality monitor), one side at a
 * time. Columns hold one value per row, all of the same length.
 */
export async function weightedSums(columns: Float64Array[], samples: number, seed: number): Promise<Float64Array> {
  const n = columns[0]?.length ?? 0;
  if (n > MAX_EXAMPLES) throw new RangeError(`The bootstrap takes up to ${MAX_EXAMPLES.toLocaleString('en-US')} rows a side; this side has ${n.toLocaleString('en-US')}.`);
  const all = new Float64Array(columns.length * n);
  columns.forEach((column, c) => all.set(column, c * n));
  const image = new Image();
  const at = image.place(all);
  const [cellEnds, cellGroups] = [image.place(Uint32Array.of(n)), image.place(Uint32Array.of(0))];
  const weights = image.reserve(n + 16);
  const width = columns.length + 1;
  const threads = Math.max(1, Math.min(availableParallelism(), samples, Math.floor((n * width * samples) / WORK_PER_THREAD)));
  return run({ kernel: 'cellSums', args: [n, columns.length, at, weights, 1, cellEnds, cellGroups, 1, 1], batch: 1, image: image.build(), width }, samples, seed, threads);
}

/** One cell and one group: no slices. */
export function wholeCells(n: number): Cells {
  return { count: 1, of: new Uint32Array(n), groups: new Uint32Array(1), perCell: 1, groupCount: 1, slicings: [] };
}

/**
 * Each metric's bootstrap deltas (candidate − baseline) per group (0: all examples, then each slice), NaN
 * where a resample leaves the metric undefined. Every group is read from the same resamples.
 */
export async function poissonBootstrap(data: PairedData, names: PairedMetric[], samples: number, seed: number, threads?: number, cells = wholeCells(data.labels.length)): Promise<Map<PairedMetric, Float64Array[]>> {
  const n = data.labels.length;
  const result = new Map<PairedMetric, Float64Array[]>();
  if (names.length === 0) return result;
  if (n > MAX_EXAMPLES) throw new RangeError(`The paired bootstrap takes up to ${MAX_EXAMPLES.toLocaleString('en-US')} examples; these predictions have ${n.toLocaleString('en-US')}.`);
  threads ??= Math.max(1, Math.min(availableParallelism(), samples, Math.floor((n * samples) / WORK_PER_THREAD)));
  const jobs = [names.includes('roc_auc') ? aucJob(data, cells) : undefined, names.some((m) => m === 'mae' || m === 'rmse') ? regressionJob(data, names, cells) : undefined];
  for (const [job, deltas] of jobs.filter((j) => j !== undefined)) {
    const out = await run(job, samples, seed, threads);
    for (const [name, delta] of deltas) result.set(name, Array.from({ length: cells.groupCount }, (_, g) => Float64Array.from({ length: samples }, (_, s) => delta(out, s, g))));
  }
  for (const name of names) if (!result.has(name)) result.set(name, Array.from({ length: cells.groupCount }, () => new Float64Array(samples).fill(NaN)));
  return result;
}
