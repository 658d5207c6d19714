// What a paired comparison of two models reads: both models' outputs for the same examples. Apart from
// paired.ts so that the bootstrap engines it calls can name these types without importing it back.
export type PairedMetric = 'accuracy' | 'f1' | 'roc_auc' | 'mae' | 'rmse';
export const HIGHER_IS_BETTER: Record<PairedMetric, boolean> = { accuracy: true, f1: true, roc_auc: true, mae: false, rmse: false };

/** Both models' outputs for the same examples, in the same order. */
export interface PairedData {
  labels: string[];
  /** The positive class for binary metrics (F1, ROC AUC). */
  positive?: string;
  candidate: { predictions?: string[]; scores?: Float64Array };
  baseline: { predictions?: string[]; scores?: Float64Array };
}
