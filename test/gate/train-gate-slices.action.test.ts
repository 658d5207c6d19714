// Runner-contract tests of train-gate's slices, fairness, registered predictions and comment-from-report
// mode: the bundle actions/train-gate/dist/index.js on the fake GitHub server.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';
import { mulberry32 } from '../../src/stats/random.js';

const REPO = 'Codertocat/Hello-World';
const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));

/**
 * Predictions of both models with a region column: the candidate is better everywhere but LATAM, where it
 * is much worse; a few rows carry a region that tries to ping and break the table, some have none.
 */
function predictionFiles(n = 3000): { cand: string; base: string } {
  const random = mulberry32(99);
  const regions = ['EU', 'US', 'APAC', 'LATAM', '', '@octocat|<b>x</b>'];
  const weights = [0.32, 0.3, 0.2, 0.12, 0.04, 0.02];
  const cand = ['id,label,prediction,score,region,age'];
  const base = ['id,label,prediction,score'];
  for (let i = 0; i < n; i++) {
    let u = random();
    const region = regions[weights.findIndex((w) => (u -= w) < 0)] ?? 'EU';
    const label = random() < 0.5 ? 1 : 0;
    const c = region === 'LATAM' ? 0.62 : 0.88;
    const right = (p: number) => (random() < p ? label : 1 - label);
    const [pc, pb] = [right(c), right(0.8)];
    cand.push(`${i},${label},${pc},${(pc ? 0.5 + random() / 2 : random() / 2).toFixed(3)},${region.includes(',') || region.includes('|') ? `"${region}"` : region},${Math.round(20 + random() * 50)}`);
    base.push(`${i},${label},${pb},${(pb ? 0.5 + random() / 2 : random() / 2).toFixed(3)}`);
  }
  return { cand: cand.join('\n'), base: base.join('\n') };
}

