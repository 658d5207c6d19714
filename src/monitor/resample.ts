// The unpaired bootstrap: each side is resampled on its own, from its own seed. Two engines:
// - Metrics of the confusion matrix (F1) depend only on its four counts, so a resample of n rows is one
//   multinomial draw over the four cells (sequential binomials): the same distribution as drawing rows, at
//   O(1) per resample.
// - Means over rows (log loss, absolute and squared errors, the target's spread) come from train-gate's
//   Poisson-bootstrap kernel (assembly/bootstrap.ts, weightedSums): every row weighted by an independent
//   Poisson(1) count drawn from (seed, resample) alone, so the sums do not depend on the thread count.
//   Small jobs run on this thread; large ones on worker threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import binomialModule from '@stdlib/random-base-binomial';
import { BOOTSTRAP_WASM } from '../stats/bootstrap.wasm.js';

const binomialFactory = binomialModule.factory;

/** A 32-bit seed of its own for each stream (side) of one run's seed; never 0, which the binomial sampler refuses. */
export function streamSeed(seed: number, stream: number): number {
  let x = (Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0 || 1;
}

/** Resampled confusion matrices: per resample the counts [tp, fp, fn, tn], each resample n = their sum rows. */
export function confusionResamples(cells: [number, number, number, number], samples: number, seed: number): Float64Array {
  const n = cells[0] + cells[1] + cells[2] + cells[3];
  const binomial = binomialFactory({ seed });
  const out = new Float64Array(samples * 4);
  for (let s = 0; s < samples; s++) {
    let left = n;
    let mass = 1;
    for (let c = 0; c < 4; c++) {
      const p = n === 0 ? 0 : cells[c]! / n;
      // The last cell with any share takes what is left (mass is 1 minus the shares before, up to rounding).
      const k = left === 0 || p === 0 ? 0 : p >= mass * (1 - 1e-12) ? left : binomial(left, p / mass);
      out[s * 4 + c] = k;
      left -= k;
      mass -= p;
    }
  }
  return out;
}

/** Poisson(1) CDF scaled to 2^32 for k = 0 … 11, which the kernel reads at address 0. */
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
/** The kernel's generator state lives at 64–127; the columns start here. */
const DATA = 128;
/** Below this many row-resamples one thread is quicker than starting workers. */
const WORK_PER_THREAD = 2 ** 25;
const MAX_ROWS = 2 ** 26;

interface Job {
  module: object;
  image: SharedArrayBuffer;
  /** weightedSums' arguments after (seed, resample): n, columns, data, weights. */
  args: number[];
  width: number;
  seed: number;
  first: number;
  count: number;
}

// ES2023's lib declares no WebAssembly (the DOM lib does).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: Kernel } };
interface Kernel {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  weightedSums(seed: number, resample: number, n: number, columns: number, data: number, weights: number, out: number): void;
}
let compiled: object | undefined;

/** The instance that runs small jobs on this thread, kept between jobs. */
let local: Kernel | undefined;

/** Resamples first … first + count − 1 on this thread: the image copied in, one kernel call per resample. */
function runHere(job: Job): Float64Array {
  local ??= new WebAssembly.Instance(job.module).exports;
  const outAt = job.image.byteLength;
  const needed = outAt + job.count * job.width * 8;
  local.memory.grow(Math.max(0, Math.ceil((needed - local.memory.buffer.byteLength) / 65536)));
  new Uint8Array(local.memory.buffer).set(new Uint8Array(job.image));
  const [n, columns, data, weights] = job.args as [number, number, number, number];
  for (let s = 0; s < job.count; s++) local.weightedSums(job.seed, job.first + s, n, columns, data, weights, outAt + s * job.width * 8);
  return new Float64Array(local.memory.buffer, outAt, job.count * job.width).slice();
}

/** The same in a worker thread (a short script: the action's worker entry would load a file reader). */
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { exports } = new WebAssembly.Instance(job.module);
const outAt = job.image.byteLength;
exports.memory.grow(Math.max(0, Math.ceil((outAt + job.count * job.width * 8 - exports.memory.buffer.byteLength) / 65536)));
new Uint8Array(exports.memory.buffer).set(new Uint8Array(job.image));
for (let s = 0; s < job.count; s++) exports.weightedSums(job.seed, job.first + s, ...job.args, outAt + s * job.width * 8);
const out = new Float64Array(exports.memory.buffer, outAt, job.count * job.width).slice();
parentPort.postMessage(out, [out.buffer]);
`;

function inWorker(job: Job): { worker: Worker; answer: Promise<Float64Array> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
  const answer = new Promise<Float64Array>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a bootstrap worker stopped (exit code ${code}) before it answered`)));
  });
  return { worker, answer };
}

/**
 * Per resample s (0 … samples − 1): Σ w·x over each column, then Σ w, where w are the Poisson(1)
 * weights of (seed, s). Columns hold one value per row, all of the same length.
 */
export async function weightedSums(columns: Float64Array[], samples: number, seed: number): Promise<Float64Array> {
  const n = columns[0]?.length ?? 0;
  if (n > MAX_ROWS) throw new RangeError(`The bootstrap takes up to ${MAX_ROWS.toLocaleString('en-US')} rows a side; this side has ${n.toLocaleString('en-US')}.`);
  const width = columns.length + 1;
  const weightsAt = DATA + columns.length * n * 8;
  const image = new SharedArrayBuffer(weightsAt + Math.ceil((n + 16) / 16) * 16);
  new Uint32Array(image, 0, 12).set(THRESHOLDS);
  columns.forEach((column, c) => new Float64Array(image, DATA + c * n * 8, n).set(column));
  compiled ??= new WebAssembly.Module(Buffer.from(BOOTSTRAP_WASM, 'base64'));
  const job = { module: compiled, image, args: [n, columns.length, DATA, weightsAt], width, seed: seed >>> 0 };
  const threads = Math.max(1, Math.min(availableParallelism(), samples, Math.floor((n * width * samples) / WORK_PER_THREAD)));
  if (threads === 1) return runHere({ ...job, first: 0, count: samples });
  const per = Math.ceil(samples / threads);
  const parts: ReturnType<typeof inWorker>[] = [];
  for (let first = 0; first < samples; first += per) parts.push(inWorker({ ...job, first, count: Math.min(per, samples - first) }));
  const answers = await Promise.all(parts.map((part) => part.answer)).catch(async (error: unknown) => {
    await Promise.all(parts.map((part) => part.worker.terminate()));
    throw error;
  });
  const out = new Float64Array(samples * width);
  answers.forEach((answer, i) => out.set(answer, i * per * width));
  return out;
}
