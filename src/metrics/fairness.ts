// Fairness of both models over the groups of each sensitive feature (stats/fairness.ts has Fairlearn's
// definitions), the change, and the limits `max-fairness-gap` / `max-fairness-increase`.
import { ConfigurationError } from '../runtime/errors.js';
import { FAIRNESS_MEASURES, fairnessMeasures, groupCounts, groupRates, type FairnessMeasure, type FairnessMeasures, type GroupRates, type PairedData } from '../stats/index.js';
import type { NamedSlicing } from './slices.js';

export interface FairnessGroup {
  group: string;
  n: number;
  /** Groups smaller than the minimum size are listed, not counted in the measures. */
  counted: boolean;
  candidate: GroupRates;
  baseline: GroupRates;
}

export interface FairnessFeature {
  feature: string;
  groups: FairnessGroup[];
  candidate: FairnessMeasures;
  baseline: FairnessMeasures;
  change: FairnessMeasures;
}

export interface FairnessLimits {
  gap?: Map<FairnessMeasure, number>;
  increase?: Map<FairnessMeasure, number>;
}

/** demographic_parity_ratio is 1 at parity: its limits read the other way (a smallest ratio, a largest decrease). */
const higherIsFairer = (measure: FairnessMeasure) => measure === 'demographic_parity_ratio';

export function compareFairness(data: PairedData, features: NamedSlicing[], minSize: number): FairnessFeature[] {
  const positive = data.positive ?? '1';
  if (!data.candidate.predictions || !data.baseline.predictions || new Set(data.labels).size > 2) {
    throw new ConfigurationError(`Input 'sensitive-features' needs a binary classifier's predictions (a prediction column on both sides, two label values): selection and error rates per group are defined for those.`);
  }
  return features.map((feature) => {
    const [c, b] = [data.candidate.predictions!, data.baseline.predictions!].map((p) => groupCounts(data.labels, p, positive, feature.of, feature.count)) as [ReturnType<typeof groupCounts>, ReturnType<typeof groupCounts>];
    const groups = feature.names.map((group, g) => ({ group, n: c[g]!.n, counted: c[g]!.n >= minSize, candidate: groupRates(c[g]!), baseline: groupRates(b[g]!) }));
    const counted = groups.filter((g) => g.counted);
    const candidate = fairnessMeasures(counted.map((g) => g.candidate));
    const baseline = fairnessMeasures(counted.map((g) => g.baseline));
    const change = Object.fromEntries(FAIRNESS_MEASURES.map((m) => [m, candidate[m] === null || baseline[m] === null ? null : candidate[m]! - baseline[m]!])) as FairnessMeasures;
    return { feature: feature.name, groups, candidate, baseline, change };
  });
}

/** The reasons the candidate breaks a fairness limit, one per feature and measure. */
export function fairnessReasons(features: FairnessFeature[], limits: FairnessLimits): string[] {
  const reasons: string[] = [];
  const show = (x: number) => String(+x.toPrecision(4));
  for (const f of features) {
    for (const [measure, limit] of limits.gap ?? []) {
      const value = f.candidate[measure];
      if (value === null) continue;
      if (higherIsFairer(measure) ? value < limit : value > limit) reasons.push(`fairness ${f.feature}: the candidate's ${measure} is ${show(value)}, ${higherIsFairer(measure) ? 'below the smallest allowed' : 'above the largest allowed'} ${limit}`);
    }
    for (const [measure, limit] of limits.increase ?? []) {
      const change = f.change[measure];
      if (change === null) continue;
      const worse = higherIsFairer(measure) ? -change : change;
      if (worse > limit + 1e-12) reasons.push(`fairness ${f.feature}: ${measure} ${higherIsFairer(measure) ? 'fell' : 'rose'} by ${show(worse)} over the baseline, more than the allowed ${limit}`);
    }
  }
  return reasons;
}

/** `max-fairness-gap` / `max-fairness-increase`: a YAML map from measure to a number. */
export function parseFairnessLimits(document: unknown, inputName: string): Map<FairnessMeasure, number> | undefined {
  if (document === undefined || document === null) return undefined;
  if (typeof document !== 'object' || Array.isArray(document)) throw new ConfigurationError(`Input '${inputName}' must be a map from fairness measure to a number, such as {demographic_parity_difference: 0.1}.`);
  const out = new Map<FairnessMeasure, number>();
  for (const [measure, value] of Object.entries(document)) {
    if (!(FAIRNESS_MEASURES as readonly string[]).includes(measure)) throw new ConfigurationError(`Input '${inputName}': ${measure} is not a fairness measure (known: ${FAIRNESS_MEASURES.join(', ')}).`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ConfigurationError(`Input '${inputName}': ${measure} must be a number, got ${JSON.stringify(value)}.`);
    out.set(measure as FairnessMeasure, value);
  }
  return out;
}
