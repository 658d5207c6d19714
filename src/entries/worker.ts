// Entry of the worker threads that read large files or parts of them; runtime/worker-pool.ts starts them.
// Bundled apart from the actions (dist/worker/), so that a worker loads only what its tasks need.
import { parentPort, workerData } from 'node:worker_threads';
import type { MonitorTasks } from '../monitor/read.js';
import type { ProfileTasks } from '../profile/build.js';
import type { ValidateTasks } from '../validate/validator.js';

type Tasks = ValidateTasks & ProfileTasks & MonitorTasks;
type Input<T extends keyof Tasks> = Parameters<Tasks[T]>[0];

/**
 * Every task a pool user declares; the pool itself imports nothing from here. Each task's module is
 * loaded when the task first comes (its own chunk of the bundle), or ahead (warm, below): a worker that
 * profiles never compiles the validator's patterns and personal-data detectors.
 */
const MODULES = {
  'validate-range': () => import('../validate/validator.js'),
  'profile-file': () => import('../profile/build.js'),
  'monitor-file': () => import('../monitor/read.js'),
} satisfies Record<keyof Tasks, unknown>;
const TASKS = {
  'validate-range': async (input: Input<'validate-range'>) => (await MODULES['validate-range']()).validateRange(input),
  'profile-file': async (input: Input<'profile-file'>) => (await MODULES['profile-file']()).profileFileTask(input),
  'monitor-file': async (input: Input<'monitor-file'>) => (await MODULES['monitor-file']()).monitorFileTask(input),
} satisfies Tasks;

// A worker started ahead of its pool (startWorkers) loads the modules of the tasks it expects while it waits.
for (const task of (workerData as { warm: (keyof typeof MODULES)[] }).warm) void MODULES[task]().catch(() => {});

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
