// A small pool of worker threads for the tasks in src/entries/worker.ts: the bundle's dist/worker/,
// or under the test runner the TypeScript entry through tsx.
import { Worker } from 'node:worker_threads';
import type { TASKS } from '../entries/worker.js';

type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
type Answer = { output?: unknown; error?: string };

/** A small young generation keeps each worker's memory low; a larger one only delays promotion. */
const YOUNG_GENERATION_MB = 24;

function workerEntry(): { url: URL; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith('.ts');
  // A computed path, which the bundler leaves alone (a literal one it would try to bundle as an asset).
  const entry = fromSources ? '../entries/worker.ts' : './worker/index.js';
  return { url: new URL(entry, import.meta.url), execArgv: fromSources ? ['--import', 'tsx'] : [] };
}

interface Slot {
  worker: Worker;
  settle?: (answer: Answer) => void;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];

  constructor(size: number) {
    const { url, execArgv } = workerEntry();
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(url, { execArgv, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }) };
      slot.worker.on('message', (answer: Answer) => slot.settle?.(answer));
      slot.worker.on('error', (error) => slot.settle?.({ error: error.stack ?? error.message }));
      slot.worker.on('exit', (code) => slot.settle?.({ error: `a worker thread stopped (exit code ${code})` }));
      this.slots.push(slot);
      this.idle.push(slot);
    }
  }

  /** Runs a task on the next free worker. */
  async run<T extends TaskName>(task: T, input: Parameters<Tasks[T]>[0]): Promise<Awaited<ReturnType<Tasks[T]>>> {
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      const answer = await new Promise<Answer>((resolve) => {
        slot.settle = resolve;
        slot.worker.postMessage({ task, input });
      });
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.output as Awaited<ReturnType<Tasks[T]>>;
    } finally {
      slot.settle = undefined;
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.idle.push(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
