// drift-check runs on a worker thread, the main thread only waiting for it, so that its memory stays
// flat however many rows it reads (its sketch mode is for reads of any length). V8 sizes a thread's
// young generation by what survives its collections, which a long read always adds to: on the main
// thread it grew 16 → 32 → 64 MB over 3M → 30M → 120M Parquet rows, and only a command-line flag caps
// it, which an action cannot pass (the runner starts `node` itself). A worker's heap is set when it
// starts (resourceLimits, HEAP_LIMITS): the data thread gets the pool's workers' own. validate-data stays on
// the main thread: the worker's start (about 30 ms) would be a tenth of a 3M-row validation.
import { isMainThread, Worker } from 'node:worker_threads';
import { HEAP_LIMITS } from './worker-pool.js';

/**
 * On the main thread: starts the entry `url` again on a worker thread with HEAP_LIMITS, passes on its
 * exit code, and returns true (the caller does nothing more). On that worker: returns false, and the
 * caller runs the action. Its output reaches the main thread's stdout and stderr, in order.
 */
export function movedToDataThread(url: string, limits = HEAP_LIMITS): boolean {
  if (!isMainThread) return false;
  const thread = new Worker(new URL(url), { resourceLimits: limits });
  thread.on('error', (error) => {
    // Out of memory, or a fault before the action could report it: the step fails, saying so.
    const why = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the data needs more than the ${limits.maxOldGenerationSizeMb} MB of heap the action's thread has (lower the inputs' size or budgets)` : (error.stack ?? error.message);
    process.stdout.write(`::error::${why.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  });
  thread.on('exit', (code) => (process.exitCode ||= code));
  return true;
}
