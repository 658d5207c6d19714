// drift-check reads large data on a worker thread, the main thread only waiting for it, so that its
// memory stays flat however many rows it reads (its sketch mode is for reads of any length). V8 sizes a
// thread's young generation by what survives its collections, which a long read always adds to: on the
// main thread it grew 16 → 32 → 64 MB over 3M → 30M → 120M Parquet rows, and only a command-line flag
// caps it, which an action cannot pass (the runner starts `node` itself). A worker's heap is set when it
// starts (resourceLimits, HEAP_LIMITS): the data thread gets the pool's workers' own. The thread costs
// about 30 ms to start, so smaller reads stay on the main thread, as validate-data's all do (a tenth of
// a 3M-row validation).
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { expandFiles } from './files.js';
import { HEAP_LIMITS } from './worker-pool.js';

/**
 * Files of fewer bytes are read on the main thread: its young generation was still at 16 MB after 3M
 * Parquet rows (14 MB of files) and had doubled before 30M (138 MB).
 */
export const DATA_THREAD_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of the files that the inputs name (paths or globs, a line each, as the actions read them):
 * Infinity for an artifact (downloaded, of any size); nothing for a registry entry, or for what the
 * action will refuse (it says why).
 */
export async function inputBytes(workspace: string, inputs: string[]): Promise<number> {
  let bytes = 0;
  for (const input of inputs) {
    for (const entry of (process.env[`INPUT_${input.toUpperCase()}`] ?? '').split('\n').map((line) => line.trim())) {
      if (entry === '' || entry.startsWith('registry:')) continue;
      if (entry.startsWith('artifact:')) return Infinity;
      const files = await expandFiles(workspace, [entry], input).catch(() => []);
      for (const file of files) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    }
  }
  return bytes;
}

/**
 * Starts the entry `url` again on a worker thread with HEAP_LIMITS, where it runs the action, and passes
 * on its exit code. Its output reaches this thread's stdout and stderr, in order.
 */
export function startDataThread(url: string, limits = HEAP_LIMITS): void {
  const thread = new Worker(new URL(url), { resourceLimits: limits });
  thread.on('error', (error) => {
    // Out of memory, or a fault before the action could report it: the step fails, saying so.
    const why = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the data needs more than the ${limits.maxOldGenerationSizeMb} MB of heap the action's thread has (lower the inputs' size or budgets)` : (error.stack ?? error.message);
    process.stdout.write(`::error::${why.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  });
  thread.on('exit', (code) => (process.exitCode ||= code));
}
