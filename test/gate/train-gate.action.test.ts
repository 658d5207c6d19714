// Runner-contract tests: the committed bundle actions/train-gate/dist/index.js with real pull_request
// payloads on the fake GitHub server, and real git repositories for git:base.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub, FORK_TOKEN, type Identity } from '../fakes/github-server.js';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { forkPullRequestEvent, pullRequestEvent, pushEvent, type GitHubEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';

const REPO = 'Codertocat/Hello-World';
const MALLORY: Identity = { login: 'mallory', id: 666, type: 'User' };
const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));

/** 30 regression examples with numeric labels; `bad` replaces the prediction on line 18. */
function regressionPredictions(bad?: string): string {
  const rows = ['id,label,prediction'];
  for (let i = 0; i < 30; i++) rows.push(`${i},${i * 1.5},${i === 16 && bad ? bad : i * 1.5 + 0.3}`);
  return rows.join('\n');
}

function predictions(seed: number, n: number, skill: number): string {
  let a = seed;
  const random = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  const rows = ['id,label,prediction,score'];
  let b = 7;
  const labelRandom = () => ((b = (Math.imul(b, 22695477) + 1) >>> 0) / 4294967296);
  for (let i = 0; i < n; i++) {
    const label = labelRandom() < 0.5 ? 1 : 0;
    const score = Math.min(1, Math.max(0, (label ? skill : 1 - skill) + (random() - 0.5) * 0.9));
    rows.push(`${i},${label},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`);
  }
  return rows.join('\n');
}

