// The A/B test's always-valid statistics (src/canary/sequential.ts): the mSPRT of Johari, Pekelis and
// Walsh (2017). First the formulas against an independent implementation (the mixture integrated
// numerically, the interval found by bisection, the paper's per-pair form); then simulations with fixed
// seeds at the sizes issue 19 names: 2,000 A/A experiments checked at 50 intervals, the power to find a
// difference of 0.02 at rates near 0.10 with 5,000 trials per arm per interval, and the interval's coverage.
import binomialModule from '@stdlib/random-base-binomial';
import { describe, expect, it } from 'vitest';
import { intervalHalfWidth, logMixtureRatio, SequentialTest } from '../../src/canary/sequential.js';

const binomialFactory = (binomialModule as unknown as { factory: (o: { seed: number }) => (n: number, p: number) => number }).factory;

/** Λ(θ₀) = ∫ N(d; θ, v) / N(d; θ₀, v) · N(θ; θ₀, τ²) dθ by composite Simpson's rule on a wide grid. */
function integratedRatio(d: number, v: number, tau2: number, theta0: number): number {
  const tau = Math.sqrt(tau2);
  const spread = 14 * Math.max(tau, Math.sqrt(v));
  const lo = Math.min(theta0, d) - spread;
  const hi = Math.max(theta0, d) + spread;
  const n = 4000;
  const h = (hi - lo) / n;
  const f = (theta: number) => Math.exp(((d - theta0) ** 2 - (d - theta) ** 2) / (2 * v)) * (Math.exp(-((theta - theta0) ** 2) / (2 * tau2)) / Math.sqrt(2 * Math.PI * tau2));
  let sum = f(lo) + f(hi);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(lo + i * h);
  return (sum * h) / 3;
}

