// npm run demo: the whole continuous-training loop on this machine, with no GitHub and no cloud.
// Validate data and profile it, train, gate against production in a pull request's sticky comment,
// register, roll out as a canary to a local stable/canary pair, promote, then find drift in later data
// and dispatch retraining. Each stage runs an action's committed bundle, as the CLI and the runner do;
// the GitHub API they call (the comment, the dispatch) is a local stand-in (github.ts), so the actions'
// own GitHub code runs. Each stage's job summary is printed, rendered for the terminal.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { defaultInputs, readActionMetadata } from '../runtime/action-metadata.js';
import { runBundle } from '../runtime/bundle-run.js';
import { renderMarkdown } from '../runtime/terminal-markdown.js';
import { customers, SCHEMA } from './data.js';
import { DemoGitHub } from './github.js';
import { DemoMetricsApi } from './metrics-api.js';
import { scoreRows, type ChurnModel } from './score.js';
import { ServingStack } from './serving.js';

const REGISTRY = 'local:registry';
const REPOSITORY = 'demo/churn';
const TOKEN = 'demo-token';
/** The dispatch inputs retrain.yml declares (workflows-examples/retrain.yml): drift-check fills in reason and report. */
const RETRAIN = 'name: retrain\non:\n  workflow_dispatch:\n    inputs:\n      reason: {type: string}\n      report: {type: string}\n';

const indent = (text: string) => text.trimEnd().split('\n').map((line) => `      ${line}`).join('\n');

class Demo {
  private stage = 0;
  failures = 0;

  constructor(
    /** The package's folder: actions/ and workflows-examples/train/ are in it. */
    private readonly root: string,
    readonly dir: string,
    private readonly total: number,
    /** What every stage's environment has: the calling process's, without its runner variables, and the demo repository's. */
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  title(text: string): void {
    console.log(`\n[${++this.stage}/${this.total}] ${text}`);
  }

  /**
   * Runs one action's bundle in the demo folder, as a workflow run of its own; prints its log, the outputs
   * in `show` and its job summary (unless `summary` says where else it is); returns its outputs.
   */
  async action(name: string, inputs: Record<string, string>, show: string[] = [], { env = {}, summary }: { env?: NodeJS.ProcessEnv; summary?: string } = {}): Promise<Record<string, string>> {
    const actionDir = path.join(this.root, 'actions', name);
    const meta = readActionMetadata(path.dirname(actionDir), name);
    const errors: string[] = [];
    const log = (line: string) => {
      if (line.startsWith('error: ')) errors.push(line.slice('error: '.length));
      if (!line.startsWith('▸')) console.log(`      ${line}`);
    };
    const inputsWithDefaults = { ...defaultInputs(meta, ''), 'report-path': `reports/${name}.json`, ...inputs };
    const run = await runBundle(actionDir, meta, inputsWithDefaults, { workspace: this.dir, env: { ...this.env, GITHUB_RUN_ID: String(this.stage), ...env }, log, stderr: (text) => process.stderr.write(text) });
    for (const key of show) if (run.outputs[key] !== undefined) console.log(`      ${key}: ${run.outputs[key]}`);
    if (summary) console.log(`      ── job summary: ${summary} ──`);
    else if (run.summary.trim()) console.log(`      ── job summary ──\n${indent(run.mask(renderMarkdown(run.summary)))}`);
    if (run.exitCode !== 0) this.failures++;
    console.log(run.exitCode === 0 ? `      ✓ ${name} done` : `      ✗ ${name}: ${errors.at(-1) ?? `exit code ${run.exitCode}`}`);
    return run.outputs;
  }

  train(out: string, features?: string): void {
    const output = execFileSync(process.execPath, [path.join(this.root, 'workflows-examples', 'train', 'train.mjs'), 'data/train.csv', out, ...(features ? ['--features', features] : [])], { cwd: this.dir, encoding: 'utf8' });
    console.log(`      ${output.trim()}`);
  }
}

/** The pull request the gate comments on, as GitHub's pull_request event describes it. */
function pullRequestEvent(dir: string): string {
  const repo = { full_name: REPOSITORY };
  const file = path.join(dir, 'pull-request-event.json');
  writeFileSync(file, JSON.stringify({ action: 'opened', number: 1, pull_request: { number: 1, base: { ref: 'main', sha: '0'.repeat(40), repo }, head: { ref: 'candidate', sha: '1'.repeat(40), repo } }, repository: repo }));
  return file;
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
  const github = await new DemoGitHub(REPOSITORY, { 'retrain.yml': RETRAIN }).start();
  // Run inside a workflow (the tests in CI), the runner's own variables must not reach the stages.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(GITHUB|RUNNER|ACTIONS)_/.test(key)));
  Object.assign(env, { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: github.url, GITHUB_REF: 'refs/heads/main' });
  const demo = new Demo(root, dir, 7, env);
  try {
    demo.title('Production today: a previous model, registered as churn with its evaluation predictions and promoted to prod');
    demo.train('previous', 'tenure_months');
    const previous = await demo.action('register-model', { name: 'churn', path: 'previous/model.json', metrics: 'previous/metrics.json', predictions: 'previous/predictions.csv', registry: REGISTRY, stage: 'prod' }, ['version', 'tag']);

    demo.title('Validate the training data against its schema and write its profile');
    const validated = await demo.action('validate-data', { data: 'data/train.csv', schema: 'schema.yml', 'profile-path': 'profiles/train.json' }, ['passed', 'row-count', 'fingerprint']);

    demo.title('Train the candidate model');
    demo.train('candidate');

    demo.title('Gate the candidate against production in the pull request: paired with the predictions registered with prod');
    await demo.action(
      'train-gate',
      {
        metrics: 'candidate/metrics.json',
        predictions: 'candidate/predictions.csv',
        baseline: 'registry:churn#prod',
        registry: REGISTRY,
        rules: 'accuracy: {goal: maximize, min: 0.6, max-regression: 0.02}\nroc_auc: {goal: maximize, max-regression: 0.02}\nlog_loss: {goal: minimize}\n',
        'github-token': TOKEN,
      },
      ['passed', 'verdict', 'comment-url'],
      { env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir) }, summary: 'the report of the comment below' },
    );
    for (const comment of github.comments) console.log(`      ── the comment on pull request #${comment.issue} ──\n${indent(renderMarkdown(comment.body.replace(/<!--[\s\S]*?-->/g, '')))}`);

