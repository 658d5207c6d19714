import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mlops-actions.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('mlops-actions CLI', () => {
  it('runs on Node 24, the actions runtime', () => {
    expect(process.version).toMatch(/^v24\./);
  });

  it('lists every action with --help', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    for (const name of ['validate-data', 'train-gate', 'register-model', 'deploy-canary', 'drift-check', 'demo']) expect(result.stdout).toContain(name);
  });

  it("shows an action's inputs and refuses an unknown one", () => {
    expect(cli('drift-check', '--help').stdout).toMatch(/--reference\s+.*\(required\)/);
    const bad = cli('drift-check', '--refrence', 'x.csv');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('drift-check has no input "refrence"');
  });

  it("runs the action's bundle and exits non-zero with the error when it fails", () => {
    const result = cli('register-model', '--name', 'churn');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("error: Give input 'path' to register a model, or 'stage'");
  });

  it('prints outputs and the summary of a successful run, rendered for a terminal', () => {
    const result = cli('validate-data', '--data', 'test/fixtures/small.csv', '--report-path', '.test-results/cli-report.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/── outputs ──\npassed=true\n/);
    expect(result.stdout).toContain('── summary ──\nData validation ✅ passed\n═════');
    expect(result.stdout).not.toMatch(/<code>|^## /m);
  });

  it('prints its version, and the outputs alone as JSON with --json', () => {
    expect(cli('--version').stdout).toBe(`${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    const result = cli('validate-data', '--json', '--data', 'test/fixtures/small.csv', '--report-path', '.test-results/cli-report.json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: 'true', 'row-count': '2', report: '.test-results/cli-report.json' });
    expect(result.stderr).toContain('▸ Validating test/fixtures/small.csv');
  });
});
