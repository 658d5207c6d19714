// A large plain CSV read in byte ranges on worker threads gives what one pass gives: the same counts,
// examples, rows and lines, malformed findings and profile (up to the rounding of merged moments).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRanges } from '../../src/data/ranges.js';
import { startWorkers, WorkerPool } from '../../src/runtime/worker-pool.js';
import { mulberry32 } from '../../src/stats/random.js';
import { parseSchema, Validator, type DataFile } from '../../src/validate/index.js';
import type { ValidateTasks } from '../../src/validate/validator.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ranges-'));

/** ~1 MB of flights-like rows with failures of every row-check kind spread through the file. */
function flights({ quoteAt, eol = '\n' }: { quoteAt?: number; eol?: string } = {}): string {
  const random = mulberry32(7);
  const airports = ['ATL', 'BOS', 'LAX', 'SFO', 'JFK', 'ORD'];
  const lines = ['date,delay,distance,origin,note'];
  for (let i = 0; i < 20_000; i++) {
    const pick = random();
    const delay = pick < 0.001 ? 'late' : pick < 0.002 ? '' : String(Math.round((random() - 0.3) * 100));
    const origin = pick > 0.999 ? 'boston' : airports[Math.floor(random() * airports.length)];
    const distance = pick > 0.998 && pick <= 0.999 ? '-7' : String(Math.round(random() * 3000));
    // a quoted note of 120 KB of lines: some range boundary falls inside it
    const note = i === quoteAt ? `"${'a quoted, multi-line note\n'.repeat(5000)}"` : pick > 0.5 ? 'ok' : '';
    if (pick > 0.9995) lines.push(`2001-01-01T00:00:00,${delay}`); // ragged: a malformed row
    else if (pick > 0.9993) lines.push(''); // a blank line, skipped but counted
    else lines.push(`2001-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00,${delay},${distance},${origin},${note}`);
  }
  return lines.join(eol) + eol;
}

const schema = parseSchema(
  {
    columns: {
      date: { type: 'datetime', nullable: false },
      delay: { type: 'integer', nullable: false, min: -40, mean: { min: -100, max: 100 }, std: { max: 500 } },
      distance: { type: 'integer', min: 0, median: { min: 0 } },
      origin: { pattern: '^[A-Z]{3}$', 'distinct-count': { min: 1 } },
      note: { allowed: ['ok'], 'max-null-fraction': 0.9 },
    },
  },
  'schema',
);

async function validate(file: string, rangeBytes: number) {
  const validator = new Validator(schema, undefined, {}, rangeBytes);
  const data: DataFile = { path: file, display: 'flights.csv', format: 'csv', gzip: false };
  await validator.validateFile(data);
  return validator.finish();
}

describe('validating a large CSV in byte ranges', () => {
  it('splits after newlines, about every rangeBytes', async () => {
    const file = path.join(dir, 'plain.csv');
    writeFileSync(file, flights());
    const plan = (await planRanges(file, 'csv', 64 * 1024))!;
    expect(plan.columns).toEqual(['date', 'delay', 'distance', 'origin', 'note']);
    expect(plan.ranges.length).toBeGreaterThan(10);
    expect(plan.ranges[0]!.start).toBe(0);
    for (const [i, range] of plan.ranges.entries()) if (i > 0) expect(range.start).toBe(plan.ranges[i - 1]!.end);
    expect(await planRanges(file, 'csv', 1 << 30)).toBeUndefined();
  });

  it('gives the same checks, examples, lines and profile as one pass', async () => {
    const file = path.join(dir, 'plain.csv');
    writeFileSync(file, flights({ eol: '\r\n' }));
    const [split, whole] = await Promise.all([validate(file, 64 * 1024), validate(file, Infinity)]);
    expect(whole.checks.some((c) => c.check === 'well-formed' && c.failed > 0)).toBe(true);
    expect(whole.checks.filter((c) => c.status === 'failed').length).toBeGreaterThan(4);
    const exact = (result: typeof whole) => result.checks.filter((c) => !['mean', 'std', 'median'].includes(c.check));
    expect(exact(split)).toEqual(exact(whole));
    for (const check of ['mean', 'std']) {
      const [a, b] = [split, whole].map((r) => r.checks.find((c) => c.check === check)!);
      expect(a.status).toBe(b.status);
    }
    expect(split.profile.rows).toBe(whole.profile.rows);
    expect(split.profile.sources).toEqual(whole.profile.sources);
    for (const [name, column] of whole.profile.columns) {
      const theirs = split.profile.columns.get(name)!;
      expect([theirs.count, theirs.nulls, theirs.kindCounts, theirs.distinct()]).toEqual([column.count, column.nulls, column.kindCounts, column.distinct()]);
      expect(theirs.moments.mean).toBeCloseTo(column.moments.mean, 9);
      expect(theirs.exactSample()).toEqual(column.exactSample());
    }
  });

  it('reads a file with a quote in one pass, as a quoted newline may cross a range', async () => {
    const file = path.join(dir, 'quoted.csv');
    writeFileSync(file, flights({ quoteAt: 15_000 }));
    expect(await planRanges(file, 'csv', 64 * 1024)).toBeUndefined(); // the quote is past the first window: found by the planner's search
    const [split, whole] = await Promise.all([validate(file, 64 * 1024), validate(file, Infinity)]);
    expect(split).toEqual(whole);
  });

  it("passes a worker's failure back as an error that names it, and keeps serving", async () => {
    const pool = new WorkerPool(1);
    try {
      const missing = { path: path.join(dir, 'gone.csv'), display: 'gone.csv', format: 'csv' as const, gzip: false };
      await expect(pool.run('validate-range', { schema, file: missing, range: { start: 0, end: 10 } })).rejects.toThrow(/ENOENT.*gone\.csv/);
      const file = path.join(dir, 'small.csv');
      const text = 'date,delay,distance,origin,note\n2001-01-01T00:00:00,1,2,ATL,ok\n';
      writeFileSync(file, text);
      const result = await pool.run('validate-range', { schema, file: { ...missing, path: file }, range: { start: 0, end: text.length } });
      expect(result.rows).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('gives a worker started ahead (startWorkers) to the next pool, and one left unused keeps no process alive', async () => {
    startWorkers<ValidateTasks>(['validate-range']);
    const pool = new WorkerPool<ValidateTasks>(1);
    try {
      const file = path.join(dir, 'ahead.csv');
      const text = 'date,delay,distance,origin,note\n2001-01-01T00:00:00,1,2,ATL,ok\n2001-01-02T00:00:00,3,4,BOS,\n';
      writeFileSync(file, text);
      const result = await pool.run('validate-range', { schema, file: { path: file, display: 'ahead.csv', format: 'csv', gzip: false }, range: { start: 0, end: text.length } });
      expect(result.rows).toBe(2);
    } finally {
      await pool.close();
    }
    const script = `import { startWorkers } from ${JSON.stringify(path.resolve('src/runtime/worker-pool.ts'))}; startWorkers(['validate-range']);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
  });
});
