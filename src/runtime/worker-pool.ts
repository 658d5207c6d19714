// A small pool of threads for the tasks in src/entries/worker.ts: worker threads running the bundle's
// dist/worker/ (or, under the test runner, the TypeScript entry through tsx), and optionally the
// calling thread itself, which is warm and needs no start-up while the workers boot. An action's entry
// starts a worker before it loads the action (startWorkers): it boots on another core meanwhile.
// The pool knows tasks only by a type parameter: each user declares the tasks it runs beside them
// (ProfileTasks, ValidateTasks), and the worker entry checks that it serves them. So this module
// imports nothing from the tasks, and no import cycle runs through the entry.
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Tasks by name: each takes one input and answers one, both structured-cloneable. */
export type TaskMap = Record<string, (input: any) => unknown>;
type Answer = { output?: unknown; error?: string };
/** Runs a task on the calling thread: the same function a worker would run. */
export type LocalRunner<Tasks extends TaskMap> = (task: keyof Tasks & string, input: never) => Promise<unknown>;

/** Each worker's heap, for memory that stays flat however long the read (see data-thread.ts, which runs drift-check on the same). */
export const HEAP_LIMITS: ResourceLimits = {
  /**
   * V8 makes it three semi-spaces: 12 MB caps them at the 4 MB a short read uses, where V8 would
   * otherwise double them once enough has survived in all, which a long read always reaches.
   */
  maxYoungGenerationSizeMb: 12,
  /**
   * Far above what a read keeps (its budgets bound it), and below 2 GB: from 2 GB up, V8 lets a heap's
   * garbage grow to four times its live objects before a full collection, below it to less than twice.
   */
  maxOldGenerationSizeMb: 1536,
};

function startWorker(warm: string[] = []): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  // A computed path, which the bundler leaves alone (a literal one it would try to bundle as an asset).
  const entry = fromSources ? '../entries/worker.ts' : './worker/index.js';
  return new Worker(new URL(entry, import.meta.url), {
    execArgv: fromSources ? ['--import', 'tsx'] : [],
    workerData: { warm },
    resourceLimits: HEAP_LIMITS,
  });
}

/** Workers started ahead of any pool (startWorkers), ready for the first pool to take. */
const spares: Worker[] = [];

/**
 * Starts a worker now, before the caller loads its heavy modules, to boot on another core meanwhile and
 * load the modules of the tasks named in `warm`; the first pool takes it. One: every parallel read
 * needs at least one worker, and one left unused costs little (it never keeps the process alive).
 */
export function startWorkers<Tasks extends TaskMap>(warm: (keyof Tasks & string)[]): void {
  if (availableParallelism() < 2) return;
  const worker = startWorker(warm);
  worker.unref();
  spares.push(worker);
  // One that stops before a pool takes it is dropped: the pool starts its own, and reports that one's errors.
  const drop = () => {
    const at = spares.indexOf(worker);
    if (at >= 0) spares.splice(at, 1);
  };
  worker.on('error', drop).once('exit', drop);
}

type Slot = (task: string, input: unknown) => Promise<Answer>;

function workerSlot(worker: Worker): Slot {
  let settle: ((answer: Answer) => void) | undefined;
  worker.on('message', (answer: Answer) => settle?.(answer));
  worker.on('error', (error) => settle?.({ error: error.stack ?? error.message }));
  worker.on('exit', (code) => settle?.({ error: `a worker thread stopped (exit code ${code})` }));
  return (task, input) =>
    new Promise<Answer>((resolve) => {
      settle = (answer) => {
        settle = undefined;
        resolve(answer);
      };
      worker.postMessage({ task, input });
    });
}

function localSlot(run: LocalRunner<TaskMap>): Slot {
  return (task, input) => run(task, input as never).then(
    (output) => ({ output }),
    (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

export class WorkerPool<Tasks extends TaskMap = TaskMap> {
  private readonly workers: Worker[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];

  /** `workers` worker threads, plus the calling thread when `local` runs the tasks here. */
  constructor(workers: number, local?: LocalRunner<Tasks>) {
    for (let i = 0; i < workers; i++) {
      const worker = spares.shift() ?? startWorker();
      worker.ref();
      this.workers.push(worker);
      this.idle.push(workerSlot(worker));
    }
    if (local) this.idle.push(localSlot(local as LocalRunner<TaskMap>)); // taken first: it needs no start-up
  }

  /** Runs a task on the next free thread. */
  async run<T extends keyof Tasks & string>(task: T, input: Parameters<Tasks[T]>[0]): Promise<Awaited<ReturnType<Tasks[T]>>> {
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      const answer = await slot(task, input);
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.output as Awaited<ReturnType<Tasks[T]>>;
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.idle.push(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
