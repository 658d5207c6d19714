// Runner-contract tests of drift-check as a model monitor: the bundle on labelled production data, the
// fake GitHub for dispatch and issues, and the real Pushgateway from Debian's package.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.js';
import { freePort } from '../canary/prometheus-server.js';
import { useFakeGitHub } from '../fakes/use-fake-github.js';
import { scheduleEvent } from '../harness/events.js';
import { runAction, type RunResult } from '../harness/run-action.js';
import { pushgatewayAvailable, PushgatewayServer } from './pushgateway-server.js';

interface Production {
  rows: number;
  accuracy: number;
  /** Rows i with i % 5 below this have a label (5: all). */
  labelledOfFive?: number;
  /** Moves the feature `age` (on day d). */
  shift?: number;
  shiftOnDay?: (day: number) => number;
  /** Rows spread evenly over this many days from 2024-05-01. */
  days?: number;
  /** Day d's accuracy, when it differs from `accuracy`. */
  accuracyOnDay?: (day: number) => number;
}

/** Labelled production data: a feature, a label that arrives for some rows, the model's prediction and score. */
function production(seed: number, p: Production): { csv: string; label: (number | null)[]; prediction: number[]; day: number[] } {
  const random = mulberry32(seed);
  const lines = ['event_time,age,city,churned,pred,score'];
  const label: (number | null)[] = [];
  const prediction: number[] = [];
  const day: number[] = [];
  for (let i = 0; i < p.rows; i++) {
    const d = Math.floor((i * (p.days ?? 1)) / p.rows);
    const y = random() < 0.4 ? 1 : 0;
    const right = random() < (p.accuracyOnDay?.(d) ?? p.accuracy);
    const predicted = right ? y : 1 - y;
    const score = (predicted ? 0.5 + random() * 0.5 : random() * 0.5).toFixed(3);
    const known = i % 5 < (p.labelledOfFive ?? 5);
    const time = new Date(Date.UTC(2024, 4, 1 + d) + (i % 1000) * 60_000).toISOString();
    lines.push(`${time},${(40 + (p.shiftOnDay?.(d) ?? p.shift ?? 0) + random() * 20).toFixed(1)},${['a', 'b', 'c'][i % 3]},${known ? y : ''},${predicted},${score}`);
    label.push(known ? y : null);
    prediction.push(predicted);
    day.push(d);
  }
  return { csv: `${lines.join('\n')}\n`, label, prediction, day };
}

const accuracyOf = (label: (number | null)[], prediction: number[], keep: (i: number) => boolean = () => true) => {
  let right = 0;
  let n = 0;
  label.forEach((y, i) => {
    if (y === null || !keep(i)) return;
    n++;
    if (y === prediction[i]) right++;
  });
  return right / n;
};

const REFERENCE = production(1, { rows: 3000, accuracy: 0.9 });
const DECAYED = production(2, { rows: 2000, accuracy: 0.8, labelledOfFive: 3 });
const HELD = production(3, { rows: 2000, accuracy: 0.9, labelledOfFive: 3 });
const report = (r: RunResult) => JSON.parse(readFileSync(path.join(r.workspace, r.outputs.report!), 'utf8'));
const MONITOR = { target: 'churned', prediction: 'pred', score: 'score' };

