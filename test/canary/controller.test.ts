// The roll-out core without servers: the shadow phase, the steps, the initial roll-out and the A/B
// experiment, driven by scripted metrics and a sleep that returns at once.
import { describe, expect, it } from 'vitest';
import { runRollout, type MetricSpec, type MetricsSource, type RolloutPlan, type Traffic } from '../../src/canary/index.js';

const errorRate: MetricSpec = { name: 'error-rate', query: 'errors{version="{{version}}"}', max: 0.05, direction: 'increase', allowedIncrease: 1, allowedDecrease: 1, critical: true, minSamples: 3 };

/** Scripted metrics: `range` answers by version from a function of the call count; `instant` from counters. */
function scripted(options: { range?: (version: string, call: number) => number[]; counts?: (query: string, version: string, look: number) => number | undefined }) {
  const calls = { range: 0, instant: 0, queries: [] as string[] };
  const looks = new Map<string, number>();
  const metrics: MetricsSource = {
    async range(query) {
      calls.queries.push(query);
      const version = /version="([^"]*)"/.exec(query)![1]!;
      return options.range?.(version, calls.range++) ?? [];
    },
    async instant(query) {
      calls.instant++;
      const version = /version="([^"]*)"/.exec(query)![1]!;
      const key = `${query.split('{')[0]}|${version}`;
      const look = looks.get(key) ?? 0;
      looks.set(key, look + 1);
      return options.counts?.(query.split('{')[0]!, version, look);
    },
  };
  return { metrics, calls };
}

function deps(metrics: MetricsSource) {
  const applied: Traffic[] = [];
  const phases: string[] = [];
  return {
    applied,
    phases,
    deps: {
      traffic: { label: 'test', mirrors: true, probe: async () => undefined, apply: async (t: Traffic) => void applied.push(t) },
      metrics,
      sleep: async () => undefined,
      log: () => undefined,
      onTraffic: async (_: Traffic, phase: string) => void phases.push(phase),
    },
  };
}

const plan = (overrides: Partial<RolloutPlan> = {}): RolloutPlan => ({ subject: { model: 'churn', canary: 'v2', stable: 'v1' }, intervalMs: 60_000, metrics: [errorRate], failureLimit: 1, inconclusiveLimit: 2, steps: [50, 100], ...overrides });

describe('shadow phase and steps', () => {
  it('mirrors for the shadow analyses (waiting through no data), then switches the mirror off for the steps', async () => {
    // The first shadow window has no data yet; the rest are clean.
    const { metrics } = scripted({ range: (_, call) => (call === 0 ? [] : [0, 0.01, 0]) });
    const d = deps(metrics);
    const rollout = await runRollout(plan({ shadow: { analyses: 2, percent: 30 } }), d.deps);
    expect(rollout).toMatchObject({ result: 'promoted', phase: 'canary', finalWeight: 100, reason: 'the shadow phase and all 2 steps passed' });
    expect(d.applied).toEqual([{ weight: 0, mirror: 30 }, { weight: 50, mirror: 0 }, { weight: 100, mirror: 0 }]);
    expect(rollout.timeline.map((s) => [s.phase, s.step, s.outcome])).toEqual([
      ['shadow', 1, 'no data'],
      ['shadow', 1, 'passed'],
      ['shadow', 2, 'passed'],
      ['canary', 1, 'passed'],
      ['canary', 2, 'passed'],
    ]);
  });

  it('a failing shadow analysis rolls back with the mirror off before any user traffic', async () => {
    const { metrics } = scripted({ range: () => [0.2, 0.3, 0.25] });
    const d = deps(metrics);
    const rollout = await runRollout(plan({ shadow: { analyses: 3, percent: 100 } }), d.deps);
    expect(rollout).toMatchObject({ result: 'rolled-back', phase: 'shadow', finalWeight: 0 });
    expect(rollout.reason).toMatch(/^critical metric error-rate failed in the shadow phase \(100% mirrored\): canary mean 0\.2500 is above the maximum 0\.05$/);
    expect(d.applied).toEqual([{ weight: 0, mirror: 100 }, { weight: 0, mirror: 0 }]);
  });

  it('an initial roll-out (no stable) skips the shadow phase and compare-stable metrics, and judges 100% once', async () => {
    const latency: MetricSpec = { ...errorRate, name: 'latency', max: undefined, compare: 'stable', critical: false };
    const { metrics, calls } = scripted({ range: () => [0.01, 0.01, 0.02] });
    const d = deps(metrics);
    const rollout = await runRollout(plan({ subject: { model: 'churn', canary: 'v2' }, metrics: [errorRate, latency], shadow: { analyses: 2, percent: 100 } }), d.deps);
    expect(rollout).toMatchObject({ result: 'promoted', phase: 'initial', initial: true, finalWeight: 100 });
    expect(d.applied).toEqual([{ weight: 100, mirror: 0 }]);
    expect(rollout.timeline[0]!.judgements.map((j) => j.verdict)).toEqual(['pass', 'skipped']);
    expect(calls.queries).toEqual(['errors{version="v2"}']);
  });

  it('an error from the traffic target rolls back; a rollback that fails too is reported with both reasons', async () => {
    const { metrics } = scripted({});
    const d = deps(metrics);
    let calls = 0;
    d.deps.traffic.apply = async (t: Traffic) => {
      if (++calls === 2) throw new Error('router down');
      d.applied.push(t);
    };
    const rollout = await runRollout(plan({ metrics: [] }), d.deps);
    expect(rollout).toMatchObject({ result: 'rolled-back', reason: 'router down', finalWeight: 0 });
    d.deps.traffic.apply = async () => {
      throw new Error('router down');
    };
    await expect(runRollout(plan({ metrics: [] }), d.deps)).rejects.toThrow('router down; and the rollback failed too: router down');
  });
});

