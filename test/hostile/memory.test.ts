// Memory by design (issue 15): the bundles read hostile shapes of data in bounded memory. Each test
// measures the peak resident set of the action's own process (worker threads included), never time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type RunResult } from '../harness/run-action.js';
import { newKeyPerLine, wideCsv } from './fixtures.js';

const MB = 1024; // peakRssKb is in KiB
const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));
const wellFormed = (r: RunResult, file: string) => report(r).checks.find((c: { id: string }) => c.id === `${file}: well-formed`);

describe('hostile data: memory bounded by design', () => {
  const wide = wideCsv(10_000, 100); // 3.9 MB

  it('validate-data profiles 10,000 columns × 100 rows in bounded memory', async () => {
    const schema = 'columns:\n  f9999: {type: integer}\n';
    const run = await runAction('validate-data', { inputs: { data: 'wide.csv', schema: 'schema.yml' }, files: { 'wide.csv': wide, 'schema.yml': schema }, measureMemory: true });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['row-count']).toBe('100');
    expect(report(run).checks.find((c: { id: string }) => c.id === 'f9999: type')).toMatchObject({ failed: 100, evaluated: 100 }); // 0.0 to 9.6, written with a decimal point
    expect(run.peakRssKb).toBeLessThan(300 * MB); // the target (measured 268–279 MB)
  });

  it('drift-check compares two sides of 10,000 columns × 100 rows in bounded memory', async () => {
    const run = await runAction('drift-check', { inputs: { reference: 'ref.csv', current: 'cur.csv' }, files: { 'ref.csv': wide, 'cur.csv': wide }, measureMemory: true });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.drifted).toBe('false');
    expect(report(run).compared).toBe(10_000);
    expect(run.peakRssKb).toBeLessThan(500 * MB); // the target (measured 412–446 MB)
  });

  it('counts 5,000,000 ragged rows and keeps the first max-examples, under 200 MB', async () => {
    const run = await runAction('validate-data', { inputs: { data: 'ragged.csv', 'max-examples': '3' }, files: { 'ragged.csv': `a,b\n${'1\n'.repeat(5_000_000)}` }, measureMemory: true });
    expect(run.exitCode).toBe(1);
    const finding = wellFormed(run, 'ragged.csv');
    expect(finding).toMatchObject({ status: 'failed', failed: 5_000_000 });
    expect(finding.examples.map((e: { line: number }) => e.line)).toEqual([2, 3, 4]);
    expect(finding.examples[0].value).toBe('expected 2 fields as in the header, found 1');
    expect(run.annotations[0]).toMatchObject({ level: 'error', file: 'ragged.csv', line: 2 });
    expect(run.peakRssKb).toBeLessThan(200 * MB);
  });

  it('stops at the first line past max-columns: a 1 MB header of commas, 50,000 columns, a record with one key too many', async () => {
    const commas = await runAction('validate-data', { inputs: { data: 'commas.csv' }, files: { 'commas.csv': `${','.repeat(1 << 20)}\n1\n` }, measureMemory: true });
    expect(commas.exitCode).toBe(1);
    expect(wellFormed(commas, 'commas.csv')).toMatchObject({ failed: 1, examples: [{ line: 1, value: expect.stringContaining(`the header has ${(1 << 20) + 1} columns, more than max-columns (10000)`) }] });
    expect(commas.peakRssKb).toBeLessThan(200 * MB);

    const header = Array.from({ length: 50_000 }, (_, c) => `c${c}`).join(',');
    const drift = await runAction('drift-check', { inputs: { reference: 'wide.csv', current: 'wide.csv', 'max-columns': '20000' }, files: { 'wide.csv': `${header}\n${header.replace(/c/g, '')}\n` }, measureMemory: true });
    expect(drift.exitCode).toBe(1); // nothing was read, so there is nothing to compare: an error, not "no drift"
    expect(drift.annotations).toContainEqual(expect.objectContaining({ level: 'warning', file: 'wide.csv', line: 1, message: expect.stringContaining('the header has 50000 columns, more than max-columns (20000)') }));
    expect(drift.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining(`Inputs 'reference' and 'current' share no column`) }));
    expect(drift.peakRssKb).toBeLessThan(300 * MB);

    const jsonl = await runAction('validate-data', { inputs: { data: 'keys.jsonl', 'max-columns': '100' }, files: { 'keys.jsonl': newKeyPerLine(200) } });
    expect(jsonl.exitCode).toBe(1);
    expect(jsonl.outputs['row-count']).toBe('99'); // the id and k0…k98; line 100 brings column 101
    expect(wellFormed(jsonl, 'keys.jsonl')).toMatchObject({ failed: 1, examples: [{ line: 100, value: expect.stringContaining('key "k99" is column 101, more than max-columns (100)') }] });
  });

  it('reads JSON Lines whose every record brings a new key in linear work and bounded memory', async () => {
    const schema = 'columns:\n  k5000: {type: integer, max: 0}\n  id: {unique: true}\n';
    const run = await runAction('validate-data', { inputs: { data: 'keys.jsonl', schema: 'schema.yml' }, files: { 'keys.jsonl': newKeyPerLine(9_999), 'schema.yml': schema }, measureMemory: true });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['row-count']).toBe('9999');
    // k5000 is in one record (5000 % 7 = 2): one value checked; the records after it lack it (null).
    const k5000 = report(run).checks.find((c: { id: string }) => c.id === 'k5000: max');
    expect(k5000).toMatchObject({ failed: 1, evaluated: 1 });
    expect(k5000.nulls).toBeGreaterThanOrEqual(4_998);
    expect(report(run).checks.find((c: { id: string }) => c.id === 'id: unique')).toMatchObject({ failed: 0, evaluated: 9_999 });
    expect(run.peakRssKb).toBeLessThan(300 * MB);
  });

  it('reads one 32 MB JSON Lines record, split over hundreds of reads, once', async () => {
    const record = JSON.stringify({ id: 1, text: 'x'.repeat(32 << 20) });
    const run = await runAction('validate-data', { inputs: { data: 'long.jsonl' }, files: { 'long.jsonl': `${record}\n{"id":2,"text":"y"}\n` }, measureMemory: true });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['row-count']).toBe('2');
    expect(run.peakRssKb).toBeLessThan(400 * MB);
  });
});
