// Runner-contract tests: the committed bundle actions/drift-check/dist/index.js on the fake GitHub server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.js';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { FakeResultsService, runtimeToken } from '../fakes/results-server.js';
import { scheduleEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';

/** Deterministic normal samples (mulberry32 + Box–Muller), so fixtures are the same on every run. */
function normals(seed: number, n: number, mean: number, sd: number): number[] {
  const uniform = mulberry32(seed);
  return Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform()));
}

function dataset(seed: number, n: number, shift: number): string {
  const age = normals(seed, n, 40 + shift, 10);
  const income = normals(seed + 1, n, 50_000, 8_000);
  const rows = age.map((x, i) => `${x.toFixed(1)},${income[i]!.toFixed(0)},${['A', 'B', 'C', shift ? 'D' : 'A'][i % 4]},${(shift ? i % 10 : i % 3) ? 'y' : 'n'},,7`);
  return ['age,income,city,flag,empty,constant', ...rows].join('\n');
}

const REFERENCE = dataset(1, 2000, 0);
const DRIFTED = dataset(2, 1500, 8);
const STEADY = dataset(3, 1500, 0);
const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));

describe('drift-check bundle under the runner contract', () => {
  const fake = useFakeGitHub();

  /** Every run of the repository finished: nothing queued or in progress blocks a dispatch. */
  const settle = () => fake.repo().runs.forEach((r) => Object.assign(r, { status: 'completed', conclusion: 'success' }));
  const run = (inputs: Record<string, string>, current = DRIFTED, workspace?: string) =>
    runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, workspace, inputs: { reference: 'ref.csv', current: 'cur.csv', ...inputs }, files: { 'ref.csv': REFERENCE, 'cur.csv': current } });

  it('finds drift, reports every column, and dispatches retraining with the right workflow, ref and inputs', async () => {
    fake.addWorkflow('Codertocat/Hello-World', '.github/workflows/retrain.yml', ['reason', 'report', 'model']);
    const result = await run({ 'dispatch-workflow': 'retrain.yml', 'dispatch-inputs': '{"model": "churn"}' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ drifted: 'true', dispatched: 'true' });
    expect(JSON.parse(result.outputs['drifted-columns']!)).toEqual(['age', 'city', 'flag']);
    expect(result.outputs['dispatch-run-url']).toMatch(/^https:\/\/github.com\/Codertocat\/Hello-World\/actions\/runs\/\d+$/);
    const [dispatch] = fake.repo().dispatches;
    expect(dispatch).toMatchObject({ workflow: '.github/workflows/retrain.yml', ref: 'main', inputs: { model: 'churn', reason: expect.stringMatching(/^Data drift in 3 of 5 columns \(age, city, flag\)/), report: 'https://github.com/Codertocat/Hello-World/actions/runs/1658821493' } });
    const columns = Object.fromEntries(report(result).columns.map((c: { column: string }) => [c.column, c]));
    expect(columns.age).toMatchObject({ method: 'wasserstein', drifted: true, basis: 'exact' });
    expect(columns.city).toMatchObject({ method: 'jensenshannon', drifted: true, newCategories: ['D'] });
    expect(columns.income).toMatchObject({ drifted: false });
    expect(columns.empty).toMatchObject({ status: 'skipped', reason: 'empty or all null in the reference' });
    expect(columns.constant).toMatchObject({ status: 'compared', drifted: false, statistic: 0 });
    expect(result.summary).toContain('Drift check: 🔴 dataset drift detected');
    expect(result.summary).toContain('xychart-beta');
  });

  it('does not dispatch inside the cooldown or on a re-run of the same job, and says why', async () => {
    const before = fake.repo().dispatches.length;
    const again = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '24h' });
    expect(again.outputs).toMatchObject({ drifted: 'true', dispatched: 'false' });
    expect(fake.repo().dispatches).toHaveLength(before);
    expect(again.summary).toMatch(/Retraining: not dispatched: a run is already queued: https:\/\/github.com\/Codertocat\/Hello-World\/actions\/runs\/\d+/);
    // once the dispatched run has finished, the cooldown still holds
    settle();
    const later = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '24h' });
    expect(later.outputs.dispatched).toBe('false');
    expect(report(later).dispatch.reason).toMatch(/within the 24h cooldown/);
    const noCooldown = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '0s' });
    expect(noCooldown.outputs.dispatched).toBe('true');
    expect(fake.repo().dispatches).toHaveLength(before + 1);
  });

  it('opens one tracking issue while drift lasts, and closes it when drift is gone', async () => {
    const opened = await run({ issue: 'true' });
    expect(opened.outputs['issue-url']).toMatch(/\/issues\/\d+$/);
    const updated = await run({ issue: 'true' });
    expect(updated.outputs['issue-url']).toBe(opened.outputs['issue-url']);
    const driftIssues = () => fake.repo().issues.filter((i) => i.labels.some((l: { name: string }) => l.name === 'drift'));
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0].state).toBe('open');
    const steady = await run({ issue: 'true', 'dispatch-workflow': 'retrain.yml', cooldown: '0s' }, STEADY);
    expect(steady.outputs).toMatchObject({ drifted: 'false', dispatched: 'false' });
    expect(driftIssues()[0].state).toBe('closed');
    expect(fake.commentsOn('Codertocat/Hello-World', driftIssues()[0].number).at(-1).body).toMatch(/^Drift is gone/);
  });

  it('survives 429 and 5xx answers from GitHub', async () => {
    settle();
    fake.fault('actions/list-workflow-runs', { status: 429, retryAfter: 1 });
    fake.fault('actions/get-workflow', { status: 502 });
    fake.fault('actions/create-workflow-dispatch', { status: 503 });
    const before = fake.repo().dispatches.length;
    const result = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '0s' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.dispatched).toBe('true');
    expect(fake.repo().dispatches).toHaveLength(before + 1);
    const statuses = fake.requests.map((r) => `${r.operationId}:${r.status}`);
    for (const hit of ['actions/list-workflow-runs:429', 'actions/get-workflow:502', 'actions/create-workflow-dispatch:503']) expect(statuses).toContain(hit);
  });

  it('names the permission to add when the token may not dispatch', async () => {
    settle();
    fake.tokens.set('ghs_noActionsWrite', { login: 'github-actions[bot]', id: 41898282, type: 'Bot', missing: ['actions'] });
    const result = await runAction('drift-check', { githubUrl: fake.url, token: 'ghs_noActionsWrite', inputs: { reference: 'ref.csv', current: 'cur.csv', 'dispatch-workflow': 'retrain.yml', cooldown: '0s' }, files: { 'ref.csv': REFERENCE, 'cur.csv': DRIFTED } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([{ level: 'error', message: expect.stringContaining('needs `permissions: actions: write`') }]);
  });

  it('reads large data of both sides at once on worker threads (dist/worker), with the statistics of the small data', async () => {
    // Every row repeated k times: the same empirical distributions, so the same statistics, past the pool's 8 MiB.
    const repeat = (csv: string, k: number) => {
      const [header, ...rows] = csv.split('\n');
      return [header, ...Array.from({ length: k }, () => rows).flat()].join('\n');
    };
    const [reference, current] = [repeat(REFERENCE, 250), repeat(DRIFTED, 330)];
    expect(Math.min(reference.length, current.length)).toBeGreaterThan(8 * 1024 * 1024);
    const large = await runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, inputs: { reference: 'ref.csv', current: 'cur.csv' }, files: { 'ref.csv': reference, 'cur.csv': current } });
    const small = await run({});
    expect(large.stderr).toBe('');
    expect(large.exitCode).toBe(0);
    const statistics = (r: RunResult) => report(r).columns.map((c: { column: string; statistic?: number }) => [c.column, c.statistic]);
    const [big, few] = [statistics(large), statistics(small)];
    expect(big.map((c: unknown[]) => c[0])).toEqual(few.map((c: unknown[]) => c[0]));
    big.forEach(([, x]: [string, number | undefined], i: number) => (x === undefined ? expect(few[i][1]).toBeUndefined() : expect(x).toBeCloseTo(few[i][1], 12)));
    expect(report(large).reference.rows).toBe(2000 * 250);
    expect(report(large).current.rows).toBe(1500 * 330);
  });

  it('says whether each column was compared on exact values or a sketch (exact-budget)', async () => {
    // 4,000 rows over a budget of 500: decimals go to the sketch; integers in a span of 100 stay counted, exactly.
    const side = (seed: number, shift: number) => {
      const x = normals(seed, 4000, shift, 1);
      return ['x,n', ...x.map((v, i) => `${v.toFixed(3)},${(i * 37 + seed + shift * 10) % 100}`)].join('\n');
    };
    const result = await runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, inputs: { reference: 'ref.csv', current: 'cur.csv', 'exact-budget': '500' }, files: { 'ref.csv': side(1, 0), 'cur.csv': side(2, 1) } });
    expect(result.stderr).toBe('');
    const columns = Object.fromEntries(report(result).columns.map((c: { column: string }) => [c.column, c]));
    expect(columns.x).toMatchObject({ method: 'wasserstein', basis: 'sketch', drifted: true });
    expect(columns.n).toMatchObject({ method: 'wasserstein', basis: 'exact' });
    expect(result.summary).toMatch(/4,000 \/ 4,000 \(sketch\)/);
    const exact = await runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, inputs: { reference: 'ref.csv', current: 'cur.csv' }, files: { 'ref.csv': side(1, 0), 'cur.csv': side(2, 1) } });
    const exactColumns = Object.fromEntries(report(exact).columns.map((c: { column: string }) => [c.column, c]));
    expect(exactColumns.x).toMatchObject({ basis: 'exact' });
    expect(columns.n.statistic).toBe(exactColumns.n.statistic);
    expect(Math.abs(columns.x.statistic - exactColumns.x.statistic)).toBeLessThan(0.05); // the sketch's approximation
  });

  it('compares against merged shard profiles from validate-data, the same as against the data', async () => {
    const shards = [REFERENCE.split('\n').slice(0, 1001).join('\n'), [REFERENCE.split('\n')[0], ...REFERENCE.split('\n').slice(1001)].join('\n')];
    const workspace = (await runAction('validate-data', { inputs: { data: 'shard1.csv', 'profile-path': 'p1.profile.json' }, files: { 'shard1.csv': shards[0]!, 'shard2.csv': shards[1]! } })).workspace;
    await runAction('validate-data', { workspace, inputs: { data: 'shard2.csv', 'profile-path': 'p2.profile.json' } });
    const fromProfiles = await runAction('drift-check', { workspace, inputs: { reference: 'p1.profile.json\np2.profile.json', current: 'cur.csv' }, files: { 'cur.csv': DRIFTED } });
    const fromData = await run({});
    expect(fromProfiles.exitCode).toBe(0);
    const pick = (r: RunResult) => report(r).columns.map((c: { column: string; method?: string; drifted: boolean; basis?: string }) => [c.column, c.method, c.drifted]);
    expect(pick(fromProfiles)).toEqual(pick(fromData));
    expect(report(fromProfiles).reference.rows).toBe(2000);
  });

  it("compares against the production model's training profile from the registry", async () => {
    const validated = await runAction('validate-data', { inputs: { data: 'train.csv', 'profile-path': 'train.profile.json' }, files: { 'train.csv': REFERENCE } });
    const registered = await runAction('register-model', { workspace: validated.workspace, env: { GITHUB_RUN_ID: '88' }, inputs: { name: 'churn', path: 'train.csv', profile: 'train.profile.json', registry: 'local:reg', stage: 'prod' } });
    expect(registered.exitCode).toBe(0);
    const result = await runAction('drift-check', { workspace: validated.workspace, inputs: { reference: 'registry:churn#prod', registry: 'local:reg', current: 'cur.csv' }, files: { 'cur.csv': DRIFTED } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.drifted).toBe('true');
    expect(report(result).reference.rows).toBe(2000);
    expect(result.stdout).toContain('Reference: the training profile of churn#prod (v0.0.1).');
  });

  it("uses the training run's artifact as the reference (artifact:<name>), only from a run of the default branch", async () => {
    const results = await new FakeResultsService().start();
    fake.artifactSource = { artifacts: results.artifacts, blobUrl: (blob) => results.blobUrl(blob) };
    const training = fake.addWorkflow('Codertocat/Hello-World', '.github/workflows/train.yml');
    /** validate-data uploading the profile of `data` as artifact training-profile, in `run`. */
    const upload = async (run: { id: number }, data: string) => {
      const uploaded = await runAction('validate-data', { resultsUrl: results.url, env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(`run-${run.id}`, 'job-train'), GITHUB_RUN_ID: String(run.id) }, inputs: { data: 'train.csv', 'profile-path': 'train.profile.json', 'artifact-name': 'training-profile' }, files: { 'train.csv': data } });
      expect(uploaded.exitCode).toBe(0);
    };
    const check = (inputs: Record<string, string>) => runAction('drift-check', { githubUrl: fake.url, resultsUrl: results.url, inputs: { current: 'cur.csv', ...inputs }, files: { 'cur.csv': DRIFTED } });
    // @actions/artifact's unzip-stream prints a Buffer() deprecation warning, on real runners too
    const stderr = (r: RunResult) => r.stderr.replace(/\(node:\d+\) \[DEP0005\][^\n]*\n(\(Use `node --trace-deprecation[^\n]*\n)?/g, '');
    try {
      const onMain = fake.addRun('Codertocat/Hello-World', training, { event: 'push', status: 'completed', conclusion: 'success' });
      await upload(onMain, REFERENCE);
      // Newer artifacts of the same name: a fork's pull request from its own branch called main, and a
      // pull request from a branch of this repository. Neither may choose the reference.
      await upload(fake.addRun('Codertocat/Hello-World', training, { event: 'pull_request', head_branch: 'main', fork: 'forker', status: 'completed' }), DRIFTED);
      await upload(fake.addRun('Codertocat/Hello-World', training, { event: 'pull_request', head_branch: 'feature', status: 'completed' }), DRIFTED);
      const result = await check({ reference: 'artifact:training-profile' });
      expect(stderr(result)).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.outputs.drifted).toBe('true');
      expect(report(result).reference.rows).toBe(2000); // REFERENCE; the planted profiles hold DRIFTED's 1,500 rows
      expect(result.stdout).toContain(`reference: artifact training-profile (id ${results.artifacts[0]!.id}) from run ${onMain.id} on main.`);
      // None from the branch asked for: a clear error that says what was ignored.
      const none = await check({ reference: 'artifact:training-profile', 'artifact-branch': 'release' });
      expect(none.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^Input 'reference': no artifact named "training-profile" from a run of the release branch in Codertocat\/Hello-World\. 3 artifact\(s\) of that name from other branches or from pull requests were ignored/) }]);
      const missing = await check({ reference: 'artifact:nope' });
      expect(missing.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^Input 'reference': no artifact named "nope" from a run of the main branch/) }]);
    } finally {
      fake.artifactSource = undefined;
      await results.stop();
    }
  });

  it('caches the reference profile by the data fingerprint (cache-reference)', async () => {
    const results = await new FakeResultsService().start();
    try {
      const once = () => runAction('drift-check', { resultsUrl: results.url, inputs: { reference: 'ref.csv', current: 'cur.csv', 'cache-reference': 'true' }, files: { 'ref.csv': REFERENCE, 'cur.csv': DRIFTED } });
      const first = await once();
      expect(first.exitCode).toBe(0);
      expect(first.stdout).toMatch(/Reference profile cached as mlops-actions-drift-reference-[0-9a-f]{32}-2000000/);
      expect(results.caches.filter((c) => c.finalized)).toHaveLength(1);
      const second = await once();
      expect(second.stdout).toMatch(/Reference profile restored from the Actions cache/);
      const pick = (r: RunResult) => report(r).columns.map((c: { column: string; statistic?: number; drifted: boolean }) => [c.column, c.statistic, c.drifted]);
      expect(pick(second)).toEqual(pick(first));
    } finally {
      await results.stop();
    }
  });

  it('keeps the old input names drift-share and fail-on-drift, with a warning; passed reflects the checks whatever fail-on says', async () => {
    const deprecated = (r: RunResult) => r.annotations.filter((a) => a.title === 'drift-check: deprecated input').map((a) => a.message);
    const old = await run({ 'drift-share': '0.9', 'fail-on-drift': 'true' });
    expect(old.exitCode).toBe(0); // 3 of 5 columns is under the 0.9 threshold
    expect(old.outputs).toMatchObject({ drifted: 'false', 'drift-share': '0.6', passed: 'true' });
    expect(report(old).threshold).toBe(0.9);
    expect(deprecated(old)).toEqual(["Input 'drift-share' is deprecated: use 'drift-share-threshold' instead (it still works for now).", "Input 'fail-on-drift' is deprecated: use 'fail-on' instead (it still works for now)."]);
    const failing = await run({ 'fail-on-drift': 'true' });
    expect(failing.exitCode).toBe(1);
    expect(failing.outputs.passed).toBe('false');
    expect(failing.annotations.filter((a) => a.level === 'error')).toEqual([{ level: 'error', message: 'drift-check failed: dataset drift, 3 of 5 columns (age, city, flag). See the job summary.' }]);
    const never = await run({ 'drift-share-threshold': '0.5' });
    expect(never.exitCode).toBe(0);
    expect(never.outputs.passed).toBe('false');
    expect(never.annotations).toEqual([{ level: 'warning', title: 'drift-check', message: 'drift-check: dataset drift, 3 of 5 columns (age, city, flag) (the step does not fail: fail-on says so). See the job summary.' }]);
    expect((await run({ 'fail-on': 'any' })).exitCode).toBe(1);
    expect((await run({ 'fail-on': 'quality' })).exitCode).toBe(0);
    const both = await run({ 'drift-share': '0.9', 'drift-share-threshold': '0.7' });
    expect(both.annotations.at(-1)).toEqual({ level: 'error', message: "Inputs 'drift-share' and 'drift-share-threshold' are the same setting ('drift-share' is its old name): give only 'drift-share-threshold'." });
  });

  it('compares columns named constructor, toString, valueOf, hasOwnProperty and __proto__ (CSV and JSON Lines)', async () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    const values = (seed: number, shift: number) => names.map((_, c) => normals(seed + c, 600, c * 10 + shift, 3));
    const csv = (columns: number[][]) => [names.join(','), ...columns[0]!.map((_, i) => columns.map((c) => c[i]!.toFixed(2)).join(','))].join('\n');
    const jsonl = (columns: number[][]) => columns[0]!.map((_, i) => JSON.stringify(Object.fromEntries(names.map((n, c) => [n, +columns[c]![i]!.toFixed(2)])))).join('\n');
    const inputs = { 'column-methods': '{constructor: ks, __proto__: wasserstein}', 'column-thresholds': '{toString: 0.2, __proto__: 0.3}' };
    for (const [format, write] of [['csv', csv], ['jsonl', jsonl]] as const) {
      const result = await runAction('drift-check', { inputs: { reference: `ref.${format}`, current: `cur.${format}`, ...inputs }, files: { [`ref.${format}`]: write(values(1, 0)), [`cur.${format}`]: write(values(9, 5)) } });
      expect(result.annotations).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^drift-check: dataset drift, 5 of 5 columns/) })]);
      const columns = new Map(report(result).columns.map((c: { column: string }) => [c.column, c]));
      expect([...columns.keys()].sort()).toEqual([...names].sort());
      expect(columns.get('constructor')).toMatchObject({ status: 'compared', method: 'ks', drifted: true });
      expect(columns.get('__proto__')).toMatchObject({ method: 'wasserstein', threshold: 0.3 });
      expect(columns.get('toString')).toMatchObject({ method: 'ks', threshold: 0.2 });
      expect(columns.get('valueOf')).toMatchObject({ method: 'ks', threshold: 0.05 });
    }
  });

  it('refuses selections that compare nothing, naming the input: columns naming none, every column excluded, sides sharing no column', async () => {
    const error = async (inputs: Record<string, string>, current: string, message: RegExp) => {
      const result = await run(inputs, current);
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    };
    await error({ columns: 'nope, nada' }, DRIFTED, /^Input 'columns': none of "nope", "nada" is a column of the reference or the current data \(reference: "age", "income"/);
    await error({ 'exclude-columns': 'age, income, city, flag, empty, constant' }, DRIFTED, /^Input 'exclude-columns' leaves no feature column to compare/);
    await error({}, 'a,b\n1,2\n3,4', /^Inputs 'reference' and 'current' share no column: the reference has "age", "income", .*the current data "a", "b"/);
    const some = await run({ columns: 'age, nope' });
    expect(some.exitCode).toBe(0);
    expect(some.annotations).toContainEqual({ level: 'warning', title: 'drift-check', message: `Input 'columns': "nope" is not a column of either side; compared the others.` });
    expect(report(some).columns.map((c: { column: string }) => c.column)).toEqual(['age']);
  });

  it('reports bad input clearly', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ method: 'magic' }, /Input 'method' must be one of 'auto', 'ks'/],
      [{ 'column-methods': 'age: nope' }, /Input 'column-methods': column "age" has method "nope"/],
      [{ reference: 'registry:churn#prod', registry: 'local:nowhere' }, /No version of churn holds stage prod/],
      [{ current: 'missing.csv' }, /Input 'current': the file "missing.csv" does not exist/],
      [{ 'dispatch-workflow': 'nope.yml' }, /Input 'dispatch-workflow': no workflow "nope.yml"/],
      [{ 'fail-on': 'sometimes' }, /Input 'fail-on' must be one of 'drift', 'quality', 'any', 'never'/],
      [{ 'dispatch-on': 'always' }, /Input 'dispatch-on' must be one of 'drift', 'quality', 'any'/],
    ];
    for (const [inputs, message] of cases) {
      const result = await run(inputs);
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    }
  });
});
