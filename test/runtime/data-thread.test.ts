// drift-check reads large data on a worker thread whose heap is capped (src/runtime/data-thread.ts): its
// output reaches the step's log whole and in order, its exit code is the step's, and running out of
// heap is a failed step that says so. A small read stays on the main thread (the thread costs a start).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_THREAD_BYTES, inputBytes } from '../../src/runtime/data-thread.js';
import { HEAP_LIMITS } from '../../src/runtime/worker-pool.js';
import { runAction } from '../harness/run-action.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, '..', 'fixtures', 'data-thread-entry.ts');
const run = (mode?: string) => spawnSync(process.execPath, ['--import', 'tsx', entry], { encoding: 'utf8', env: { ...process.env, DATA_THREAD_FIXTURE: mode ?? '' }, timeout: 60_000 });
const dir = mkdtempSync(path.join(tmpdir(), 'data-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    expect(result.stdout).toContain("::error::the data needs more than the 32 MB of heap the action's thread has (lower the inputs' size or budgets)");
  });

  it('sizes the files the inputs name, as the actions expand them', async () => {
    mkdirSync(path.join(dir, 'shards'), { recursive: true });
    writeFileSync(path.join(dir, 'a.csv'), 'x'.repeat(10));
    writeFileSync(path.join(dir, 'shards', 'b1.csv'), 'x'.repeat(20));
    writeFileSync(path.join(dir, 'shards', 'b2.csv'), 'x'.repeat(30));
    const sized = async (reference: string, current: string) => {
      const saved = [process.env.INPUT_REFERENCE, process.env.INPUT_CURRENT];
      Object.assign(process.env, { INPUT_REFERENCE: reference, INPUT_CURRENT: current });
      try {
        return await inputBytes(dir, ['reference', 'current']);
      } finally {
        [process.env.INPUT_REFERENCE, process.env.INPUT_CURRENT] = saved;
      }
    };
    expect(await sized('a.csv', 'shards/*.csv\nregistry:model#prod')).toBe(60);
    expect(await sized(`${path.join(dir, 'a.csv')}\n`, '  shards/b2.csv  ')).toBe(40);
    expect(await sized('registry:model#prod', 'missing.csv\nshards/*.parquet')).toBe(0); // the action says what is wrong
    expect(await sized('artifact:reference', 'a.csv')).toBe(Infinity);
  });

  it('drift-check reads on it from DATA_THREAD_BYTES of files, and on the main thread below', async () => {
    // Each thread that loads it says at exit how many workflow commands it wrote as text: the one that ran
    // the action (the main thread passes on a worker's output as bytes).
    const probe = path.join(dir, 'probe.cjs');
    writeFileSync(probe, `const { isMainThread } = require('node:worker_threads'); let commands = 0; const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { if (typeof chunk === 'string' && chunk.startsWith('::')) commands++; return write(chunk, ...rest); };
process.on('exit', () => require('node:fs').writeSync(2, '@@thread ' + (isMainThread ? 'main' : 'worker') + ' ' + commands + '\\n'));`);
    const line = `1,${'x'.repeat(1023)}\n`;
    const large = Buffer.from(`id,text\n${line.repeat(Math.ceil(DATA_THREAD_BYTES / line.length))}`);
    const ranOn = async (current: Buffer) => {
      const result = await runAction('drift-check', { inputs: { reference: 'reference.csv', current: 'current.csv', 'fail-on': 'never' }, files: { 'reference.csv': `id,text\n${line.repeat(100)}`, 'current.csv': current }, env: { NODE_OPTIONS: `--require ${probe}` } });
      expect(result.exitCode).toBe(0);
      return [...result.stderr.matchAll(/@@thread (\w+) (\d+)/g)].filter((m) => Number(m[2]) > 0).map((m) => m[1]);
    };
    expect(await ranOn(large)).toEqual(['worker']);
    expect(await ranOn(large.subarray(0, 1 << 20))).toEqual(['main']);
  }, 60_000);
});
