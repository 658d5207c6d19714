// Group fairness of a binary classifier, as Fairlearn defines it (fairlearn.metrics): per group the
// selection rate P(ŷ = 1), the true-positive rate and the false-positive rate, each read from the
// group's confusion matrix; then
//   demographic_parity_difference = max − min of the selection rates over groups,
//   demographic_parity_ratio      = min / max of the selection rates,
//   equalized_odds_difference     = max(TPR max − min, FPR max − min).
// A rate whose denominator is empty (a group without positives has no TPR) is 0, as scikit-learn's
// confusion_matrix(normalize='true') gives it and Fairlearn then reads it.

export interface GroupCounts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface GroupRates {
  selectionRate: number;
  tpr: number;
  fpr: number;
}

export const FAIRNESS_MEASURES = ['demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference'] as const;
export type FairnessMeasure = (typeof FAIRNESS_MEASURES)[number];
/** null where a measure is undefined (a ratio over groups none of which is selected). */
export type FairnessMeasures = Record<FairnessMeasure, number | null>;

/** The confusion matrix of each group (`groupOf[i]` in 0 … groups − 1). */
export function groupCounts(labels: readonly string[], predictions: readonly string[], positive: string, groupOf: Uint32Array, groups: number): GroupCounts[] {
  const out = Array.from({ length: groups }, () => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }));
  for (let i = 0; i < labels.length; i++) {
    const c = out[groupOf[i]!]!;
    const actual = labels[i] === positive;
    const predicted = predictions[i] === positive;
    c.n++;
    if (actual) predicted ? c.tp++ : c.fn++;
    else predicted ? c.fp++ : c.tn++;
  }
  return out;
}

const rate = (k: number, of: number) => (of === 0 ? 0 : k / of);

export function groupRates(c: GroupCounts): GroupRates {
  return { selectionRate: rate(c.tp + c.fp, c.n), tpr: rate(c.tp, c.tp + c.fn), fpr: rate(c.fp, c.fp + c.tn) };
}

export function fairnessMeasures(rates: readonly GroupRates[]): FairnessMeasures {
  if (rates.length === 0) return { demographic_parity_difference: null, demographic_parity_ratio: null, equalized_odds_difference: null };
  const spread = (key: keyof GroupRates) => {
    const values = rates.map((r) => r[key]);
    return [Math.min(...values), Math.max(...values)] as const;
  };
  const [minSelection, maxSelection] = spread('selectionRate');
  const [minTpr, maxTpr] = spread('tpr');
  const [minFpr, maxFpr] = spread('fpr');
  return {
    demographic_parity_difference: maxSelection - minSelection,
    demographic_parity_ratio: maxSelection === 0 ? null : minSelection / maxSelection,
    equalized_odds_difference: Math.max(maxTpr - minTpr, maxFpr - minFpr),
  };
}
