// npm run demo, end to end: the whole loop on this machine, every stage succeeding, reports left behind,
// the pull request's comment and the retraining dispatch made by the actions' own GitHub code against the
// demo's local stand-in of the GitHub API.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

describe('the local demo', () => {
  it('runs the continuous-training loop end to end', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mlops-demo-')), 'out');
    // As inside a workflow run (the tests in CI): the runner's variables must not reach the demo's stages.
    const env = { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_REPOSITORY: 'someone/else', GITHUB_API_URL: 'http://127.0.0.1:9' };
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mlops-actions.js'), 'demo', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    for (const stage of ['register-model', 'validate-data', 'train-gate', 'deploy-canary', 'drift-check']) expect(out).toContain(`✓ ${stage} done`);
    expect(out).toMatch(/Done in [\d.]+ s with 0 failed stage\(s\)/);

    // The gate's sticky comment, as the stand-in received it, rendered: paired with the predictions registered with prod.
    const comment = out.slice(out.indexOf('── the comment on pull request #1 ──'), out.indexOf('[5/7]'));
    expect(comment).toContain('Train gate: ✅ passed · 🟢 improved');
    expect(comment).toContain('Baseline: churn v0.0.1 (churn#prod) in the local:registry registry');
    expect(comment).toMatch(/500 paired examples/);
    expect(comment).toContain("McNemar's exact test");
    expect(comment).not.toContain('<!--');
    // Each stage's job summary, rendered for the terminal.
    for (const heading of ['Model registry: churn v0.0.1', 'Data validation ✅ passed', 'Canary churn v0.0.2 (stable v0.0.1): 🟢 promoted', 'Drift check: 🔴 dataset drift detected']) expect(out).toContain(heading);

    expect(out).toContain('result: promoted');
    expect(out).toContain('quality-decayed: true'); // the prod model's accuracy on the labelled production rows
    // The target is the target: reported as target drift, never among the drifted features.
    expect(out).toContain('drifted-columns: ["tenure_months","monthly_spend","support_calls","plan"]');
    // drift-check's own dispatch code, against the stand-in: the inputs retrain.yml declares, filled in.
    expect(out).toContain('dispatched: true');
    expect(out).toMatch(/→ retraining dispatched to the local GitHub stand-in: retrain\.yml on main with \{"reason":"Data drift in 4 of 4 columns .*Quality decay: accuracy dropped by [\d.]+.*","report":"http:\/\/127\.0\.0\.1:\d+\/demo\/churn\/actions\/runs\/\d+"\}/);
    for (const report of ['validate-data', 'train-gate', 'deploy-canary', 'drift-check']) expect(existsSync(path.join(dir, 'reports', `${report}.json`))).toBe(true);
    expect(existsSync(path.join(dir, 'registry', 'models', 'churn', 'v0.0.2', 'profile.json'))).toBe(true);
  });
});
