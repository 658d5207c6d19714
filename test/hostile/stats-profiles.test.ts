// Hostile input to drift-check's statistics, through the bundle under the runner contract: corrupt
// reference profiles are refused with the file and the field named (one made the Wasserstein loop spin
// forever), and thousands of small files per side stay within a memory bound (peak RSS of the action's
// own process; its worker threads share it).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../src/data/values.js';
import { DatasetProfile, DEFAULT_PROFILE_OPTIONS } from '../../src/profile/index.js';
import { mulberry32 } from '../../src/stats/index.js';
import { ROOT, runAction, type RunOptions, type RunResult } from '../harness/run-action.js';

/** Runs the bundle inside a module that writes the process's peak RSS (VmHWM, in MB) when it exits. */
async function runMeasured(name: string, options: RunOptions): Promise<RunResult & { peakMb: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-rss-'));
  const [entry, peak] = [path.join(dir, 'measure.mjs'), path.join(dir, 'peak-kb')];
  const bundle = pathToFileURL(path.join(ROOT, 'actions', name, 'dist', 'index.js')).href;
  writeFileSync(
    entry,
    `import { readFileSync, writeFileSync } from 'node:fs';\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(peak)}, /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]));\n` +
      `await import(${JSON.stringify(bundle)});\n`,
  );
  const result = await runAction(name, { ...options, entry });
  return { ...result, peakMb: Number(readFileSync(peak, 'utf8')) / 1024 };
}

/** The profile JSON of a small numeric column `x`, listed (floats) and counted (integers `k`). */
function profileJson(): Record<string, any> {
  const n = 500;
  const x = Array.from({ length: n }, (_, i) => (i / 7).toFixed(2));
  const k = Array.from({ length: n }, (_, i) => String(i % 9));
  const profile = new DatasetProfile(DEFAULT_PROFILE_OPTIONS);
  profile.addBatch(new Map([['x', classifyColumn(x, n, new Set(['']), true)], ['k', classifyColumn(k, n, new Set(['']), true)]]), n);
  return JSON.parse(JSON.stringify(profile.toJSON()));
}

const CURRENT = ['x,k', ...Array.from({ length: 400 }, (_, i) => `${(i / 5).toFixed(2)},${i % 9}`)].join('\n');

describe('drift-check refuses a corrupt reference profile, naming the file and the field', () => {
  const corruptions: [string, (json: Record<string, any>) => void, string][] = [
    ['exact values written as strings', (j) => (j.columns[0].distribution.values = j.columns[0].distribution.values.map(String)), 'field columns[0] (column "x").distribution.values[0]: expected a finite number, found "0"'],
    ['a negative count', (j) => (j.columns[1].distribution.counts[3] = -4), 'field columns[1] (column "k").distribution.counts[3]: expected an integer ≥ 1, found -4'],
  ];
  for (const [name, corrupt, field] of corruptions) {
    it(`${name}: exit 1, the message names reference/profile.json and the field`, async () => {
      const json = profileJson();
      corrupt(json);
      const result = await runAction('drift-check', {
        inputs: { reference: 'reference/profile.json', current: 'cur.csv', method: 'wasserstein' },
        files: { 'reference/profile.json': JSON.stringify(json), 'cur.csv': CURRENT },
        timeoutMs: 60_000,
      });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors).toEqual([`Input 'reference': "reference/profile.json" is not a readable profile: ${field}`]);
    });
  }
});

describe('drift-check on 3,000 small files per side', () => {
  it('profiles them in batches: the same answer as the data, peak RSS under 400 MB (3.5 GB before batching)', async () => {
    const files: Record<string, string> = {};
    for (const side of ['ref', 'cur']) {
      const random = mulberry32(side === 'ref' ? 1 : 2);
      for (let f = 0; f < 3000; f++) {
        const rows = Array.from({ length: 20 }, (_, r) => `${f * 20 + r},${(40 + 20 * (random() - 0.5)).toFixed(1)},${Math.round(50_000 + 16_000 * (random() - 0.5))},${'ABC'[Math.floor(3 * random())]},${random() < 0.3 ? 1 : 0}`);
        files[`${side}/part-${String(f).padStart(4, '0')}.csv`] = ['id,age,income,city,flag', ...rows].join('\n');
      }
    }
    const result = await runMeasured('drift-check', { inputs: { reference: 'ref/*.csv', current: 'cur/*.csv', 'exclude-columns': 'id' }, files, timeoutMs: 600_000 });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(path.join(result.workspace, result.outputs.report!), 'utf8'));
    expect(report.reference.rows).toBe(60_000);
    expect(report.current.rows).toBe(60_000);
    expect(report.reference.sources).toHaveLength(3000);
    expect(result.outputs.drifted).toBe('false');
    console.info(`drift-check, 3,000 small files per side: peak RSS ${result.peakMb.toFixed(0)} MB`);
    expect(result.peakMb).toBeLessThan(400); // most of it garbage not yet collected: the bundle runs within --max-old-space-size=100
  }, 600_000);
});
