// Runner contract, issues 14 and 15: every deploy-canary input is checked before the first request or
// side effect. Each bad configuration exits 1 with a message naming the input, the serving stack's
// webhook receives nothing and no deployment is made. KServe runs against a stand-in kubectl that
// records its argv (the real one needs a cluster).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, it, type TestContext } from 'vitest';
import YAML from 'yaml';
import type { RunOptions } from '../harness/run-action.js';
import { canaryEnvironment, CONVERSION, ERROR_RATE, registryAt } from './fixtures.js';
import { freePort } from './prometheus-server.js';

describe('deploy-canary refuses bad configuration before anything moves', { concurrent: true }, () => {
  let closed = ''; // a loopback address where nothing listens: an unreachable Prometheus and webhook
  beforeAll(async () => {
    closed = `http://127.0.0.1:${await freePort()}`;
  });

  /** A test's own serving stack and fake GitHub, and `refused`: a run that must end before anything moved. */
  const setup = async ({ expect, onTestFinished }: Pick<TestContext, 'expect' | 'onTestFinished'>) => {
    const env = await canaryEnvironment({ onTestFinished }, { prometheus: false, defaults: () => ({ analysis: YAML.stringify({ metrics: [ERROR_RATE] }), 'prometheus-url': closed }) });
    onTestFinished(() => {
      expect(env.stack.applied).toEqual([]);
      expect(env.fake.repo().deployments).toEqual([]);
    });
    return async (inputs: Record<string, string>, message: string | RegExp, options: Partial<RunOptions> = {}) => {
      const result = await env.run(inputs, options);
      expect(result.exitCode).toBe(1);
      expect(result.annotations.at(-1)).toMatchObject({ level: 'error', message: typeof message === 'string' ? message : expect.stringMatching(message) });
      expect(result.outputs).toEqual({});
      return result;
    };
  };

  it('URLs: prometheus-url, smoke-url and the webhook must be http(s) URLs', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({ 'prometheus-url': 'not a url' }, `Input 'prometheus-url' must be an http(s) URL, got "not a url".`);
    await refused({ 'smoke-url': 'ftp://x/y' }, `Input 'smoke-url' must be an http(s) URL, got "ftp://x/y".`);
    await refused({ traffic: 'webhook:router/weights' }, `Input 'traffic' must be an http(s) URL, got "router/weights".`);
  });

  it('durations: each within the job limit (6 h GitHub-hosted, 5 days self-hosted), and the whole plan too', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({ interval: '30d' }, `Input 'interval' (30d) is longer than a job on a GitHub-hosted runner may run (6 h): shorten it.`);
    await refused({ interval: '2h', steps: '10,25,50,100' }, `Inputs 'interval' and 'steps' plan a roll-out of 8 h, longer than a job on a GitHub-hosted runner may run (6 h): shorten them.`);
    await refused({ interval: '1h', shadow: '5h', steps: '50,100' }, `Inputs 'interval', 'steps' and 'shadow' plan a roll-out of 7 h, longer than a job on a GitHub-hosted runner may run (6 h): shorten them.`);
    await refused({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), 'ab-max-duration': '7d' }, `Input 'ab-max-duration' (7d) is longer than a job on a self-hosted runner may run (5 days): shorten it.`, { env: { RUNNER_ENVIRONMENT: 'self-hosted' } });
    await refused({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), shadow: '2h' }, `Inputs 'interval', 'ab-max-duration' and 'shadow' plan a roll-out of 7 h, longer than a job on a GitHub-hosted runner may run (6 h): shorten them.`);
    await refused({ interval: '0.5s' }, `Input 'interval' must be at least 1s (one Prometheus window), got "0.5s".`);
    await refused({ shadow: 'soon' }, `Input 'shadow' must be a duration such as 90s, 5m or 24h, got "soon".`);
  });

  it('reachability: Prometheus and the traffic target are probed read-only', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({}, new RegExp(`^Input 'analysis', metric 'error-rate': Cannot reach Prometheus at ${closed} \\(.*ECONNREFUSED.*\\)\\. Check input 'prometheus-url'\\.$`));
    await refused({ traffic: `webhook:${closed}/weight` }, new RegExp(`^Input 'traffic': the webhook ${closed}/weight cannot be reached \\(.*ECONNREFUSED.*\\)\\.$`));
    await refused({ traffic: 'command', command: '[no-such-tool-4711, apply]' }, `Input 'command': no-such-tool-4711 is not an executable on PATH (or at that path).`);
    await refused({ traffic: 'file:deploy/missing.yaml#canary.weight' }, /^Input 'traffic': cannot read .*deploy\/missing\.yaml: ENOENT/);
  });

  it('the shadow phase needs analysis metrics and a provider that can mirror', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({ shadow: '10m', analysis: '' }, `Input 'shadow' needs 'analysis' metrics: they are what the shadow phase judges.`);
    await refused({ shadow: '10m', traffic: 'kserve:ml/churn' }, /^Input 'shadow': KServe cannot mirror requests\./);
    await refused({ shadow: '10m', traffic: 'file:deploy/values.yaml#canary.weight' }, /^Input 'shadow' needs a mirror key in 'traffic': file:<path>#<weight-key>#<mirror-key>/);
    await refused({ 'shadow-percent': '0', shadow: '10m' }, `Input 'shadow-percent' must be at least 1, got "0".`);
  });

  it('strategy ab needs its metric; its numbers are checked', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({ strategy: 'ab' }, `Input 'ab-metric' is required with strategy: ab (YAML with name, successes, trials and direction).`);
    await refused({ strategy: 'ab', 'ab-metric': 'name: conversion\nsuccesses: sum(c)\n' }, `Input 'ab-metric' (inline): needs trials (a string: PromQL of a cumulative count for {{version}}).`);
    await refused({ strategy: 'ab', 'ab-metric': YAML.stringify({ ...CONVERSION, direction: 'either' }) }, `Input 'ab-metric' (inline): direction must be increase or decrease, got "either".`);
    await refused({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), 'ab-split': '100' }, `Input 'ab-split' must be at most 99, got "100".`);
    await refused({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), 'ab-alpha': 'small' }, `Input 'ab-alpha' must be a number, got "small".`);
    await refused({ strategy: 'abc' }, `Input 'strategy' must be one of 'canary', 'ab', got "abc".`);
    await refused({ 'fail-on': 'always' }, `Input 'fail-on' must be one of 'rollback', 'never', got "always".`);
  });

  it('headers: a malformed line names the input and the line, never the value', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    const result = await refused({ 'webhook-headers': 'X-Team: ml\nAuthorization Bearer hunter2-secret' }, `Input 'webhook-headers', line 2: expected "Name: value" (a header name, a colon, a value).`);
    expect(result.stdout).not.toContain('hunter2');
    await refused({ 'prometheus-headers': 'Bad Name: x' }, `Input 'prometheus-headers', line 1: expected "Name: value" (a header name, a colon, a value).`);
  });

  it('the stable version: given, none, or the registry holder of promote-stage', async (context) => {
    const { expect } = context;
    const refused = await setup(context);
    await refused({ 'promote-stage': '' }, `No stable version: set 'stable-version' (or stable-version: none for a first roll-out), or 'promote-stage' with a registry where that stage is assigned.`);
    await refused({ 'stable-version': 'v1.1.0' }, `Inputs 'version' and 'stable-version' are the same (v1.1.0): nothing to roll out.`);
  });
});

