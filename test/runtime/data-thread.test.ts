// The data-reading actions run on a worker thread whose heap is capped (src/runtime/data-thread.ts): its
// output reaches the step's log whole and in order, its exit code is the step's, and running out of
// heap is a failed step that says so, not a crash without a word.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_LIMITS } from '../../src/runtime/worker-pool.js';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'data-thread-entry.ts');
const run = (mode?: string) => spawnSync(process.execPath, ['--import', 'tsx', entry], { encoding: 'utf8', env: { ...process.env, DATA_THREAD_FIXTURE: mode ?? '' }, timeout: 60_000 });

describe('the data thread', () => {
  it('runs the entry on a worker with the heap limits, passing on its output and its exit code', () => {
    const result = run();
    const [first, ...lines] = result.stdout.trimEnd().split('\n');
    expect(JSON.parse(first!)).toMatchObject({ isMainThread: false, resourceLimits: HEAP_LIMITS });
    expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => `line ${i}`));
    expect(result.status).toBe(3);
  });

  it('fails the step with a message when the data outgrows the heap', () => {
    const result = run('oom');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::the data needs more than the 32 MB of heap the action\'s thread has (lower the inputs\' size or budgets)');
  });
});
