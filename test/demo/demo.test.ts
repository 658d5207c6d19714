// npm run demo, end to end: the whole loop on this machine, every stage succeeding, reports left behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

describe('the local demo', () => {
  it('runs the continuous-training loop end to end', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mlops-demo-')), 'out');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mlops-actions.js'), 'demo', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const stage of ['register-model', 'validate-data', 'train-gate', 'deploy-canary', 'drift-check']) expect(result.stdout).toContain(`✓ ${stage} done`);
    expect(result.stdout).toContain('result: promoted');
    expect(result.stdout).toContain('quality-decayed: true'); // the prod model's accuracy on the labelled production rows
    expect(result.stdout).toMatch(/Done in [\d.]+ s with 0 failed stage\(s\)/);
    for (const report of ['validate-data', 'train-gate', 'deploy-canary', 'drift-check']) expect(existsSync(path.join(dir, 'reports', `${report}.json`))).toBe(true);
    expect(existsSync(path.join(dir, 'registry', 'models', 'churn', 'v0.0.2', 'profile.json'))).toBe(true);
    const dispatch = JSON.parse(readFileSync(path.join(dir, 'dispatches.jsonl'), 'utf8').trim());
    expect(dispatch).toMatchObject({ workflow: 'retrain.yml', inputs: { reason: expect.stringContaining('Data drift in') } });
  });
});
