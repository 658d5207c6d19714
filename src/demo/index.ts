// npm run demo: the whole continuous-training loop on this machine, with no GitHub and no cloud.
// Validate data and profile it, train, gate against production, register, roll out as a canary to a
// local stable/canary pair, promote, then find drift in later data and "dispatch" retraining (recorded
// in a file). Each stage runs an action's committed bundle, as the CLI and the runner do.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { defaultInputs, readActionMetadata } from '../runtime/action-metadata.js';
import { runBundle } from '../runtime/bundle-run.js';
import { customers, SCHEMA } from './data.js';
import { DemoMetricsApi } from './metrics-api.js';
import { ServingStack } from './serving.js';

const REGISTRY = 'local:registry';

class Demo {
  private stage = 0;
  failures = 0;

  constructor(
    /** The package's folder: actions/ and workflows-examples/train/ are in it. */
    private readonly root: string,
    readonly dir: string,
    private readonly total: number,
  ) {}

  title(text: string): void {
    console.log(`\n[${++this.stage}/${this.total}] ${text}`);
  }

  /** Runs one action's bundle in the demo folder; prints its log indented and returns its outputs. */
  async action(name: string, inputs: Record<string, string>, show: string[] = []): Promise<Record<string, string>> {
    const actionDir = path.join(this.root, 'actions', name);
    const meta = readActionMetadata(path.dirname(actionDir), name);
    const errors: string[] = [];
    const log = (line: string) => {
      if (line.startsWith('error: ')) errors.push(line.slice('error: '.length));
      if (!line.startsWith('▸')) console.log(`      ${line}`);
    };
    const inputsWithDefaults = { ...defaultInputs(meta, ''), 'report-path': `reports/${name}.json`, ...inputs };
    const run = await runBundle(actionDir, meta, inputsWithDefaults, { workspace: this.dir, env: process.env, log, stderr: (text) => process.stderr.write(text) });
    for (const key of show) if (run.outputs[key] !== undefined) console.log(`      ${key}: ${run.outputs[key]}`);
    if (run.exitCode !== 0) this.failures++;
    console.log(run.exitCode === 0 ? `      ✓ ${name} done` : `      ✗ ${name}: ${errors.at(-1) ?? `exit code ${run.exitCode}`}`);
    return run.outputs;
  }

  train(out: string, features?: string): void {
    const output = execFileSync(process.execPath, [path.join(this.root, 'workflows-examples', 'train', 'train.mjs'), 'data/train.csv', out, ...(features ? ['--features', features] : [])], { cwd: this.dir, encoding: 'utf8' });
    console.log(`      ${output.trim()}`);
  }
}