describe('train-gate slices, fairness and fork-safe comments under the runner contract', () => {
  const fake = useFakeGitHub();
  const pr = pullRequestEvent();
  const prNumber: number = pr.payload.pull_request.number;
  const files = { 'metrics.json': '{"accuracy": 0.86}', 'base.json': '{"accuracy": 0.80}', ...(({ cand, base }) => ({ 'cand.csv': cand, 'base.csv': base }))(predictionFiles()) };
  const gate = (inputs: Record<string, string>, event = pr) =>
    runAction('train-gate', { event, githubUrl: fake.url, inputs: { metrics: 'metrics.json', baseline: 'base.json', predictions: 'cand.csv', 'baseline-predictions': 'base.csv', slices: 'region, age', 'sensitive-features': 'region', ...inputs }, files });

  it('shows Slices and Fairness in the sticky comment, and fails on a slice regression only with max-slice-regression', async () => {
    const free = await gate({});
    expect(free.stderr).toBe('');
    expect(free.exitCode).toBe(0);
    expect(free.outputs.passed).toBe('true');
    expect(free.outputs.verdict).toBe('improved');
    expect(JSON.parse(free.outputs['regressed-slices']!)).toEqual(['region=LATAM']);
    const slices = JSON.parse(free.outputs.slices!);
    expect(slices.map((s: { slice: string }) => s.slice)).toContain('region=(missing)');
    expect(slices.find((s: { slice: string }) => s.slice.startsWith('age<'))).toBeDefined();
    const latam = slices.find((s: { slice: string }) => s.slice === 'region=LATAM');
    expect(latam).toMatchObject({ judged: true, regressed: true });
    expect(latam.metrics.find((m: { metric: string }) => m.metric === 'accuracy')).toMatchObject({ verdict: 'regressed', pAdjusted: expect.any(Number) });
    const fairness = JSON.parse(free.outputs.fairness!);
    expect(fairness[0].feature).toBe('region');
    expect(Object.keys(fairness[0].candidate)).toEqual(['demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference']);

    const body = fake.commentsOn(REPO, prNumber).find((c) => c.body.includes('<!-- mlops-actions:train-gate:default -->'))!.body;
    expect(body).toContain('### Slices');
    expect(body).toContain('**Regressed:** <code>region=LATAM</code>');
    expect(body).toContain('```mermaid\nxychart-beta\n  title "Δ accuracy by slice (candidate − baseline)"');
    expect(body).toContain('### Fairness');
    expect(body).toContain('Holm');
    // the hostile region value is escaped: no mention, no HTML, no broken table
    expect(body).not.toMatch(/@octocat|<b>|\|<b/);
    expect(body).toContain('@\u200boctocat&#124;&lt;b&gt;x&lt;/b&gt;');

    const gated = await gate({ 'max-slice-regression': 'accuracy: 0.02', comment: 'false' });
    expect(gated.exitCode).toBe(1);
    expect(gated.outputs.passed).toBe('false');
    expect(report(gated).reasons).toEqual([expect.stringMatching(/^slice region=LATAM: accuracy regressed by 0\.\d+ \(interval/)]);
    expect(gated.annotations.at(-1)!.message).toMatch(/^train-gate failed: slice region=LATAM: accuracy regressed/);
  });

  it('fails on a fairness gap when asked, and names a missing slice column and its files', async () => {
    const fair = await gate({ 'max-fairness-gap': 'demographic_parity_difference: 0.01', slices: '', comment: 'false' });
    expect(fair.exitCode).toBe(1);
    expect(report(fair).reasons[0]).toMatch(/^fairness region: the candidate's demographic_parity_difference is [\d.]+, above the largest allowed 0\.01$/);
    const missing = await gate({ slices: 'plan', comment: 'false' });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^The slice column "plan" is in neither cand\.csv \('predictions'\) nor base\.csv/) }]);
  });

  it('posts a report from an earlier run through its own rendering, and refuses a tampered one', async () => {
    const first = await gate({ comment: 'false' });
    const original = readFileSync(path.join(first.workspace, first.outputs.report!), 'utf8');
    const doc = JSON.parse(original);
    doc.metrics[0].metric = 'accuracy @octocat <img src=x onerror=alert(1)>';
    const other = pullRequestEvent();
    const post = (text: string, extra: Record<string, string> = {}) => {
      writeFileSync(path.join(first.workspace, 'artifact.json'), text);
      return runAction('train-gate', { event: pushEvent(), githubUrl: fake.url, workspace: first.workspace, inputs: { report: 'artifact.json', 'pull-request': String(other.payload.pull_request.number), 'comment-id': 'fork', ...extra } });
    };
    const posted = await post(JSON.stringify(doc));
    expect(posted.stderr).toBe('');
    expect(posted.exitCode).toBe(0);
    expect(posted.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    const body = fake.commentsOn(REPO, other.payload.pull_request.number).find((c) => c.body.includes('<!-- mlops-actions:train-gate:fork -->'))!.body;
    expect(body).toContain('### Slices');
    expect(body).toContain('Rendered by train-gate from the report of an earlier run');
    expect(body).not.toMatch(/@octocat|<img/);

    const before = fake.requests.filter((r) => r.method !== 'GET').length;
    const tampered: [unknown, RegExp][] = [
      [{ ...doc, script: 'x' }, /report\.script must be absent/],
      [{ ...doc, verdict: 'pwned' }, /report\.verdict must be one of improved, regressed, unchanged, inconclusive/],
      [{ ...doc, reasons: ['x'.repeat(20_000)] }, /report\.reasons\[0\] must be a text of at most 10000 characters/],
      [{ ...doc, paired: { ...doc.paired, intervals: [{ ...doc.paired.intervals[0], metric: '<script>' }] } }, /report\.paired\.intervals\[0\]\.metric must be one of accuracy/],
      [{ ...doc, kind: 'something-else' }, /report\.kind must be one of mlops-actions\/train-gate-report/],
    ];
    for (const [document, message] of tampered) {
      const refused = await post(JSON.stringify(document));
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    }
    const huge = await post(JSON.stringify({ ...doc, pad: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.annotations[0]!.message).toMatch(/a train-gate report is at most 2097152 here\. Refused without reading it/);
    expect(fake.requests.filter((r) => r.method !== 'GET').length).toBe(before); // nothing was written
  });

  it('pairs with the predictions registered with the production model, on the ids both files have', async () => {
    const registered = await runAction('register-model', { env: { GITHUB_RUN_ID: '88' }, inputs: { name: 'churn', path: 'model.bin', metrics: 'base.json', predictions: 'base.csv', registry: 'local:reg', stage: 'prod' }, files: { ...files, 'model.bin': 'w' } });
    expect(registered.exitCode).toBe(0);
    expect(JSON.parse(registered.outputs.metadata!).predictions).toBe('predictions.csv');
    // the candidate scored 100 examples the registered predictions do not have, and missed 50 of theirs
    const cand = files['cand.csv'].split('\n');
    const extra = Array.from({ length: 100 }, (_, k) => `${10_000 + k},1,1,0.9,EU,30`);
    writeFileSync(path.join(registered.workspace, 'cand.csv'), [...cand.slice(0, -50), ...extra].join('\n'));
    const result = await runAction('train-gate', { workspace: registered.workspace, event: pr, githubUrl: fake.url, inputs: { metrics: 'metrics.json', baseline: 'registry:churn#prod', registry: 'local:reg', predictions: 'cand.csv', comment: 'false' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(report(result).paired).toMatchObject({ n: 2950, candidateOnly: 100, baselineOnly: 50 });
    expect(result.summary).toContain('2,950 paired examples (the ids both files have; 100 only in the candidate\'s file and 50 only in the baseline\'s, left out)');
  });
});