describe('drift-check as a model monitor, under the runner contract', () => {
  const fake = useFakeGitHub();
  const settle = () => fake.repo().runs.forEach((r) => Object.assign(r, { status: 'completed', conclusion: 'success' }));
  const run = (inputs: Record<string, string>, current = DECAYED.csv, reference = REFERENCE.csv) =>
    runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, inputs: { reference: 'ref.csv', current: 'cur.csv', ...MONITOR, ...inputs }, files: { 'ref.csv': reference, 'cur.csv': current } });

  it('judges quality on the labelled rows (60% coverage) and dispatches retraining saying which metric decayed by how much', async () => {
    fake.addWorkflow('Codertocat/Hello-World', '.github/workflows/retrain.yml', ['reason', 'report']);
    settle();
    const result = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '0s', issue: 'true' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ drifted: 'false', 'quality-decayed': 'true', passed: 'false', dispatched: 'true', 'label-coverage': '0.6', 'prediction-drifted': 'false' });
    const quality = report(result).quality;
    expect(quality).toMatchObject({ task: 'classification', rows: 2000, labelled: 1200, used: 1200, coverage: 0.6 });
    const accuracy = quality.metrics.find((m: { metric: string }) => m.metric === 'accuracy');
    expect(accuracy.current).toBeCloseTo(accuracyOf(DECAYED.label, DECAYED.prediction), 12);
    expect(accuracy.baseline).toBeCloseTo(accuracyOf(REFERENCE.label, REFERENCE.prediction), 12);
    expect(accuracy).toMatchObject({ verdict: 'decayed', interval: 'newcombe' });
    expect(JSON.parse(result.outputs.quality!).map((m: { metric: string; verdict: string }) => [m.metric, m.verdict])).toEqual([['accuracy', 'decayed'], ['f1', 'decayed'], ['roc_auc', 'decayed']]);
    const [dispatch] = fake.repo().dispatches.slice(-1);
    expect(dispatch.inputs.reason).toMatch(/^Quality decay: accuracy dropped by 0\.\d{4} \(0\.\d{4} → 0\.\d{4}, 95% interval of the change \[-0\.\d{4}, -0\.\d{4}\], tolerated 0\.01\); f1 dropped by/);
    // The tracking issue shows the quality table; the summary too.
    const issue = fake.repo().issues.find((i) => i.html_url === result.outputs['issue-url']);
    expect(issue.title).toMatch(/^Quality decay: quality decayed \(accuracy, f1, roc_auc\)$/);
    for (const text of [issue.body, result.summary]) {
      expect(text).toContain('### Model quality: 🔴 decayed');
      expect(text).toMatch(/\| <code>accuracy<\/code> \| 0\.\d{4} \| 0\.\d{4} \| -0\.\d{4} \| \[-0\.\d{4}, -0\.\d{4}\] \| −0\.01 \| 🔴 decayed \|/);
      expect(text).toContain('Labels: 1,200 of 2,000 current rows have one (coverage 60.0%)');
    }
    expect(result.annotations).toEqual([{ level: 'warning', title: 'drift-check', message: expect.stringMatching(/^drift-check: quality decay: accuracy dropped by .* \(the step does not fail: fail-on says so\)/) }]);
  });

  it('holds when the model is as good as on the reference, dispatches nothing, and closes the issue', async () => {
    settle();
    const before = fake.repo().dispatches.length;
    const result = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '0s', issue: 'true' }, HELD.csv);
    expect(result.outputs).toMatchObject({ 'quality-decayed': 'false', passed: 'true', dispatched: 'false' });
    expect(report(result).dispatch.reason).toBe('no dataset drift and no quality decay');
    expect(fake.repo().dispatches).toHaveLength(before);
    expect(report(result).quality.metrics.map((m: { verdict: string }) => m.verdict)).not.toContain('decayed');
    const issues = fake.repo().issues.filter((i) => i.title.startsWith('Quality decay'));
    expect(issues.map((i) => i.state)).toEqual(['closed']);
    expect(result.annotations).toEqual([]);
  });

  it('dispatch-on: drift sends nothing for quality decay; fail-on: quality fails the step', async () => {
    settle();
    const before = fake.repo().dispatches.length;
    const result = await run({ 'dispatch-workflow': 'retrain.yml', cooldown: '0s', 'dispatch-on': 'drift', 'fail-on': 'quality' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', dispatched: 'false', 'quality-decayed': 'true' });
    expect(report(result).dispatch.reason).toBe('no dataset drift');
    expect(fake.repo().dispatches).toHaveLength(before);
    expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^drift-check failed: quality decay: accuracy dropped by/) }]);
  });

  it('cuts the current data into windows: rows, coverage, quality and drift share per day, charted', async () => {
    // Three days; the third has moved ages and a worse model.
    const days = production(4, { rows: 3000, accuracy: 0.9, labelledOfFive: 4, days: 3, accuracyOnDay: (d) => (d === 2 ? 0.75 : 0.9), shiftOnDay: (d) => (d === 2 ? 10 : 0) });
    const result = await run({ 'timestamp-column': 'event_time', window: '1d' }, days.csv);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const { windows, window } = report(result);
    expect(window).toBe('1d');
    expect(windows.map((w: { start: string; rows: number; labelled: number }) => [w.start, w.rows, w.labelled])).toEqual([
      ['2024-05-01T00:00:00.000Z', 1000, 800],
      ['2024-05-02T00:00:00.000Z', 1000, 800],
      ['2024-05-03T00:00:00.000Z', 1000, 800],
    ]);
    windows.forEach((w: { quality: { accuracy: number }; coverage: number }, d: number) => {
      expect(w.coverage).toBe(0.8);
      expect(w.quality.accuracy).toBeCloseTo(accuracyOf(days.label, days.prediction, (i) => days.day[i] === d), 12);
    });
    expect(windows[2].drift).toMatchObject({ share: 0.5, drifted: true, compared: 2 });
    expect(windows[0].drift).toMatchObject({ share: 0, drifted: false });
    for (const chart of ['accuracy by 1d window', 'roc_auc by 1d window', 'Drift share by 1d window']) expect(result.summary).toContain(`<summary>${chart}</summary>`);
    expect(result.summary).toContain('x-axis ["05-01", "05-02", "05-03"]');
    expect(result.summary).toMatch(/\| 2024-05-03 \| 1,000 \| 800 \| 80\.0% \| 50\.0% 🔴 \| 0\.\d{4} \|/);
  });

  it('cuts Parquet data into the same windows as the same rows in CSV (typed values keep their texts when rows are picked)', async () => {
    const days = production(5, { rows: 3000, accuracy: 0.9, labelledOfFive: 4, days: 3, accuracyOnDay: (d) => (d === 2 ? 0.75 : 0.9), shiftOnDay: (d) => (d === 2 ? 10 : 0) });
    const dir = mkdtempSync(path.join(tmpdir(), 'monitor-parquet-'));
    const [csv, parquet] = [path.join(dir, 'cur.csv'), path.join(dir, 'cur.parquet')];
    writeFileSync(csv, days.csv);
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    // Typed as a writer would: timestamps, doubles, a dictionary of texts, nullable integer labels.
    await connection.run(`copy (select * from read_csv('${csv}', header = true, auto_detect = true)) to '${parquet}' (format parquet)`);
    connection.closeSync();
    db.closeSync();
    const inputs = { 'timestamp-column': 'event_time', window: '1d' };
    const fromCsv = await run(inputs, days.csv);
    const fromParquet = await runAction('drift-check', { event: scheduleEvent(), githubUrl: fake.url, inputs: { reference: 'ref.csv', current: 'cur.parquet', ...MONITOR, ...inputs }, files: { 'ref.csv': REFERENCE.csv, 'cur.parquet': readFileSync(parquet) } });
    rmSync(dir, { recursive: true, force: true });
    expect(fromParquet.stderr).toBe('');
    expect(fromParquet.stdout.split('\n').filter((l) => l.startsWith('::error')), fromParquet.stdout.slice(-2000)).toEqual([]);
    expect(fromParquet.exitCode).toBe(0);
    const pick = (r: RunResult) => report(r).windows.map((w: { start: string; rows: number; labelled: number; quality: Record<string, number>; drift: { share: number } }) => [w.start, w.rows, w.labelled, w.quality.accuracy, w.drift.share]);
    expect(pick(fromParquet)).toEqual(pick(fromCsv));
    expect(pick(fromParquet)).toHaveLength(3);
  });

  it('reads large, unordered data on worker threads (dist/worker) with the numbers of the small data in order', async () => {
    const days = production(9, { rows: 3000, accuracy: 0.9, labelledOfFive: 4, days: 3, accuracyOnDay: (d) => (d === 2 ? 0.75 : 0.9), shiftOnDay: (d) => (d === 2 ? 10 : 0) });
    const [header, ...lines] = days.csv.trimEnd().split('\n');
    // Every row 70 times, the days interleaved (row i of the copy k is row (i·7 + k) mod n): past the pool's 8 MiB, out of time order.
    // In two files, so that one is read on this thread and one on a worker, and their rows merge.
    const copies = Array.from({ length: 70 }, (_, k) => lines.map((_, i) => lines[(i * 7 + k) % lines.length]!));
    const [first, second] = [[header, ...copies.slice(0, 35).flat()].join('\n'), [header, ...copies.slice(35).flat()].join('\n')];
    expect(first.length + second.length).toBeGreaterThan(8 * 1024 * 1024);
    const inputs = { 'timestamp-column': 'event_time', window: '1d' };
    const big = await runAction('drift-check', { inputs: { reference: 'ref.csv', current: 'cur-*.csv', ...MONITOR, ...inputs }, files: { 'ref.csv': REFERENCE.csv, 'cur-1.csv': first, 'cur-2.csv': second } });
    const small = await run(inputs, days.csv);
    expect(big.stderr).toBe('');
    expect(big.exitCode).toBe(0);
    const pick = (r: RunResult) => report(r).windows.map((w: { start: string; rows: number; labelled: number; quality: Record<string, number>; drift: { share: number } }) => [w.start, w.rows, w.labelled, w.quality.accuracy, w.drift.share]);
    expect(pick(big)).toEqual(pick(small).map(([start, rows, labelled, accuracy, share]: [string, number, number, number, number]) => [start, rows * 70, labelled * 70, expect.closeTo(accuracy, 12), share]));
    const metrics = (r: RunResult) => report(r).quality.metrics.map((m: { metric: string; current: number }) => [m.metric, m.current]);
    expect(metrics(big)).toEqual(metrics(small).map(([m, v]: [string, number]) => [m, expect.closeTo(v, 12)]));
    expect(report(big).quality).toMatchObject({ labelled: 168_000, rows: 210_000 });
  });

  it('reports prediction drift in its own section when no label has arrived, and keeps the model columns out of the feature share', async () => {
    // No labels at all, predictions that moved: the early signal.
    const unlabelled = production(6, { rows: 2000, accuracy: 0.9, labelledOfFive: 0 }).csv.replace(/,([01]),([\d.]+)$/gm, (_, p, s) => `,${p},${Math.min(1, Number(s) * 0.5 + 0.5).toFixed(3)}`);
    const result = await run({ target: '' }, unlabelled);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'prediction-drifted': 'true', drifted: 'false', 'label-coverage': '', 'quality-decayed': 'false' });
    const r = report(result);
    expect(r.columns.map((c: { column: string }) => c.column).sort()).toEqual(['age', 'churned', 'city', 'event_time']);
    expect(r.predictions.map((c: { column: string; drifted: boolean }) => [c.column, c.drifted])).toEqual([['pred', false], ['score', true]]);
    expect(r.quality).toBeUndefined();
    expect(result.summary).toContain('### Prediction and target drift: 🟠 predictions drifted');
    // With the target named, it is the target: compared, reported apart, not a drifted feature.
    const labelled = await run({}, production(7, { rows: 2000, accuracy: 0.9, labelledOfFive: 1 }).csv);
    expect(report(labelled).columns.map((c: { column: string }) => c.column).sort()).toEqual(['age', 'city', 'event_time']);
    expect(report(labelled).target).toMatchObject({ column: 'churned', status: 'compared' });
  });

  it('judges against the metrics recorded in the model card (registry) or in a metrics file', async () => {
    const metrics = JSON.stringify({ accuracy: 0.9, f1: 0.88, roc_auc: 0.9 });
    const validated = await runAction('validate-data', { inputs: { data: 'train.csv', 'profile-path': 'train.profile.json' }, files: { 'train.csv': REFERENCE.csv, 'metrics.json': metrics } });
    const registered = await runAction('register-model', { workspace: validated.workspace, inputs: { name: 'churn', path: 'train.csv', metrics: 'metrics.json', profile: 'train.profile.json', registry: 'local:reg', stage: 'prod' } });
    expect(registered.exitCode).toBe(0);
    const fromCard = await runAction('drift-check', { workspace: validated.workspace, inputs: { reference: 'registry:churn#prod', registry: 'local:reg', current: 'cur.csv', ...MONITOR }, files: { 'cur.csv': DECAYED.csv } });
    expect(fromCard.exitCode).toBe(0);
    const quality = report(fromCard).quality;
    expect(quality.baseline).toMatchObject({ source: 'registry', description: expect.stringContaining('churn v0.0.1 (registry:churn#prod)') });
    expect(quality.metrics.map((m: { metric: string; baseline: number; interval: string; verdict: string }) => [m.metric, m.baseline, m.interval, m.verdict])).toEqual([
      ['accuracy', 0.9, 'wilson', 'decayed'],
      ['f1', 0.88, 'bootstrap', 'decayed'],
      ['roc_auc', 0.9, 'delong', 'decayed'],
    ]);
    const fromFile = await runAction('drift-check', { workspace: validated.workspace, inputs: { reference: 'train.profile.json', current: 'cur.csv', 'quality-baseline': 'metrics.json', 'quality-metrics': 'accuracy, precision', 'max-quality-drop': '{accuracy: 0.2}', ...MONITOR } });
    expect(fromFile.exitCode).toBe(0);
    expect(report(fromFile).quality.metrics.map((m: { metric: string; tolerance: number; verdict: string }) => [m.metric, m.tolerance, m.verdict])).toEqual([
      ['accuracy', 0.2, 'held'],
      ['precision', 0.01, 'no-baseline'],
    ]);
    expect(fromFile.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^The quality baseline \(the metrics file metrics.json\) has no precision/) }));
  });

  it('says "not enough labels" below 30 labelled rows, never a verdict', async () => {
    const few = production(8, { rows: 140, accuracy: 0.5, labelledOfFive: 1 }); // 28 labelled rows
    const result = await run({}, few.csv);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['quality-decayed']).toBe('false');
    expect(report(result).quality.metrics.map((m: { verdict: string }) => m.verdict)).toEqual(['not-enough-labels', 'not-enough-labels', 'not-enough-labels']);
    expect(result.summary).toContain('fewer than 30: not enough labels for a verdict');
  });

  describe('with a real Pushgateway', () => {
    const gateway = new PushgatewayServer();
    const available = pushgatewayAvailable();
    if (!available && process.env.CI) throw new Error('Debian package prometheus-pushgateway is not installed (.ci/run installs it)');
    beforeAll(async () => {
      if (available) await gateway.start();
    });
    afterAll(() => gateway.stop());

    it.skipIf(!available)('holds the pushed gauges under job mlops_actions, model and check="drift"', async () => {
      const result = await run({ pushgateway: gateway.url, 'model-name': 'churn/eu' });
      expect(result.exitCode).toBe(0);
      const r = report(result);
      expect(r.pushgateway).toMatchObject({ pushed: true, url: `${gateway.url}/metrics/job/mlops_actions/model@base64/Y2h1cm4vZXU/check/drift` });
      const value = await gateway.values({ check: 'drift', instance: '', job: 'mlops_actions', model: 'churn/eu' });
      expect(value('mlops_dataset_drift_share')).toBe(r.driftShare);
      expect(value('mlops_label_coverage')).toBe(0.6);
      for (const m of r.quality.metrics) {
        expect(value('mlops_model_quality', { metric: m.metric })).toBe(m.current);
        expect(value('mlops_model_quality_baseline', { metric: m.metric })).toBe(m.baseline);
      }
      const compared = [...r.columns, r.target, ...r.predictions].filter((c) => c.status === 'compared');
      expect(compared.map((c) => c.column).sort()).toEqual(['age', 'churned', 'city', 'pred', 'score']);
      for (const c of compared) {
        expect(value('mlops_column_drift_statistic', { column: c.column, method: c.method })).toBe(c.statistic);
        expect(value('mlops_column_drifted', { column: c.column })).toBe(c.drifted ? 1 : 0);
      }
      expect(value('mlops_check_timestamp_seconds')).toBe(Date.parse(r.created) / 1000);
    });
  });

  it('warns when the Pushgateway cannot be reached, and the report is whole', async () => {
    const port = await freePort(); // nothing listens there
    const result = await run({ pushgateway: `http://127.0.0.1:${port}` });
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toContainEqual({ level: 'warning', title: 'drift-check: pushgateway', message: expect.stringMatching(new RegExp(`^Could not push to the Pushgateway at http://127\\.0\\.0\\.1:${port}: fetch failed: .*ECONNREFUSED.*The report and summary are complete`)) });
    const r = report(result);
    expect(r.pushgateway).toMatchObject({ pushed: false, error: expect.stringContaining('ECONNREFUSED') });
    expect(r.quality.metrics).toHaveLength(3);
    expect(result.summary).toContain('Pushgateway: not pushed');
    expect(result.outputs['quality-decayed']).toBe('true');
  });

  it('refuses bad input with a message naming the input', async () => {
    const bad = (csv: string, line: number, column: number, value: string) => csv.split('\n').map((l, i) => (i === line - 1 ? l.split(',').map((c, j) => (j === column ? value : c)).join(',') : l)).join('\n');
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ target: 'label' }, DECAYED.csv, /^Input 'target': no column "label" in the current data \(its columns: "event_time", "age"/],
      [{}, bad(bad(DECAYED.csv, 5, 5, '1.7'), 9, 5, '-0.1'), /^Input 'score': column "score" must hold probabilities in \[0, 1\]; 2 value\(s\) in the current data are not \(first: cur\.csv line 5: "1\.7"\)/],
      [{ 'timestamp-column': 'event_time', window: '1d' }, bad(bad(DECAYED.csv, 3, 0, 'yesterday'), 7, 0, ''), /^Input 'timestamp-column': 2 row\(s\) of the current data have an empty or unreadable timestamp in "event_time" \(first: cur\.csv line 3: "yesterday"\)/],
      [{}, DECAYED.csv.replace(/^([^,]*,[^,]*,[^,]*),1,/gm, '$1,0,'), /^Input 'quality-metrics': roc_auc needs both classes among the labelled rows, but all 1,200 labelled current rows are negative/],
      [{ window: '1d' }, DECAYED.csv, /^Inputs 'timestamp-column' and 'window' go together/],
      [{ 'timestamp-column': 'event_time', window: '5h' }, DECAYED.csv, /^Input 'window' must be a length such as 30m, 6h, 1d or 1w/],
      [{ 'quality-metrics': 'accuracy, auc' }, DECAYED.csv, /^Input 'quality-metrics': "auc" is not one of accuracy, precision/],
      [{ 'quality-metrics': 'accuracy, mae' }, DECAYED.csv, /^Input 'quality-metrics': accuracy, mae mix classification and regression metrics/],
      [{ 'max-quality-drop': '{accuracy: 0.02, auc: 0.1}' }, DECAYED.csv, /^Input 'max-quality-drop': "auc" is not a quality metric/],
      [{ pushgateway: 'pushgateway:9091' }, DECAYED.csv, /^Input 'pushgateway' must be an http or https URL/],
      [{ prediction: '', score: '' }, DECAYED.csv, /^Input 'prediction' is needed \(or 'score'\) with 'target'/],
      [{ 'positive-label': 'yes', 'quality-metrics': 'f1' }, DECAYED.csv, /^Input 'positive-label': "yes" is not a value of the target "churned" \(its values: 0, 1\)/],
      [{ task: 'regression', 'quality-metrics': 'mae' }, DECAYED.csv.replace(/,1,([01]),/, ',yes,$1,'), /^Input 'target': a regression needs numbers, but 1 value\(s\) of "churned" in the current data are not \(first: cur\.csv line \d+: "yes"\)/],
      [{ target: '' , 'quality-metrics': 'f1' }, DECAYED.csv, /^Input 'target' is needed for 'quality-metrics'/],
    ];
    for (const [inputs, current, message] of cases) {
      const result = await run(inputs, current);
      expect(result.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(message) }]);
    }
    // The reference as a profile holds no rows for quality-baseline: reference.
    const profiled = await runAction('validate-data', { inputs: { data: 'ref.csv', 'profile-path': 'ref.profile.json' }, files: { 'ref.csv': REFERENCE.csv } });
    const result = await runAction('drift-check', { workspace: profiled.workspace, inputs: { reference: 'ref.profile.json', current: 'cur.csv', ...MONITOR }, files: { 'cur.csv': DECAYED.csv } });
    expect(result.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^Input 'reference': "ref\.profile\.json" is a profile, but quality-baseline: reference .* needs the rows of the data/) }]);
  });
});