describe('A/B experiment', () => {
  const conversion = { name: 'conversion', successes: 'conversions{version="{{version}}"}', trials: 'sessions{version="{{version}}"}', direction: 'increase' as const };
  /** Cumulative counts that start from a pre-experiment baseline and grow by `perLook` trials per look. */
  const counts = (rates: Record<string, number>, perLook = 4000, baseline = 1e6) => (query: string, version: string, look: number) =>
    query === 'sessions' ? baseline + look * perLook : Math.round(baseline * 0.5 + look * perLook * rates[version]!);

  it('stops at the first look below alpha: a better candidate is promoted to 100%', async () => {
    const { metrics } = scripted({ counts: counts({ v1: 0.1, v2: 0.14 }), range: () => [0, 0, 0] });
    const d = deps(metrics);
    const rollout = await runRollout(plan({ ab: { metric: conversion, split: 30, alpha: 0.05, minEffect: 0.01, looks: 20 } }), d.deps);
    expect(rollout).toMatchObject({ result: 'promoted', phase: 'ab', finalWeight: 100 });
    expect(d.applied).toEqual([{ weight: 30, mirror: 0 }, { weight: 100, mirror: 0 }]);
    const looks = rollout.experiment!.looks;
    expect(looks.at(-1)!.pValue).toBeLessThan(0.05);
    expect(looks.slice(0, -1).every((l) => l.pValue >= 0.05)).toBe(true);
    // Counted from the baseline read when the split was applied, not the counters' totals.
    expect(looks[0]!.stable).toMatchObject({ trials: 4000, successes: 400, rate: 0.1 });
    expect(rollout.experiment!.winner).toBe('candidate');
    expect(rollout.timeline.map((s) => s.phase)).toEqual(looks.map(() => 'ab')); // guardrails at every look
  });

  it('a better stable version rolls back; with direction decrease the lower rate wins', async () => {
    const worse = await runRollout(plan({ metrics: [], ab: { metric: conversion, split: 50, alpha: 0.05, minEffect: 0.01, looks: 20 } }), deps(scripted({ counts: counts({ v1: 0.14, v2: 0.1 }) }).metrics).deps);
    expect(worse).toMatchObject({ result: 'rolled-back', phase: 'ab', finalWeight: 0, experiment: { winner: 'stable' } });
    const lower = await runRollout(plan({ metrics: [], ab: { metric: { ...conversion, direction: 'decrease' }, split: 50, alpha: 0.05, minEffect: 0.01, looks: 20 } }), deps(scripted({ counts: counts({ v1: 0.14, v2: 0.1 }) }).metrics).deps);
    expect(lower).toMatchObject({ result: 'promoted', experiment: { winner: 'candidate' } });
  });

  it('no winner by the last look ends inconclusive at weight 0', async () => {
    const d = deps(scripted({ counts: counts({ v1: 0.1, v2: 0.1 }) }).metrics);
    const rollout = await runRollout(plan({ metrics: [], ab: { metric: conversion, split: 50, alpha: 0.05, minEffect: 0.01, looks: 4 } }), d.deps);
    expect(rollout).toMatchObject({ result: 'inconclusive', phase: 'ab', finalWeight: 0 });
    expect(rollout.experiment!.looks).toHaveLength(4);
    expect(rollout.reason).toMatch(/^no winner after 4 interval\(s\) \(ab-max-duration\): difference in \[-0\.\d+, 0\.\d+\], always-valid p = 1\.00 ≥ 0\.05$/);
    expect(d.applied).toEqual([{ weight: 50, mirror: 0 }, { weight: 0, mirror: 0 }]);
  });

  it('a counter reset counts from zero; a series that does not exist yet counts nothing', async () => {
    // The candidate's counters appear only after the split and restart at look 2 (a pod restart).
    const values: Record<string, (number | undefined)[]> = {
      'sessions|v2': [undefined, 1000, 300, 1300],
      'conversions|v2': [undefined, 100, 30, 130],
      'sessions|v1': [5000, 6000, 7000, 8000],
      'conversions|v1': [500, 600, 700, 800],
    };
    const rollout = await runRollout(plan({ metrics: [], ab: { metric: conversion, split: 50, alpha: 0.05, minEffect: 0.01, looks: 3 } }), deps(scripted({ counts: (q, v, look) => values[`${q}|${v}`]![look] }).metrics).deps);
    expect(rollout.experiment!.looks.map((l) => [l.candidate.trials, l.candidate.successes, l.stable.trials])).toEqual([
      [1000, 100, 1000],
      [1300, 130, 2000],
      [2300, 230, 3000],
    ]);
  });

  it('a failing guardrail metric rolls the experiment back', async () => {
    const { metrics } = scripted({ counts: counts({ v1: 0.1, v2: 0.1 }), range: (version) => (version === 'v2' ? [0.3, 0.3, 0.3] : [0, 0, 0]) });
    const rollout = await runRollout(plan({ ab: { metric: conversion, split: 50, alpha: 0.05, minEffect: 0.01, looks: 10 } }), deps(metrics).deps);
    expect(rollout).toMatchObject({ result: 'rolled-back', phase: 'ab', finalWeight: 0 });
    expect(rollout.reason).toMatch(/^critical metric error-rate failed at 50%/);
    expect(rollout.experiment!.looks).toHaveLength(0);
  });
});
