// A diagnostic, not a benchmark (run it alone: npx tsx bench/heap-timeline.ts [current.parquet ...]): why
// a sketch-mode drift check's memory grows with the rows. Runs the bundle under --trace-gc on the files
// parquet.bench.ts writes and prints, per thread (V8 isolate), its collections and its committed heap:
// heap that grows with the rows is garbage promoted by scavenges (old space) or semi-spaces V8 doubled
// once enough had survived them in all. Then find what survives with a sampling heap profile that keeps
// objects collected by major GCs only (inspector HeapProfiler.startSampling,
// includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BENCH_DIR, ROOT, runnerEnv, table } from './common.js';

const workspace = path.join(BENCH_DIR, 'parquet');
const files = process.argv.length > 2 ? process.argv.slice(2) : ['flights.parquet', 'flights-30m.parquet'];
const rows: (string | number)[][] = [['current', 'peak MB', 'isolate', 'scavenges', 'mark-compacts', 'committed MB: first → most', 'after last GC MB']];
for (const current of files) {
  const env = runnerEnv({ reference: 'reference.parquet', current, columns: 'delay,distance,origin,destination', 'exact-budget': '1000', 'report-path': 'drift.json' }, workspace);
  const run = spawnSync('/usr/bin/time', ['-f', '@@TIME %M', process.execPath, '--trace-gc', path.join(ROOT, 'actions', 'drift-check', 'dist', 'index.js')], { cwd: workspace, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const peak = Number(/@@TIME (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  // [pid:isolate] 123 ms: Scavenge 16.1 (21.3) -> 12.7 (29.6) MB, ...
  const threads = new Map<string, { scavenges: number; marks: number; committed: number[]; after: number }>();
  for (const [, isolate, kind, after, committed] of run.stdout.matchAll(/\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (Scavenge|Mark-Compact) [\d.]+ \([\d.]+\) -> ([\d.]+) \(([\d.]+)\) MB/g)) {
    const thread = threads.get(isolate!) ?? { scavenges: 0, marks: 0, committed: [], after: 0 };
    threads.set(isolate!, thread);
    if (kind === 'Scavenge') thread.scavenges++;
    else thread.marks++;
    thread.committed.push(Number(committed));
    thread.after = Number(after);
  }
  // The main thread's isolate lies low in the address space (a worker's is mapped high, 0x7f…).
  [...threads].sort(([a], [b]) => a.length - b.length || a.localeCompare(b)).forEach(([isolate, t], i) =>
    rows.push([i === 0 ? current : '', i === 0 ? peak.toFixed(0) : '', `${isolate}${i === 0 ? ' (main)' : ''}`, t.scavenges, t.marks, `${t.committed[0]} → ${Math.max(...t.committed)}`, t.after]),
  );
}
console.log(table(rows));
