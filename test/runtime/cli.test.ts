import { spawnSync } from 'node:child_process';
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

  it('runs an adapter with terminal I/O and exits non-zero when it fails', () => {
    const result = cli('register-model', '--name', 'churn');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("error: Give input 'path' to register a model, or 'stage'");
  });

  it('prints outputs and the summary of a successful run', () => {
    const result = cli('validate-data', '--data', 'test/fixtures/small.csv', '--report-path', '.test-results/cli-report.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/── outputs ──\npassed=true\n/);
    expect(result.stdout).toContain('## Data validation ✅ passed');
  });
});
