// End-to-end, issue 19: the shadow phase and A/B experiments, run by the committed bundle against the
// serving stack's router (which mirrors requests and counts what it routed) and the real Prometheus
// from Debian behind basic authentication (so every run also sends prometheus-headers).
import { describe, it, type TestContext } from 'vitest';
import YAML from 'yaml';
import type { FakeGitHub } from '../fakes/github-server.js';
import { canaryEnvironment, CONVERSION, ERROR_RATE, LATENCY, readReport, registryAt } from './fixtures.js';
import { BASIC_AUTH_HEADER, prometheusAvailable } from './prometheus-server.js';

const statuses = (fake: FakeGitHub, id: string) => fake.repo().deploymentStatuses.filter((s) => s.deployment_id === Number(id)).map((s) => [s.state, s.description]);

const available = prometheusAvailable();
if (!available && process.env.CI) throw new Error('Debian prometheus is required in CI (.ci/run installs it)');

describe.skipIf(!available)('deploy-canary: shadow phase and A/B experiments', { concurrent: true }, () => {
  const setup = (test: Pick<TestContext, 'onTestFinished'>) =>
    canaryEnvironment(test, {
      prometheus: { basicAuth: true },
      defaults: ({ prometheus }) => ({ interval: '4s', analysis: YAML.stringify({ metrics: [ERROR_RATE, LATENCY] }), 'prometheus-url': prometheus.url, 'prometheus-headers': BASIC_AUTH_HEADER }),
    });

  it('a candidate that errors under mirrored traffic fails the shadow phase; no user request ever reached it', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.behaviour.canary.errorRate = 0.5;
    stack.startTraffic();
    const result = await canary({ shadow: '4s', 'shadow-percent': '50', steps: '50,100' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', phase: 'shadow', passed: 'false', 'final-weight': '0' });
    expect(stack.applied).toEqual([{ weight: 0, mirror: 50 }, { weight: 0, mirror: 0 }]);
    // The router's counters: users were served by stable only; the candidate saw copies of about half.
    expect(stack.routed.canary).toBe(0);
    expect(stack.routed.mirrored).toBeGreaterThan(0);
    expect(stack.routed.mirrored / stack.routed.stable).toBeGreaterThan(0.3);
    expect(stack.routed.mirrored / stack.routed.stable).toBeLessThan(0.7);
    expect(result.annotations.at(-1)!.message).toMatch(/rolled-back in the shadow phase: critical metric error-rate failed in the shadow phase \(50% mirrored\): canary mean 0\.\d+ is above the maximum 0\.05/);
    expect(statuses(fake, result.outputs['deployment-id']!)).toEqual([
      ['in_progress', 'churn v1.1.0 in shadow: 50% of requests mirrored, none served'],
      ['in_progress', 'churn v1.1.0 at 0% of traffic'],
      ['failure', expect.stringMatching(/^rolled-back \(shadow\): critical metric error-rate failed/)],
    ]);
    expect(result.summary).toContain('| shadow 1 | 0% (+50% mirrored) | <code>error-rate</code> |');
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.0.0');
  });

  it('a healthy candidate passes the shadow phase and is promoted through the steps', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    const result = await canary({ shadow: '4s', steps: '50,100' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ result: 'promoted', phase: 'canary', passed: 'true', 'final-weight': '100' });
    expect(stack.applied).toEqual([{ weight: 0, mirror: 100 }, { weight: 50, mirror: 0 }, { weight: 100, mirror: 0 }]);
    const shadow = readReport(workspace).timeline.filter((s: { phase: string }) => s.phase === 'shadow').at(-1);
    expect(shadow).toMatchObject({ phase: 'shadow', weight: 0, mirror: 100, outcome: 'passed' });
    // The candidate was judged on its own metrics under mirrored traffic, and against stable's.
    const latency = shadow.judgements.find((j: { metric: string }) => j.metric === 'latency');
    expect(latency.canary.n).toBeGreaterThanOrEqual(3);
    expect(latency.stable.n).toBeGreaterThanOrEqual(3);
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.1.0');
    expect(statuses(fake, result.outputs['deployment-id']!).at(-1)).toEqual(['success', 'promoted (canary): the shadow phase and all 2 steps passed']);
    // The Prometheus credentials were registered as a secret and printed nowhere else.
    const credentials = BASIC_AUTH_HEADER.slice('Authorization: '.length);
    expect(result.stdout).toContain(`::add-mask::${credentials}`);
    expect([result.stdout.replaceAll(`::add-mask::${credentials}`, ''), result.summary].join('\n')).not.toContain(credentials.split(' ')[1]);
  });

  it('an A/B candidate with a higher conversion rate wins and is promoted', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.behaviour.stable.conversionRate = 0.05;
    stack.behaviour.canary.conversionRate = 0.45;
    stack.startTraffic();
    const result = await canary({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), 'ab-min-effect': '0.1', 'ab-max-duration': '40s' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ result: 'promoted', phase: 'ab', passed: 'true', 'final-weight': '100' });
    expect(stack.applied).toEqual([{ weight: 50, mirror: 0 }, { weight: 100, mirror: 0 }]);
    const { experiment } = readReport(workspace);
    expect(experiment.winner).toBe('candidate');
    const last = experiment.looks.at(-1);
    expect(last.pValue).toBeLessThan(0.05);
    expect(last.interval[0]).toBeGreaterThan(0);
    expect(last.candidate.rate).toBeGreaterThan(last.stable.rate);
    expect(last.stable.trials).toBeGreaterThan(0);
    expect(result.summary).toContain('### A/B experiment on <code>conversion</code> (higher is better): 50% of traffic to the candidate');
    expect(result.summary).toContain('| look | stable trials | stable rate | candidate trials | candidate rate | difference | always-valid interval | p-value |');
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.1.0');
    expect(statuses(fake, result.outputs['deployment-id']!)).toEqual([
      ['in_progress', 'churn v1.1.0 at 50% of traffic (A/B experiment)'],
      ['in_progress', 'churn v1.1.0 at 100% of traffic (A/B experiment)'],
      ['success', expect.stringMatching(/^promoted \(ab\): the candidate is better after \d interval\(s\)/)],
    ]);
  });

  it('an A/A experiment ends inconclusive with traffic back on stable, and the step does not fail', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.behaviour.stable.conversionRate = 0.2;
    stack.behaviour.canary.conversionRate = 0.2;
    stack.startTraffic();
    // alpha 0.001 keeps the chance that this one run finds a false winner negligible (the simulations test alpha itself).
    const aa = { strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), 'ab-alpha': '0.001', 'ab-max-duration': '12s' };
    const runId = { GITHUB_RUN_ID: '31337' };
    const result = await canary(aa, { env: runId });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'inconclusive', phase: 'ab', passed: 'false', 'final-weight': '0' });
    expect(stack.applied).toEqual([{ weight: 50, mirror: 0 }, { weight: 0, mirror: 0 }]);
    expect(stack.weight).toBe(0);
    const { experiment, timeline } = readReport(workspace);
    expect(experiment.looks).toHaveLength(3);
    expect(experiment.winner).toBeUndefined();
    const last = experiment.looks.at(-1);
    expect(last.interval[0]).toBeLessThan(0);
    expect(last.interval[1]).toBeGreaterThan(0);
    expect(last.stable.trials + last.candidate.trials).toBeGreaterThan(200);
    expect(timeline.map((s: { phase: string }) => s.phase)).toEqual(['ab', 'ab', 'ab']); // the guardrail metrics, judged at every look
    expect(result.annotations.at(-1)).toMatchObject({ level: 'warning', message: expect.stringMatching(/ended inconclusive \(stable keeps the traffic\) in the ab phase: no winner after 3 interval\(s\)/) });
    expect(result.summary).toContain('⚪ inconclusive');
    expect(result.summary).toMatch(/xychart-beta\n  title "conversion rate per look: stable \(first line\), candidate \(second line\)"/);
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'inactive', description: expect.stringMatching(/^inconclusive \(ab\): /) });
    expect(await registryAt(workspace).stageVersion('churn', 'prod')).toBe('v1.0.0');

    // A re-run of the same workflow run reports the recorded result and moves nothing.
    const again = await canary(aa, { env: runId });
    expect(again.outputs).toMatchObject({ result: 'inconclusive', phase: 'ab', passed: 'false', 'final-weight': '0', 'deployment-id': result.outputs['deployment-id'] });
    expect(stack.applied).toHaveLength(2);
  });

  it('the post: step ends an experiment the job could not (a hard stop), and its Deployment says so', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    stack.startTraffic();
    // Killed once the split is applied and its Deployment status posted, before the first look.
    const killed = await canary({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), interval: '12s' }, { signalWhen: { when: () => stack.weight === 50 && fake.repo().deploymentStatuses.length > 0, signal: 'SIGKILL' } });
    expect(killed.exitCode).toBe(null);
    expect(stack.weight).toBe(50);
    const post = await canary({ strategy: 'ab', 'ab-metric': YAML.stringify(CONVERSION), interval: '12s' }, { post: { state: killed.state } });
    expect(post.exitCode).toBe(0);
    expect(stack.applied).toEqual([{ weight: 50, mirror: 0 }, { weight: 0, mirror: 0 }]);
    expect(fake.repo().deploymentStatuses.at(-1)).toMatchObject({ state: 'failure', description: 'rolled-back (ab): the job was cancelled or stopped during the roll-out' });
  });

  it('without the credentials Prometheus answers 401: a clear error naming prometheus-headers before any traffic moves', async ({ expect, onTestFinished }) => {
    const { fake, stack, workspace, run: canary } = await setup({ onTestFinished });
    const result = await canary({ 'prometheus-headers': '' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)!.message).toMatch(/^Input 'analysis', metric 'error-rate': Prometheus at .* answered 401 Unauthorized: check input 'prometheus-headers'/);
    expect(stack.applied).toEqual([]);
  });
});