describe('mSPRT formulas', () => {
  const cases = [
    { d: 0.004, v: 2e-5, tau2: 1e-4 },
    { d: -0.02, v: 4e-5, tau2: 1e-4 },
    { d: 0.0, v: 1e-3, tau2: 4e-4 },
    { d: 0.05, v: 1e-4, tau2: 1e-6 },
  ];

  it('closed-form Λ equals the normal mixture integrated numerically', () => {
    for (const { d, v, tau2 } of cases) {
      for (const theta0 of [0, 0.01, -0.015]) {
        expect(logMixtureRatio(d, v, tau2, theta0)).toBeCloseTo(Math.log(integratedRatio(d, v, tau2, theta0)), 8);
      }
    }
  });

  it('with equal arms it is the paper’s per-pair Λₙ = √(V/(V+nτ²))·exp(n²τ²d̄²/(2V(V+nτ²)))', () => {
    const [pA, pB, n, tau2] = [0.1, 0.115, 20_000, 1e-4];
    const V = pA * (1 - pA) + pB * (1 - pB);
    const d = pB - pA;
    const paper = Math.sqrt(V / (V + n * tau2)) * Math.exp((n * n * tau2 * d * d) / (2 * V * (V + n * tau2)));
    expect(Math.exp(logMixtureRatio(d, V / n, tau2))).toBeCloseTo(paper, 9);
    const test = new SequentialTest(0.05, 0.01);
    const look = test.look({ successes: pA * n, trials: n }, { successes: pB * n, trials: n });
    expect(look.pValue).toBeCloseTo(Math.min(1, 1 / paper), 12);
  });

  it('the interval’s ends are where the integrated Λ(θ₀) crosses 1/α (bisection)', () => {
    for (const { d, v, tau2 } of cases) {
      for (const alpha of [0.05, 0.01]) {
        const crossing = (inside: number, outside: number) => {
          let [a, b] = [inside, outside];
          for (let i = 0; i < 60; i++) {
            const mid = (a + b) / 2;
            if (integratedRatio(d, v, tau2, mid) < 1 / alpha) a = mid;
            else b = mid;
          }
          return (a + b) / 2;
        };
        const half = intervalHalfWidth(v, tau2, alpha);
        expect(crossing(d, d + 10 * half)).toBeCloseTo(d + half, 7);
        expect(crossing(d, d - 10 * half)).toBeCloseTo(d - half, 7);
      }
    }
  });

  it('the p-value never rises and the interval never widens from look to look; no trials leave them alone', () => {
    const test = new SequentialTest(0.05, 0.01);
    expect(test.look({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toMatchObject({ pValue: 1, interval: [-Infinity, Infinity] });
    const looks = [
      [100, 1000, 150, 1000],
      [180, 2000, 230, 2000], // weaker evidence than before
      [300, 3000, 420, 3000],
    ].map(([sa, na, sb, nb]) => test.look({ successes: sa!, trials: na! }, { successes: sb!, trials: nb! }));
    for (let i = 1; i < looks.length; i++) {
      expect(looks[i]!.pValue).toBeLessThanOrEqual(looks[i - 1]!.pValue);
      expect(looks[i]!.interval[0]).toBeGreaterThanOrEqual(looks[i - 1]!.interval[0]);
      expect(looks[i]!.interval[1]).toBeLessThanOrEqual(looks[i - 1]!.interval[1]);
    }
    // p < α exactly when the interval excludes 0 (the duality of the running minimum and intersection).
    for (const look of looks) expect(look.pValue < 0.05).toBe(look.interval[0] > 0 || look.interval[1] < 0);
  });
});

interface Simulation {
  /** Share of experiments that declared a winner at some look (by the mSPRT). */
  winners: number;
  /** Winners on the wrong side. */
  wrongSide: number;
  /** Share where a fixed-horizon two-sided z-test at alpha, checked at every look, was ever significant. */
  peekedZ: number;
  /** For every look k: share of experiments whose always-valid interval covers the truth at k. */
  coverageByLook: Float64Array;
  /** Share of the winners whose interval covered the truth at the look where they stopped. */
  coverageAtStop: number;
}

/** `runs` experiments, each `looks` intervals of `perLook` trials per arm, vectorised over the runs. */
function simulate(seed: number, rates: { stable: number; candidate: number }, runs: number, looks: number, perLook: number, alpha: number, minEffect: number): Simulation {
  const binomial = binomialFactory({ seed });
  const truth = rates.candidate - rates.stable;
  const successes = { stable: new Float64Array(runs), candidate: new Float64Array(runs) };
  const tests = Array.from({ length: runs }, () => new SequentialTest(alpha, minEffect));
  const stoppedAt = new Int32Array(runs).fill(-1);
  const coveredAtStop = new Uint8Array(runs);
  const wrong = new Uint8Array(runs);
  const zHit = new Uint8Array(runs);
  const covered = new Float64Array(looks);
  const zCritical = 1.959963984540054; // two-sided 5%
  for (let k = 0; k < looks; k++) {
    const trials = (k + 1) * perLook;
    for (let r = 0; r < runs; r++) {
      successes.stable[r]! += binomial(perLook, rates.stable);
      successes.candidate[r]! += binomial(perLook, rates.candidate);
      const look = tests[r]!.look({ successes: successes.stable[r]!, trials }, { successes: successes.candidate[r]!, trials });
      const covers = look.interval[0] <= truth && truth <= look.interval[1];
      covered[k]! += covers ? 1 : 0;
      if (Math.abs(look.difference! / Math.sqrt(look.variance!)) > zCritical) zHit[r] = 1;
      if (stoppedAt[r] === -1 && look.pValue < alpha) {
        stoppedAt[r] = k;
        coveredAtStop[r] = covers ? 1 : 0;
        wrong[r] = Math.sign(look.difference!) !== Math.sign(truth) ? 1 : 0;
      }
    }
  }
  const count = (xs: Uint8Array | Int32Array, keep: (x: number) => boolean) => xs.reduce((n, x) => n + (keep(x) ? 1 : 0), 0);
  const winners = count(stoppedAt, (k) => k >= 0);
  return {
    winners: winners / runs,
    wrongSide: count(wrong, (x) => x === 1),
    peekedZ: count(zHit, (x) => x === 1) / runs,
    coverageByLook: covered.map((c) => c / runs),
    coverageAtStop: winners === 0 ? 1 : count(coveredAtStop, (x) => x === 1) / winners,
  };
}

describe('mSPRT simulations (fixed seeds)', () => {
  const alpha = 0.05;
  const minEffect = 0.01; // ab-min-effect's default

  it('2,000 A/A experiments checked at 50 intervals: at most alpha declare a winner; a peeked z-test exceeds alpha', () => {
    const sim = simulate(20_170_101, { stable: 0.1, candidate: 0.1 }, 2000, 50, 5000, alpha, minEffect);
    console.log(`A/A: mSPRT false winners ${sim.winners}, fixed-horizon z-test peeked at 50 looks ${sim.peekedZ}, min coverage per look ${Math.min(...sim.coverageByLook)}`);
    expect(sim.winners).toBeLessThanOrEqual(alpha);
    expect(sim.peekedZ).toBeGreaterThan(alpha);
    expect(sim.peekedZ).toBeGreaterThan(4 * sim.winners);
    for (const coverage of sim.coverageByLook) expect(coverage).toBeGreaterThanOrEqual(1 - alpha);
  });

  it('a difference of 0.02 at rates near 0.10 with 5,000 trials per arm per interval is found in at least 95% of runs, on the right side', () => {
    const sim = simulate(20_170_102, { stable: 0.1, candidate: 0.12 }, 2000, 50, 5000, alpha, minEffect);
    console.log(`0.10 vs 0.12: winners ${sim.winners} (wrong side ${sim.wrongSide}), coverage at stop ${sim.coverageAtStop}, min coverage per look ${Math.min(...sim.coverageByLook)}`);
    expect(sim.winners).toBeGreaterThanOrEqual(0.95);
    expect(sim.wrongSide).toBe(0);
    expect(sim.coverageAtStop).toBeGreaterThanOrEqual(0.95);
    for (const coverage of sim.coverageByLook) expect(coverage).toBeGreaterThanOrEqual(1 - alpha);
  });

  it('a stable version that is better is found too, and the interval covers a small true difference at every look', () => {
    const worse = simulate(20_170_103, { stable: 0.12, candidate: 0.1 }, 2000, 50, 5000, alpha, minEffect);
    expect(worse.winners).toBeGreaterThanOrEqual(0.95);
    expect(worse.wrongSide).toBe(0);
    const small = simulate(20_170_104, { stable: 0.1, candidate: 0.103 }, 2000, 50, 5000, alpha, minEffect);
    console.log(`0.10 vs 0.103: winners ${small.winners}, coverage at stop ${small.coverageAtStop}, min coverage per look ${Math.min(...small.coverageByLook)}`);
    expect(small.coverageAtStop).toBeGreaterThanOrEqual(0.95);
    for (const coverage of small.coverageByLook) expect(coverage).toBeGreaterThanOrEqual(1 - alpha);
  });
});