    demo.title('Register the candidate with its lineage (data fingerprint, profile, metrics, predictions)');
    const registered = await demo.action('register-model', { name: 'churn', path: 'candidate/model.json', metrics: 'candidate/metrics.json', predictions: 'candidate/predictions.csv', profile: 'profiles/train.json', 'data-fingerprint': validated.fingerprint ?? '', registry: REGISTRY, stage: 'candidate' }, ['version', 'model-uri']);

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

    demo.title("Months later: check production data for drift and the prod model's quality, once labels arrived, against its registration; dispatch retraining");
    const model = JSON.parse(readFileSync(path.join(dir, 'candidate/model.json'), 'utf8')) as ChurnModel;
    writeFileSync(path.join(dir, 'data/production-scored.csv'), scoreRows(model, readFileSync(path.join(dir, 'data/production.csv'), 'utf8')));
    await demo.action(
      'drift-check',
      { reference: 'registry:churn#prod', registry: REGISTRY, current: 'data/production-scored.csv', 'exclude-columns': 'id', target: 'churned', prediction: 'prediction', score: 'score', 'quality-metrics': 'accuracy, roc_auc', 'dispatch-workflow': 'retrain.yml', 'github-token': TOKEN },
      ['drifted', 'drift-share', 'drifted-columns', 'quality-decayed', 'quality', 'dispatched'],
    );
    for (const dispatch of github.dispatches) console.log(`      → retraining dispatched to the local GitHub stand-in: ${dispatch.workflow} on ${dispatch.ref} with ${JSON.stringify(dispatch.inputs)}`);
  } finally {
    await github.stop();
  }

  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s with ${demo.failures} failed stage(s). Reports: ${path.join(dir, 'reports')} · registry: ${path.join(dir, 'registry')}`);
  return demo.failures === 0 ? 0 : 1;
}