describe('train-gate bundle under the runner contract', () => {
  const fake = useFakeGitHub();
  const pr = pullRequestEvent();
  const prNumber: number = pr.payload.pull_request.number;
  const gate = (inputs: Record<string, string>, files: Record<string, string>, event: GitHubEvent = pr, token?: string) =>
    runAction('train-gate', { event, githubUrl: fake.url, token, inputs: { baseline: 'base.json', ...inputs }, files: { 'base.json': '{"accuracy": 0.80, "loss": 0.50, "eval": {"f1": 0.70}}', ...files } });

  it('creates one sticky comment and edits it on a re-run, even among 150 other comments', async () => {
    for (let i = 0; i < 150; i++) fake.addComment(REPO, prNumber, `chatter ${i}`, i % 3 ? MALLORY : ACTIONS_BOT);
    // someone else quoting our marker must never be edited
    fake.addComment(REPO, prNumber, 'copied <!-- mlops-actions:train-gate:default -->', MALLORY);
    const files = { 'metrics.json': '{"accuracy": 0.83, "loss": 0.45, "eval": {"f1": 0.72}}', 'rules.yml': 'accuracy: {goal: maximize, min: 0.75, max-regression: 0.01}\nloss: {goal: minimize}\n' };
    const first = await gate({ metrics: 'metrics.json', rules: 'rules.yml' }, files);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs['comment-url']).toMatch(new RegExp(`/issues/${prNumber}#issuecomment-\\d+$`));
    const ours = () => fake.commentsOn(REPO, prNumber).filter((c) => c.user.login === 'github-actions[bot]' && c.body.includes('<!-- mlops-actions:train-gate:default -->'));
    expect(ours()).toHaveLength(1);
    const second = await gate({ metrics: 'metrics.json', rules: 'rules.yml' }, { ...files, 'metrics.json': '{"accuracy": 0.84, "loss": 0.44, "eval": {"f1": 0.73}}' });
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('| <code>accuracy</code> | 0.8 | 0.84 | +0.04 | +5% | ↑, ≥ 0.75, regression ≤ 0.01 | ✅ pass |');
    expect(ours()[0].body).toContain('| <code>eval.f1</code> | 0.7 | 0.73 | +0.03 |');
    expect(fake.commentsOn(REPO, prNumber).find((c) => c.user.login === 'mallory' && c.body.startsWith('copied'))!.body).toBe('copied <!-- mlops-actions:train-gate:default -->');
    const listed = fake.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(listed.some((r) => r.path.includes('page=2'))).toBe(true); // all pages were read
  });

  it('keeps two gates apart by comment-id', async () => {
    const files = { 'metrics.json': '{"accuracy": 0.81}' };
    await gate({ metrics: 'metrics.json', 'comment-id': 'model-a' }, files);
    await gate({ metrics: 'metrics.json', 'comment-id': 'model-b' }, files);
    await gate({ metrics: 'metrics.json', 'comment-id': 'model-a' }, files);
    const markers = fake.commentsOn(REPO, prNumber).map((c) => /mlops-actions:train-gate:(model-\w)/.exec(c.body)?.[1]).filter(Boolean);
    expect(markers.sort()).toEqual(['model-a', 'model-b']);
  });

  it('fails a regression beyond tolerance with the reason', async () => {
    const result = await gate({ metrics: 'metrics.json', rules: 'accuracy: {goal: maximize, max-regression: 2%}\nloss: {goal: minimize, max: 0.6}', comment: 'false' }, { 'metrics.json': '{"accuracy": 0.77, "loss": 0.55}' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.annotations.at(-1)).toEqual({ level: 'error', message: 'train-gate failed: accuracy: dropped by 0.03, more than the tolerated 0.016. See the job summary.' });
    expect(report(result).metrics.find((m: { metric: string }) => m.metric === 'loss').status).toBe('pass');
  });

  it('degrades on a fork pull request: report in the summary, a warning, and the gate still decides', async () => {
    const result = await gate({ metrics: 'metrics.json', rules: 'accuracy: {min: 0.9}' }, { 'metrics.json': '{"accuracy": 0.85}' }, forkPullRequestEvent(), FORK_TOKEN);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('Train gate: ❌ failed');
    expect(result.annotations.find((a) => a.level === 'warning')).toMatchObject({ title: 'train-gate: no comment', message: expect.stringContaining('it comes from a fork, whose token is read-only') });
    expect(result.annotations.find((a) => a.level === 'warning')!.message).toContain('workflow_run');
  });

  it('tells whether a difference is real from paired predictions', async () => {
    const result = await gate(
      { metrics: 'metrics.json', predictions: 'cand.csv', 'baseline-predictions': 'base.csv', rules: 'accuracy: {goal: maximize, max-regression: 0.01}', comment: 'false' },
      { 'metrics.json': '{"accuracy": 0.9}', 'cand.csv': predictions(1, 800, 0.75), 'base.csv': predictions(2, 800, 0.62) },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('improved');
    const paired = report(result).paired;
    expect(paired.n).toBe(800);
    expect(paired.mcnemar.b).toBeGreaterThan(paired.mcnemar.c);
    expect(paired.intervals.map((i: { metric: string; verdict: string }) => i.metric)).toEqual(['accuracy', 'f1', 'roc_auc']);
    expect(result.summary).toContain("McNemar's exact test: n = ");
    // the same candidate against itself: the interval is [0, 0], unchanged
    const same = await gate({ metrics: 'metrics.json', predictions: 'cand.csv', 'baseline-predictions': 'cand.csv', comment: 'false' }, { 'metrics.json': '{"accuracy": 0.9}', 'cand.csv': predictions(1, 300, 0.75) });
    expect(same.outputs.verdict).toBe('unchanged');
  });

  it('accepts any whole seed: 0 and seeds of 2^32 and more (issue 15)', async () => {
    const files = { 'metrics.json': '{"accuracy": 0.9}', 'cand.csv': predictions(1, 400, 0.75), 'base.csv': predictions(2, 400, 0.62) };
    for (const seed of ['0', String(2 ** 32), String(2 ** 40 + 7)]) {
      const result = await gate({ metrics: 'metrics.json', predictions: 'cand.csv', 'baseline-predictions': 'base.csv', seed, comment: 'false' }, files);
      expect(result.stderr).toBe('');
      expect(result.exitCode, `seed ${seed}`).toBe(0);
      expect(report(result).paired.intervals.map((i: { low: number }) => Number.isFinite(i.low))).toEqual([true, true, true]);
    }
  });

  it('reads an empty metric cell as missing, never 0, and names a bare number after its file (issue 15)', async () => {
    const csv = await gate({ metrics: 'metrics.csv', rules: 'loss: {goal: minimize, max: 0.4}', comment: 'false' }, { 'metrics.csv': 'accuracy,loss\n0.9,\n' });
    expect(report(csv).metrics.find((m: { metric: string }) => m.metric === 'loss')).toMatchObject({ status: 'missing', baseline: 0.5 });
    expect(report(csv).metrics.find((m: { metric: string }) => m.metric === 'loss').candidate).toBeUndefined();
    const bare = await gate({ metrics: 'accuracy.json', comment: 'false' }, { 'accuracy.json': '0.91' });
    expect(bare.exitCode).toBe(0);
    expect(report(bare).metrics.find((m: { metric: string }) => m.metric === 'accuracy')).toMatchObject({ baseline: 0.8, candidate: 0.91 });
    expect(report(bare).metrics.some((m: { metric: string }) => m.metric === '')).toBe(false);
  });

  it('with fail-on: never, reports a failed rule as failed without failing the step', async () => {
    const result = await gate({ metrics: 'metrics.json', rules: 'accuracy: {min: 0.9}', 'fail-on': 'never', comment: 'false' }, { 'metrics.json': '{"accuracy": 0.85}' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain('Train gate: ❌ failed');
    expect(result.annotations).toEqual([{ level: 'warning', title: 'train-gate', message: 'train-gate: accuracy: 0.85 is below the minimum 0.9 (the step does not fail: fail-on says so). See the job summary.' }]);
  });

  it('does not comment when not on a pull request', async () => {
    const before = fake.requests.length;
    const result = await gate({ metrics: 'metrics.json' }, { 'metrics.json': '{"accuracy": 0.8}' }, pushEvent());
    expect(result.exitCode).toBe(0);
    expect(result.outputs['comment-url']).toBe('');
    expect(fake.requests.length).toBe(before);
  });

  it('reads the baseline at the merge base from a shallow clone (git:base)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mlops-git-'));
    const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
    run(root, 'init', '-q', '--bare', 'origin.git');
    run(root, 'init', '-q', '-b', 'main', 'work');
    const work = path.join(root, 'work');
    run(work, 'remote', 'add', 'origin', path.join(root, 'origin.git'));
    writeFileSync(path.join(work, 'metrics.json'), '{"accuracy": 0.80}');
    run(work, 'add', '.');
    run(work, 'commit', '-q', '-m', 'baseline model');
    const mainSha = run(work, 'rev-parse', 'HEAD');
    run(work, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 3; i++) {
      writeFileSync(path.join(work, 'metrics.json'), `{"accuracy": 0.8${i + 1}}`);
      run(work, 'commit', '-q', '-am', `train ${i}`);
    }
    run(work, 'checkout', '-q', 'main');
    writeFileSync(path.join(work, 'README'), 'later on main');
    run(work, 'add', '.');
    run(work, 'commit', '-q', '-m', 'main moves on');
    const baseSha = run(work, 'rev-parse', 'HEAD');
    run(work, 'push', '-q', 'origin', 'main', 'feature');
    const clone = path.join(root, 'clone');
    run(root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${path.join(root, 'origin.git')}`, clone);
    expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const event = pullRequestEvent();
    Object.assign(event.payload.pull_request.base, { ref: 'main', sha: baseSha });
    const result = await runAction('train-gate', { event, githubUrl: fake.url, workspace: clone, inputs: { metrics: 'metrics.json', baseline: 'git:base', rules: 'accuracy: {goal: maximize}', comment: 'false' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const r = report(result);
    expect(r.baseline.description).toBe(`metrics.json at ${mainSha.slice(0, 12)} (merge base with main)`);
    expect(r.metrics[0]).toMatchObject({ metric: 'accuracy', baseline: 0.8, candidate: 0.83, status: 'pass' });
  });

  it('takes the baseline from the production model in the registry', async () => {
    const registered = await runAction('register-model', { env: { GITHUB_RUN_ID: '77' }, inputs: { name: 'churn', path: 'model.bin', metrics: 'prod-metrics.json', registry: 'local:reg', stage: 'prod' }, files: { 'model.bin': 'w', 'prod-metrics.json': '{"accuracy": 0.88}' } });
    expect(registered.exitCode).toBe(0);
    const result = await runAction('train-gate', { workspace: registered.workspace, event: pr, githubUrl: fake.url, inputs: { metrics: 'm.json', baseline: 'registry:churn#prod', registry: 'local:reg', rules: 'accuracy: {goal: maximize, max-regression: 0.01}', comment: 'false' }, files: { 'm.json': '{"accuracy": 0.85}' } });
    expect(result.exitCode).toBe(1);
    expect(report(result).baseline.description).toBe('churn v0.0.1 (churn#prod) in the local:reg registry');
    expect(report(result).reasons).toEqual(['accuracy: dropped by 0.03, more than the tolerated 0.01']);
  });

  it('gates the first model, when no version holds the stage yet, on the rules\' bounds alone, with a warning', async () => {
    const files = { 'm.json': '{"accuracy": 0.85}', 'p.csv': 'id,label,prediction\n1,1,1\n2,0,0\n' };
    const result = await gate({ metrics: 'm.json', baseline: 'registry:churn#prod', registry: 'local:reg', predictions: 'p.csv', rules: 'accuracy: {goal: maximize, min: 0.8, max-regression: 0.01}', comment: 'false' }, files);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', verdict: 'inconclusive' });
    expect(result.annotations).toEqual([{ level: 'warning', title: 'train-gate', message: "No version of churn holds stage prod in the local:reg registry yet: no baseline to compare with (the rules' bounds still apply)." }]);
    expect(report(result).baseline.description).toBe('churn#prod in the local:reg registry: no version holds it yet, no comparison');
    const low = await gate({ metrics: 'm.json', baseline: 'registry:churn#prod', registry: 'local:reg', rules: 'accuracy: {goal: maximize, min: 0.9}', comment: 'false' }, files);
    expect(low.exitCode).toBe(1);
    expect(report(low).reasons).toEqual([expect.stringContaining('accuracy')]);
  });

  it('reports bad input clearly', async () => {
    const cases: [Record<string, string>, Record<string, string>, RegExp][] = [
      [{ metrics: 'nope.json' }, {}, /Input 'metrics': the file "nope.json" does not exist/],
      [{ metrics: 'm.json' }, { 'm.json': '{"accuracy": ' }, /m.json is not valid JSON/],
      [{ metrics: 'm.json', rules: 'accuracy: {goal: up}' }, { 'm.json': '{"accuracy": 1}' }, /Input 'rules' \(inline\): accuracy.goal must be maximize or minimize, got "up"/],
      [{ metrics: 'm.json', rules: 'accuracy: {max-regression: 1}' }, { 'm.json': '{"accuracy": 1}' }, /max-regression needs a goal/],
      [{ metrics: 'm.json', predictions: 'p.csv' }, { 'm.json': '{"accuracy": 1}', 'p.csv': 'id,label,prediction\n1,1,1\n' }, /'predictions' and 'baseline-predictions' go together/],
      [{ metrics: 'm.json', baseline: 'registry:churn@v9.9.9', registry: 'local:reg' }, { 'm.json': '{"a": 1}' }, /No version of churn matches v9\.9\.9 in the local .*reg registry/],
      // issue 15: duplicate ids, non-numeric regression predictions, a report over an input, seeds out of range
      [{ metrics: 'm.json', predictions: 'p.csv', 'baseline-predictions': 'b.csv' }, { 'm.json': '{"a": 1}', 'p.csv': 'id,label,prediction\n1,1,1\n2,0,0\n1,1,0\n', 'b.csv': 'id,label,prediction\n1,1,1\n2,0,0\n' }, /^Input 'predictions': p\.csv has the id "1" more than once \(lines 2 and 4\)/],
      [{ metrics: 'm.json', predictions: 'p.csv', 'baseline-predictions': 'b.csv' }, { 'm.json': '{"a": 1}', 'p.csv': regressionPredictions('abc'), 'b.csv': regressionPredictions() }, /^Input 'predictions': p\.csv, line 18: the prediction "abc" is not a number, and the labels are numeric/],
      [{ metrics: 'm.json', 'report-path': 'm.json' }, { 'm.json': '{"a": 1}' }, /^Input 'report-path': "m\.json" is the file given in 'metrics'; writing the report there would overwrite that input/],
      [{ metrics: 'm.json', baseline: 'b.json', 'report-path': './b.json' }, { 'm.json': '{"a": 1}', 'b.json': '{"a": 1}' }, /^Input 'report-path': "\.\/b\.json" is the file given in 'baseline'/],
      [{ metrics: 'm.json', seed: '-1' }, { 'm.json': '{"a": 1}' }, /^Input 'seed' must be at least 0, got "-1"/],
      [{ metrics: 'm.json', predictions: 'p.csv', 'baseline-predictions': 'p.csv', slices: 'region', 'slice-data': 's.csv' }, { 'm.json': '{"a": 1}', 'p.csv': 'id,label,prediction\n1,1,1\n', 's.csv': 'id,plan\n1,pro\n' }, /^Input 'slice-data': s\.csv has no column "region"/],
    ];
    for (const [inputs, files, message] of cases) {
      const result = await gate({ comment: 'false', ...inputs }, files);
      expect(result.exitCode, String(message)).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    }
  });
});
