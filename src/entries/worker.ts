// Entry of the worker threads that read large files or parts of them; runtime/worker-pool.ts starts them.
// Bundled apart from the actions (dist/worker/), so that a worker loads only what its tasks need.
import { parentPort } from 'node:worker_threads';
import { profileFileTask } from '../profile/build.js';
import { validateRange } from '../validate/validator.js';

export const TASKS = { 'validate-range': validateRange, 'profile-file': profileFileTask };

parentPort!.on('message', async ({ task, input }: { task: keyof typeof TASKS; input: never }) => {
  try {
    parentPort!.postMessage({ output: await TASKS[task](input) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