/** The prod model's prediction and score for each production row (as serving would log them), beside the late labels. */
function scoreProduction(dir: string, modelFile: string, data: string, out: string): void {
  const model = JSON.parse(readFileSync(path.join(dir, modelFile), 'utf8')) as { features: string[]; weights: number[]; bias: number; standardisation: { mean: number; sd: number }[] };
  const [header, ...rows] = readFileSync(path.join(dir, data), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const scored = rows.map((row) => {
    const cells = row.split(',');
    const z = model.features.reduce((sum, feature, j) => {
      const x = cells[columns.indexOf(feature)];
      const { mean, sd } = model.standardisation[j]!;
      return sum + model.weights[j]! * (x === '' ? 0 : (Number(x) - mean) / sd);
    }, model.bias);
    const score = 1 / (1 + Math.exp(-z));
    return `${row},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`;
  });
  writeFileSync(path.join(dir, out), `${[`${header},prediction,score`, ...scored].join('\n')}\n`);
}

/** `root`: the package's folder, whose actions/ bundles the demo runs. */
export async function runDemo(argv: string[], root: string): Promise<number> {
  const dir = path.resolve(argv[0] ?? 'demo-output');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'train.csv'), customers(1, 2000));
  writeFileSync(path.join(dir, 'data', 'production.csv'), customers(2, 1500, 1));
  writeFileSync(path.join(dir, 'schema.yml'), SCHEMA);
  const started = Date.now();
  console.log(`mlops-actions demo: the continuous-training loop on this machine. Everything it writes is in ${dir}`);
  const demo = new Demo(root, dir, 7);

  demo.title('Production today: a previous model, registered as churn and promoted to prod');
  demo.train('previous', 'tenure_months');
  const previous = await demo.action('register-model', { name: 'churn', path: 'previous/model.json', metrics: 'previous/metrics.json', registry: REGISTRY, stage: 'prod' }, ['version', 'tag']);

  demo.title('Validate the training data against its schema and write its profile');
  const validated = await demo.action('validate-data', { data: 'data/train.csv', schema: 'schema.yml', 'profile-path': 'profiles/train.json' }, ['passed', 'row-count', 'fingerprint']);

  demo.title('Train the candidate model');
  demo.train('candidate');

  demo.title('Gate the candidate against production, with paired significance');
  await demo.action(
    'train-gate',
    {
      metrics: 'candidate/metrics.json',
      baseline: 'registry:churn#prod',
      registry: REGISTRY,
      predictions: 'candidate/predictions.csv',
      'baseline-predictions': 'previous/predictions.csv',
      rules: 'accuracy: {goal: maximize, min: 0.6, max-regression: 0.02}\nroc_auc: {goal: maximize, max-regression: 0.02}\nlog_loss: {goal: minimize}\n',
      comment: 'false',
    },
    ['passed', 'verdict'],
  );

  demo.title('Register the candidate with its lineage (data fingerprint, profile, metrics)');
  const registered = await demo.action('register-model', { name: 'churn', path: 'candidate/model.json', metrics: 'candidate/metrics.json', profile: 'profiles/train.json', 'data-fingerprint': validated.fingerprint ?? '', registry: REGISTRY, stage: 'candidate' }, ['version', 'model-uri']);

  demo.title('Roll it out to a local stable/canary pair: a shadow phase (mirrored requests), then canary steps judged on live metrics');
  const stack = await new ServingStack({ stable: previous.version ?? 'v0.0.1', canary: registered.version ?? 'v0.0.2' }).start();
  const metrics = await new DemoMetricsApi(stack).start();
  stack.startTraffic(30);
  try {
    const analysis = {
      metrics: [
        { name: 'error-rate', query: 'demo:error_rate{version="{{version}}"}', max: 0.05, critical: true },
        { name: 'latency', query: 'demo:latency_seconds{version="{{version}}"}', compare: 'stable', direction: 'increase', 'allowed-increase': 1.5 },
      ],
    };
    await demo.action('deploy-canary', { model: 'churn', version: registered.version ?? '', traffic: `webhook:${stack.url}/weight`, shadow: '4s', steps: '50,100', interval: '4s', analysis: YAML.stringify(analysis), 'prometheus-url': metrics.url, 'promote-stage': 'prod', registry: REGISTRY }, ['result', 'final-weight', 'score']);
  } finally {
    await metrics.stop();
    await stack.stop();
  }

  demo.title('Months later: check production data for drift and the prod model\'s quality, once labels arrived, against its registration');
  scoreProduction(dir, 'candidate/model.json', 'data/production.csv', 'data/production-scored.csv');
  const drift = await demo.action(
    'drift-check',
    { reference: 'registry:churn#prod', registry: REGISTRY, current: 'data/production-scored.csv', 'exclude-columns': 'id', target: 'churned', prediction: 'prediction', score: 'score', 'quality-metrics': 'accuracy, roc_auc' },
    ['drifted', 'drift-share', 'drifted-columns', 'quality-decayed', 'quality'],
  );
  if (drift.drifted === 'true' || drift['quality-decayed'] === 'true') {
    const decayed = (JSON.parse(drift.quality ?? '[]') as { metric: string; delta: number; verdict: string }[]).filter((m) => m.verdict === 'decayed');
    const reasons = [drift.drifted === 'true' ? `Data drift in ${drift['drifted-columns']}` : '', ...decayed.map((m) => `${m.metric} decayed by ${(-m.delta).toFixed(4)}`)].filter(Boolean);
    const dispatch = { workflow: 'retrain.yml', ref: 'main', inputs: { reason: reasons.join('; '), report: 'reports/drift-check.json' }, at: new Date().toISOString() };
    appendFileSync(path.join(dir, 'dispatches.jsonl'), `${JSON.stringify(dispatch)}\n`);
    console.log(`      → retraining dispatched (recorded locally in dispatches.jsonl): ${JSON.stringify(dispatch.inputs)}`);
  }

  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s with ${demo.failures} failed stage(s). Reports: ${path.join(dir, 'reports')} · registry: ${path.join(dir, 'registry')}`);
  return demo.failures === 0 ? 0 : 1;
}
