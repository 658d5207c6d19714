// A diagnostic, not a benchmark (run it alone: npx tsx bench/heap-timeline.ts [current.parquet ...]): why
// a sketch-mode drift check's memory grows with the rows. Runs the bundle under --trace-gc-nvp on the
// files parquet.bench.ts writes and prints, per thread (V8 isolate), its collections, the bytes its
// scavenges promoted to the old generation, its largest committed heap, and the old generation's limit
// for a full collection. What is promoted and then dies stays until a full collection, which comes only
// once the old generation reaches that limit: promoted bytes that grow with the rows are memory that
// grows with the rows. Then find what survives with a sampling heap profile that keeps objects collected
// by major GCs only (inspector HeapProfiler.startSampling, includeObjectsCollectedByMajorGC: true,
// includeObjectsCollectedByMinorGC: false).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BENCH_DIR, ROOT, runnerEnv, table } from './common.js';

const workspace = path.join(BENCH_DIR, 'parquet');
const files = process.argv.length > 2 ? process.argv.slice(2) : ['flights.parquet', 'flights-30m.parquet'];
const rows: (string | number)[][] = [['current', 'peak MB', 'isolate', 'scavenges', 'promoted MB', 'mark-compacts', 'most committed MB', 'old-generation limit MB']];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
for (const current of files) {
  const env = runnerEnv({ reference: 'reference.parquet', current, columns: 'delay,distance,origin,destination', 'exact-budget': '1000', 'report-path': 'drift.json' }, workspace);
  const run = spawnSync('/usr/bin/time', ['-f', '@@TIME %M', process.execPath, '--trace-gc-nvp', path.join(ROOT, 'actions', 'drift-check', 'dist', 'index.js')], { cwd: workspace, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const peak = Number(/@@TIME (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  // [pid:isolate:0]   123 ms: pause=… gc=s … end_memory_size=… promoted=… old_gen_allocation_limit=…
  const threads = new Map<string, { scavenges: number; marks: number; promoted: number; committed: number; limit: number }>();
  for (const line of run.stdout.split('\n')) {
    const isolate = /^\[\d+:(0x[0-9a-f]+)/.exec(line)?.[1];
    const kind = / gc=(\w+)/.exec(line)?.[1];
    if (!isolate || !kind) continue;
    const field = (name: string) => Number(new RegExp(` ${name}=(\\d+)`).exec(line)?.[1] ?? 0);
    const thread = threads.get(isolate) ?? { scavenges: 0, marks: 0, promoted: 0, committed: 0, limit: 0 };
    threads.set(isolate, thread);
    if (kind === 's') {
      thread.scavenges++;
      thread.promoted += field('promoted');
    } else thread.marks++;
    thread.committed = Math.max(thread.committed, field('end_memory_size'));
    thread.limit = field('old_gen_allocation_limit');
  }
  // The main thread's isolate lies low in the address space (a worker's is mapped high, 0x7f…).
  [...threads].sort(([a], [b]) => a.length - b.length || a.localeCompare(b)).forEach(([isolate, t], i) =>
    rows.push([i === 0 ? current : '', i === 0 ? peak.toFixed(0) : '', `${isolate}${i === 0 ? ' (main)' : ''}`, t.scavenges, mb(t.promoted), t.marks, mb(t.committed), mb(t.limit)]),
  );
}
console.log(table(rows));