describe('deploy-canary with kserve: the candidate\'s model and its percentage, through kubectl', () => {
  it('patches the InferenceService with the registry\'s model URI and each step\'s canaryTrafficPercent, after a read-only get', async ({ expect, onTestFinished }) => {
    const env = await canaryEnvironment({ onTestFinished }, { prometheus: false, defaults: () => ({}) });
    const { workspace } = env;
    const bin = path.join(workspace, '.bin');
    const log = path.join(workspace, 'kubectl.jsonl');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'kubectl'), `#!${process.execPath}\nrequire('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n`);
    chmodSync(path.join(bin, 'kubectl'), 0o755);
    const result = await env.run({ traffic: 'kserve:ml/churn', steps: '50,100', interval: '1s' }, { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ result: 'promoted', passed: 'true', phase: 'canary' });
    const uri = `local:${path.join(workspace, 'registry')}/churn@v1.1.0`;
    const patch = (weight: number) => ['patch', 'inferenceservice', 'churn', '-n', 'ml', '--type', 'merge', '-p', JSON.stringify({ spec: { predictor: { canaryTrafficPercent: weight, model: { storageUri: uri } } } })];
    const calls = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(calls).toEqual([['get', 'inferenceservice', 'churn', '-n', 'ml', '-o', 'name'], patch(50), patch(100)]);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.1.0');
  });
});
