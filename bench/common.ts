// Shared by the benchmarks: the flights data as files, and timing a command's wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { FLIGHTS_3M_PARQUET } from '../test/fixtures/datasets.js';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BENCH_DIR = path.join(ROOT, '.bench');
export { FLIGHTS_3M_PARQUET };

/** validate-data's schema for the flights: the checks the benchmarks time. */
export const FLIGHTS_SCHEMA = `columns:
  date: {type: datetime, nullable: false}
  delay: {type: integer, min: -1000, max: 2000, nullable: false, mean: {min: -100, max: 100}, std: {max: 500}}
  distance: {type: integer, min: 0, nullable: false, median: {min: 0}}
  origin: {type: string, pattern: '^[A-Z]{3}$', nullable: false, distinct-count: {min: 1}}
  destination: {type: string, pattern: '^[A-Z]{3}$', nullable: false}
`;

export interface Measured {
  seconds: number;
  peakMB: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time: elapsed seconds and maximum resident set size. */
export function measure(command: string[], env: Record<string, string> = {}, cwd = ROOT): Measured {
  const result = spawnSync('/usr/bin/time', ['-f', '@@TIME %e %M', ...command], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const match = /@@TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}\n${result.stdout.slice(-2000)}`);
  return { seconds: Number(match[1]), peakMB: Number(match[2]) / 1024, stdout: result.stdout };
}

/** flights-3m.parquet as CSV (date as ISO datetime), written once into .bench/. */
export async function flightsCsv(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'flights-3m.csv');
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.tmp`);
  out.write('date,delay,distance,origin,destination\n');
  const buffer = await asyncBufferFromFile(FLIGHTS_3M_PARQUET);
  const metadata = await parquetMetadataAsync(buffer);
  let start = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    await parquetRead({
      file: buffer, metadata, compressors, rowStart: start, rowEnd: start + rows,
      onComplete: (data: unknown[][]) => {
        const lines = data.map((r) => `${(r[0] as Date).toISOString().slice(0, 19)},${r[1]},${r[2]},${r[3]},${r[4]}`);
        out.write(lines.join('\n') + '\n');
      },
    });
    start += rows;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  spawnSync('mv', [`${file}.tmp`, file]);
  return file;
}

/** The environment the runner gives an action, for running a bundle outside the test harness (one run at a time). */
export function runnerEnv(inputs: Record<string, string>, workspace: string): Record<string, string> {
  const dir = path.join(BENCH_DIR, 'runner');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), RUNNER_TEMP: dir };
  for (const f of ['output', 'summary']) writeFileSync(path.join(dir, f), '');
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  return env;
}

export function hasPandas(): boolean {
  return spawnSync('/usr/bin/python3', ['-c', 'import pandas, scipy'], { encoding: 'utf8' }).status === 0;
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c]!)).join('  ')).join('\n');
}
