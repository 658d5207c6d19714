// Entry of the worker threads that read large files or parts of them; runtime/worker-pool.ts starts them.
// Bundled apart from the actions (dist/worker/), so that a worker loads only what its tasks need.
import { parentPort } from 'node:worker_threads';
import { monitorFileTask, type MonitorTasks } from '../monitor/read.js';
import { profileFileTask, type ProfileTasks } from '../profile/build.js';
import { validateRange, type ValidateTasks } from '../validate/validator.js';

/** Every task a pool user declares; the pool itself imports nothing from here. */
const TASKS = { 'validate-range': validateRange, 'profile-file': profileFileTask, 'monitor-file': monitorFileTask } satisfies ValidateTasks & ProfileTasks & MonitorTasks;

/** Whole typed arrays in an answer move to the caller instead of being copied: the worker keeps none. */
function movable(value: unknown, out: ArrayBuffer[] = [], depth = 0): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (value !== null && typeof value === 'object' && depth < 6) {
    for (const item of Object.values(value)) if (typeof item === 'object') movable(item, out, depth + 1);
  }
  return out;
}

parentPort!.on('message', async ({ task, input }: { task: keyof typeof TASKS; input: never }) => {
  try {
    const output = await TASKS[task](input);
    parentPort!.postMessage({ output }, movable(output));
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
