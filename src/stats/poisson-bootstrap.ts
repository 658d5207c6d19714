// The Poisson bootstrap for the metrics that need every example (ROC AUC, MAE, RMSE): each resample
// weights every example by an independent Poisson(1) count (Hanley & MacGibbon 2006; Chamandy et al.
// 2012), which matches multinomial resampling as n grows. The loops over examples run in WebAssembly
// (assembly/bootstrap.ts), the resamples split across worker threads; each resample's generator is
// seeded from (seed, resample), so the result does not depend on the number of threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scoreOrder, toNumbers } from './arrays.js';
import { BOOTSTRAP_WASM } from './bootstrap.wasm.js';
import type { PairedData, PairedMetric } from './paired.js';

/** Weights are u8 counts, prefix sums i32, and three f64 columns must fit the kernel's 32-bit memory. */
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

/** Inputs laid out as the kernels read them: thresholds at 0, generator state at 64, then each array 16-aligned. */
class Image {
  private size = 128;
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
  kernel: 'weightedSums' | 'aucAreas';
  /** The kernel's arguments between (seed, resample) and the output address. */
  args: number[];
  image: SharedArrayBuffer;
  /** f64 the kernel writes per resample. */
  width: number;
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
// One call per resample: V8 optimises a WebAssembly function for its next call, never mid-call.
for (let s = 0; s < job.count; s++) exports[job.kernel](job.seed, job.first + s, ...job.args, outAt + s * job.width * 8);
const out = new Float64Array(exports.memory.buffer, outAt, job.count * job.width).slice();
parentPort.postMessage(out, [out.buffer]);
`;

// ES2023's lib declares no WebAssembly (the DOM lib does); compiling is all this side needs.
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object };
let compiled: object | undefined;

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
  const per = Math.ceil(samples / threads);
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

type Deltas = (out: Float64Array, s: number) => number;

/** MAE and RMSE: per resample, the weighted sums of |e_c| − |e_b|, e_c² and e_b², and of the weights. */
function regressionJob(data: PairedData, names: PairedMetric[]): [Job, Map<PairedMetric, Deltas>] {
  const n = data.labels.length;
  const [y, candidate, baseline] = [data.labels, data.candidate.predictions!, data.baseline.predictions!].map(toNumbers) as [Float64Array, Float64Array, Float64Array];
  const columns: Float64Array[] = [];
  const deltas = new Map<PairedMetric, Deltas>();
  const width = 1 + (names.includes('mae') ? 1 : 0) + (names.includes('rmse') ? 2 : 0);
  const total = (out: Float64Array, s: number) => out[s * width + width - 1]!;
  if (names.includes('mae')) {
    const c = columns.push(y.map((v, i) => Math.abs(v - candidate[i]!) - Math.abs(v - baseline[i]!))) - 1;
    deltas.set('mae', (out, s) => out[s * width + c]! / total(out, s));
  }
  if (names.includes('rmse')) {
    const c = columns.push(y.map((v, i) => (v - candidate[i]!) ** 2), y.map((v, i) => (v - baseline[i]!) ** 2)) - 2;
    deltas.set('rmse', (out, s) => Math.sqrt(out[s * width + c]! / total(out, s)) - Math.sqrt(out[s * width + c + 1]! / total(out, s)));
  }
  const all = new Float64Array(columns.length * n);
  columns.forEach((column, c) => all.set(column, c * n));
  const image = new Image();
  const at = image.place(all);
  const weights = image.reserve(n + 16);
  return [{ kernel: 'weightedSums', args: [n, columns.length, at, weights], image: image.build(), width }, deltas];
}

/**
 * ROC AUC: per resample, twice each model's weighted Mann–Whitney area and the positives' and negatives'
 * weights. Examples are numbered in the candidate's score order, so its pass reads weights in sequence.
 */
function aucJob(data: PairedData): [Job, Map<PairedMetric, Deltas>] | undefined {
  const { labels, positive = '1' } = data;
  const n = labels.length;
  const isPositive = new Uint8Array(n);
  for (let i = 0; i < n; i++) isPositive[i] = labels[i] === positive ? 1 : 0;
  const positives = isPositive.reduce((sum, p) => sum + p, 0);
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const candidateOrder = scoreOrder(data.candidate.scores!);
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[candidateOrder[k]!] = k;
  // As the kernel reads a model: the negatives' ranks in score order, the positives' ranks, and for each
  // positive the negatives scoring below it and at or below it.
  const model = (scores: Float64Array, order: Uint32Array) => {
    const out = new Uint32Array(negatives + 3 * positives);
    let negative = 0;
    let pos = 0;
    for (let start = 0; start < n; ) {
      let end = start;
      let tiedNegatives = 0;
      for (; end < n && scores[order[end]!] === scores[order[start]!]; end++) tiedNegatives += 1 - isPositive[order[end]!]!;
      const below = negative;
      for (let k = start; k < end; k++) {
        const row = order[k]!;
        if (isPositive[row]) {
          out[negatives + pos] = rank[row]!;
          out[negatives + positives + pos] = below;
          out[negatives + 2 * positives + pos] = below + tiedNegatives;
          pos++;
        } else out[negative++] = rank[row]!;
      }
      start = end;
    }
    return out;
  };
  const models = new Uint32Array(2 * (negatives + 3 * positives));
  models.set(model(data.candidate.scores!, candidateOrder));
  models.set(model(data.baseline.scores!, scoreOrder(data.baseline.scores!)), negatives + 3 * positives);
  const image = new Image();
  const candidate = image.place(models);
  const weights = image.reserve(n + 16);
  const prefix = image.reserve(4 * (negatives + 1));
  const delta: Deltas = (out, s) => (out[4 * s]! - out[4 * s + 1]!) / (2 * out[4 * s + 2]! * out[4 * s + 3]!);
  return [{ kernel: 'aucAreas', args: [n, negatives, positives, candidate, weights, prefix], image: image.build(), width: 4 }, new Map([['roc_auc', delta]])];
}

/** Each metric's bootstrap deltas (candidate − baseline), NaN where a resample leaves the metric undefined. */
export async function poissonBootstrap(data: PairedData, names: PairedMetric[], samples: number, seed: number, threads?: number): Promise<Map<PairedMetric, Float64Array>> {
  const n = data.labels.length;
  const result = new Map<PairedMetric, Float64Array>();
  if (names.length === 0) return result;
  if (n > MAX_EXAMPLES) throw new RangeError(`The paired bootstrap takes up to ${MAX_EXAMPLES.toLocaleString('en-US')} examples; these predictions have ${n.toLocaleString('en-US')}.`);
  threads ??= Math.max(1, Math.min(availableParallelism(), samples, Math.floor((n * samples) / WORK_PER_THREAD)));
  const jobs = [names.includes('roc_auc') ? aucJob(data) : undefined, names.some((m) => m === 'mae' || m === 'rmse') ? regressionJob(data, names) : undefined];
  for (const [job, deltas] of jobs.filter((j) => j !== undefined)) {
    const out = await run(job, samples, seed, threads);
    for (const [name, delta] of deltas) result.set(name, Float64Array.from({ length: samples }, (_, s) => delta(out, s)));
  }
  for (const name of names) if (!result.has(name)) result.set(name, new Float64Array(samples).fill(NaN));
  return result;
}
