// The data-reading actions run on a worker thread whose heap is capped (src/runtime/data-thread.ts): its
// output reaches the step's log whole and in order, its exit code is the step's, and running out of
// heap is a failed step that says so, not a crash without a word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAP_LIMITS } from '../../src/runtime/worker-pool.js';
import { runAction } from '../harness/run-action.js';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'data-thread-entry.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'data-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
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

  it("runs drift-check's bundle: the action on the worker, the main thread only passing its output on", async () => {
    // Each thread says at exit how many workflow commands it wrote as text (the main thread passes a worker's output on as bytes).
    const probe = path.join(dir, 'probe.cjs');
    writeFileSync(probe, `const { isMainThread } = require('node:worker_threads'); let commands = 0; const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { if (typeof chunk === 'string' && chunk.startsWith('::')) commands++; return write(chunk, ...rest); };
process.on('exit', () => require('node:fs').writeSync(2, '@@thread ' + (isMainThread ? 'main' : 'worker') + ' ' + commands + '\\n'));`);
    const rows = 'id,group\n' + Array.from({ length: 200 }, (_, i) => `${i},${'abc'[i % 3]}`).join('\n');
    const result = await runAction('drift-check', { inputs: { reference: 'reference.csv', current: 'current.csv', 'fail-on': 'never' }, files: { 'reference.csv': rows, 'current.csv': rows }, env: { NODE_OPTIONS: `--require ${probe}` } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.drifted).toBe('false');
    const threads = [...result.stderr.matchAll(/@@thread (\w+) (\d+)/g)].map((m) => [m[1], Number(m[2]) > 0]);
    expect(threads).toContainEqual(['main', false]);
    expect(threads).toContainEqual(['worker', true]);
  }, 60_000);
});
