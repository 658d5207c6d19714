// The A/B decision: the mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and Walsh,
// "Always Valid Inference: Continuous Monitoring of A/B Tests" (2017), as in Optimizely's Stats Engine.
// Its p-value and confidence interval stay valid however often they are looked at, so the experiment can
// stop at the first interval that shows a winner without inflating the false-winner rate, which a
// fixed-horizon z-test checked at every interval does (test/canary/sequential.test.ts shows both).
//
// For an estimate d of a difference θ with variance v, and a normal mixture N(θ₀, τ²) over θ:
//   Λ(θ₀) = √(v / (v + τ²)) · exp(τ² (d − θ₀)² / (2 v (v + τ²)))
// With n pairs of per-pair variance V (v = V/n, d the mean difference) this is the paper's
//   Λₙ = √(V / (V + nτ²)) · exp(n² τ² d̄² / (2 V (V + nτ²))),
// and the form in v also covers arms of unequal size (an A/B split other than 50).
// For rates, v = p_A(1 − p_A)/n_A + p_B(1 − p_B)/n_B, estimated from the counts as the test runs.
// The always-valid p-value is pₙ = min(pₙ₋₁, 1/Λₙ(0)); the always-valid interval is the running
// intersection of {θ₀ : Λₙ(θ₀) < 1/α}, so it excludes 0 exactly when pₙ < α.

export interface Arm {
  successes: number;
  trials: number;
}

export interface Look {
  stable: Arm & { rate?: number };
  candidate: Arm & { rate?: number };
  /** Candidate rate − stable rate. */
  difference?: number;
  /** Variance of the difference's estimate (v above). */
  variance?: number;
  /** The always-valid p-value after this look. */
  pValue: number;
  /** The always-valid (1 − α) interval of the difference after this look. */
  interval: [number, number];
}

/** log Λ(θ₀): the log of the mixture likelihood ratio above. */
export function logMixtureRatio(difference: number, variance: number, tau2: number, theta0 = 0): number {
  const gap = difference - theta0;
  return 0.5 * Math.log(variance / (variance + tau2)) + (tau2 * gap * gap) / (2 * variance * (variance + tau2));
}

/** Half the width of {θ₀ : Λ(θ₀) < 1/α}, an interval centred on the estimate. */
export function intervalHalfWidth(variance: number, tau2: number, alpha: number): number {
  return Math.sqrt(((2 * variance * (variance + tau2)) / tau2) * (Math.log(1 / alpha) + 0.5 * Math.log((variance + tau2) / variance)));
}

/** v for two rates, or undefined while an arm has no trials or both rates sit at 0 or 1 (no spread yet). */
export function rateDifferenceVariance(stable: Arm, candidate: Arm): number | undefined {
  if (stable.trials <= 0 || candidate.trials <= 0) return undefined;
  const a = stable.successes / stable.trials;
  const b = candidate.successes / candidate.trials;
  const v = (a * (1 - a)) / stable.trials + (b * (1 - b)) / candidate.trials;
  return v > 0 ? v : undefined;
}

/** The running test of one experiment: feed it the cumulative counts of both arms at every look. */
export class SequentialTest {
  private pValue = 1;
  private interval: [number, number] = [-Infinity, Infinity];
  private readonly tau2: number;

  /** `minEffect` is the mixture's spread τ: the smallest difference of rates worth finding. */
  constructor(
    readonly alpha: number,
    readonly minEffect: number,
  ) {
    this.tau2 = minEffect * minEffect;
  }

  look(stable: Arm, candidate: Arm): Look {
    const rate = (arm: Arm) => (arm.trials > 0 ? arm.successes / arm.trials : undefined);
    const arms = { stable: { ...stable, rate: rate(stable) }, candidate: { ...candidate, rate: rate(candidate) } };
    const variance = rateDifferenceVariance(stable, candidate);
    if (variance === undefined) return { ...arms, pValue: this.pValue, interval: [...this.interval] };
    const difference = arms.candidate.rate! - arms.stable.rate!;
    this.pValue = Math.min(this.pValue, Math.exp(-logMixtureRatio(difference, variance, this.tau2)));
    const half = intervalHalfWidth(variance, this.tau2, this.alpha);
    const lower = Math.max(this.interval[0], difference - half);
    const upper = Math.min(this.interval[1], difference + half);
    // An empty intersection (a rare event of probability ≤ α) keeps this look's own interval.
    this.interval = lower <= upper ? [lower, upper] : [difference - half, difference + half];
    return { ...arms, difference, variance, pValue: this.pValue, interval: [...this.interval] };
  }
}
